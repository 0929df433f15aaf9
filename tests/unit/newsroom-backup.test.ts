/**
 * Backup and restore on the real newsroom service: `npm run cms:backup` while it runs (the service takes the snapshot
 * inside its repository lock), `npm run cms:restore` onto a fresh clone, and the restored service has the draft, the
 * accounts, the audit log, the answered message and the live commit. A damaged or partial archive, and an existing
 * CMS_DATA, are refused with nothing changed.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { openDatabase } from '../../admin/newsroom/database';
import { storeMessage } from '../../admin/newsroom/visitor-messages';
import { approvedArticleRequest, publishRequest, saveArticleRequest } from '../support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';

const exec = promisify(execFile);
const scratch = mkdtempSync(path.join(tmpdir(), 'newsroom-backup-scratch-'));
let original: RunningNewsroom;
let restored: RunningNewsroom | undefined;
before(async () => {
  original = await startNewsroomService('newsroom-backup-');
});
after(async () => {
  await restored?.stop();
  await original.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** A newsroom command (scripts/<name>.ts) in a checkout, as an operator runs it: its exit code and what it printed. */
async function command(root: string, env: NodeJS.ProcessEnv, name: string, args: string[]) {
  try {
    const { stdout, stderr } = await exec(path.join(root, 'node_modules/.bin/tsx'), [`scripts/${name}.ts`, ...args], { cwd: root, env });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code: number; stdout?: string; stderr?: string };
    return { code, output: `${stdout}${stderr}` };
  }
}

type AuditRow = { id: number; at: string; actor: string | null; address: string | null; action: string; target: string | null };
const auditRows = (database: string) => {
  const db = openDatabase(database);
  try {
    return db.prepare('select id, at, actor, address, action, target from audit_log order by id').all() as AuditRow[];
  } finally {
    db.close();
  }
};

const slug = 'kept-by-the-backup';
const draftText = '这篇草稿只在文章的分支上，备份必须带上它。';
const answer = '您好，已安排专人联系。';
let archive = '';
let lookupCode = '';

test('a backup taken while the service runs, restored onto a fresh clone, brings everything back', async () => {
  const editor = await original.signIn(NEWSROOM_ACCOUNTS.editor);
  const saved = await original.api(
    editor,
    saveArticleRequest(slug, { title: '备份中的草稿', date: '2026-12-03', category: 'company', body: draftText, status: 'draft' }),
  );
  assert.equal(saved.status, 200, await saved.text());

  // A visitor's message, stored as the visitor API stores it, answered by the reviewer on the newsroom's page.
  const db = openDatabase(original.data.database);
  const message = storeMessage(
    db,
    { kind: 'question', title: '合作咨询', content: '请联系我。', name: '张先生', phone: '', email: 'zhang@example.cn', consent: true },
    'zh',
  );
  db.close();
  lookupCode = message.code;
  const reviewer = await original.signIn(NEWSROOM_ACCOUNTS.reviewer);
  const answered = await original.request(`/admin/messages/${message.id}/answer`, {
    method: 'POST',
    cookie: reviewer,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ text: answer }).toString(),
  });
  assert.equal(answered.status, 303);
  // An article published (release 2), then rolled back: what is live is behind the published branch's head.
  assert.equal((await original.api(reviewer, approvedArticleRequest('rolled-back', '回滚掉的文章'))).status, 200);
  assert.equal((await original.api(reviewer, publishRequest('rolled-back'))).status, 200);
  assert.equal((await original.request('/admin/releases/1/rollback', { method: 'POST', cookie: reviewer })).status, 303);

  const backup = await command(original.root, original.env, 'cms-backup', []);
  assert.equal(backup.code, 0, backup.output);
  // The running service took it (inside its repository lock), not the command on its own.
  assert.match(original.output(), /备份完成 \/ backup written/);
  const backups = path.join(original.data.dir, 'backups');
  const archives = readdirSync(backups).filter((name) => name.endsWith('.tar.gz'));
  assert.equal(archives.length, 1, archives.join(', '));
  archive = path.join(backups, archives[0]);
  assert.ok(!readdirSync(backups).some((name) => name.includes('partial') || name.startsWith('.staging')));

  // 网站版本 and the health check know of it.
  const releases = await (await original.request('/admin/releases', { cookie: reviewer })).text();
  assert.match(releases, /上次备份：/);
  const health = await original.request('/admin/health');
  assert.equal(health.status, 200);
  assert.equal(health.headers.get('set-cookie'), null);
  const status = (await health.json()) as { liveRelease: number; lastBackupAgeSeconds: number };
  assert.equal(status.liveRelease, 1);
  assert.ok(status.lastBackupAgeSeconds >= 0 && status.lastBackupAgeSeconds < 600);

  const before = auditRows(original.data.database);
  const backupRow = before.pop()!;
  assert.equal(backupRow.action, 'backup', 'the backup is in the audit log');
  const liveCommit = (JSON.parse(readFileSync(original.data.liveRelease, 'utf8')) as { commit: string }).commit;
  assert.notEqual(liveCommit, original.git('rev-parse', 'main'), 'a rollback is live');

  // A fresh clone of what the organization's repository has, CMS_DATA empty, then the restore, then the service.
  const restoredData = path.join(scratch, 'restored-data');
  restored = await startNewsroomService('newsroom-restored-', { CMS_DATA: restoredData }, (root, env) => {
    execFileSync('git', ['fetch', '-q', `${original.root}.remote.git`, 'main'], { cwd: root });
    execFileSync('git', ['reset', '-q', '--hard', 'FETCH_HEAD'], { cwd: root });
    const restore = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/cms-restore.ts', archive], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    assert.equal(restore.status, 0, `${restore.stdout}${restore.stderr}`);
  });

  const openedAs = await restored.signIn(NEWSROOM_ACCOUNTS.editor);
  await restored.signIn(NEWSROOM_ACCOUNTS.reviewer);
  const entry = await restored.api(openedAs, { action: 'unpublishedEntry', params: { branch: 'main', collection: 'news-zh', slug } });
  assert.equal(entry.status, 200, await entry.clone().text());
  assert.equal(((await entry.json()) as { status: string }).status, 'draft');
  const file = await restored.api(openedAs, {
    action: 'unpublishedEntryDataFile',
    params: { branch: 'main', collection: 'news-zh', slug, id: `content/news/zh/${slug}.mdx`, path: `content/news/zh/${slug}.mdx` },
  });
  assert.match(((await file.json()) as { data: string }).data, new RegExp(draftText));

  const after = auditRows(path.join(restoredData, 'newsroom.sqlite'));
  assert.deepEqual(after.slice(0, before.length), before);
  assert.equal(after[before.length].action, 'restore');

  const lookup = await restored.request('/api/messages/lookup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: lookupCode }),
  });
  assert.equal(lookup.status, 200);
  const found = (await lookup.json()) as { status: string; answer: string };
  assert.deepEqual([found.status, found.answer], ['answered', answer]);

  // The restored server's first release is what was live, not the published branch's head.
  // It is this server's release 1; the old server's releases are kept as records of it.
  const restoredLive = JSON.parse(readFileSync(path.join(restoredData, 'current/release.json'), 'utf8')) as { id: number; commit: string };
  assert.deepEqual([restoredLive.id, restoredLive.commit], [1, liveCommit]);
  const restoredDb = openDatabase(path.join(restoredData, 'newsroom.sqlite'));
  const oldReleases = restoredDb.prepare('select id, status from restored_releases order by id').all();
  restoredDb.close();
  assert.deepEqual(oldReleases, [
    { id: 1, status: 'released' },
    { id: 2, status: 'released' },
  ]);
});

test('a damaged or partial archive is refused, and nothing is written', async () => {
  assert.ok(archive, 'the round trip made an archive');
  const refs = original.git('for-each-ref');
  for (const [name, damage] of [
    [
      'one byte changed',
      (file: string) => {
        const bytes = readFileSync(file);
        bytes[Math.floor(bytes.length / 2)] ^= 0x01;
        writeFileSync(file, bytes);
      },
    ],
    ['cut short', (file: string) => truncateSync(file, Math.floor(readFileSync(file).length * 0.9))],
  ] as const) {
    const copy = path.join(scratch, `${name}.tar.gz`);
    copyFileSync(archive, copy);
    damage(copy);
    const dataDir = path.join(scratch, `data-${name}`);
    const { code, output } = await command(original.root, { ...original.env, CMS_DATA: dataDir }, 'cms-restore', [copy]);
    assert.equal(code, 2, `${name}: ${output}`);
    assert.match(output, /备份文件已损坏或不完整，未恢复任何内容/, name);
    assert.match(output, /The backup archive is damaged or incomplete; nothing was restored/, name);
    assert.ok(!existsSync(dataDir), `${name}: CMS_DATA was written`);
    assert.equal(original.git('for-each-ref'), refs, `${name}: the branches changed`);
  }
});

test('an existing CMS_DATA is not overwritten', async () => {
  const dataDir = mkdtempSync(path.join(scratch, 'existing-'));
  writeFileSync(path.join(dataDir, 'newsroom.sqlite'), 'what was here');
  const { code, output } = await command(original.root, { ...original.env, CMS_DATA: dataDir }, 'cms-restore', [archive]);
  assert.equal(code, 2, output);
  assert.match(output, /已有数据，恢复不会覆盖它/);
  assert.match(output, /already holds data/);
  assert.equal(readFileSync(path.join(dataDir, 'newsroom.sqlite'), 'utf8'), 'what was here');
});
