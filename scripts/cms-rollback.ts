// npm run cms:rollback [release]: the previous release, or the named one, live again (admin/newsroom/cli.ts).
import { rollbackCommand } from '../admin/newsroom/cli';

rollbackCommand(process.argv.slice(2)).then((code) => process.exit(code));
