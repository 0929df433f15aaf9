import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { addAccount, changePassword, listAccounts, verifyPassword } from '../../admin/newsroom/accounts';
import { decide } from '../../admin/newsroom/api-rules';
import { audit, auditCsv } from '../../admin/newsroom/audit';
import { openDatabase } from '../../admin/newsroom/database';
import { contentCheckErrors } from '../../admin/newsroom/release-build';
import { KEPT_RELEASES, ReleaseStore } from '../../admin/newsroom/release-store';
import { readSettings, SettingsError } from '../../admin/newsroom/settings';
import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  beginAttempt,
  currentLock,
  forgetAccountFailures,
  lockStartedBy,
  WINDOW_MS,
} from '../../admin/newsroom/sign-in-limits';

const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-unit-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = openDatabase(path.join(dir, 'newsroom.sqlite'));

test('accounts: argon2id hashes, at least 10 characters, the same answer for an unknown name and a wrong password', async () => {
  await addAccount(db, 'wang', 'editor', 'a-long-password');
  const [{ name, role }] = listAccounts(db);
  assert.deepEqual({ name, role }, { name: 'wang', role: 'editor' });
  const { password_hash } = db.prepare('select password_hash from accounts').get() as { password_hash: string };
  assert.match(password_hash, /^\$argon2id\$/);
  assert.deepEqual(await verifyPassword(db, 'wang', 'a-long-password'), { name: 'wang', role: 'editor' });
  assert.equal(await verifyPassword(db, 'wang', 'wrong-password'), undefined);
  assert.equal(await verifyPassword(db, 'nobody', 'a-long-password'), undefined);
  await assert.rejects(addAccount(db, 'li', 'reviewer', 'too-short'), /至少要 10 个字符/);
  await assert.rejects(addAccount(db, 'wang', 'editor', 'another-long-one'), /已存在/);
  db.prepare("insert into sessions (id, data, expires) values ('s1', ?, ?)").run(
    JSON.stringify({ account: { name: 'wang' } }),
    Date.now() + 1000,
  );
  await changePassword(db, 'wang', 'a-new-long-password');
  assert.equal((db.prepare('select count(*) n from sessions').get() as { n: number }).n, 0, 'a new password ends the sessions');
});

test('lock-outs: 5 failures lock the account for 15 minutes, 20 lock the address; other accounts of the address sign in', () => {
  const start = 1_000_000_000_000;
  const fail = (account: string, address: string, now: number) => {
    const attempt = beginAttempt(db, account, address, now);
    assert.ok('failure' in attempt, 'not locked yet');
    return lockStartedBy(db, attempt.failure, account, address, now);
  };
  for (let failure = 1; failure < ACCOUNT_LIMIT; failure++) assert.equal(fail('zhao', '10.0.0.1', start + failure), undefined);
  const lock = fail('zhao', '10.0.0.1', start + ACCOUNT_LIMIT);
  assert.equal(lock?.by, 'account');
  assert.equal(lock?.until, start + ACCOUNT_LIMIT + WINDOW_MS);
  assert.ok('lock' in beginAttempt(db, 'zhao', '10.0.0.3', start + ACCOUNT_LIMIT + 1), 'an attempt while locked is refused');
  assert.equal(currentLock(db, 'qian', '10.0.0.1', start + 10), undefined);
  assert.equal(currentLock(db, 'zhao', '10.0.0.1', start + ACCOUNT_LIMIT + WINDOW_MS + 1), undefined, 'over after 15 minutes');
  for (let failure = 0; failure < ADDRESS_LIMIT; failure++) fail(`user${failure}`, '10.0.0.2', start + failure);
  assert.equal(currentLock(db, 'sun', '10.0.0.2', start + ADDRESS_LIMIT)?.by, 'address');
  forgetAccountFailures(db, 'zhao');
  assert.equal(currentLock(db, 'zhao', '10.0.0.1', start + 10), undefined);
});

test('the audit log is append-only, and its CSV carries a byte-order mark', () => {
  audit(db, { actor: 'wang', address: '10.0.0.1', action: 'save', target: 'news-zh/a', detail: null });
  assert.throws(() => db.prepare("update audit_log set actor = 'li'").run(), /append-only/);
  assert.throws(() => db.prepare('delete from audit_log').run(), /append-only/);
  const csv = auditCsv(db, ['#', 'at', 'actor', 'address', 'action', 'target', 'detail'], (action) => `[${action}]`);
  assert.ok(csv.startsWith('\uFEFF#,at,actor'));
  assert.match(csv, /,wang,10\.0\.0\.1,\[save\],news-zh\/a,/);
});

test('who may ask for what: only reviewers approve, publish and change the published branch', () => {
  const status = (newStatus: string) => ({
    action: 'updateUnpublishedEntryStatus',
    params: { collection: 'news-zh', slug: 'a', newStatus },
  });
  assert.deepEqual(decide(status('pending_review'), 'editor').records, [{ action: 'submit', target: 'news-zh/a' }]);
  assert.ok(decide(status('pending_publish'), 'editor').refused);
  assert.deepEqual(decide(status('pending_publish'), 'reviewer').records, [{ action: 'approve', target: 'news-zh/a' }]);
  const publish = { action: 'publishUnpublishedEntry', params: { collection: 'news-zh', slug: 'a' } };
  assert.ok(decide(publish, 'editor').refused);
  assert.equal(decide(publish, 'reviewer').refused, undefined);
  const takeDown = { action: 'deleteFiles', params: { paths: ['content/news/zh/a.mdx'] } };
  assert.ok(decide(takeDown, 'editor').refused);
  assert.equal(decide(takeDown, 'reviewer').unpublishes, true);
  const save = (options: object) => ({
    action: 'persistEntry',
    params: { dataFiles: [{ slug: 'a', path: 'content/news/zh/a.mdx' }], assets: [{ path: 'public/news/a/c.jpg' }], options },
  });
  assert.ok(decide(save({ useWorkflow: false }), 'reviewer').refused, 'never straight to the published branch');
  const editorsApproval = save({ useWorkflow: true, status: 'pending_publish', collectionName: 'news-zh' });
  assert.equal(decide(editorsApproval, 'editor').refused, undefined);
  assert.equal((editorsApproval.params.options as { status: string }).status, 'pending_review', "an editor's save is never an approval");
  assert.deepEqual(decide(save({ useWorkflow: true, status: 'draft', collectionName: 'news-zh' }), 'editor').records, [
    { action: 'save', target: 'news-zh/a' },
    { action: 'upload', target: 'public/news/a/c.jpg' },
  ]);
  assert.ok(decide({ action: 'persistMedia', params: { asset: { path: 'public/news/a/x.pdf' } } }, 'editor').refused);
  assert.deepEqual(decide({ action: 'entriesByFolder', params: {} }, 'editor'), { records: [] });
});

test('releases: current is a link switched by rename; the newest 5 and the live one are kept', () => {
  const store = new ReleaseStore(path.join(dir, 'data'));
  for (let id = 1; id <= 8; id++) {
    mkdirSync(store.folder(id), { recursive: true });
    store.seal({ id, commit: `c${id}`, builtAt: '' });
  }
  mkdirSync(store.folder(9));
  writeFileSync(path.join(store.folder(9), 'partial'), '');
  store.switchTo(2);
  assert.equal(readlinkSync(store.current), path.join('releases', '2'));
  store.switchTo(8);
  assert.equal(store.liveId(), 8);
  store.switchTo(2);
  store.prune();
  assert.deepEqual(store.ids(), [8, 7, 6, 5, 4, 2].slice(0, KEPT_RELEASES + 1));
  assert.equal(existsSync(store.folder(9)), false, 'an unsealed folder is no release');
});

test("a refused publish shows the content check's errors, not its warnings", () => {
  const output = [
    '警告 Warning: content/news/zh/a.mdx  [date]\n    日期在未来\n    The date is in the future',
    '错误 Error: content/news/zh/b.mdx:4  [category]\n    栏目只能是…\n    The category must be…',
    '\n内容检查未通过：1 个文件中有 1 处错误',
  ].join('\n');
  const errors = contentCheckErrors(output);
  assert.match(errors, /^错误 Error: content\/news\/zh\/b\.mdx:4/);
  assert.doesNotMatch(errors, /Warning/);
});

test('the service refuses to start without SITE_URL, in Chinese and English', () => {
  assert.throws(
    () => readSettings({}, dir),
    (error: unknown) => error instanceof SettingsError && /SITE_URL 未设置/.test(error.message),
  );
  assert.throws(() => readSettings({ SITE_URL: 'https://www.example.cn', CMS_TARGET: 'ftp' }, dir), /CMS_TARGET/);
  const settings = readSettings({ SITE_URL: 'https://www.example.cn/' }, dir);
  assert.deepEqual(
    [settings.siteUrl, settings.port, settings.host, settings.target],
    ['https://www.example.cn', 8082, '127.0.0.1', 'static'],
  );
  assert.equal(settings.dataDir, path.join(dir, '.cms'));
});
