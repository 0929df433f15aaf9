/**
 * npm run cms:restore <archive>: a backup (backup.ts) back onto a fresh clone. Everything is checked before anything
 * is changed: the archive's sums, CMS_DATA (not overwritten unless --force, and then moved aside, never deleted), the
 * settings the service would refuse, and the branches (a local branch with commits the archive lacks is not
 * overwritten unless --force). Then the branches, the database and the releases' records are restored; the service's
 * next start builds the live release's commit (restored-live-commit) as the new server's release 1.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { audit } from './audit';
import { BackupRefused, BUNDLE_FILE, type BackupManifest, DATABASE_FILE, openArchive } from './backup-archive';
import { serviceRunning } from './backup-socket';
import { openDatabase } from './database';
import { git } from './git';
import { databasePath, type NewsroomSettings, RESTORED_LIVE_COMMIT } from './settings';
import { unsafeSettings } from './startup-checks';

/** The old server's release files, kept for reference: not releases of this server (their site files are gone). */
export const RESTORED_RELEASES = 'restored-releases';
const RESTORE_REFS = 'refs/newsroom-restore/';

/** The archive's branches fetched beside the checkout's own (under refs/newsroom-restore/), with those it would overwrite. */
async function fetchBranches(root: string, bundle: string, force: boolean): Promise<Map<string, string>> {
  await git(root, ['bundle', 'verify', '--quiet', bundle]);
  await git(root, ['fetch', '--quiet', '--no-tags', bundle, `+refs/heads/*:${RESTORE_REFS}*`]);
  const fetched = new Map(
    (await git(root, ['for-each-ref', '--format=%(refname) %(objectname)', RESTORE_REFS]))
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' '))
      .map(([ref, commit]) => [ref.slice(RESTORE_REFS.length), commit] as [string, string]),
  );
  const diverged: string[] = [];
  for (const [branch, commit] of fetched) {
    const local = await git(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).catch(() => undefined);
    if (
      local &&
      !(await git(root, ['merge-base', '--is-ancestor', local, commit]).then(
        () => true,
        () => false,
      ))
    )
      diverged.push(branch);
  }
  if (diverged.length > 0 && !force) {
    await dropFetched(root, fetched);
    throw new BackupRefused(
      `代码目录中这些分支有备份里没有的提交，恢复会覆盖它们：${diverged.join('、')}。请在新克隆的代码目录中恢复，或确认后加 --force。\n` +
        `These branches of the checkout have commits the archive lacks, which restoring would overwrite: ${diverged.join(', ')}. ` +
        `Restore into a fresh clone, or add --force once you are sure.`,
    );
  }
  return fetched;
}

async function dropFetched(root: string, fetched: Map<string, string>) {
  for (const branch of fetched.keys()) await git(root, ['update-ref', '-d', `${RESTORE_REFS}${branch}`]);
}

/** CMS_DATA may be absent or empty; otherwise only with --force, and then it is moved aside. */
function dataDirRefusal(dataDir: string, force: boolean): string | undefined {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0 || force) return undefined;
  return (
    `CMS_DATA（${dataDir}）已有数据，恢复不会覆盖它。请换一个空的 CMS_DATA，或加 --force（原有数据会被改名保留在旁边）。\n` +
    `CMS_DATA (${dataDir}) already holds data, which a restore does not overwrite. Use an empty CMS_DATA, or add --force ` +
    `(the data there is then moved aside, not deleted).`
  );
}

export interface RestoreResult {
  manifest: BackupManifest;
  movedAside?: string;
  /** The published branch's head: ahead of the live commit, which the service builds first, if a rollback was live. */
  branchHead: string;
}

export async function restoreBackup(
  archive: string,
  settings: NewsroomSettings,
  root: string,
  options: { force: boolean; actor: string | null },
): Promise<RestoreResult> {
  const { dataDir } = settings;
  const { folder, manifest } = await openArchive(archive);
  try {
    if (await serviceRunning(dataDir))
      throw new BackupRefused(
        `网站后台正在使用 ${dataDir}：请先停止它（systemctl stop imic-site-newsroom），再恢复。\nThe newsroom is running on ${dataDir}: stop it first (systemctl stop imic-site-newsroom), then restore.`,
      );
    const problems = [dataDirRefusal(dataDir, options.force), ...unsafeSettings(settings, root)].filter(Boolean);
    if (problems.length > 0) throw new BackupRefused(problems.join('\n\n'));
    const fetched = await fetchBranches(root, path.join(folder, BUNDLE_FILE), options.force);

    // Checked: from here on, changes.
    await git(root, ['checkout', '--quiet', '--detach']);
    for (const [branch, commit] of fetched) await git(root, ['update-ref', `refs/heads/${branch}`, commit]);
    await dropFetched(root, fetched);
    await git(root, ['checkout', '--quiet', manifest.publishedBranch]);
    for (const [branch, description] of Object.entries(manifest.branchDescriptions))
      await git(root, ['config', `branch.${branch}.description`, description]);

    let movedAside: string | undefined;
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      movedAside = `${dataDir}.before-restore-${Date.now()}`;
      renameSync(dataDir, movedAside);
    }
    mkdirSync(dataDir, { recursive: true });
    cpSync(path.join(folder, DATABASE_FILE), databasePath(dataDir));
    if (existsSync(path.join(folder, 'releases')))
      cpSync(path.join(folder, 'releases'), path.join(dataDir, RESTORED_RELEASES), { recursive: true });
    writeFileSync(path.join(dataDir, 'published-branch'), `${manifest.publishedBranch}\n`);
    // The first release here is what was live there, also when a rollback had left it behind the branch's head.
    if (manifest.liveCommit) writeFileSync(path.join(dataDir, RESTORED_LIVE_COMMIT), `${manifest.liveCommit}\n`);

    const db = openDatabase(databasePath(dataDir));
    try {
      // A release that was being built when the backup was taken never finished there.
      db.prepare("update releases set status = 'failed', message = ? where status = 'building'").run(
        '备份时正在生成，恢复后未完成。\nBeing built when the backup was taken; not finished after the restore.',
      );
      // The old server's releases become records of it: this server's releases start again at 1, with its first build.
      db.transaction(() => {
        db.prepare(
          `insert into restored_releases (restored_at, id, started_at, finished_at, status, reason, actor, commit_sha, message)
           select ?, id, started_at, finished_at, status, reason, actor, commit_sha, message from releases`,
        ).run(new Date().toISOString());
        db.prepare('delete from releases').run();
      })();
      const live = manifest.liveRelease === null ? '' : ` · #${manifest.liveRelease} ${manifest.liveCommit}`;
      audit(db, {
        actor: options.actor,
        address: null,
        action: 'restore',
        target: path.basename(archive),
        detail: `${manifest.createdAt}${live}`,
      });
    } finally {
      db.close();
    }
    return { manifest, movedAside, branchHead: await git(root, ['rev-parse', 'HEAD']) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
