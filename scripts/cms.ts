// npm run cms: the newsroom (admin/newsroom/server.ts). Its settings (CMS_PORT, CMS_HOST, CMS_DATA, CMS_TARGET,
// SITE_URL, PORT, CMS_GIT_REMOTE, CMS_RELOAD_COMMAND): README.
import { readSettings, SettingsError } from '../admin/newsroom/settings';
import { startNewsroom } from '../admin/newsroom/server';

try {
  startNewsroom(readSettings()).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : error);
  process.exit(2);
}
