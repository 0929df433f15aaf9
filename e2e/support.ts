import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Page, expect } from '@playwright/test';
import en from '../messages/en.json';
import zh from '../messages/zh.json';
import { siteConfig } from '../site.config';

export { siteConfig };
export const locales = ['zh', 'en'] as const;
export type TestLocale = (typeof locales)[number];
export const messages = { zh, en } as const;

/** Known content: the shipped conference article exists in both languages, the greeting only in Chinese. */
export const translatedSlug = 'regional-science-technology-conference-2021';
export const chineseOnlySlug = 'spring-festival-greetings-2026';
export const draftSlug = 'annual-summary-2026';

/** One URL of every page type, per locale. */
export function pageTypes(locale: TestLocale) {
  return {
    home: `/${locale}`,
    news: `/${locale}/news`,
    category: `/${locale}/news/category/industry`,
    page2: `/${locale}/news/page/2`,
    article: `/${locale}/news/${translatedSlug}`,
    search: `/${locale}/search`,
  };
}

/** Every page type including the special ones: an untranslated article and the 404 page. */
export function allPageTypes(locale: TestLocale) {
  return {
    ...pageTypes(locale),
    ...(locale === 'zh' ? { untranslated: `/zh/news/${chineseOnlySlug}` } : {}),
    notFound: `/${locale}/no-such-page`,
  };
}

/** The header and the compliant footer, as every page must show them. */
export async function expectSiteChrome(page: Page, locale: TestLocale) {
  const header = page.locator('body > header');
  await expect(header.getByText(siteConfig.name[locale], { exact: true })).toBeVisible();
  const footer = page.locator('body > footer');
  await expect(footer).toContainText(messages[locale].Footer.copyright.replace('{year}', String(new Date().getFullYear())).replace('{name}', siteConfig.name[locale]));
  await expect(footer).toContainText(siteConfig.phone);
  const icp = footer.getByRole('link', { name: siteConfig.icp.number });
  await expect(icp).toHaveAttribute('href', siteConfig.icp.url);
  const police = footer.getByRole('link', { name: siteConfig.publicSecurity.number });
  await expect(police).toHaveAttribute('href', siteConfig.publicSecurity.url);
  // The badge sits inside the link, before the number.
  const badge = police.locator('img');
  await expect(badge).toHaveAttribute('src', siteConfig.publicSecurity.badge);
  expect(await badge.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await police.evaluate((link) => link.firstElementChild?.tagName)).toBe('IMG');
  await expect(footer.getByText(messages[locale].Footer.friendlyLinks)).toBeVisible();
  for (const link of siteConfig.friendlyLinks) {
    const anchor = footer.getByRole('link', { name: link.name[locale] });
    await expect(anchor).toHaveAttribute('href', link.url);
    await expect(anchor).toHaveAttribute('target', '_blank');
    await expect(anchor).toHaveAttribute('rel', /noopener/);
  }
  const qr = footer.getByRole('img', { name: messages[locale].Footer.qrCodeLabel.replace('{url}', siteConfig.qrCodeUrl) });
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

const notCopied = new Set(['node_modules', '.next', '.contentlayer', '.git', 'out', 'test-results', 'playwright-report', 'pagefind']);

/**
 * A copy of the project's sources in a temporary folder sharing this node_modules, for tests that
 * build or run a dev server with extra content while the real build and content/ stay untouched.
 * Returns the folder and the environment its npm scripts need.
 */
export function copyProject(prefix: string): { root: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(process.cwd(), root, { recursive: true, filter: (source) => !notCopied.has(path.basename(source)) });
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(root, 'node_modules'));
  // The copy's node_modules is a link out of its folder, so Turbopack must resolve from the filesystem root.
  return { root, env: { ...process.env, TURBOPACK_ROOT: path.parse(root).root, NEXT_TELEMETRY_DISABLED: '1' } };
}
