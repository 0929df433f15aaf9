import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { type APIRequestContext, type Page, expect } from '@playwright/test';
import en from '../messages/en.json';
import zh from '../messages/zh.json';
import { siteConfig } from '../site.config';
import { fixture, FIXTURE_SITE_URL } from './fixture/site';

export { copyProject } from '../tests/support/project-copy';
export { fixture, FIXTURE_ROOT, FIXTURE_SITE_URL } from './fixture/site';

export { siteConfig };
export const locales = ['zh', 'en'] as const;
export type TestLocale = (typeof locales)[number];
export const messages = { zh, en } as const;

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
    messages[locale].Footer.copyright.replace('{year}', String(new Date().getFullYear())).replace('{name}', siteConfig.name[locale]),
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
  const qr = footer.getByRole('img', { name: messages[locale].Footer.qrCodeLabel.replace('{url}', FIXTURE_SITE_URL) });
  await expect(qr.locator('svg')).toBeVisible();
  await expect(footer.getByText(messages[locale].Footer.scanToLearnMore)).toBeVisible();
}

/** On phones the navigation and the language switch live in the collapsed menu. */
export async function openMenuIfCollapsed(page: Page, locale: TestLocale) {
  const button = page.getByRole('button', { name: messages[locale].Header.menu });
  if (await button.isVisible()) {
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  }
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

/** What a crawl of a site from its home pages found: HTML pages, broken internal URLs, non-https external links. */
export interface CrawlResult {
  pages: string[];
  broken: string[];
  badExternal: string[];
}

const ATTRIBUTE_URL = /\s(?:href|src)="([^"]+)"/g;

/**
 * Follows every internal link and asset from /zh and /en. Absolute URLs on `siteUrl` (canonical,
 * alternates) count as the site's own; external links are checked for form only, never fetched.
 */
export async function crawl(request: APIRequestContext, origin: string, siteUrl: string): Promise<CrawlResult> {
  const queue = ['/zh', '/en'];
  const seen = new Set(queue);
  const result: CrawlResult = { pages: [], broken: [], badExternal: [] };
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      result.broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    result.pages.push(path);
    for (const [, raw] of (await response.text()).matchAll(ATTRIBUTE_URL)) {
      const value = raw.replaceAll('&amp;', '&');
      if (/^(tel|mailto):/.test(value) || value.startsWith('#')) continue;
      const url = new URL(value.startsWith(siteUrl) ? value.slice(siteUrl.length) || '/' : value, origin + path);
      if (url.origin !== origin) {
        if (url.protocol !== 'https:') result.badExternal.push(`${path}: ${value}`);
        continue;
      }
      const target = url.pathname + url.search;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return result;
}
