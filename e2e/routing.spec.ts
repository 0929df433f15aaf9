import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectSiteChrome, fixture, FIXTURE_ROOT, LOCALE_TAGS, locales, messages, ON, pageTypes, sitemapPaths } from './support';

const NOT_FOUND_PATHS = [
  '/fr',
  '/fr/news',
  '/zh/no-such-page',
  '/en/news/no-such-article',
  '/zh/news/page/4',
  '/en/news/page/2',
  '/en/news/category/sports',
  `/en/news/${fixture.chineseOnly}`,
  `/zh/news/${fixture.draft}`,
  '/zh/news/page/1',
];

test.describe('locale routing', ON.everyServer, () => {
  test('/ sends English-preferring browsers to /en and everyone else to /zh', async ({ request }) => {
    const cases: [string | undefined, string][] = [
      ['en-US,en;q=0.9', '/en'],
      ['en', '/en'],
      ['zh-CN,zh;q=0.9,en;q=0.8', '/zh'],
      ['fr-FR,fr;q=0.9', '/zh'],
      [undefined, '/zh'],
    ];
    for (const [acceptLanguage, target] of cases) {
      const response = await request.get('/', {
        headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
        maxRedirects: 0,
      });
      expect(response.status(), `Accept-Language: ${acceptLanguage}`).toBe(307);
      expect(new URL(response.headers().location, 'http://x').pathname, `Accept-Language: ${acceptLanguage}`).toBe(target);
    }
  });

  test('a Chinese browser opening / lands on the Chinese home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_TAGS.zh.htmlLang);
  });

  // One request each, on every server: a real 404 status and the 404 page's text in both languages.
  test('unknown paths, pages past the end, untranslated articles and drafts are real 404 pages', async ({ request }) => {
    for (const path of NOT_FOUND_PATHS) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      for (const locale of locales) expect(html, path).toContain(messages[locale].NotFound.title);
    }
  });
});

// The page around it, once: the markup is the same on every server.
test('the 404 page has the site around it and leads home in both languages', ON.desktopOnly, async ({ page }) => {
  const response = await page.goto(NOT_FOUND_PATHS[0]);
  expect(response?.status()).toBe(404);
  for (const locale of locales) await expect(page.getByRole('heading', { name: messages[locale].NotFound.title })).toBeVisible();
  await expectSiteChrome(page, 'zh');
  await expect(page.getByRole('link', { name: messages.en.NotFound.home })).toHaveAttribute('href', '/en');
});

// A root not-found page was rendered into every page as its fallback: the 404 page's header, footer and text,
// about 10 KB of every page's HTML and a quarter of its prerender time (next.config.mjs, globalNotFound).
test('a page carries only itself, never the 404 page as a fallback', ON.everyServer, async ({ request }) => {
  for (const locale of locales) {
    for (const pagePath of Object.values(pageTypes(locale))) {
      const html = await (await request.get(pagePath)).text();
      for (const notFoundLocale of locales) expect(html, pagePath).not.toContain(messages[notFoundLocale].NotFound.description);
    }
  }
});

test('every page in the sitemap is served as prerendered, never rendered on demand', ON.everyServer, async ({ request }, testInfo) => {
  const paths = sitemapPaths(await (await request.get('/sitemap.xml')).text());
  expect(paths.length).toBeGreaterThan(0);
  for (const pagePath of paths) {
    const response = await request.get(pagePath);
    expect(response.status(), pagePath).toBe(200);
    // nginx can only serve files the export wrote; the Node server marks pages it prerendered at build time.
    if (testInfo.project.name === 'static') expect(existsSync(path.join(FIXTURE_ROOT, 'out', `${pagePath}.html`)), pagePath).toBe(true);
    // (Next sends the header twice, folded into "1, 1".)
    else expect(response.headers()['x-nextjs-prerender'], pagePath).toMatch(/^1(, 1)*$/);
  }
});

// The browser editor runs only on an editor's machine (npm run admin): no build, server or export has it.
test("the editor's paths do not exist on the deployed site", ON.everyServer, async ({ request }) => {
  for (const path of ['/admin', '/admin/', '/admin/index.html', '/admin/decap-cms.js', '/admin/editor.js', '/api/v1']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // nginx refuses a POST to a static file with 405; the Node servers find no such route.
  expect([404, 405], 'POST /api/v1').toContain((await request.post('/api/v1', { data: { action: 'info', params: {} } })).status());
});
