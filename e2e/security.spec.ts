import { expect, test } from '@playwright/test';
import { inlineCodeHashes } from '../build/page-policy.mjs';
import { metaPolicy, securityHeaders } from '../security-headers.mjs';
import {
  allPageTypes,
  expectedPolicy,
  firstScriptPath,
  fixture,
  locales,
  messages,
  ON,
  openMenuIfCollapsed,
  recordPolicyViolations,
} from './support';

/** The headers every response carries as they are; the policy depends on the response (expectedPolicy). */
const expected = Object.fromEntries(
  securityHeaders.filter(({ key }) => key !== 'Content-Security-Policy').map(({ key, value }) => [key.toLowerCase(), value]),
);

test('every kind of response carries the security headers', ON.everyServer, async ({ request }, testInfo) => {
  const responses = {
    page: await request.get('/zh'),
    article: await request.get(`/en/news/${fixture.translated}`),
    notFound: await request.get('/zh/no-such-page'),
    feed: await request.get('/zh/feed.xml'),
    image: await request.get('/images/beian-badge.svg'),
    script: await request.get(firstScriptPath(await (await request.get('/zh')).text())),
    // Next.js never adds headers() to its config redirects (a bodiless 307): next start sends none; nginx and our Node
    // server (deploy/node-server.ts) do.
    ...(testInfo.project.name !== 'desktop' ? { redirect: await request.get('/', { maxRedirects: 0 }) } : {}),
  };
  const policyOf = expectedPolicy(testInfo.project.name);
  for (const [kind, response] of Object.entries(responses)) {
    const headers = response.headers();
    for (const [key, value] of Object.entries(expected)) expect(headers[key], `${key} on ${kind}`).toBe(value);
    expect(headers['x-powered-by'], kind).toBeUndefined();
    const type = headers['content-type'] ?? '';
    const body = type.includes('text/html') ? await response.text() : '';
    expect(headers['content-security-policy'], `policy on ${kind}`).toBe(policyOf(new URL(response.url()).pathname, type, body));
  }
  // The policy as the server sends it allows only this site.
  const csp = responses.page.headers()['content-security-policy'];
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toMatch(/https?:\/\//);
});

// Security scanners report a page that answers PUT or TRACE; the site has nothing to post to.
test('every method but GET and HEAD is refused with 405 and the methods allowed', ON.deployedServers, async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
    for (const path of ['/zh', `/en/news/${fixture.translated}`, '/zh/feed.xml', '/zh/no-such-page']) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers().allow, `${method} ${path}`).toBe('GET, HEAD');
      expect(response.headers()['x-frame-options'], `${method} ${path}`).toBe('DENY');
    }
  }
});

// Each server sends its own policy (next start: a header beside each page's <meta>), so each is tried.
for (const locale of locales) {
  test(`${locale}: no page type triggers a CSP violation, and every client feature runs`, ON.everyServer, async ({ page }) => {
    // Every page type and a search: more than the default 30 s on a busy 2-core machine.
    test.slow();
    const violations = await recordPolicyViolations(page);
    // Headless Chromium has no print dialog: the print button's call is recorded instead.
    await page.addInitScript(() => (window.print = () => Object.assign(window, { printed: true })));
    const t = messages[locale];
    for (const path of Object.values(allPageTypes(locale))) {
      await page.goto(path);
      // The reading-mode switch is client code on every page (the 404 page's is in the default language): hydrated, it answers.
      const toggle = page.locator('.reading-mode-toggle');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(await violations(), path).toEqual([]);
    }
    // Client navigation (Next's router, fetching the payload instead of a page) under the list page's policy.
    await page.goto(`/${locale}/news/category/industry`);
    const isDocument = (request: { isNavigationRequest(): boolean; resourceType(): string }) =>
      request.isNavigationRequest() && request.resourceType() === 'document';
    const documents: string[] = [];
    page.on('request', (request) => isDocument(request) && documents.push(request.url()));
    await page.locator(`.news-list a[href="/${locale}/news/${fixture.translated}"]`).click();
    await expect(page).toHaveURL(`/${locale}/news/${fixture.translated}`);
    await expect(page.locator('.article-body')).toBeVisible();
    expect(documents, 'no full page load').toEqual([]);
    // The article's text size and print buttons.
    await page.goto(`/${locale}/news/${fixture.translated}`);
    await page.getByRole('button', { name: t.Article.sizeLargeLabel }).click();
    await expect(page.locator('[data-size="large"]')).toHaveCount(1);
    await page.getByRole('button', { name: t.Article.print }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    // The phone menu toggles.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}`);
    await openMenuIfCollapsed(page, locale);
    await expect(page.getByRole('button', { name: t.Header.menu })).toHaveAttribute('aria-expanded', 'true');
    await page.setViewportSize({ width: 1280, height: 900 });
    // Search runs WebAssembly in a worker: the policy must allow exactly that.
    await page.goto(`/${locale}/search`);
    await page.getByRole('searchbox', { name: t.Search.label }).fill(locale === 'zh' ? '科技' : 'science');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

// Vercel and next start send one header for all pages: each page's own policy is a <meta>, before any script.
test('next start: each page carries its own policy as the first thing after its charset', async ({ request }) => {
  for (const path of [...Object.values(allPageTypes('zh')), ...Object.values(allPageTypes('en'))]) {
    const html = await (await request.get(path)).text();
    const [, content] =
      /^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html) ??
      [];
    expect(content?.replaceAll('&quot;', '"'), path).toBe(metaPolicy(inlineCodeHashes(html)));
  }
});
