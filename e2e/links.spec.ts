import { expect, test } from '@playwright/test';
import { crawl, FIXTURE_SITE_URL } from './support';

test('every internal link and asset answers 200, external links are https, every page is reachable', async ({ request, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  const { pages, broken, badExternal } = await crawl(request, origin, FIXTURE_SITE_URL);
  expect(broken, 'internal URLs that do not answer 200').toEqual([]);
  expect(badExternal, 'external links that are not https').toEqual([]);
  // Every page in the sitemap can be reached by following links from the home pages.
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
  expect(
    listed.filter((path) => !pages.includes(path)),
    'pages no link leads to',
  ).toEqual([]);
});
