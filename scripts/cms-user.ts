// npm run cms:user -- add|passwd|remove|list …: the newsroom's accounts (admin/newsroom/cli.ts).
import { accountCommand } from '../admin/newsroom/cli';

accountCommand(process.argv.slice(2)).then((code) => process.exit(code));
