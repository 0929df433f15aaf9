import { expect } from '@playwright/test';
import { allPageTypes, expectFitsScreen, fixture, locales, messages, ON, pageTypes, test } from './support';

/** At phone width, the page types whose layout changes most; every page type is checked at desktop width. */
const phoneAxeTypes = new Set(['home', 'news', 'article', 'media', 'contact', 'sitemap', 'longTitle']);

for (const locale of locales) {
  for (const [type, path] of Object.entries(allPageTypes(locale))) {
    test(
      `${locale} ${type}: no WCAG 2.1 A/AA violations`,
      phoneAxeTypes.has(type) ? {} : ON.desktopOnly,
      async ({ page, expectAccessible }, testInfo) => {
        await page.goto(path);
        await expectAccessible(`${path} at ${testInfo.project.name} width`);
        await expectFitsScreen(page, path);
      },
    );
  }
}

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto(`/zh/news/${fixture.translated}`);
  const focused: string[] = [];
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
    focused.push(`${focus.tag} "${focus.text}"`);
    expect(focus.outline, `focus ring on ${focus.tag} "${focus.text}"`).not.toBe('none');
    expect(focus.width, `focus ring on ${focus.tag} "${focus.text}"`).toBeGreaterThanOrEqual(2);
  }
  // Twelve presses of Tab reach a dozen different controls: the skip link, the header, the article's tools.
  expect(new Set(focused).size, `focused: ${focused.join(', ')}`).toBeGreaterThanOrEqual(10);
});

for (const locale of locales) {
  // The special page types at phone width (at desktop width the axe tests above check that they fit, and chrome.spec.ts
  // checks the other page types at both widths).
  const specialTypes = Object.entries(allPageTypes(locale)).filter(([type]) => !(type in pageTypes(locale)));
  test(`${locale}: the special page types fit the screen and show their heading and footer`, ON.phoneOnly, async ({ page }) => {
    test.slow();
    expect(specialTypes.length).toBeGreaterThan(1);
    for (const [, path] of specialTypes) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('body > footer')).toBeVisible();
      // Nothing wider than the screen, at phone and desktop width alike.
      await expectFitsScreen(page, path);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    const t = messages[locale];
    // Without script the collapsed phone menu must stay open: the phone width is the case that can break.
    test(`${locale}: every page type has its full content and working navigation`, ON.phoneOnly, async ({ page }) => {
      test.slow();
      for (const [type, path] of Object.entries({ ...pageTypes(locale), notFound: allPageTypes(locale).notFound })) {
        // The one 404 page wears the default language's header.
        const words = messages[type === 'notFound' ? 'zh' : locale];
        const navLocale = type === 'notFound' ? 'zh' : locale;
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
        await expect(page.locator('body > footer'), path).toBeVisible();
        // The menu cannot toggle without script, so it is simply open, its button hidden, and its links work.
        const navigation = page.getByRole('navigation', { name: words.Header.mainNavigation });
        await expect(navigation, path).toBeVisible();
        await expect(page.getByRole('button', { name: words.Header.menu }), path).toBeHidden();
        await navigation.getByRole('link', { name: words.Header.news }).click();
        await expect(page).toHaveURL(`/${navLocale}/news`);
        await expect(page.locator('.news-list > li').first(), path).toBeVisible();
      }
    });

    test(
      `${locale}: pagination and the language switch are plain links; a missing page leads to the first`,
      ON.desktopOnly,
      async ({ page }) => {
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
      },
    );

    test(`${locale}: the article says the text-size tools need JavaScript`, ON.desktopOnly, async ({ page }) => {
      await page.goto(`/${locale}/news/${fixture.translated}`);
      await expect(page.getByText(t.Article.needsScript)).toBeVisible();
      await expect(page.getByRole('button', { name: t.Article.sizeLargeLabel })).toBeHidden();
      await expect(page.locator('#article-body table')).toBeVisible();
    });
  }
});
