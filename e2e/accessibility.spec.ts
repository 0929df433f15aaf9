import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPageTypes, expectFitsScreen, fixture, locales, messages, pageTypes } from './support';

/** At phone width, the page types whose layout changes most; every page type is checked at desktop width. */
const phoneAxeTypes = new Set(['home', 'news', 'article', 'media', 'contact', 'sitemap', 'longTitle']);

for (const locale of locales) {
  for (const [type, path] of Object.entries(allPageTypes(locale))) {
    test(`${locale} ${type}: no WCAG 2.1 A/AA violations`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name === 'phone' && !phoneAxeTypes.has(type), 'same markup as at desktop width');
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
      );
      expect(summary, `axe violations on ${path} at ${testInfo.project.name} width`).toEqual([]);
    });
  }
}

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto(`/zh/news/${fixture.translated}`);
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return {
        tag: element.tagName,
        text: element.textContent?.trim().slice(0, 30),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    if (focus.tag === 'BODY') continue;
    expect(focus.outline, `focus ring on ${focus.tag} "${focus.text}"`).not.toBe('none');
    expect(focus.width, `focus ring on ${focus.tag} "${focus.text}"`).toBeGreaterThanOrEqual(2);
  }
});

for (const locale of locales) {
  test(`${locale}: screenshots of every page type for review; each fits the screen and shows its heading and footer`, async ({
    page,
  }, testInfo) => {
    test.slow();
    for (const [type, path] of Object.entries(allPageTypes(locale))) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('body > footer')).toBeVisible();
      // Nothing wider than the screen, at phone and desktop width alike.
      await expectFitsScreen(page, path);
      // Saved under test-results/ by name (and in the HTML report), so a reviewer can look without running anything.
      const file = testInfo.outputPath(`${locale}-${type}-${testInfo.project.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${locale}-${type}`, { path: file, contentType: 'image/png' });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    const t = messages[locale];
    for (const [type, path] of Object.entries({ ...pageTypes(locale), notFound: allPageTypes(locale).notFound })) {
      test(`${locale} ${type}: full content, working navigation`, async ({ page }, testInfo) => {
        // Without script the collapsed phone menu must stay open: the phone width is the case that can break.
        test.skip(testInfo.project.name !== 'phone', 'checked at phone width');
        // The one 404 page wears the default language's header.
        const t = messages[type === 'notFound' ? 'zh' : locale];
        const navLocale = type === 'notFound' ? 'zh' : locale;
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expect(page.locator('body > footer')).toBeVisible();
        // The menu cannot toggle without script, so it is simply open, its button hidden, and its links work.
        const navigation = page.getByRole('navigation', { name: t.Header.mainNavigation });
        await expect(navigation).toBeVisible();
        await expect(page.getByRole('button', { name: t.Header.menu })).toBeHidden();
        await navigation.getByRole('link', { name: t.Header.news }).click();
        await expect(page).toHaveURL(`/${navLocale}/news`);
        await expect(page.locator('.news-list > li').first()).toBeVisible();
      });
    }

    test(`${locale}: pagination and the language switch are plain links; a missing page leads to the first`, async ({ page }) => {
      if (locale === 'zh') {
        await page.goto('/zh/news');
        await page.getByRole('navigation', { name: t.News.paginationLabel }).locator('a[rel="next"]').click();
        await expect(page).toHaveURL('/zh/news/page/2');
        // English has one list page only, so the switch leads to its first page.
        await page.getByRole('link', { name: t.Header.switchLabel }).click();
        await expect(page).toHaveURL('/en/news');
      } else {
        await page.goto('/en/news');
        await page.getByRole('link', { name: t.Header.switchLabel }).click();
        await expect(page).toHaveURL('/zh/news');
      }
    });

    test(`${locale}: the article says the text-size tools need JavaScript`, async ({ page }) => {
      await page.goto(`/${locale}/news/${fixture.translated}`);
      await expect(page.getByText(t.Article.needsScript)).toBeVisible();
      await expect(page.getByRole('button', { name: t.Article.sizeLargeLabel })).toBeHidden();
      await expect(page.locator('#article-body table')).toBeVisible();
    });
  }
});
