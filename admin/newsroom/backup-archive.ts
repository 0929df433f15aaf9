/**
 * A backup archive on disk: a gzipped tar (GNU tar, on every server, and what an operator can list with `tar -tzf`)
 * holding manifest.json, which names every other file with its sha256. It is written under a temporary name and
 * renamed once complete, so a file with the final name is never partial; reading it checks every sum first.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';

const exec = promisify(execFile);

export const MANIFEST = 'manifest.json';
export const DATABASE_FILE = 'newsroom.sqlite';
export const BUNDLE_FILE = 'repository.bundle';
/** Each kept release's records, as releases/<id>/<name>; the site files are rebuilt from the commit. */
export const RELEASE_RECORDS = ['release.json', 'public-answers.json'] as const;

export const manifestSchema = z.object({
  format: z.literal('imic-newsroom-backup/1'),
  createdAt: z.iso.datetime(),
  publishedBranch: z.string().min(1),
  liveRelease: z.number().int().positive().nullable(),
  liveCommit: z.string().nullable(),
  /** Decap keeps an article's workflow status (draft, pending_review, …) in git config, which a bundle lacks. */
  branchDescriptions: z.record(z.string(), z.string()),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** Why an archive cannot be restored: Chinese first, then English, with the file and the fix. */
export class BackupRefused extends Error {}

export const sha256 = (file: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });

/** Every file under `folder`, as relative paths with forward slashes. */
const filesUnder = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

function syncToDisk(file: string) {
  const descriptor = openSync(file, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Seals `staging` (its files, with the manifest written now) into `archive`: complete under that name, or absent. */
export async function writeArchive(staging: string, archive: string, manifest: Omit<BackupManifest, 'files'>): Promise<void> {
  const files: Record<string, string> = {};
  for (const file of filesUnder(staging)) files[file] = await sha256(path.join(staging, file));
  writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
  const partial = `${archive}.partial`;
  try {
    await exec('tar', ['--create', '--gzip', '--file', partial, '--directory', staging, '.']);
    syncToDisk(partial);
    renameSync(partial, archive);
    syncToDisk(path.dirname(archive));
  } finally {
    rmSync(partial, { force: true });
  }
}

const damaged = (archive: string, problem: string, problemZh: string) =>
  new BackupRefused(
    `备份文件已损坏或不完整，未恢复任何内容：${archive}\n${problemZh}\n请换一份备份（例如前一天的），或从异地副本重新复制这一份。\n` +
      `The backup archive is damaged or incomplete; nothing was restored: ${archive}\n${problem}\n` +
      `Use another archive (the day before's, say), or copy this one again from its off-site copy.`,
  );

/**
 * The archive unpacked into a temporary folder and checked against its manifest: every file present with its sum,
 * no other file. The caller removes the folder. Refuses (BackupRefused) anything else.
 */
export async function openArchive(archive: string): Promise<{ folder: string; manifest: BackupManifest }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-restore-'));
  try {
    try {
      await exec('tar', ['--extract', '--gzip', '--no-same-owner', '--file', archive, '--directory', folder]);
    } catch (error) {
      const said = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim().slice(0, 500);
      throw damaged(archive, `tar could not read it: ${said}`, `tar 无法读取它：${said}`);
    }
    let manifest: BackupManifest;
    try {
      manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(folder, MANIFEST), 'utf8')));
    } catch {
      throw damaged(archive, `${MANIFEST} is missing or unreadable.`, `${MANIFEST} 缺失或无法读取。`);
    }
    const listed = Object.keys(manifest.files).sort();
    const present = filesUnder(folder).filter((file) => file !== MANIFEST);
    const missing = listed.filter((file) => !present.includes(file));
    const extra = present.filter((file) => !listed.includes(file));
    if (missing.length > 0 || extra.length > 0 || !listed.includes(DATABASE_FILE) || !listed.includes(BUNDLE_FILE)) {
      const names = [...missing, ...extra].join(', ') || `${DATABASE_FILE}, ${BUNDLE_FILE}`;
      throw damaged(archive, `Its files do not match its manifest: ${names}`, `其中的文件与清单不符：${names}`);
    }
    for (const file of listed) {
      if ((await sha256(path.join(folder, file))) !== manifest.files[file])
        throw damaged(archive, `The sha256 of ${file} differs from its manifest.`, `${file} 的 sha256 与清单不符。`);
    }
    return { folder, manifest };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
