/**
 * npm run cms:backup: one consistent snapshot of what exists nowhere else. The database through SQLite's online
 * backup (consistent while the service writes), every branch of the checkout as a git bundle (unpublished drafts
 * included) taken inside the repository lock that Decap's requests take, and each kept release's records with the
 * live release's id. The site files are not kept: they are rebuilt from the commit. Archive format: backup-archive.ts.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { audit } from './audit';
import { BUNDLE_FILE, DATABASE_FILE, RELEASE_RECORDS, writeArchive } from './backup-archive';
import type { Db } from './database';
import { git, type Repository } from './git';
import type { ReleaseStore } from './release-store';

export const DEFAULT_BACKUPS_KEPT = 14;
const ARCHIVE_NAME = /^newsroom-backup-[\dTZ-]+\.tar\.gz$/;

export interface BackupSources {
  db: Db;
  repository: Pick<Repository, 'root' | 'branch' | 'lock'>;
  store: ReleaseStore;
}

/** What the last backup left in CMS_DATA, for 网站版本 and /admin/health. */
export interface BackupRecord {
  at: string;
  file: string;
  bytes: number;
  seconds: number;
}

const recordFile = (dataDir: string) => path.join(dataDir, 'last-backup.json');

export function lastBackup(dataDir: string): BackupRecord | undefined {
  const file = recordFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BackupRecord) : undefined;
}

/** Where backups go unless told: CMS_DATA/backups/. How many are kept: CMS_BACKUP_KEEP. */
export function backupOptions(dataDir: string, env: Record<string, string | undefined> = process.env, to?: string) {
  const keep = Number(env.CMS_BACKUP_KEEP ?? DEFAULT_BACKUPS_KEPT);
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error(
      `CMS_BACKUP_KEEP 须是正整数（保留的备份份数）：${env.CMS_BACKUP_KEEP}\nCMS_BACKUP_KEEP must be a whole number of archives to keep: ${env.CMS_BACKUP_KEEP}`,
    );
  return { to: path.resolve(to ?? path.join(dataDir, 'backups')), keep };
}

/** Each branch's description (git config branch.<name>.description): Decap's workflow status of an article. */
async function branchDescriptions(root: string): Promise<Record<string, string>> {
  const found = await git(root, ['config', '--get-regexp', '^branch\\..*\\.description$']).catch(() => '');
  return Object.fromEntries(
    found
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [key, ...value] = line.split(' ');
        return [key.slice('branch.'.length, -'.description'.length), value.join(' ')];
      }),
  );
}

/** Deletes all but the newest `keep` archives in `folder` (their names sort by date). */
function prune(folder: string, keep: number) {
  const archives = readdirSync(folder)
    .filter((name) => ARCHIVE_NAME.test(name))
    .sort();
  for (const name of archives.slice(0, Math.max(0, archives.length - keep))) rmSync(path.join(folder, name), { force: true });
}

/** Takes one backup into `to`, keeps the newest `keep` there, and records it (audit log, last-backup.json). */
export async function takeBackup(sources: BackupSources, options: { to: string; keep: number }): Promise<BackupRecord> {
  const started = performance.now();
  const { db, repository, store } = sources;
  mkdirSync(options.to, { recursive: true });
  const createdAt = new Date().toISOString();
  const archive = path.join(options.to, `newsroom-backup-${createdAt.replace(/[:.]/g, '-')}.tar.gz`);
  const staging = mkdtempSync(path.join(options.to, '.staging-'));
  try {
    await db.backup(path.join(staging, DATABASE_FILE));
    // Decap's requests check branches out and commit inside this lock: the bundle sees no half-made change.
    await repository.lock.runExclusive(() =>
      git(repository.root, ['bundle', 'create', '--quiet', path.join(staging, BUNDLE_FILE), '--all']),
    );
    const live = store.liveId();
    for (const id of store.ids()) {
      const folder = path.join(staging, 'releases', String(id));
      mkdirSync(folder, { recursive: true });
      for (const name of RELEASE_RECORDS) {
        const source = path.join(store.folder(id), name);
        if (existsSync(source)) copyFileSync(source, path.join(folder, name));
      }
    }
    await writeArchive(staging, archive, {
      format: 'imic-newsroom-backup/1',
      createdAt,
      publishedBranch: repository.branch,
      liveRelease: live ?? null,
      liveCommit: live === undefined ? null : store.info(live).commit,
      branchDescriptions: await branchDescriptions(repository.root),
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  prune(options.to, options.keep);
  const record: BackupRecord = {
    at: createdAt,
    file: archive,
    bytes: statSync(archive).size,
    seconds: Math.round(performance.now() - started) / 1000,
  };
  writeFileSync(recordFile(store.dataDir), `${JSON.stringify(record, null, 2)}\n`);
  audit(db, {
    actor: null,
    address: null,
    action: 'backup',
    target: path.basename(archive),
    detail: `${record.bytes} bytes · ${record.seconds} s`,
  });
  console.log(`备份完成 / backup written: ${archive} (${record.bytes} bytes, ${record.seconds} s)`);
  return record;
}
