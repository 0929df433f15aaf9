import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chineseOnlySlug, draftSlug, expectSiteChrome, locales, messages, pageTypes } from './support';

test.describe('locale routing', () => {
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
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  for (const path of [
    '/fr',
    '/fr/news',
    '/zh/no-such-page',
    '/en/news/no-such-article',
    '/zh/news/page/99',
    '/en/news/category/sports',
    `/en/news/${chineseOnlySlug}`,
    `/zh/news/${draftSlug}`,
    '/zh/news/page/1',
  ]) {
    test(`${path} is a real 404 with the site around it`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      for (const locale of locales) {
        await expect(page.getByRole('heading', { name: messages[locale].NotFound.title })).toBeVisible();
      }
      await expectSiteChrome(page, 'zh');
      await expect(page.getByRole('link', { name: messages.en.NotFound.home })).toHaveAttribute('href', '/en');
    });
  }
});

test('every page is prerendered at build time', async () => {
  const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as { routes: Record<string, unknown> };
  for (const locale of locales) {
    for (const path of Object.values(pageTypes(locale))) {
      expect(Object.keys(manifest.routes), path).toContain(path);
    }
  }
  expect(Object.keys(manifest.routes)).toContain(`/zh/news/${chineseOnlySlug}`);
  expect(Object.keys(manifest.routes)).not.toContain(`/zh/news/${draftSlug}`);
  const routesManifest = JSON.parse(readFileSync('.next/routes-manifest.json', 'utf8')) as { dynamicRoutes: { page: string }[] };
  const prerendered = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as {
    dynamicRoutes: Record<string, { fallback: unknown }>;
  };
  // No route may render on demand: each dynamic route has prerendered paths only (fallback: false).
  for (const route of routesManifest.dynamicRoutes) {
    expect(prerendered.dynamicRoutes[route.page]?.fallback, route.page).toBe(false);
  }
});
