/** The newsroom's shell commands: npm run cms:user (accounts) and npm run cms:rollback. Thin entry points: scripts/. */
import { read } from 'read';
import { AccountError, addAccount, changePassword, listAccounts, removeAccount, type Role } from './accounts';
import { audit } from './audit';
import { openDatabase } from './database';
import { Repository } from './git';
import { Publisher } from './publisher';
import { databasePath, dataDirOf, readSettings } from './settings';

const USAGE = `用法 / usage:
  npm run cms:user -- add <name> --role editor|reviewer   (密码从标准输入读取 / password from standard input)
  npm run cms:user -- passwd <name>
  npm run cms:user -- remove <name>
  npm run cms:user -- list`;

/** The password: asked twice at a terminal, otherwise the first line of standard input. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await read({ prompt: '密码 / password: ', silent: true, replace: '*' });
    const second = await read({ prompt: '再输入一次 / again: ', silent: true, replace: '*' });
    if (first !== second) throw new AccountError('两次输入的密码不一致。\nThe two passwords differ.');
    return first;
  }
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0];
}

export async function accountCommand(args: string[]): Promise<number> {
  const [command, name] = args;
  const db = openDatabase(databasePath(dataDirOf()));
  const shell = { actor: process.env.USER ?? null, address: null };
  try {
    if (command === 'list') {
      for (const account of listAccounts(db)) console.log(`${account.name}\t${account.role}\t${account.created_at}`);
      return 0;
    }
    if (!name) throw new AccountError(USAGE);
    if (command === 'add') {
      const roleAt = args.indexOf('--role');
      const role = (roleAt > 0 ? args[roleAt + 1] : undefined) as Role;
      if (!role) throw new AccountError(USAGE);
      await addAccount(db, name, role, await readPassword());
      audit(db, { ...shell, action: 'account-add', target: name, detail: role });
    } else if (command === 'passwd') {
      await changePassword(db, name, await readPassword());
      audit(db, { ...shell, action: 'account-passwd', target: name, detail: null });
    } else if (command === 'remove') {
      removeAccount(db, name);
      audit(db, { ...shell, action: 'account-remove', target: name, detail: null });
    } else {
      throw new AccountError(USAGE);
    }
    console.log(`✓ ${command} ${name}`);
    return 0;
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    db.close();
  }
}

/** npm run cms:rollback [release]: the previous release (or the named one) live again. */
export async function rollbackCommand(args: string[]): Promise<number> {
  const settings = readSettings(process.env, process.cwd(), { siteUrl: false });
  const db = openDatabase(databasePath(settings.dataDir));
  const repository = await Repository.open(process.cwd(), settings.dataDir);
  const publisher = new Publisher(db, settings, repository);
  const to = args[0] === undefined ? undefined : Number(args[0].replace(/^#/, ''));
  try {
    const id = await publisher.rollBack({ name: process.env.USER ?? 'shell' }, null, to);
    console.log(`✓ 版本 ${id} 已上线 / release ${id} is live`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  } finally {
    db.close();
  }
}
