import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { todayInChina } from '../lib/dates';
import { copyProject, messages, stopAndRemove } from './support';

const PORT = 3130;
const base = `http://127.0.0.1:${PORT}`;
const slug = 'live-preview-check';
// Dated today, so it heads the news list.
const today = todayInChina();
const draft = (title: string) => `---\ntitle: "${title}"\ndate: ${today}\ncategory: notice\ndraft: true\n---\n\n预览测试正文。\n`;

test.describe('npm run dev: live preview for editors', () => {
  test.setTimeout(240_000);
  let root = '';
  let server: ChildProcess | undefined;

  test.beforeAll(async ({}, testInfo) => {
    // Hooks have their own time limit: building or starting a dev server takes longer than 30 s on a busy machine.
    testInfo.setTimeout(300_000);
    test.skip(testInfo.project.name !== 'desktop', 'one dev server is enough');
    // A copy of the project, so the preview's .contentlayer and .next/dev never touch the real ones.
    const copy = copyProject('site-dev-');
    root = copy.root;
    server = spawn('npm', ['run', 'dev'], {
      cwd: root,
      env: { ...copy.env, PORT: String(PORT) },
      stdio: 'ignore',
      detached: true,
    });
    await expect.poll(async () => (await fetch(`${base}/zh`).catch(() => null))?.status, { timeout: 120_000, intervals: [1000] }).toBe(200);
  });

  test.afterAll(() => stopAndRemove(server, root));

  test('a new or edited article shows up within seconds, without a restart, marked as a draft', async ({ page }) => {
    const file = path.join(root, 'content/news/zh', `${slug}.mdx`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, draft('预览测试：新建的草稿'));
    await expect.poll(async () => (await fetch(`${base}/zh/news/${slug}`)).status, { timeout: 60_000, intervals: [1000] }).toBe(200);
    await page.goto(`${base}/zh/news/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('预览测试：新建的草稿');
    await expect(page.locator('.article-draft')).toHaveText(messages.zh.News.draft);

    writeFileSync(file, draft('预览测试：改过的标题'));
    await expect
      .poll(async () => (await (await fetch(`${base}/zh/news/${slug}`)).text()).includes('预览测试：改过的标题'), {
        timeout: 30_000,
        intervals: [1000],
      })
      .toBe(true);
    await page.goto(`${base}/zh/news`);
    const item = page.locator('.news-list > li').filter({ hasText: '预览测试：改过的标题' });
    await expect(item).toContainText(messages.zh.News.draft);
  });
});
