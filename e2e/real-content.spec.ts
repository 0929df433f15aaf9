/**
 * The real content/, built as editors leave it. These checks hold whatever articles editors add or
 * remove: they discover pages by following links instead of naming articles. (The content check
 * runs in `npm run build`, and the Nu Html Checker reads every built page in tests/build.)
 */
import { expect, type Page } from '@playwright/test';
import { NEWS_PER_PAGE } from '../lib/pagination';
import { crawl, expectFitsScreen, locales, messages, recordRequests, siteConfig, test } from './support';

/**
 * One URL of each page type, found by following links: whatever articles exist. A type is left out only where the
 * content explains it (no article yet: the list says it is empty; one page of articles: no link to a second).
 */
async function discoverPageTypes(page: Page): Promise<Record<string, string>> {
  const types: Record<string, string> = {};
  for (const locale of locales) {
    types[`${locale} home`] = `/${locale}`;
    types[`${locale} news`] = `/${locale}/news`;
    types[`${locale} search`] = `/${locale}/search`;
    types[`${locale} not found`] = `/${locale}/no-such-page`;
    await page.goto(`/${locale}/news`);
    const tabs = page.getByRole('navigation', { name: messages[locale].News.categoriesLabel });
    const category = tabs.getByRole('link', { name: messages[locale].Categories.company });
    await expect(category).toHaveAttribute('href', /\/news\/category\//);
    types[`${locale} category`] = (await category.getAttribute('href'))!;
    // Lists are prerendered: what the page holds on load is all there is, so counting is safe.
    const articles = page.locator('.news-list h2 a');
    if ((await articles.count()) > 0) types[`${locale} article`] = (await articles.first().getAttribute('href'))!;
    else await expect(page.getByText(messages[locale].News.empty), `${locale}: no article, and the list says so`).toBeVisible();
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) > 0) types[`${locale} page 2`] = (await next.first().getAttribute('href'))!;
    else
      expect(await page.locator('.news-list > li').count(), `${locale}: one page of articles, so no second page`).toBeLessThanOrEqual(
        NEWS_PER_PAGE,
      );
  }
  return types;
}

test('every internal link and asset of the real site answers 200; external links are https', async ({ request, baseURL }) => {
  test.slow();
  const { pages, broken, badExternal } = await crawl(request, new URL(baseURL!).origin, siteConfig.url);
  expect(broken, 'internal URLs that do not answer 200').toEqual([]);
  expect(badExternal, 'external links that are not https').toEqual([]);
  expect(pages.length).toBeGreaterThan(0);
});

test('each page type of the real site: no WCAG 2.1 A/AA violation, no request to another host, no web font', async ({
  page,
  baseURL,
  expectAccessible,
}) => {
  test.slow();
  const types = await discoverPageTypes(page);
  const origin = new URL(baseURL!).origin;
  for (const [type, path] of Object.entries(types)) {
    const requests = recordRequests(page, (url) => url.origin === origin);
    await page.goto(path);
    await page.waitForLoadState('load');
    await expectAccessible(`${type} (${path})`);
    requests.stop();
    expect(requests.foreign, `requests to other hosts from ${type}`).toEqual([]);
    expect(requests.fonts, `web fonts on ${type}`).toEqual([]);
  }
});

test('each page type of the real site fits a 360 px phone screen, whatever the length of its titles', async ({ page }) => {
  test.slow();
  const types = await discoverPageTypes(page);
  await page.setViewportSize({ width: 360, height: 780 });
  for (const [type, path] of Object.entries(types)) {
    await page.goto(path);
    await expectFitsScreen(page, `${type} (${path})`);
  }
});
