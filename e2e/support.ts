import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { type APIResponse, type Page, test as base, expect, type TestDetails } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { XMLParser } from 'fast-xml-parser';
import { createTranslator } from 'next-intl';
import type { EditorMode } from '../admin/config';
import { decapWords, type Phrases } from '../admin/decap-zh';
import { inlineCodeHashes } from '../build/page-policy.mjs';
import { type Locale, LOCALE_TAGS, LOCALES } from '../i18n/locales.mjs';
import en from '../messages/en.json';
import zh from '../messages/zh.json';
import { contentSecurityPolicy, headerPolicyBesideMeta } from '../security-headers.mjs';
import { siteConfig } from '../site.config';
import { fixture, FIXTURE_SITE_URL } from './fixture/site';

export { copyProject } from '../tests/support/project-copy';
export { freePortSync } from '../tests/support/free-port';
export { crawl, type CrawlResult } from './crawl';
export { fixture, FIXTURE_ROOT, FIXTURE_SITE_URL } from './fixture/site';

export { siteConfig, LOCALE_TAGS };
export const locales = LOCALES;
export type TestLocale = Locale;
export const messages = { zh, en } as const satisfies Record<Locale, unknown>;

/** A message of the site in one language, formatted as the site formats it (ICU, through next-intl). */
export function message(locale: Locale, key: string, values?: Record<string, string | number>): string {
  return createTranslator({ locale, messages: messages[locale] })(key as never, values as never);
}

/** A phrase of the editor's Chinese interface in a mode, as Decap shows it (admin/decap-zh.ts). */
export function decapPhrase(mode: EditorMode, key: string): string {
  const phrase = key.split('.').reduce<Phrases | string>((node, part) => (node as Phrases)[part], decapWords(mode));
  if (typeof phrase !== 'string') throw new Error(`no phrase ${key}`);
  return phrase;
}

const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
/** The WCAG 2.1 A and AA rules every page must pass. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Playwright's test with `expectAccessible`: axe-core, loaded once into the context's pages (an init script, so CSP
 * does not apply and nothing is injected per call), run on the page as it is now. Much faster than @axe-core/playwright,
 * which injects the engine and opens a page of its own for every run (docs/testing.md).
 */
export const test = base.extend<{ expectAccessible: (label: string, tags?: string[]) => Promise<void> }>({
  // Playwright's fixture callback is named `provide` here: React's lint takes a function named `use` for its hook.
  expectAccessible: async ({ page }, provide) => {
    await page.context().addInitScript({ path: AXE_SOURCE });
    await provide(async (label, tags = WCAG_AA) => {
      const results = await page.evaluate(
        (values) =>
          (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
            runOnly: { type: 'tag', values },
            resultTypes: ['violations'],
          }),
        tags,
      );
      const summary = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
      );
      expect(summary, `axe violations on ${label}`).toEqual([]);
    });
  },
});

/** What a page asked of other hosts, and the web fonts it loaded, from now until `stop()`. */
export function recordRequests(page: Page, isOwn: (url: URL) => boolean) {
  const recorded = { foreign: [] as string[], fonts: [] as string[] };
  const listener = (request: { url(): string; resourceType(): string }) => {
    if (!isOwn(new URL(request.url()))) recorded.foreign.push(request.url());
    if (request.resourceType() === 'font') recorded.fonts.push(request.url());
  };
  page.on('request', listener);
  return { ...recorded, stop: () => page.off('request', listener) };
}

/** The address of the first external script of a page's HTML. */
export function firstScriptPath(html: string): string {
  const script = /<script src="([^"]+)"/.exec(html)?.[1];
  expect(script, 'the page loads a script').toBeDefined();
  return script!;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
/** Feeds and the sitemap, parsed. */
export function parseXml(text: string) {
  return xml.parse(text);
}

/** The paths a sitemap.xml lists. */
export function sitemapPaths(text: string): string[] {
  const { urlset } = parseXml(text) as { urlset: { url: { loc: string } | { loc: string }[] } };
  return [urlset.url].flat().map(({ loc }) => new URL(loc).pathname);
}

/** Content-hashed assets are cached for a year, immutably. */
export function expectYearLongCache(response: APIResponse, label: string) {
  expect(response.headers()['cache-control'], label).toBe('public, max-age=31536000, immutable');
}

/** An absolute URL of the fixture site, as canonical links, feeds and the sitemap write it. */
export const absolute = (path: string) => `${FIXTURE_SITE_URL}${path}`;

/** One URL of every page type of the fixture site, per locale. */
export function pageTypes(locale: TestLocale) {
  return {
    home: `/${locale}`,
    news: `/${locale}/news`,
    category: `/${locale}/news/category/industry`,
    article: `/${locale}/news/${fixture.translated}`,
    media: `/${locale}/news/${fixture.media}`,
    search: `/${locale}/search`,
    contact: `/${locale}/contact`,
    sitemap: `/${locale}/sitemap`,
    legal: `/${locale}/legal`,
  };
}

/** Every page type including the special ones: page 2 and 3, untranslated and long-titled articles, the 404 page. */
export function allPageTypes(locale: TestLocale) {
  return {
    ...pageTypes(locale),
    ...(locale === 'zh'
      ? { page3: '/zh/news/page/3', untranslated: `/zh/news/${fixture.chineseOnly}`, longTitle: `/zh/news/${fixture.longTitle}` }
      : { emptyCategory: '/en/news/category/notice' }),
    notFound: `/${locale}/no-such-page`,
  };
}

/** Nothing on the page is wider than the screen: no sideways scrolling, at any width. */
export async function expectFitsScreen(page: Page, label: string) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${label} overflows` })
    .toBeLessThanOrEqual(0);
}

/** The header and the compliant footer, as every page must show them. */
export async function expectSiteChrome(page: Page, locale: TestLocale) {
  const header = page.locator('body > header');
  await expect(header.getByText(siteConfig.name[locale], { exact: true })).toBeVisible();
  const footer = page.locator('body > footer');
  await expect(footer).toContainText(
    message(locale, 'Footer.copyright', { year: String(new Date().getFullYear()), name: siteConfig.name[locale] }),
  );
  await expect(footer).toContainText(siteConfig.phone);
  const icp = footer.getByRole('link', { name: siteConfig.icp.number });
  await expect(icp).toHaveAttribute('href', siteConfig.icp.url);
  const police = footer.getByRole('link', { name: siteConfig.publicSecurity.number });
  await expect(police).toHaveAttribute('href', siteConfig.publicSecurity.url);
  // The badge sits inside the link, before the number.
  const badge = police.locator('img');
  await expect(badge).toHaveAttribute('src', siteConfig.publicSecurity.badge);
  await expect.poll(() => badge.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(police.locator(':scope > :first-child')).toHaveJSProperty('tagName', 'IMG');
  // Contact, site map and legal notice, in the page's language.
  const services = footer.getByRole('navigation', { name: messages[locale].ServicePages.navigation });
  for (const page of ['contact', 'sitemap', 'legal'] as const) {
    await expect(services.getByRole('link', { name: messages[locale].ServicePages[page], exact: true })).toHaveAttribute(
      'href',
      `/${locale}/${page}`,
    );
  }
  await expect(footer.getByText(messages[locale].Footer.friendlyLinks)).toBeVisible();
  for (const link of siteConfig.friendlyLinks) {
    const anchor = footer.getByRole('link', { name: link.name[locale] });
    await expect(anchor).toHaveAttribute('href', link.url);
    await expect(anchor).toHaveAttribute('target', '_blank');
    await expect(anchor).toHaveAttribute('rel', /noopener/);
  }
  // The fixture is built with SITE_URL set, and the footer QR code leads there.
  const qr = footer.getByRole('img', { name: message(locale, 'Footer.qrCodeLabel', { url: FIXTURE_SITE_URL }) });
  await expect(qr.locator('svg')).toBeVisible();
  await expect(footer.getByText(messages[locale].Footer.scanToLearnMore)).toBeVisible();
}

/** On phones the navigation and the language switch live in the collapsed menu. */
export async function openMenuIfCollapsed(page: Page, locale: TestLocale) {
  const button = page.getByRole('button', { name: messages[locale].Header.menu });
  if (!(await button.isVisible())) return;
  // A click before hydration does nothing: click again until the menu answers.
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass();
}

/** Clicks the header's language switch, opening the phone menu first when needed. */
export async function switchLanguage(page: Page, from: TestLocale) {
  await openMenuIfCollapsed(page, from);
  await page.getByRole('link', { name: messages[from].Header.switchLabel }).click();
}

/** True while any process of the group led by `pid` is alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a server started in a project copy and removes the copy. The whole process group must be
 * gone first: `npm run dev` exits before its children (next dev, contentlayer2 dev), which would
 * otherwise still write into the folder being removed.
 */
export async function stopAndRemove(server: ChildProcess | undefined, root: string) {
  if (server?.pid) {
    if (groupAlive(server.pid)) process.kill(-server.pid, 'SIGTERM');
    await expect.poll(() => groupAlive(server.pid!), { timeout: 30_000, message: 'the server and its children exit' }).toBe(false);
  }
  if (root) rmSync(root, { recursive: true, force: true });
}

/**
 * Every securitypolicyviolation event of the page from before its first script, as "<directive> <blocked URI>" (the
 * directive that applied, script-src-elem for a <script> element): the returned function reads them.
 */
export async function recordPolicyViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * The Content-Security-Policy header each server sends: the standalone server and nginx send a page's own (the hashes
 * of its inline code), next start the one beside the page's <meta> (next.config.mjs); everything else gets the policy
 * without hashes.
 */
export function expectedPolicy(project: string) {
  return (path: string, type: string, html: string) => {
    if (project === 'desktop') return path.startsWith('/_next/') ? contentSecurityPolicy() : headerPolicyBesideMeta;
    return type.includes('text/html') ? contentSecurityPolicy(inlineCodeHashes(html)) : contentSecurityPolicy();
  };
}

export const ON = {
  /** Also on nginx serving the static export, and on the standalone Node server. */
  everyServer: { tag: ['@nginx', '@standalone'] },
  /** Only on the two servers that compress pages and send the deployment's headers themselves. */
  deployedServers: { tag: ['@nginx', '@standalone', '@not-next-start'] },
  nginxOnly: { tag: ['@nginx', '@not-next-start'] },
  desktopOnly: { tag: ['@desktop-only'] },
  phoneOnly: { tag: ['@phone-only'] },
} satisfies Record<string, TestDetails>;
