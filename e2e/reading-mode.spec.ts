/** 长者模式 (easy reading): runs at desktop and phone width. */
import { expect, type Page } from '@playwright/test';
import { expectFitsScreen, fixture, locales, messages, ON, pageTypes, test, WCAG_AA } from './support';

const toggle = (page: Page, locale: (typeof locales)[number]) => page.getByRole('button', { name: messages[locale].ReadingMode.label });

/** Switches the mode on from the keyboard, as a visitor without a mouse would. */
async function switchOn(page: Page, locale: (typeof locales)[number]) {
  await toggle(page, locale).focus();
  await page.keyboard.press('Enter');
  await expect(toggle(page, locale)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-reading', 'easy');
}

/** Font size and line height (px) of every visible paragraph, list item and table cell of the main content. */
function textMetrics(page: Page) {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('p, li, td, th, dd, dt')]
      .filter((element) => element.getClientRects().length > 0 && element.textContent!.trim() !== '')
      .map((element) => {
        const style = getComputedStyle(element);
        return {
          text: element.textContent!.trim().slice(0, 20),
          size: parseFloat(style.fontSize),
          lineHeight: parseFloat(style.lineHeight),
        };
      }),
  );
}

/** Every visible link and button outside running text, with its size. */
function targets(page: Page) {
  return page.locator('body').evaluate((body) =>
    [...body.querySelectorAll('a, button, input')]
      .filter(
        (element) => element.getClientRects().length > 0 && !element.closest('.article-body') && !element.classList.contains('skip-link'),
      )
      .map((element) => {
        const box = element.getBoundingClientRect();
        return {
          text: (element.textContent || element.getAttribute('aria-label') || element.tagName).trim().slice(0, 20),
          width: box.width,
          height: box.height,
        };
      }),
  );
}

for (const locale of locales) {
  test(`${locale}: the switch enlarges text, line height and targets, and is kept across pages and visits`, async ({ page, context }) => {
    await page.goto(`/${locale}/news/${fixture.translated}`);
    await expect(toggle(page, locale)).toHaveAttribute('aria-pressed', 'false');
    const standard = await page
      .locator('#article-body p')
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(standard, 'the standard article text is smaller than the mode’s').toBeLessThan(18);

    await switchOn(page, locale);
    const metrics = await textMetrics(page);
    expect(metrics.length).toBeGreaterThan(5);
    for (const metric of metrics) {
      expect(metric.size, `font size of "${metric.text}"`).toBeGreaterThanOrEqual(18);
      // Computed line heights are rounded to fractions of a pixel.
      expect(metric.lineHeight / metric.size, `line height of "${metric.text}"`).toBeGreaterThanOrEqual(1.79);
    }
    const targetList = await targets(page);
    expect(targetList.length, 'links and buttons outside the text').toBeGreaterThan(5);
    for (const target of targetList) {
      expect(target.width, `width of "${target.text}"`).toBeGreaterThanOrEqual(44);
      expect(target.height, `height of "${target.text}"`).toBeGreaterThanOrEqual(44);
    }

    // The article's own text-size buttons still work inside the mode, and never go below 18 px.
    const body = page.locator('#article-body');
    const bodySize = () => body.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const medium = await bodySize();
    await page.getByRole('button', { name: messages[locale].Article.sizeLargeLabel }).click();
    await expect.poll(bodySize).toBeGreaterThan(medium);
    await page.getByRole('button', { name: messages[locale].Article.sizeSmallLabel }).click();
    await expect.poll(bodySize).toBeLessThan(medium);
    expect(await bodySize()).toBeGreaterThanOrEqual(18);

    // Kept while moving on, and on the next visit.
    await page.getByRole('link', { name: messages[locale].Article.backToList }).click();
    await expect(page).toHaveURL(`/${locale}/news`);
    await expect(toggle(page, locale)).toHaveAttribute('aria-pressed', 'true');
    const visit = await context.newPage();
    await visit.goto(`/${locale}/contact`);
    await expect(visit.locator('html')).toHaveAttribute('data-reading', 'easy');
    await expect(toggle(visit, locale)).toHaveAttribute('aria-pressed', 'true');

    // Switching off is kept too.
    await toggle(visit, locale).click();
    await expect(toggle(visit, locale)).toHaveAttribute('aria-pressed', 'false');
    await visit.reload();
    await expect(visit.locator('html')).not.toHaveAttribute('data-reading', /./);
    await expect(toggle(visit, locale)).toHaveAttribute('aria-pressed', 'false');
  });

  test(`${locale}: a remembered mode is in place at the first frame, before any script bundle runs`, ON.desktopOnly, async ({ page }) => {
    await page.goto(`/${locale}`);
    await switchOn(page, locale);
    // Record the state at the first animation frame, i.e. before the first paint.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const firstFrame = {
          reading: document.documentElement.dataset.reading,
          size: parseFloat(getComputedStyle(document.body).fontSize),
        };
        (window as unknown as { firstFrame: typeof firstFrame }).firstFrame = firstFrame;
      });
    });
    // The site's script bundles never load: only the inline head script can apply the mode.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(`/${locale}/news/${fixture.translated}`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { firstFrame?: { reading?: string; size: number } }).firstFrame))
      .toEqual({ reading: 'easy', size: 20 });
  });

  // The category list and the search page are built from the same pieces as the news list.
  const modeTypes = Object.entries(pageTypes(locale)).filter(([type]) => type !== 'category' && type !== 'search');

  // Every page type, at both widths; colours and sizes do not depend on the width, so axe runs at desktop width only.
  test(`${locale}: with the mode on, every page type fits the screen and axe finds no A, AA or AAA contrast violation`, async ({
    page,
    expectAccessible,
  }, testInfo) => {
    // Every page type: more than the default 30 s on a busy 2-core machine.
    test.slow();
    await page.goto(`/${locale}`);
    await switchOn(page, locale);
    for (const [, path] of modeTypes) {
      await page.goto(path);
      await expect(toggle(page, locale)).toHaveAttribute('aria-pressed', 'true');
      await expectFitsScreen(page, path);
      if (testInfo.project.name === 'desktop') await expectAccessible(`${path} with the mode on`, [...WCAG_AA, 'wcag2aaa']);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch is absent and the page reads as usual', ON.desktopOnly, async ({ page }) => {
    await page.goto('/zh/news');
    await expect(page.locator('.reading-mode-toggle')).toBeHidden();
    await expect(page.locator('html')).not.toHaveAttribute('data-reading', /./);
    await expect(page.locator('.news-list > li').first()).toBeVisible();
  });
});
