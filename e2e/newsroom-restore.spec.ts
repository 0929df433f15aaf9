/**
 * Backup and restore, as an IT person does them on servers (npm run cms with the static target behind nginx): a backup
 * of a running newsroom with a draft, restored onto a fresh clone, whose newsroom then opens the draft in the editor
 * and serves the site the original served. tests/unit/newsroom-backup.test.ts checks the rest of the round trip
 * (audit log, 查询码, the live commit after a rollback) and the refused archives, on the git target.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readManifest } from '../lib/live-check';
import { saveArticleRequest } from '../tests/support/newsroom-copy';
import { accounts, type NewsroomBehindNginx, newsroomPorts, signIn, startNewsroomBehindNginx } from './newsroom-server';
import { messages } from './support';

test.describe.configure({ mode: 'serial' });

const originalPorts = newsroomPorts();
const restoredPorts = newsroomPorts();
const slug = 'restored-draft';
const draftText = '这篇草稿只在它自己的分支上，恢复后必须还能打开。';

let original: NewsroomBehindNginx | undefined;
let restored: NewsroomBehindNginx | undefined;

test.afterAll(async () => {
  await restored?.stop();
  await original?.stop();
});

/**
 * What a release serves, outside Next's build folder: every URL, and the bytes of each file that is not a page or a
 * page's payload (pages name the build, which every build names anew).
 */
function served(dataDir: string) {
  const files = readManifest(path.join(dataDir, 'current/static-manifest.json')).files.filter(({ path }) => !path.startsWith('/_next/'));
  const builtPage = ({ path, type }: { path: string; type: string }) =>
    type.startsWith('text/html') || (/(^|\/)[^/]*\.txt$/.test(path) && path !== '/robots.txt');
  return {
    urls: files.map(({ path }) => path).sort(),
    bytes: Object.fromEntries(files.filter((file) => !builtPage(file)).map(({ path, sha256 }) => [path, sha256])),
  };
}

test('a newsroom backed up while it runs and restored onto a fresh clone opens the draft in the editor and serves the same site', async ({
  page,
}) => {
  test.setTimeout(600_000);
  original = await startNewsroomBehindNginx({
    prefix: 'site-newsroom-backed-up-',
    ports: originalPorts,
    accounts: Object.values(accounts),
  });
  await signIn(page, accounts.editor, originalPorts.site);
  const saved = await page.request.post(`${originalPorts.site}/api/v1`, {
    headers: { origin: originalPorts.site },
    data: saveArticleRequest(slug, { title: '恢复的草稿', date: '2026-12-03', category: 'company', body: draftText, status: 'draft' }),
  });
  expect(saved.status(), await saved.text()).toBe(200);
  execFileSync('npx', ['tsx', 'scripts/cms-backup.ts'], { cwd: original.root, env: original.env });
  const backups = path.join(original.data.dir, 'backups');
  const archive = path.join(backups, readdirSync(backups).find((name) => name.endsWith('.tar.gz')) ?? 'no archive');

  const from = original.root;
  restored = await startNewsroomBehindNginx({
    prefix: 'site-newsroom-restored-',
    ports: restoredPorts,
    // The accounts come from the backup.
    accounts: [],
    prepare: (root, env) => {
      // A fresh clone of the organization's repository, then the restore, as README's steps say.
      execFileSync('git', ['fetch', '-q', from, 'main'], { cwd: root });
      execFileSync('git', ['reset', '-q', '--hard', 'FETCH_HEAD'], { cwd: root });
      execFileSync('npx', ['tsx', 'scripts/cms-restore.ts', archive], { cwd: root, env });
    },
  });

  // The live site is the original's: every page, picture, attachment, feed and search index, at the same URLs.
  const was = served(original.data.dir);
  const is = served(restored.data.dir);
  expect(Object.keys(is.bytes).length).toBeGreaterThan(20);
  expect(is.urls).toEqual(was.urls);
  expect(is.bytes).toEqual(was.bytes);
  expect((JSON.parse(readFileSync(restored.data.liveRelease, 'utf8')) as { id: number }).id).toBe(1);

  // The accounts sign in, and the draft opens in the editor with its text.
  // Both sites are on 127.0.0.1, whose cookies are shared by every port.
  await page.context().clearCookies();
  await signIn(page, accounts.editor, restoredPorts.site);
  await page.goto(`${restoredPorts.site}/admin/#/collections/news-zh/entries/${slug}`);
  await expect(page.getByLabel(messages.zh.ContentFields.title.label, { exact: true })).toHaveValue('恢复的草稿');
  await expect(page.locator('[data-slate-editor]')).toContainText(draftText);
  await page.context().clearCookies();
  await signIn(page, accounts.reviewer, restoredPorts.site);
});
