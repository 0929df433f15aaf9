/** What the README promises of each way the site is served, checked on the server itself. */
import { expect, test } from '@playwright/test';
import { allPageTypes, expectYearLongCache, fixture, locales, ON } from './support';

/** Every script, stylesheet and image a page refers to, as the browser would ask for them. */
async function assetsOf(request: import('@playwright/test').APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/\s(?:src|href)="(\/(?:_next\/static|images|news|share)[^"]+)"/g)].map(([, url]) =>
    url.replaceAll('&amp;', '&'),
  );
}

test.describe('nginx serving the static export', ON.nginxOnly, () => {
  test('/path/ is redirected to /path with 308, keeping the query', async ({ request }) => {
    const response = await request.get('/zh/news/?q=1', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe('/zh/news?q=1');
  });

  test('content-hashed assets are cached for a year, pages are not', async ({ request }) => {
    const [script] = (await assetsOf(request, '/zh')).filter((url) => url.startsWith('/_next/static/'));
    expectYearLongCache(await request.get(script), script);
    expect((await request.get('/zh')).headers()['cache-control'] ?? '').not.toContain('max-age=31536000');
  });

  test('images come in the sizes the build made, not from an image optimizer, which a static export has not', async ({ request }) => {
    const html = await (await request.get(`/zh/news/${fixture.media}`)).text();
    expect(html).toContain(`src="/news/${fixture.media}/photo.jpg"`);
    expect(html).toMatch(/srcSet="\/_sizes\/[0-9a-f]{20}-320\.webp 320w/);
    expect(html).not.toContain('/_next/image');
  });

  test('text is gzip-compressed for browsers that accept it', async ({ request }) => {
    for (const path of ['/zh', '/zh/feed.xml', (await assetsOf(request, '/zh')).find((url) => url.endsWith('.js'))!]) {
      const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers()['content-encoding'], path).toBe('gzip');
      expect(response.headers().vary, path).toContain('Accept-Encoding');
    }
  });
});

test('every script, stylesheet and image of every page type answers 200', ON.everyServer, async ({ request }) => {
  // On the standalone server this proves `npm run build:static` after `npm run build` left the Node build whole.
  const assets = new Set<string>();
  for (const locale of locales) {
    for (const path of Object.values(allPageTypes(locale))) for (const asset of await assetsOf(request, path)) assets.add(asset);
  }
  expect(assets.size).toBeGreaterThan(0);
  for (const asset of assets) expect((await request.get(asset)).status(), asset).toBe(200);
});
