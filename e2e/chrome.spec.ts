import { expect, test } from '@playwright/test';
import {
  expectFitsScreen,
  expectSiteChrome,
  LOCALE_TAGS,
  locales,
  messages,
  ON,
  openMenuIfCollapsed,
  pageTypes,
  recordRequests,
} from './support';

for (const locale of locales) {
  const t = messages[locale];
  for (const [type, path] of Object.entries(pageTypes(locale))) {
    // Markup, once: the same at every width.
    test(
      `${locale} ${type}: header, footer, only our own host, no web fonts, no console errors`,
      ON.desktopOnly,
      async ({ page, baseURL }) => {
        const { foreign, fonts } = recordRequests(page, (url) => url.origin === new URL(baseURL!).origin);
        const consoleErrors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(error.message));

        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_TAGS[locale].htmlLang);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expectSiteChrome(page, locale);
        await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /icon/);
        await page.waitForLoadState('load');
        expect(foreign, 'requests to other hosts').toEqual([]);
        expect(fonts, 'web fonts: the site uses the system fonts').toEqual([]);
        expect(consoleErrors, 'console errors').toEqual([]);
        // Nothing wider than the screen, and the language switch in the header.
        await expectFitsScreen(page, path);
        await expect(page.getByRole('link', { name: t.Header.switchLabel })).toBeVisible();
      },
    );
  }

  // At phone width: nothing wider than the screen from 360 px phones up, and the collapsed menu leads to the switch.
  test(`${locale}: every page type fits the screen, and its menu leads to the language switch`, ON.phoneOnly, async ({ page }) => {
    test.slow();
    for (const path of Object.values(pageTypes(locale))) {
      await page.goto(path);
      await expectFitsScreen(page, path);
      await openMenuIfCollapsed(page, locale);
      await expect(page.getByRole('link', { name: t.Header.switchLabel }), path).toBeVisible();
    }
  });
}

test.describe('mobile menu', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const locale of locales) {
    test(`${locale}: opens and closes with the keyboard and announces its state`, async ({ page }) => {
      const t = messages[locale].Header;
      await page.goto(`/${locale}/news`);
      const button = page.getByRole('button', { name: t.menu });
      const newsLink = page.getByRole('navigation', { name: t.mainNavigation }).getByRole('link', { name: t.news });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(newsLink).toBeHidden();

      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(newsLink).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('navigation', { name: t.mainNavigation }).getByRole('link').first()).toBeFocused();

      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
      await expect(newsLink).toBeHidden();
    });
  }
});

test('the skip link jumps to the main content', async ({ page }) => {
  await page.goto('/zh/news');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: messages.zh.Header.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
});
