// npm run cms:restore -- <archive> [--force]: a backup back onto a fresh clone (admin/newsroom/backup-cli.ts).
import { restoreCommand } from '../admin/newsroom/backup-cli';

restoreCommand(process.argv.slice(2)).then((code) => process.exit(code));
