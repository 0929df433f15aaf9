/**
 * Issue #32, items 1 and 6, on the real newsroom service: Decap's API reads and writes only one article of ours, its
 * own uploads and its own `cms/…` branch, on the published branch; a change after approval goes back to review, and
 * an editor who tries to publish is told the way and recorded.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import enMessages from '../../messages/en.json';
import zhMessages from '../../messages/zh.json';
import { approvedArticleRequest, publishRequest } from '../support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';

let service: RunningNewsroom;
let editor: string;
let reviewer: string;
/** The start of the database file as Decap would send it (base64): it must never be in an answer. */
let databaseStart: string;

before(async () => {
  service = await startNewsroomService('decap-scope');
  editor = await service.signIn(NEWSROOM_ACCOUNTS.editor);
  reviewer = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
  databaseStart = readFileSync(service.data.database).subarray(0, 30).toString('base64').slice(0, 32);
});
after(() => service?.stop());

const read = (action: string, params: Record<string, unknown>) => ({ action, params: { branch: 'main', ...params } });

/** Asks as `cookie`; the answer's status and text. */
async function ask(cookie: string, body: unknown) {
  const response = await service.api(cookie, body);
  return { status: response.status, text: await response.text() };
}

async function assertRefused(cookie: string, body: unknown, status = 403) {
  const answer = await ask(cookie, body);
  assert.equal(answer.status, status, `${JSON.stringify(body)} → ${answer.status} ${answer.text.slice(0, 200)}`);
  assert.ok(!answer.text.includes(databaseStart) && !answer.text.includes('SQLite format'), 'no byte of the database');
  const { error } = JSON.parse(answer.text) as { error: string };
  // Chinese, then English.
  const [chinese = '', english = ''] = error.split('\n');
  assert.match(chinese, /[\u4e00-\u9fff]/, error);
  assert.match(english, /\b(the|is|a|not)\b/i, error);
  return error;
}

const auditCsv = async () => (await service.request('/admin/audit.csv', { cookie: reviewer })).text();
const description = (slug: string) => service.git('config', '--get', `branch.cms/news-zh/${slug}.description`);

test("an editor reads nothing outside the articles and their uploads: not the newsroom's data, not .git, not the system", async () => {
  const database = path.relative(service.root, service.data.database);
  const attacks = [
    read('getMedia', { mediaFolder: '.cms' }),
    read('getMedia', { mediaFolder: path.dirname(database) }),
    read('getMedia', { mediaFolder: '.git' }),
    read('getMedia', { mediaFolder: '../' }),
    read('getMedia', { mediaFolder: '/etc' }),
    read('getMedia', { mediaFolder: 'public/news/../../.cms' }),
    read('getMediaFile', { path: database }),
    read('getMediaFile', { path: `content/../${database}` }),
    read('getMediaFile', { path: '/etc/passwd' }),
    read('getMediaFile', { path: 'package.json' }),
    read('getEntry', { path: `content/news/zh/../../../${database}` }),
    read('getEntry', { path: '.git/config' }),
    read('entriesByFolder', { folder: '.cms', extension: 'mdx', depth: 1 }),
    read('entriesByFolder', { folder: 'content/news/zh/../../..', extension: 'mdx', depth: 3 }),
    read('entriesByFiles', { files: [{ path: database }] }),
    read('unpublishedEntryDataFile', { collection: 'news-zh', slug: 'a', id: 'news-zh/a', path: database }),
    read('unpublishedEntryMediaFile', { collection: 'news-zh', slug: 'a', id: 'news-zh/a', path: database }),
    // Not the published branch: an editor's own article in the making is read through its entry, not by branch name.
    read('getEntry', { path: 'content/news/zh/draft-article.mdx', branch: 'cms/news-zh/draft-article' }),
    read('getEntry', { path: 'content/news/zh/draft-article.mdx', branch: 'other' }),
    // Deny by default: actions the editor never sends.
    { action: 'info', params: { branch: 'main' } },
    read('listAll', {}),
  ];
  for (const body of attacks) await assertRefused(editor, body);
  const error = await assertRefused(editor, read('getMediaFile', { path: database }));
  assert.ok(error.includes(database), 'the refusal names the file');
});

test("a link inside the articles' folders does not lead a read out of them", async () => {
  const article = path.join(service.root, 'content/news/zh/leak.mdx');
  const folder = path.join(service.root, 'public/news/leak');
  symlinkSync(service.data.database, article);
  symlinkSync(service.data.dir, folder);
  try {
    await assertRefused(editor, read('getEntry', { path: 'content/news/zh/leak.mdx' }));
    await assertRefused(editor, read('getMedia', { mediaFolder: 'public/news/leak' }));
    await assertRefused(editor, read('getMediaFile', { path: `public/news/leak/${path.basename(service.data.database)}` }));
  } finally {
    rmSync(article);
    rmSync(folder);
  }
});

test("an editor's own reads still work: the articles, the uploads, one article's file", async () => {
  const folder = await ask(editor, read('entriesByFolder', { folder: 'content/news/zh', extension: 'mdx', depth: 1 }));
  assert.equal(folder.status, 200);
  assert.ok((JSON.parse(folder.text) as unknown[]).length > 0);
  for (const body of [
    read('getEntry', { path: 'content/news/zh/draft-article.mdx' }),
    read('entriesByFiles', { files: [{ path: 'content/news/en/draft-article.mdx' }] }),
    read('getMedia', { mediaFolder: 'public/news' }),
    read('getMedia', { mediaFolder: 'public/news/media-showcase/' }),
    read('getMediaFile', { path: 'public/news/media-showcase/cover.jpg' }),
    read('unpublishedEntries', {}),
  ])
    assert.equal((await ask(editor, body)).status, 200, JSON.stringify(body));
});

test('a save writes one article of the collection it names, with its own uploads, and never moves files', async () => {
  const save = approvedArticleRequest('scope-one', '一篇');
  const editorSave = (change: (params: typeof save.params) => object) => ({
    action: 'persistEntry',
    params: change({ ...save.params, options: { ...save.params.options, status: 'draft' } }),
  });
  const [file] = save.params.dataFiles;
  await assertRefused(
    editor,
    editorSave((params) => ({ ...params, dataFiles: [file, { ...file, slug: 'scope-two', path: 'content/news/zh/scope-two.mdx' }] })),
  );
  await assertRefused(
    editor,
    editorSave((params) => ({ ...params, dataFiles: [{ ...file, newPath: 'content/news/en/scope-one.mdx' }] })),
  );
  await assertRefused(
    editor,
    editorSave((params) => ({ ...params, dataFiles: [{ ...file, path: 'content/news/en/scope-one.mdx' }] })),
  );
  await assertRefused(
    editor,
    editorSave((params) => ({ ...params, dataFiles: [{ ...file, path: '.cms/x.mdx' }] })),
  );
  await assertRefused(editor, { action: 'deleteUnpublishedEntry', params: { branch: 'main', collection: 'news-zh', slug: '../main' } });
  await assertRefused(
    editor,
    editorSave((params) => ({ ...params, cmsLabelPrefix: 'x/' })),
    422,
  );
  assert.equal(service.git('branch', '--list', 'cms/*'), '', 'no branch was made');
});

test('a change after approval takes the article back to review (待审核), and it is not published unseen', async () => {
  const slug = 'scope-approved';
  assert.equal((await ask(reviewer, approvedArticleRequest(slug, '审核过的'))).status, 200);
  assert.equal(description(slug), 'decap-cms/pending_publish');
  const changed = approvedArticleRequest(slug, '审核后改过的');
  changed.params.options.status = 'draft';
  assert.equal((await ask(editor, changed)).status, 200);
  assert.equal(description(slug), 'decap-cms/pending_review');
  // Approved again, then changed in the editor's form, which sends the entry's state (待发布) with the save.
  const approve = {
    action: 'updateUnpublishedEntryStatus',
    params: { branch: 'main', collection: 'news-zh', slug, newStatus: 'pending_publish' },
  };
  assert.equal((await ask(reviewer, approve)).status, 200);
  assert.equal((await ask(editor, approvedArticleRequest(slug, '表单里再改过的'))).status, 200);
  assert.equal(description(slug), 'decap-cms/pending_review');
  const log = await auditCsv();
  const dismissals = log
    .split('\n')
    .filter((line) => line.includes(`${zhMessages.Newsroom.audit.actions['approval-dismissed']},cms/news-zh/${slug}`));
  assert.equal(dismissals.length, 2, log.slice(-800));
  const publish = await ask(reviewer, publishRequest(slug));
  assert.equal(publish.status, 422, publish.text);
  assert.equal(service.git('log', '-1', '--format=%s', 'main').includes(slug), false);
});

test('an editor who tries to publish is told, in one sentence each language, that a reviewer publishes; the attempt is logged', async () => {
  const slug = 'scope-submitted';
  // A new article an editor saves as 待发布 starts in review.
  assert.equal((await ask(editor, approvedArticleRequest(slug, '待审核的'))).status, 200);
  assert.equal(description(slug), 'decap-cms/pending_review');
  const expected = `${zhMessages.Admin.refused.publishIsReviewers}\n${enMessages.Admin.refused.publishIsReviewers}`;
  assert.equal(await assertRefused(editor, publishRequest(slug)), expected);
  const approve = {
    action: 'updateUnpublishedEntryStatus',
    params: { branch: 'main', collection: 'news-zh', slug, newStatus: 'pending_publish' },
  };
  assert.equal(await assertRefused(editor, approve), expected);
  assert.equal(description(slug), 'decap-cms/pending_review');
  const refusals = (await auditCsv())
    .split('\n')
    .filter((line) => line.includes(zhMessages.Newsroom.audit.actions['publish-refused-role']));
  assert.equal(refusals.length, 2);
  assert.ok(refusals.every((line) => line.includes(`,news-zh/${slug},`) && line.includes(NEWSROOM_ACCOUNTS.editor.name)));
});
