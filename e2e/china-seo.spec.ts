/** What Chinese search engines read, on every server: next start, the standalone server and nginx. */
import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectYearLongCache, firstScriptPath, fixture, FIXTURE_SITE_URL, locales, messages, ON, pageTypes, siteConfig } from './support';

/** The page's <meta name=… content=…> tags as the server sends them, as a search engine's crawler reads them. */
async function fetchPage(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const metas = [...html.matchAll(/<meta name="([^"]+)" content="([^"]*)"\/?>/g)].map(([, name, content]) => [
    name,
    content.replaceAll('&amp;', '&'),
  ]);
  return { cacheControl: response.headers()['cache-control'] ?? '', meta: Object.fromEntries(metas) as Record<string, string> };
}

test.describe('on every server', ON.everyServer, () => {
  for (const locale of locales) {
    test(`${locale}: every page type says applicable-device, SiteName and SiteDomain, and is sent with no-transform`, async ({
      request,
    }) => {
      for (const [type, path] of Object.entries(pageTypes(locale))) {
        const { cacheControl, meta } = await fetchPage(request, path);
        expect(cacheControl, `Cache-Control of ${path}`).toMatch(/(^|,\s*)no-transform(\s*,|$)/);
        expect(meta['applicable-device'], path).toBe('pc,mobile');
        expect(meta.SiteName, path).toBe(siteConfig.name[locale]);
        expect(meta.SiteDomain, path).toBe(new URL(FIXTURE_SITE_URL).host);
        // Only an article names an article: the lists and the category pages do not.
        if (type === 'article' || type === 'media') expect(meta.ArticleTitle, path).toMatch(/\S/);
        else expect(meta.ArticleTitle, path).toBeUndefined();
      }
    });

    test(`${locale}: an article carries ArticleTitle, PubDate, ContentSource and ColumnName from its content`, async ({ request }) => {
      const { meta } = await fetchPage(request, `/${locale}/news/${fixture.translated}`);
      expect(meta).toMatchObject({
        ArticleTitle: locale === 'zh' ? '全区科技工作会议召开' : 'Regional science conference held',
        PubDate: '2021-02-10',
        ColumnName: messages[locale].Categories.industry,
        ContentSource: locale === 'zh' ? '自治区科学技术厅' : 'Department of Science and Technology',
      });
      // An article without a source names the organization, as the sites of public bodies do.
      const media = await fetchPage(request, `/${locale}/news/${fixture.media}`);
      expect(media.meta.ColumnName).toMatch(/\S/);
      expect(media.meta.ContentSource).toBe(siteConfig.name[locale]);
    });
  }
});

// next start compresses no response marked no-transform; npm start runs deploy/node-server.ts, which does.
test(
  'pages are sent compressed, no-transform notwithstanding, and the 404 page is marked no-transform too',
  ON.deployedServers,
  async ({ request }) => {
    const notFound = await request.get('/zh/no-such-page', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(notFound.status()).toBe(404);
    expect(notFound.headers()['cache-control']).toMatch(/(^|,\s*)no-transform(\s*,|$)/);
    for (const locale of locales) {
      for (const path of Object.values(pageTypes(locale))) {
        const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
        expect(response.headers()['content-encoding'], `Content-Encoding of ${path}`).toMatch(/^(br|gzip)$/);
        expect(response.headers()['cache-control'], `Cache-Control of ${path}`).toMatch(/(^|,\s*)no-transform(\s*,|$)/);
      }
    }
  },
);

test('build assets keep their year-long caching', ON.everyServer, async ({ request }) => {
  const script = firstScriptPath(await (await request.get('/zh')).text());
  expect(script).toMatch(/^\/_next\/static\//);
  expectYearLongCache(await request.get(script), script);
});
