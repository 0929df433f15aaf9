// npm run cms:backup [-- --to <folder>]: a dated archive of the newsroom's data (admin/newsroom/backup-cli.ts).
import { backupCommand } from '../admin/newsroom/backup-cli';

backupCommand(process.argv.slice(2)).then((code) => process.exit(code));
