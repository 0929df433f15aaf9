/**
 * The newsroom (npm run cms, CMS_TARGET=static) as on a server, behind nginx (e2e/newsroom-server.ts). An editor writes
 * and submits, a reviewer publishes, nginx serves the new release; a bad article is refused, a release rolled back.
 * One checkout and one service for the whole file: its tests run in order, in one worker.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { cameraPhotoFile, cameraPhotoNote, committedPhoto, WEB_ORIGINAL_OF_CAMERA_PHOTO } from '../tests/support/camera-photo';
import { approvedArticleRequest, type NewsroomData, publishRequest } from '../tests/support/newsroom-copy';
import { accounts, type NewsroomBehindNginx, newsroomPorts, startNewsroomBehindNginx } from './newsroom-server';
import { publishNow, setStatus, signIn } from './newsroom-server';
import { decapPhrase, messages, parseXml, recordRequests, siteConfig, sitemapPaths } from './support';

test.describe.configure({ mode: 'serial' });

const ports = newsroomPorts();
const site = ports.site;
const service = ports.serviceOrigin;
const words = messages.zh.Newsroom;
const fields = messages.zh.ContentFields;
const slug = 'newsroom-article';
const title = '后台发布的新闻';

let newsroom: NewsroomBehindNginx;
let root = '';
let env = process.env;
let data: NewsroomData;

test.beforeAll(async ({}, testInfo) => {
  // The first release is a build of the whole fixture site.
  testInfo.setTimeout(300_000);
  newsroom = await startNewsroomBehindNginx({ prefix: 'site-newsroom-', ports, accounts: Object.values(accounts) });
  ({ root, env, data } = newsroom);
});

test.afterAll(() => newsroom?.stop());

const api = (page: Page, data: object, origin = site) =>
  page.request.post(`${site}/api/v1`, { data, headers: { origin }, failOnStatusCode: false });

test.use({ baseURL: site, timezoneId: 'Asia/Shanghai' });

test('the sign-in page: Chinese, the organization, nothing from elsewhere, small', async ({ page }) => {
  const { foreign } = recordRequests(page, (url) => url.host === `127.0.0.1:${ports.nginx}`);
  let bytes = 0;
  page.on('response', async (response) => {
    bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto('/admin/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.signIn.heading);
  await expect(page.getByText(siteConfig.name.zh)).toBeVisible();
  await expect(page.locator('.brand svg')).toBeVisible();
  await expect(page.getByLabel(words.signIn.name)).toBeVisible();
  await expect(page.getByLabel(words.signIn.password)).toHaveAttribute('type', 'password');
  await expect(page.getByRole('button', { name: words.signIn.submit })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await page.content()).not.toMatch(/decap|netlify/i);
  await expect.poll(() => bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThan(50 * 1024);
  expect(foreign).toEqual([]);
});

test('an unknown user and a wrong password get the same words; the cookie is HttpOnly, SameSite=Strict, Secure over https', async ({
  page,
  request,
}) => {
  await page.goto('/admin/');
  for (const [name, password] of [
    ['nobody-here', 'whatever-password'],
    [accounts.reviewer.name, 'not-the-password'],
  ]) {
    await page.getByLabel(words.signIn.name).fill(name);
    await page.getByLabel(words.signIn.password).fill(password);
    await page.getByRole('button', { name: words.signIn.submit }).click();
    await expect(page.getByRole('alert')).toHaveText(words.signIn.wrong);
  }
  // As the documented nginx says it over https: the cookie is Secure.
  const form = { name: accounts.reviewer.name, password: accounts.reviewer.password };
  const overHttps = await request.post(`${service}/admin/sign-in`, {
    form,
    headers: { origin: 'https://www.example.cn', host: 'www.example.cn', 'x-forwarded-proto': 'https' },
    maxRedirects: 0,
  });
  expect(overHttps.status()).toBe(303);
  const cookie = overHttps.headers()['set-cookie'];
  expect(cookie).toMatch(/; HttpOnly/);
  expect(cookie).toMatch(/; SameSite=Strict/);
  expect(cookie).toMatch(/; Secure/);
  const overHttp = await request.post('/admin/sign-in', { form, headers: { origin: site }, maxRedirects: 0 });
  expect(overHttp.headers()['set-cookie']).not.toMatch(/; Secure/);
});

test('an editor writes an article with a cover and submits it; publishing it is refused, in the editor and by the API', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { foreign } = recordRequests(page, (url) => url.host === `127.0.0.1:${ports.nginx}` || ['data:', 'blob:'].includes(url.protocol));
  await signIn(page, accounts.editor);
  await page.goto('/admin/#/collections/news-zh/new');
  // The workflow says whether an article is public: the form has no draft switch.
  await expect(page.getByLabel(fields.title.label, { exact: true })).toBeVisible();
  await expect(page.getByText(fields.draft.label, { exact: true })).toHaveCount(0);
  await page.getByLabel(messages.zh.Admin.slug).fill(slug);
  await page.getByLabel(fields.title.label, { exact: true }).fill(title);
  await page.getByRole('button', { name: '选择图片' }).click();
  // Taken with a phone: 4000×3000 as stored, GPS, camera, serial number, Orientation 6.
  await page.locator('input[type=file]').setInputFiles(await cameraPhotoFile('cover.jpg'));
  await page.getByRole('button', { name: decapPhrase('newsroom', 'mediaLibrary.mediaLibraryModal.chooseSelected') }).click();
  await page.locator('[data-slate-editor]').click();
  await page.keyboard.type('后台写的正文。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('内容已保存')).toBeVisible();
  // What reached the article's branch is a web original, upright, with none of the phone's data; the editor said so.
  await expect(page.locator('#upload-notes')).toContainText(cameraPhotoNote('cover.jpg'));
  expect(committedPhoto(root, `cms/news-zh/${slug}`, `public/news/${slug}/cover.jpg`)).toEqual(WEB_ORIGINAL_OF_CAMERA_PHOTO);
  await setStatus(page, '待审核');
  await expect(page.getByRole('button', { name: '状态: 待审核' })).toBeVisible();

  // 待发布 is the reviewer's: the server refuses, and the editor is told the way (提交审核).
  await setStatus(page, '待发布');
  await expect(page.getByText(messages.zh.Admin.refused.publishIsReviewers)).toBeVisible();
  const refused = await api(page, publishRequest(slug));
  expect(refused.status()).toBe(403);
  // Every save is a commit by the signed-in person, on the article's own branch.
  expect(execFileSync('git', ['log', '-1', '--format=%an', `cms/news-zh/${slug}`], { cwd: root, encoding: 'utf8' }).trim()).toBe(
    accounts.editor.name,
  );
  expect((await fetch(`${site}/zh/news/${slug}`)).status).toBe(404);
  expect(foreign).toEqual([]);
});

test('a reviewer publishes it: nginx serves the new release, with the article on the home page, the list, the feed, the sitemap and search', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, accounts.reviewer);
  await page.goto(`/admin/#/collections/news-zh/entries/${slug}`);
  // Its picture dialog lists its own upload, which is still on its branch only.
  await page.getByRole('button', { name: '选择其他图片' }).click();
  await expect(page.getByText('cover.jpg', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await setStatus(page, '待发布');
  await expect(page.getByRole('button', { name: '状态: 待发布' })).toBeVisible();
  await publishNow(page);
  await expect(page.getByText('文章已发布，网站已更新')).toBeVisible({ timeout: 180_000 });
  await expect.poll(async () => (await fetch(`${site}/zh/news/${slug}`)).status).toBe(200);
  await page.goto(`${site}/zh/news/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // Its cover: the page's share picture is the release's 1200 px copy; the web original is served too.
  const shareCard = page.locator('meta[property="og:image"]');
  await expect(shareCard).toHaveAttribute('content', /\/_sizes\/[0-9a-f]+-share\.jpg$/);
  expect((await fetch(`${site}${new URL((await shareCard.getAttribute('content'))!).pathname}`)).status).toBe(200);
  expect((await fetch(`${site}/news/${slug}/cover.jpg`)).status).toBe(200);
  await page.goto(`${site}/zh`);
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
  await page.goto(`${site}/zh/news`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  expect(await (await fetch(`${site}/zh/feed.xml`)).text()).toContain(title);
  expect(sitemapPaths(await (await fetch(`${site}/sitemap.xml`)).text())).toContain(`/zh/news/${slug}`);
  await page.goto(`${site}/zh/search`);
  await page.getByRole('searchbox', { name: messages.zh.Search.label }).fill('后台发布');
  await expect(page.locator('.search-results li').filter({ hasText: title })).toBeVisible();
  // The branch is merged, by the reviewer.
  expect(execFileSync('git', ['log', '-1', '--format=%an %s', 'main'], { cwd: root, encoding: 'utf8' })).toContain(accounts.reviewer.name);
  expect(parseXml(await (await fetch(`${site}/zh/feed.xml`)).text())).toBeTruthy();
});

test('an article that fails the content check is refused with its Chinese words; the live site stays byte for byte', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.reviewer);
  const before = await (await fetch(`${site}/zh/news`)).text();
  const live = readFileSync(data.liveRelease, 'utf8');
  // Saved through the API, as a hand-made file would be: a category the site does not have.
  const bad = 'bad-category-article';
  const saved = await api(page, approvedArticleRequest(bad, '栏目写错的文章', 'sports'));
  expect(saved.status()).toBe(200);
  await page.goto(`/admin/#/collections/news-zh/entries/${bad}`);
  await expect(page.getByRole('button', { name: '状态: 待发布' })).toBeVisible();
  await publishNow(page);
  // The refusal comes after the merge and the content check, which take a while on a loaded machine.
  await expect(page.getByText(/发布失败/)).toContainText(`content/news/zh/${bad}.mdx`, { timeout: 60_000 });
  await expect(page.getByText(/发布失败/)).toContainText(messages.zh.ContentFields.category.label);
  expect(await (await fetch(`${site}/zh/news`)).text()).toBe(before);
  expect(readFileSync(data.liveRelease, 'utf8')).toBe(live);
  // Still waiting, on its branch.
  execFileSync('git', ['rev-parse', '--verify', `cms/news-zh/${bad}`], { cwd: root });
});

test('a reviewer rolls back to the previous release, and a shell rolls forward again', async ({ page }) => {
  await signIn(page, accounts.reviewer);
  await page.goto('/admin/releases');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.releases.heading);
  await expect(page.locator('tr.live')).toContainText('#2');
  await page.locator('tr', { hasText: '#1' }).getByRole('button', { name: words.releases.rollBack }).click();
  await page.getByRole('button', { name: words.rollback.confirm }).click();
  await expect(page.getByText(words.releases.rolledBack.replace('{id}', '1'))).toBeVisible();
  await expect(page.locator('tr.live')).toContainText('#1');
  await expect.poll(async () => (await fetch(`${site}/zh/news/${slug}`)).status).toBe(404);
  execFileSync('npx', ['tsx', 'scripts/cms-rollback.ts', '2'], { cwd: root, env });
  await expect.poll(async () => (await fetch(`${site}/zh/news/${slug}`)).status).toBe(200);
});

test('a reviewer takes the article down (下线): a new release without it, and the article waits as 待发布 again', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, accounts.reviewer);
  await page.goto(`/admin/#/collections/news-zh/entries/${slug}`);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '已发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '下线' }).click();
  await expect(page.getByText('文章已下线，网站已更新')).toBeVisible({ timeout: 180_000 });
  expect((await fetch(`${site}/zh/news/${slug}`)).status).toBe(404);
  // Back on its own branch, waiting to be published again.
  const status = execFileSync('git', ['config', `branch.cms/news-zh/${slug}.description`], { cwd: root, encoding: 'utf8' });
  expect(status.trim()).toBe('decap-cms/pending_publish');
});

test('five failures lock an account for 15 minutes, while another account signs in from the same address', async ({ page, browser }) => {
  await page.goto('/admin/');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel(words.signIn.name).fill(accounts.other.name);
    await page.getByLabel(words.signIn.password).fill(`wrong-password-${attempt}`);
    await page.getByRole('button', { name: words.signIn.submit }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  }
  const locked = new RegExp(words.signIn.locked.replace('{time}', '.+'));
  await expect(page.getByRole('alert')).toHaveText(locked);
  // The right password does not help now.
  await page.getByLabel(words.signIn.password).fill(accounts.other.password);
  await page.getByRole('button', { name: words.signIn.submit }).click();
  await expect(page.getByRole('alert')).toHaveText(locked);
  const colleague = await browser.newPage();
  await signIn(colleague, accounts.editor);
  await colleague.close();
});

test('a cross-site write with a valid cookie gets 403; without a session 401; after 退出 the old cookie gets 401', async ({ page }) => {
  await signIn(page, accounts.editor);
  // A read the editor makes: the Chinese articles.
  const info = { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/news/zh', extension: 'mdx', depth: 1 } };
  expect((await api(page, info)).status()).toBe(200);
  expect((await api(page, info, 'https://attacker.example')).status()).toBe(403);
  const crossSite = await page.request.post(`${site}/api/v1`, {
    data: info,
    headers: { origin: site, 'sec-fetch-site': 'cross-site' },
    failOnStatusCode: false,
  });
  expect(crossSite.status()).toBe(403);
  expect(
    (await fetch(`${site}/api/v1`, { method: 'POST', headers: { origin: site, 'content-type': 'application/json' }, body: '{}' })).status,
  ).toBe(401);
  const cookies = await page.context().cookies();
  await page.getByRole('button', { name: words.nav.signOut }).click();
  await expect(page.getByRole('button', { name: words.signIn.submit })).toBeVisible();
  const old = cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  const replayed = await fetch(`${site}/api/v1`, {
    method: 'POST',
    headers: { origin: site, 'content-type': 'application/json', cookie: old },
    body: JSON.stringify(info),
  });
  expect(replayed.status).toBe(401);
});

test('the audit log lists every action of these tests with the right person, and exports as CSV', async ({ page }) => {
  await signIn(page, accounts.reviewer);
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.audit.heading);
  const row = (action: keyof typeof words.audit.actions, actor: string) =>
    page.locator(`tr[data-action="${action}"]`).filter({ has: page.locator('td:nth-child(2)', { hasText: actor }) });
  for (const [action, actor] of [
    ['account-add', ''],
    ['sign-in-failed', 'nobody-here'],
    ['sign-in', accounts.editor.name],
    ['save', accounts.editor.name],
    ['upload', accounts.editor.name],
    ['submit', accounts.editor.name],
    ['sign-in', accounts.reviewer.name],
    ['approve', accounts.reviewer.name],
    ['publish', accounts.reviewer.name],
    ['release', accounts.reviewer.name],
    ['publish-refused', accounts.reviewer.name],
    ['rollback', accounts.reviewer.name],
    ['unpublish', accounts.reviewer.name],
    ['lockout', accounts.other.name],
    ['sign-out', accounts.editor.name],
  ] as const) {
    await expect(row(action, actor).first(), `${action} by ${actor}`).toBeVisible();
  }
  const csv = await page.request.get(`${site}/admin/audit.csv`);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  const text = await csv.text();
  expect(text).toContain(words.audit.actions.publish);
  expect(text).toContain(`cms/news-zh/${slug}`);
  // Editors do not see the log.
  const editor = await page.context().browser()!.newPage();
  await signIn(editor, accounts.editor);
  expect((await editor.request.get(`${site}/admin/audit`, { maxRedirects: 0 })).status()).toBe(403);
  await editor.close();
});
