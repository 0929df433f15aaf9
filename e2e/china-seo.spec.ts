/** What Chinese search engines read, on every server: next start, the standalone server and nginx. */
import { expect, type Page, test } from '@playwright/test';
import { fixture, FIXTURE_SITE_URL, locales, messages, pageTypes, siteConfig } from './support';

const meta = (page: Page, name: string) => page.locator(`meta[name="${name}"]`);

for (const locale of locales) {
  test(`${locale}: every page type says applicable-device, SiteName and SiteDomain, and is sent with no-transform`, async ({ page }) => {
    for (const path of Object.values(pageTypes(locale))) {
      const response = await page.goto(path);
      expect(response?.headers()['cache-control'], `Cache-Control of ${path}`).toMatch(/(^|,\s*)no-transform(\s*,|$)/);
      await expect(meta(page, 'applicable-device')).toHaveAttribute('content', 'pc,mobile');
      await expect(meta(page, 'SiteName')).toHaveAttribute('content', siteConfig.name[locale]);
      await expect(meta(page, 'SiteDomain')).toHaveAttribute('content', new URL(FIXTURE_SITE_URL).host);
      if (!path.includes('/news/')) await expect(meta(page, 'ArticleTitle')).toHaveCount(0);
    }
  });

  test(`${locale}: an article carries ArticleTitle, PubDate, ContentSource and ColumnName from its content`, async ({ page }) => {
    await page.goto(`/${locale}/news/${fixture.translated}`);
    await expect(meta(page, 'ArticleTitle')).toHaveAttribute('content', (await page.getByRole('heading', { level: 1 }).textContent())!);
    await expect(meta(page, 'PubDate')).toHaveAttribute('content', '2021-02-10');
    await expect(meta(page, 'ColumnName')).toHaveAttribute('content', messages[locale].Categories.industry);
    await expect(meta(page, 'ContentSource')).toHaveAttribute(
      'content',
      locale === 'zh' ? '自治区科学技术厅' : 'Department of Science and Technology',
    );
    // An article without a source says nothing rather than something empty.
    await page.goto(`/${locale}/news/${fixture.media}`);
    await expect(meta(page, 'ColumnName')).toHaveAttribute('content', /\S/);
    await expect(meta(page, 'ContentSource')).toHaveCount(0);
  });
}

test('build assets keep their year-long caching', async ({ page, request }) => {
  await page.goto('/zh');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expect((await request.get(script!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
