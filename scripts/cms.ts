// npm run cms: the newsroom (admin/newsroom/server.ts). Its settings (CMS_PORT, CMS_HOST, CMS_DATA, CMS_TARGET,
// SITE_URL, PORT, CMS_GIT_REMOTE, CMS_RELOAD_COMMAND): README. Unsafe settings are refused before anything is touched.
import { readSettings, SettingsError } from '../admin/newsroom/settings';
import { startNewsroom } from '../admin/newsroom/server';
import { logProcessErrors } from '../admin/newsroom/process-errors';
import { unsafeSettings } from '../admin/newsroom/startup-checks';

logProcessErrors();

try {
  const settings = readSettings();
  const problems = unsafeSettings(settings, process.cwd());
  if (problems.length > 0) throw new SettingsError(problems.join('\n\n'));
  startNewsroom(settings).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : error);
  process.exit(2);
}
