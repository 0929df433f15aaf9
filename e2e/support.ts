import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { type Page, expect } from '@playwright/test';
import en from '../messages/en.json';
import zh from '../messages/zh.json';
import { siteConfig } from '../site.config';

export { copyProject } from '../scripts/project-copy';

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

/** Stops a server started in a project copy (its whole process group), waits for it, then removes the copy. */
export async function stopAndRemove(server: ChildProcess | undefined, root: string) {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid);
    await exited;
  }
  // A dev server's file watchers may still be flushing: retry instead of failing on a busy folder.
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
