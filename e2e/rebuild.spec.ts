import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject, siteConfig, stopAndRemove } from './support';

const PORT = 3124;
const slug = 'rebuild-check-article';
const today = new Date().toISOString().slice(0, 10);
const article = {
  zh: { title: '风电装备企业座谈会召开', word: '风电装备' },
  en: { title: 'Windfarm equipment makers meet', word: 'windfarm' },
} as const;

test.describe('an editor adds an article and rebuilds', () => {
  test.setTimeout(300_000);

  let root = '';
  let server: ChildProcess | undefined;

  test.beforeAll(async ({}, testInfo) => {
    // Hooks have their own time limit: building or starting a dev server takes longer than 30 s on a busy machine.
    testInfo.setTimeout(300_000);
    test.skip(testInfo.project.name !== 'desktop', 'one rebuild is enough');
    // A copy of the project: the real content/ and the build under test stay untouched.
    const copy = copyProject('site-rebuild-');
    root = copy.root;
    for (const locale of ['zh', 'en'] as const) {
      mkdirSync(path.join(root, 'content/news', locale), { recursive: true });
      writeFileSync(
        path.join(root, 'content/news', locale, `${slug}.mdx`),
        `---\ntitle: "${article[locale].title}"\ndate: ${today}\ncategory: industry\n---\n\n${article[locale].word} ${article[locale].title}.\n`,
      );
    }
    execFileSync('npm', ['run', 'build'], { cwd: root, env: copy.env, stdio: 'pipe', timeout: 240_000 });
    server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
      cwd: root,
      env: copy.env,
      stdio: 'ignore',
      detached: true,
    });
    for (let attempt = 0; attempt < 60; attempt += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/zh`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('the rebuilt site did not start');
  });

  test.afterAll(() => stopAndRemove(server, root));

  test('the new article is in the sitemap, both feeds and search', async ({ page, request }) => {
    const base = `http://127.0.0.1:${PORT}`;
    const sitemap = await (await request.get(`${base}/sitemap.xml`)).text();
    for (const locale of ['zh', 'en'] as const) {
      const url = `${siteConfig.url}/${locale}/news/${slug}`;
      expect(sitemap).toContain(`<loc>${url}</loc>`);
      const feed = await (await request.get(`${base}/${locale}/feed.xml`)).text();
      expect(feed).toContain(`<link>${url}</link>`);
      expect(feed).toContain(article[locale].title);

      await page.goto(`${base}/${locale}/news`);
      await expect(page.locator('.news-list h2 a').first()).toHaveText(article[locale].title);
      await page.goto(`${base}/${locale}/search?q=${encodeURIComponent(article[locale].word)}`);
      await expect(page.locator(`.search-results a[href="/${locale}/news/${slug}"]`)).toHaveText(article[locale].title);
    }
  });
});
