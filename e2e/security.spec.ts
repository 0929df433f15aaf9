import { expect, test } from '@playwright/test';
import { securityHeaders } from '../security-headers.mjs';
import { allPageTypes, firstScriptPath, fixture, locales, ON } from './support';

const expected = Object.fromEntries(securityHeaders.map(({ key, value }) => [key.toLowerCase(), value]));

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
  for (const [kind, response] of Object.entries(responses)) {
    const headers = response.headers();
    for (const [key, value] of Object.entries(expected)) expect(headers[key], `${key} on ${kind}`).toBe(value);
    expect(headers['x-powered-by'], kind).toBeUndefined();
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

// The policy is the same on every server (checked above), so the pages are tried once, on next start.
test('no page type triggers a CSP violation', async ({ page }) => {
  // Every page type and two searches: more than the default 30 s on a busy 2-core machine.
  test.slow();
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const locale of locales) {
    for (const path of Object.values(allPageTypes(locale))) {
      await page.goto(path);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
    }
    // Search runs WebAssembly in a worker: the policy must allow exactly that.
    await page.goto(`/${locale}/search?q=${locale === 'zh' ? '科技' : 'science'}`);
    await expect(page.locator('.search-results li').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  }
});
