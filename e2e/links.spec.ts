import { expect, test } from '@playwright/test';
import { pageHeaders, securityHeaders } from '../security-headers.mjs';
import { crawl, expectedPolicy, FIXTURE_SITE_URL, ON, sitemapPaths } from './support';

// The request-level check of each server: every page and asset it serves, with its status, headers, type and compression.
test(
  'every internal link and asset answers 200 with its headers, type and compression; external links are https',
  ON.everyServer,
  async ({ request, baseURL }, testInfo) => {
    test.slow();
    const origin = new URL(baseURL!).origin;
    const security = Object.fromEntries(
      securityHeaders.filter(({ key }) => key !== 'Content-Security-Policy').map(({ key, value }) => [key, value]),
    );
    const { pages, broken, badExternal, badlyServed } = await crawl(request, origin, FIXTURE_SITE_URL, {
      expectedHeaders: security,
      expectedPolicy: expectedPolicy(testInfo.project.name),
      // next start compresses no response marked no-transform, as pages are; the deployed servers compress them.
      compressed: testInfo.project.name !== 'desktop',
    });
    expect(broken, 'internal URLs that do not answer 200').toEqual([]);
    expect(badExternal, 'external links that are not https').toEqual([]);
    expect(badlyServed, 'responses without their headers, type or compression').toEqual([]);
    expect(pages.length).toBeGreaterThan(40);
    // Every page in the sitemap can be reached by following links from the home pages.
    expect(
      sitemapPaths(await (await request.get('/sitemap.xml')).text()).filter((path) => !pages.includes(path)),
      'pages no link leads to',
    ).toEqual([]);
    // Pages carry no-transform on top of the security headers.
    for (const { key, value } of pageHeaders) expect((await request.get(pages[0])).headers()[key.toLowerCase()]).toContain(value);
  },
);
