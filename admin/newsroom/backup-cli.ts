/** npm run cms:backup and npm run cms:restore (backup.ts, restore.ts). Thin entry points: scripts/. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Mutex } from 'async-mutex';
import { BackupRefused } from './backup-archive';
import { backupOptions, type BackupRecord, takeBackup } from './backup';
import { askServiceForBackup } from './backup-socket';
import { openDatabase } from './database';
import { git } from './git';
import { ReleaseStore } from './release-store';
import { restoreBackup } from './restore';
import { databasePath, readSettings } from './settings';

const BACKUP_USAGE = '用法 / usage: npm run cms:backup [-- --to <folder>]';
const RESTORE_USAGE = '用法 / usage: npm run cms:restore -- <archive> [--force]';

/** Without a running service no request holds the checkout: the command takes the snapshot itself. */
async function backupWithoutService(dataDir: string, options: { to: string; keep: number }): Promise<BackupRecord> {
  const root = process.cwd();
  const remembered = path.join(dataDir, 'published-branch');
  const branch = existsSync(remembered) ? readFileSync(remembered, 'utf8').trim() : await git(root, ['symbolic-ref', '--short', 'HEAD']);
  const db = openDatabase(databasePath(dataDir));
  try {
    return await takeBackup({ db, repository: { root, branch, lock: new Mutex() }, store: new ReleaseStore(dataDir) }, options);
  } finally {
    db.close();
  }
}

export async function backupCommand(args: string[]): Promise<number> {
  const toAt = args.indexOf('--to');
  if ((toAt >= 0 && !args[toAt + 1]) || args.some((arg, at) => arg.startsWith('-') && arg !== '--to' && at !== toAt + 1)) {
    console.error(BACKUP_USAGE);
    return 1;
  }
  try {
    const { dataDir } = readSettings(process.env, process.cwd(), { siteUrl: false });
    const options = backupOptions(dataDir, process.env, toAt >= 0 ? args[toAt + 1] : undefined);
    const record = (await askServiceForBackup(dataDir, options.to)) ?? (await backupWithoutService(dataDir, options));
    console.log(`✓ ${record.file} (${record.bytes} bytes, ${record.seconds} s)`);
    return 0;
  } catch (error) {
    console.error(`备份失败 / the backup failed: ${(error as Error).message}`);
    return 1;
  }
}

export async function restoreCommand(args: string[]): Promise<number> {
  const force = args.includes('--force');
  const [archive, ...rest] = args.filter((arg) => arg !== '--force');
  if (!archive || rest.length > 0 || archive.startsWith('-')) {
    console.error(RESTORE_USAGE);
    return 1;
  }
  try {
    const settings = readSettings(process.env, process.cwd(), { siteUrl: false });
    const result = await restoreBackup(path.resolve(archive), settings, process.cwd(), { force, actor: process.env.USER ?? null });
    if (result.movedAside) console.log(`原有的 CMS_DATA 已移到 / the former CMS_DATA is now at ${result.movedAside}`);
    const live = result.manifest.liveCommit ?? result.branchHead;
    console.log(
      `✓ 已恢复 ${result.manifest.createdAt} 的备份。启动网站后台（npm run cms）后，它会把备份时线上的版本（${live}）生成为这台服务器的第一个网站版本。\n` +
        `✓ Restored the backup of ${result.manifest.createdAt}. Start the newsroom (npm run cms): it builds what was live at the ` +
        `backup (${live}) as this server's first release.`,
    );
    if (live !== result.branchHead)
      console.warn(
        `注意：备份时线上是回滚后的版本，发布分支（${result.branchHead}）比它新；下一次发布会把发布分支上的文章一并上线。\n` +
          `Note: a rolled-back release was live at the backup; the published branch (${result.branchHead}) is ahead of it, ` +
          `and the next publish puts its articles live as well.`,
      );
    return 0;
  } catch (error) {
    console.error(error instanceof BackupRefused ? error.message : `恢复失败 / the restore failed: ${(error as Error).message}`);
    return error instanceof BackupRefused ? 2 : 1;
  }
}
