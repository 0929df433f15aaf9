/**
 * What editors use on their own machine, on a copy of the project: `npm run dev` (live preview) and
 * `npm run admin` (the browser editor, Decap CMS, writing the same MDX files). One copy, one dev
 * server and one editor server for the whole file, so its tests run in order in one worker.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import matter from 'gray-matter';
import { todayInChina } from '../lib/dates';
import { contentCheck, logIn, save, upload } from './local-editor';
import { copyProject, freePortSync, messages, stopAndRemove } from './support';

test.describe.configure({ mode: 'serial' });

const DEV_PORT = freePortSync();
const ADMIN_PORT = freePortSync();
const dev = `http://127.0.0.1:${DEV_PORT}`;
// The editor's own address: decap-server accepts browser requests from localhost origins.
const admin = `http://localhost:${ADMIN_PORT}`;
const today = todayInChina();
const words = messages.zh.Admin;

const CONTENT = 'e2e/fixture/content';
let root = '';
let env = process.env;
const servers: ChildProcess[] = [];

function start(script: string, env: NodeJS.ProcessEnv) {
  const server = spawn('npm', ['run', script], { cwd: root, env, stdio: 'ignore', detached: true });
  servers.push(server);
}

test.beforeAll(async ({}, testInfo) => {
  // Hooks have their own time limit: starting a dev server takes longer than 30 s on a busy machine.
  testInfo.setTimeout(300_000);
  // A copy of the project, so the preview's .contentlayer and .next/dev, and every file the editor writes, stay out of this folder.
  const copy = copyProject('site-editing-');
  root = copy.root;
  // The fixture's content, with known articles, and its files.
  cpSync('e2e/fixture/public', path.join(root, 'public'), { recursive: true });
  env = { ...copy.env, CONTENT_DIR: CONTENT };
  start('dev', { ...env, PORT: String(DEV_PORT) });
  start('admin', { ...env, ADMIN_PORT: String(ADMIN_PORT) });
  await expect.poll(async () => (await fetch(`${dev}/zh`).catch(() => null))?.status, { timeout: 120_000, intervals: [1000] }).toBe(200);
  await expect
    .poll(async () => (await fetch(`${admin}/admin/`).catch(() => null))?.status, { timeout: 60_000, intervals: [500] })
    .toBe(200);
});

test.afterAll(async () => {
  for (const server of servers) await stopAndRemove(server, '');
  await stopAndRemove(undefined, root);
});

test.describe('npm run dev: live preview for editors', () => {
  const slug = 'live-preview-check';
  const draft = (title: string) => `---\ntitle: "${title}"\ndate: ${today}\ncategory: notice\ndraft: true\n---\n\n预览测试正文。\n`;

  test('a new or edited article shows up within seconds, without a restart, marked as a draft', async ({ page }) => {
    test.setTimeout(120_000);
    const file = path.join(root, CONTENT, 'news/zh', `${slug}.mdx`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, draft('预览测试：新建的草稿'));
    await expect.poll(async () => (await fetch(`${dev}/zh/news/${slug}`)).status, { timeout: 60_000, intervals: [1000] }).toBe(200);
    await page.goto(`${dev}/zh/news/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('预览测试：新建的草稿');
    await expect(page.locator('.article-draft')).toHaveText(messages.zh.News.draft);

    writeFileSync(file, draft('预览测试：改过的标题'));
    await expect
      .poll(async () => (await (await fetch(`${dev}/zh/news/${slug}`)).text()).includes('预览测试：改过的标题'), {
        timeout: 30_000,
        intervals: [1000],
      })
      .toBe(true);
    await page.goto(`${dev}/zh/news`);
    const item = page.locator('.news-list > li').filter({ hasText: '预览测试：改过的标题' });
    await expect(item).toContainText(messages.zh.News.draft);
  });
});

test.describe('npm run admin: the browser editor', () => {
  // The editor dates a new article in the browser's time zone: the one of the organization.
  test.use({ timezoneId: 'Asia/Shanghai', baseURL: admin });
  const slug = 'editor-made-article';
  const zhFile = () => path.join(root, CONTENT, 'news/zh', `${slug}.mdx`);
  const enFile = () => path.join(root, CONTENT, 'news/en', `${slug}.mdx`);
  const media = (name: string) => path.join(root, 'public/news', slug, name);
  const sample = (name: string) => path.join(process.cwd(), 'e2e/fixture/public/news/media-showcase', name);
  const read = (file: string) => matter(readFileSync(file, 'utf8'));

  test('an article with a cover, an attachment and a picture, its English version, then an edit and a deletion', async ({ page }) => {
    test.setTimeout(240_000);
    const foreign = await logIn(page);
    await page.getByRole('link', { name: words.collections.zh, exact: true }).click();
    await expect(page.getByText('多媒体示例文章')).toBeVisible();
    // Newest first, as on the site: the fixture's article dated 2099 leads the list.
    await expect(page.locator('a[href*="/collections/news-zh/entries/"]').first()).toContainText('日期在未来的通知');

    // The Chinese article, every field of the form.
    await page.goto(`/admin/#/collections/news-zh/new`);
    // Dated today, and nothing to save before anything is typed.
    await expect(page.getByLabel(messages.zh.ContentFields.date.label, { exact: true })).toHaveValue(today);
    await expect(page.getByText('含未保存的修改')).toBeHidden();
    // Required, like the title: not marked optional.
    await expect(page.locator('label[for^="slug-field"]')).toHaveText(words.slug);
    await page.getByLabel(words.slug).fill(slug);
    await page.getByLabel(messages.zh.ContentFields.title.label, { exact: true }).fill('浏览器编辑器写的新闻');
    await page.getByLabel(messages.zh.ContentFields.category.label).click();
    await page.getByText(messages.zh.Categories.notice, { exact: true }).click();
    await page.getByLabel(new RegExp(`^${messages.zh.ContentFields.source.label}`)).fill('公司综合办公室');
    await page.getByLabel(new RegExp(`^${messages.zh.ContentFields.summary.label}`)).fill('编辑在浏览器中填写的摘要。');
    await upload(page, '选择图片', sample('cover.jpg'));
    await page.getByRole('button', { name: '新增附件' }).click();
    await upload(page, '选择文件', sample('guide.pdf'));
    await page.getByLabel(words.attachmentName).fill('网站使用说明');
    await page.getByLabel(words.slug).scrollIntoViewIfNeeded();

    const body = page.locator('[data-slate-editor]');
    await body.click();
    await page.keyboard.type('编辑器写的第一段正文。');
    await page.getByTitle('添加组件').click();
    await page.getByRole('menuitem', { name: words.components.figure }).click();
    await upload(page, '选择图片', sample('photo.jpg'));
    await page.getByLabel(words.components.alt).fill('网站首页截图');
    await page.getByLabel(new RegExp(`^${words.components.caption}`)).fill('网站首页');
    await body.scrollIntoViewIfNeeded();
    // A slug already in use is refused, not turned into "<slug>-1".
    await page.getByLabel(words.slug).fill('media-showcase');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('menuitem', { name: '立即保存' }).click();
    await expect(page.getByText(words.slugTaken.replace('{slug}', 'media-showcase'))).toBeVisible();
    await page.getByLabel(words.slug).fill(slug);
    await save(page);

    await expect.poll(() => existsSync(zhFile()), { message: 'the Chinese file is written' }).toBe(true);
    const zh = read(zhFile());
    expect(zh.data).toEqual({
      title: '浏览器编辑器写的新闻',
      date: new Date(today),
      category: 'notice',
      source: '公司综合办公室',
      summary: '编辑在浏览器中填写的摘要。',
      cover: `/news/${slug}/cover.jpg`,
      attachments: [{ file: `/news/${slug}/guide.pdf`, name: '网站使用说明' }],
      draft: true,
    });
    // The header reads like the new-article template's: the same field order, the date as YYYY-MM-DD.
    expect(readFileSync(zhFile(), 'utf8')).toMatch(
      new RegExp(`^---\\ntitle: "浏览器编辑器写的新闻"\\ndate: ${today}\\ncategory: notice\\n`),
    );
    expect(zh.content).toContain('编辑器写的第一段正文。');
    expect(zh.content).toContain(`<Figure src="/news/${slug}/photo.jpg" alt="网站首页截图" caption="网站首页" />`);
    for (const name of ['cover.jpg', 'guide.pdf', 'photo.jpg']) {
      expect(statSync(media(name)).size, name).toBe(statSync(sample(name)).size);
    }

    // Its English version: same slug, category and date, started from the Chinese article.
    await page.getByRole('link', { name: words.twin.create.zh }).click();
    await expect(page.getByLabel(words.slug)).toHaveValue(slug);
    // It starts with what both versions share: the source, the cover and the attachments too, and the Chinese text to
    // translate from.
    await expect(page.getByLabel(new RegExp(`^${messages.zh.ContentFields.source.label}`))).toHaveValue('公司综合办公室');
    await expect(page.getByText('网站使用说明')).toBeVisible();
    const englishBody = page.locator('[data-slate-editor]');
    await expect(englishBody).toContainText('编辑器写的第一段正文。');
    // Its picture dialog lists the files the Chinese version uploaded.
    await page.getByRole('button', { name: '选择其他图片' }).first().click();
    for (const name of ['cover.jpg', 'photo.jpg']) await expect(page.getByText(name, { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByText('photo.jpg', { exact: true })).toBeHidden();
    await page.getByLabel(messages.zh.ContentFields.title.label, { exact: true }).fill('News written in the browser editor');
    // The Chinese paragraph replaced by its translation; the picture stays.
    await englishBody.getByText('编辑器写的第一段正文。').click({ clickCount: 3 });
    await page.keyboard.type('The first paragraph, written in the editor.');
    await save(page);
    await expect.poll(() => existsSync(enFile()), { message: 'the English file is written' }).toBe(true);
    expect(read(enFile()).data).toMatchObject({
      title: 'News written in the browser editor',
      category: 'notice',
      date: new Date(today),
      source: '公司综合办公室',
      cover: `/news/${slug}/cover.jpg`,
      attachments: [{ file: `/news/${slug}/guide.pdf`, name: '网站使用说明' }],
      draft: true,
    });
    expect(read(enFile()).content.trim()).toBe(
      `The first paragraph, written in the editor.\n\n<Figure src="/news/${slug}/photo.jpg" alt="网站首页截图" caption="网站首页" />`,
    );

    // Back to the Chinese version: its own form, and a save there writes only the Chinese file.
    const english = readFileSync(enFile(), 'utf8');
    await page.getByRole('link', { name: words.twin.view.en }).click();
    const title = page.getByLabel(messages.zh.ContentFields.title.label, { exact: true });
    await expect(title).toHaveValue('浏览器编辑器写的新闻');
    await title.fill('浏览器编辑器改过的标题');
    await save(page);
    await expect.poll(() => read(zhFile()).data.title).toBe('浏览器编辑器改过的标题');
    expect({ ...read(zhFile()).data, title: zh.data.title }).toEqual(zh.data);
    expect(readFileSync(enFile(), 'utf8')).toBe(english);
    // Now that the English version exists, the Chinese one opens it instead of starting another.
    await expect(page.getByRole('link', { name: words.twin.view.zh })).toBeVisible();

    contentCheck(root, env);

    // Both pages in the dev server, without a restart; still drafts, and marked so.
    for (const [locale, heading] of [
      ['zh', '浏览器编辑器改过的标题'],
      ['en', 'News written in the browser editor'],
    ] as const) {
      await expect
        .poll(async () => (await fetch(`${dev}/${locale}/news/${slug}`)).status, { timeout: 60_000, intervals: [1000] })
        .toBe(200);
      await page.goto(`${dev}/${locale}/news/${slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('.article-draft')).toHaveText(messages[locale].News.draft);
    }
    await page.goto(`${dev}/zh/news/${slug}`);
    await expect(page.locator('.article-body figure img')).toHaveAttribute('alt', '网站首页截图');
    await expect(page.getByRole('link', { name: /网站使用说明/ })).toHaveAttribute('href', `/news/${slug}/guide.pdf`);

    // Delete the English version: the Chinese article stays.
    await page.goto(`${admin}/admin/#/collections/news-en/entries/${slug}`);
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: '删除内容' }).click();
    await expect.poll(() => existsSync(enFile()), { message: 'the English file is deleted' }).toBe(false);
    expect(existsSync(path.join(root, CONTENT, 'news/zh/media-showcase-1.mdx'))).toBe(false);
    expect(existsSync(zhFile())).toBe(true);
    contentCheck(root, env);

    expect(foreign).toEqual([]);
  });

  test('an untouched article is not saved again; a change to one field changes one line of its file', async ({ page }) => {
    const file = path.join(root, CONTENT, 'news/zh/media-showcase.mdx');
    const before = readFileSync(file, 'utf8');
    await logIn(page);
    await page.goto(`/admin/#/collections/news-zh/entries/media-showcase`);
    // A change undone is no change: the editor offers no save, and the file stays as it was.
    const title = page.getByLabel(messages.zh.ContentFields.title.label, { exact: true });
    await title.press('End');
    await title.press('x');
    await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
    await title.press('Backspace');
    await expect(page.getByRole('button', { name: '已保存', exact: true })).toBeVisible();
    expect(readFileSync(file, 'utf8')).toBe(before);

    // One field filled in: the diff is that line, in the schema's place, and a trailing space dropped; the rest keeps its form.
    await page.getByLabel(new RegExp(`^${messages.zh.ContentFields.summary.label}`)).fill('一篇多媒体示例。');
    await save(page);
    await expect
      .poll(() => readFileSync(file, 'utf8'))
      .toBe(
        before
          .replace('category: company\n', 'category: company\nsummary: "一篇多媒体示例。"\n')
          .replace('attachments: \n', 'attachments:\n'),
      );
  });

  test('the write endpoint refuses paths outside the content, other file types and oversized uploads', async ({ request }) => {
    const post = (action: string, params: object) =>
      request.post(`${admin}/api/v1`, { data: { action, params: { branch: 'main', ...params } } });
    const jpeg = Buffer.from('not really a picture').toString('base64');
    const options = { commitMessage: 'test' };
    for (const asset of [
      { path: 'package.json', content: jpeg, encoding: 'base64' },
      { path: 'public/news/../../evil.jpg', content: jpeg, encoding: 'base64' },
      { path: 'public/news/some-article/script.js', content: jpeg, encoding: 'base64' },
      { path: 'public/news/some-article/huge.pdf', content: Buffer.alloc(21 * 1024 * 1024).toString('base64'), encoding: 'base64' },
    ]) {
      const response = await post('persistMedia', { asset, options });
      expect(response.status(), asset.path).toBe(422);
    }
    const persist = (entry: object) =>
      post('persistEntry', { entry, assets: [], options: { ...options, collectionName: 'news-zh', useWorkflow: false, status: 'draft' } });
    expect((await persist({ slug: 'x', path: 'app/page.tsx', raw: 'export default 1' })).status()).toBe(422);
    // A rename moves the file: where it goes is checked too.
    const rename = { slug: 'media-showcase', path: `${CONTENT}/news/zh/media-showcase.mdx`, newPath: 'app/page.mdx', raw: '---\n---\n' };
    expect((await persist(rename)).status()).toBe(422);
    expect((await post('deleteFile', { path: 'README.md', options })).status()).toBe(422);
    expect(existsSync(path.join(root, 'public/news/some-article'))).toBe(false);
    expect(existsSync(path.join(root, 'app/page.mdx'))).toBe(false);
  });

  test('the editor answers only under its own local address', async () => {
    // What a page on a rebound domain would send: the browser puts that domain in Host.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      request({ host: '127.0.0.1', port: ADMIN_PORT, path: '/admin/', headers: { host: `attacker.example:${ADMIN_PORT}` } }, (response) =>
        resolve(response.statusCode),
      )
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(403);
    expect((await fetch(`${admin}/admin/`)).status).toBe(200);
  });
});
