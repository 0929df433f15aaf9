import { expect, test } from '@playwright/test';
import { siteConfig } from './support';

const ATTRIBUTE_URL = /\s(?:href|src)="([^"]+)"/g;
const decode = (value: string) => value.replaceAll('&amp;', '&');

test('every internal link and asset answers 200; external links are https', async ({ request, baseURL }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the crawl does not depend on the viewport');
  test.slow();
  const origin = new URL(baseURL!).origin;
  const queue = ['/zh', '/en'];
  const seen = new Set(queue);
  const broken: string[] = [];
  const badExternal: string[] = [];
  let pages = 0;

  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages += 1;
    for (const [, raw] of (await response.text()).matchAll(ATTRIBUTE_URL)) {
      const value = decode(raw);
      if (/^(tel|mailto):/.test(value) || value.startsWith('#')) continue;
      // Canonical and alternate URLs are absolute on SITE_URL: they are the site's own pages too.
      const url = new URL(value.startsWith(siteConfig.url) ? value.slice(siteConfig.url.length) || '/' : value, origin + path);
      if (url.origin !== origin) {
        if (url.protocol !== 'https:') badExternal.push(`${path}: ${value}`);
        continue; // external links are checked for form only, never fetched
      }
      const target = url.pathname + url.search;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }

  expect(broken, 'internal URLs that do not answer 200').toEqual([]);
  expect(badExternal, 'external links that are not https').toEqual([]);
  expect(pages).toBeGreaterThanOrEqual(30);
});
