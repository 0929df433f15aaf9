// npm run admin: the browser editor on this machine, no sign-in (admin/local-editor.ts). ADMIN_PORT: default 8081.
import { startLocalEditor } from '../admin/local-editor';

startLocalEditor(Number(process.env.ADMIN_PORT ?? 8081)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
