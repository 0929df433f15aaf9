/**
 * The newsroom as an office worker meets it (#33), in Chromium against the real service, git and nginx. 李, an editor,
 * writes the annual work meeting with files named as Chinese offices name them (封面照片.jpg, 会议现场.jpg, 会议纪要.pdf),
 * reopens it, translates it and submits both versions. 王, a reviewer, sees their pictures and a preview of the whole
 * article before publishing, publishes the Chinese version, then the English one. Visitors see the pictures and
 * download the minutes under their Chinese name. Then every screen of the newsroom, in both roles, in the office's
 * words.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { cameraPhotoFile } from '../tests/support/camera-photo';
import {
  accounts,
  type NewsroomBehindNginx,
  newsroomPorts,
  publishNow,
  setStatus,
  signIn,
  startNewsroomBehindNginx,
} from './newsroom-server';
import { decapPhrase, messages } from './support';

test.describe.configure({ mode: 'serial' });

const ports = newsroomPorts();
const site = ports.site;
const words = messages.zh.Admin;
const fields = messages.zh.ContentFields;
const newsroomWords = messages.zh.Newsroom;
const slug = 'office-work-meeting-test';
const title = { zh: '2026年度工作会议召开', en: 'The 2026 annual work meeting' };
const minutes = '会议纪要';
/** What no screen of the newsroom may say: Decap's and git's words, and raw errors. */
const FOREIGN_WORDS = /API_ERROR|Unknown error|SLUG|集合|帖子/;

let newsroom: NewsroomBehindNginx;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  newsroom = await startNewsroomBehindNginx({ prefix: 'site-newsroom-office-', ports, accounts: Object.values(accounts) });
});

test.afterAll(async () => {
  await newsroom?.stop();
});

test.use({ baseURL: site, timezoneId: 'Asia/Shanghai' });

/** A file as an office worker has it: its Chinese name, in a folder of its own. */
function officeFile(source: string, name: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'office-file-')), name);
  copyFileSync(source, file);
  return file;
}

async function upload(page: Page, chooseButton: string, file: string) {
  await page.getByRole('button', { name: chooseButton }).last().click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: decapPhrase('newsroom', 'mediaLibrary.mediaLibraryModal.chooseSelected') }).click();
}

/** Every picture in `scope` has loaded and has pixels: none is a broken image. */
async function expectPicturesShown(scope: Locator, count: number) {
  const pictures = scope.locator('img');
  await expect(pictures).toHaveCount(count);
  for (const picture of await pictures.all()) {
    await picture.scrollIntoViewIfNeeded();
    const message = `${await picture.getAttribute('src')} shows`;
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { message }).toBeGreaterThan(0);
  }
}

async function saveArticle(page: Page) {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  // Phone photos are made web originals before they are committed: seconds each.
  await expect(page.getByText('内容已保存')).toBeVisible({ timeout: 60_000 });
}

/** An article's form, opened afresh (from one form to another, only the address's # part changes). */
async function openArticle(page: Page, locale: 'zh' | 'en') {
  await page.goto(`/admin/#/collections/news-${locale}/entries/${slug}`);
  await page.reload();
}

test('李 writes the article with Chinese file names, reopens it with its pictures, translates it and submits both', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, accounts.editor);
  await page.goto('/admin/#/collections/news-zh/new');
  await page.getByLabel(words.slug).fill(slug);
  await page.getByLabel(fields.title.label, { exact: true }).fill(title.zh);
  await upload(page, '选择图片', await cameraPhotoFile('封面照片.jpg'));
  await page.getByRole('button', { name: '新增附件' }).click();
  await upload(page, '选择文件', officeFile('e2e/fixture/public/news/media-showcase/guide.pdf', `${minutes}.pdf`));
  const body = page.locator('[data-slate-editor]');
  await body.click();
  await page.keyboard.type('会议总结了过去一年的工作。');
  await page.getByTitle('添加组件').click();
  await page.getByRole('menuitem', { name: words.components.figure }).click();
  await upload(page, '选择图片', await cameraPhotoFile('会议现场.jpg'));
  await page.getByLabel(words.components.alt).fill('会议现场');
  await saveArticle(page);

  // Reopened, as after a lunch break: the text, the cover and the picture in the text.
  await expect(page).toHaveURL(new RegExp(`entries/${slug}$`));
  await page.reload();
  await expect(page.getByLabel(fields.title.label, { exact: true })).toHaveValue(title.zh);
  await expect(page.getByText(`/news/${slug}/${minutes}.pdf`)).toBeAttached();
  // A picture that is on no branch: where it should show, the form says which file is missing.
  const missing = await page.request.get(`/admin/article-file/${slug}/${encodeURIComponent('不存在.jpg')}`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(await missing.text()).toContain(newsroomWords.preview.missingPicture.replace('{file}', '不存在.jpg'));
  await expectPicturesShown(page.locator('body'), 2);
  await setStatus(page, '待审核');
  await expect(page.getByRole('button', { name: '状态: 待审核' })).toBeVisible();

  // The English version, started from the Chinese one: it shares the pictures and the minutes.
  await page.getByRole('link', { name: words.twin.create.zh }).click();
  await expect(page.getByLabel(words.slug)).toHaveValue(slug);
  await page.getByLabel(fields.title.label, { exact: true }).fill(title.en);
  await saveArticle(page);
  await setStatus(page, '待审核');
  await expect(page.getByRole('button', { name: '状态: 待审核' })).toBeVisible();
  // While it waits unpublished, the Chinese article leads to it, not to a second empty English form.
  await page.getByRole('link', { name: words.twin.view.en }).click();
  await expect(page.getByLabel(fields.title.label, { exact: true })).toHaveValue(title.zh);
  await expect(page.getByRole('link', { name: words.twin.view.zh })).toBeVisible();
  await expect(page.getByRole('link', { name: words.twin.create.zh })).toHaveCount(0);
});

test('王 sees the pictures and a preview of the whole article before publishing, then publishes Chinese first, English second', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await signIn(page, accounts.reviewer);
  await openArticle(page, 'zh');
  await expect(page.getByLabel(fields.title.label, { exact: true })).toHaveValue(title.zh);
  await expectPicturesShown(page.locator('body'), 2);

  // The whole article as it will look on the site, before it is published.
  const [preview] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('link', { name: decapPhrase('newsroom', 'editor.editorToolbar.deployPreviewButtonLabel') }).click(),
  ]);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title.zh);
  await expect(preview.getByText(newsroomWords.preview.banner)).toBeVisible();
  await expect(preview.getByText('会议总结了过去一年的工作。')).toBeVisible();
  await expectPicturesShown(preview.locator('main'), 2);
  await expect(preview.getByRole('link', { name: minutes })).toHaveAttribute('download', `${minutes}.pdf`);
  await preview.close();

  await setStatus(page, '待发布');
  // Decap asks to set 待发布 first until the server has taken the new status.
  await expect(page.getByRole('button', { name: '状态: 待发布' })).toBeVisible();
  await publishNow(page);
  await expect(page.getByText('文章已发布，网站已更新')).toBeVisible({ timeout: 180_000 });

  // The English version opens with its pictures, which are on the published branch now, not on its own.
  await openArticle(page, 'en');
  await expect(page.getByLabel(fields.title.label, { exact: true })).toHaveValue(title.en);
  await expectPicturesShown(page.locator('body'), 2);
  await expect(page.locator('body')).not.toContainText(FOREIGN_WORDS);
  // Its preview gives its facts in English, as the English site will.
  const englishPreview = await page.request.get(`/admin/preview/en/${slug}`);
  expect(await englishPreview.text()).toContain(messages.en.Categories.company);
  expect(await englishPreview.text()).toContain(messages.en.Article.attachments);
  await setStatus(page, '待发布');
  await expect(page.getByRole('button', { name: '状态: 待发布' })).toBeVisible();
  await publishNow(page);
  await expect(page.getByText('文章已发布，网站已更新')).toBeVisible({ timeout: 180_000 });
});

test('visitors see the pictures of both versions and download the minutes under their Chinese name', async ({ page }) => {
  for (const locale of ['zh', 'en'] as const) {
    // The cover, on the news list; the picture in the text, on the article.
    await page.goto(`/${locale}/news`);
    await expectPicturesShown(page.locator('.news-list > li').filter({ hasText: title[locale] }), 1);
    await page.goto(`/${locale}/news/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title[locale]);
    await expectPicturesShown(page.locator('main article'), 1);
    const link = page.getByRole('link', { name: minutes });
    await expect(link).toHaveAttribute('download', `${minutes}.pdf`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${minutes}.pdf`);
  }
});

/** 《标题》（英文版）: how the newsroom's records name an article, in the messages' own words. */
const named = (locale: 'zh' | 'en') =>
  newsroomWords.audit.article.replace('{title}', title[locale]).replace('{language}', newsroomWords.messages.languages[locale]);
const sentence = (template: string, locale: 'zh' | 'en') => template.replace('{article}', named(locale));

test('王 takes the English version down, then rolls back: asked first with what will change, then told what the site shows differently', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, accounts.reviewer);
  await openArticle(page, 'en');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '已发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '下线' }).click();
  await expect(page.getByText('文章已下线，网站已更新')).toBeVisible({ timeout: 180_000 });

  await page.goto('/admin/releases');
  // Each release names its articles: #2 published the Chinese version, #3 the English one, #4 took it down.
  await expect(page.locator('tr', { hasText: '#2' })).toContainText(named('zh'));
  await expect(page.locator('tr', { hasText: '#4' })).toContainText(named('en'));
  await page.locator('tr', { hasText: '#3' }).getByRole('button', { name: newsroomWords.releases.rollBack }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newsroomWords.rollback.heading.replace('{id}', '3'));
  await expect(page.locator('.rollback-changes')).toHaveText(sentence(newsroomWords.rollback.appears, 'en'));
  await page.getByRole('button', { name: newsroomWords.rollback.confirm }).click();
  await expect(page.locator('tr.live')).toContainText('#3');
  await expect.poll(async () => (await fetch(`${site}/en/news/${slug}`)).status).toBe(200);
  // The site shows it again while the newsroom has it waiting: both 网站版本 and the editor say so.
  await expect(page.locator('.live-differences')).toContainText(sentence(newsroomWords.differences.goes, 'en'));
  await page.goto('/admin/');
  await expect(page.locator('.newsroom-notice')).toContainText(sentence(newsroomWords.differences.goes, 'en'));
});

test('every screen of the newsroom, in both roles, speaks the office’s words', async ({ page }) => {
  test.setTimeout(180_000);
  const decapScreens: [string, () => Locator][] = [
    ['/admin/#/collections/news-zh', () => page.getByText(title.zh).first()],
    ['/admin/#/collections/news-en', () => page.getByText(title.en).first()],
    ['/admin/#/collections/news-zh/new', () => page.getByLabel(words.slug)],
    [`/admin/#/collections/news-zh/entries/${slug}`, () => page.getByLabel(fields.title.label, { exact: true })],
    [`/admin/#/collections/news-en/entries/${slug}`, () => page.getByLabel(fields.title.label, { exact: true })],
    ['/admin/#/workflow', () => page.getByText(decapPhrase('newsroom', 'workflow.workflow.workflowHeading'))],
    ['/admin/#/media', () => page.getByText(decapPhrase('newsroom', 'mediaLibrary.mediaLibraryModal.mediaAssets')).first()],
  ];
  const reviewerScreens: [string, () => Locator][] = [
    ['/admin/releases', () => page.getByRole('heading', { name: newsroomWords.releases.heading })],
    ['/admin/releases/2/rollback', () => page.getByRole('button', { name: newsroomWords.rollback.confirm })],
    ['/admin/audit', () => page.getByRole('heading', { name: newsroomWords.audit.heading })],
    ['/admin/messages', () => page.getByRole('heading', { name: newsroomWords.messages.heading })],
    [`/admin/preview/zh/${slug}`, () => page.getByRole('heading', { name: title.zh })],
  ];
  for (const account of [accounts.editor, accounts.reviewer]) {
    await signIn(page, account);
    for (const [address, shown] of [...decapScreens, ...(account.role === 'reviewer' ? reviewerScreens : [])]) {
      await page.goto(address);
      await page.reload();
      await expect(shown(), address).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('body'), address).not.toContainText(FOREIGN_WORDS);
    }
    await page.context().clearCookies();
  }
  // The audit log names articles by title and language, its steps in Chinese, and no system account.
  await signIn(page, accounts.reviewer);
  await page.goto('/admin/audit');
  const log = page.locator('table.audit');
  await expect(log).toContainText(named('zh'));
  await expect(log).toContainText(newsroomWords.steps['content-check']);
  await expect(log).not.toContainText(/cms\/news-|content\/news\/|news-(zh|en)\/|check \d|newsroom/);
});
