import { expect, test } from '@playwright/test';
import { fixture, LOCALE_TAGS, locales, message, messages, ON, openMenuIfCollapsed, switchLanguage } from './support';

const { translated: translatedSlug, chineseOnly: chineseOnlySlug } = fixture;

const other = { zh: 'en', en: 'zh' } as const;
const titles = { zh: '全区科技工作会议召开', en: 'Regional science conference held' } as const;

// Markup and behaviour once, at desktop width; at phone width what the collapsed menu changes.
for (const locale of locales) {
  const t = messages[locale];

  test(`${locale}: list → article → language switch → the same article`, async ({ page }) => {
    await page.goto(`/${locale}/news`);
    await expect(page.locator('.news-banner')).toContainText(`${t.News.bannerTitle}${t.News.bannerSubtitle}`);
    await expect(page.locator('.news-banner')).toBeVisible();
    const items = page.locator('.news-list > li');
    await expect(items).toHaveCount(Math.min(10, fixture.counts[locale].all));

    // Newest first: the dates never go up.
    const dates = await items.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
    expect([...dates].sort().reverse()).toEqual(dates);
    // A future date is published and sorts first (Chinese list); the draft never appears.
    if (locale === 'zh') await expect(items.first().locator('a')).toHaveAttribute('href', `/zh/news/${fixture.future}`);
    await expect(page.locator(`a[href="/${locale}/news/${fixture.draft}"]`)).toHaveCount(0);

    await page.goto(`/${locale}/news/category/industry`);
    const link = page.locator(`.news-list a[href="/${locale}/news/${translatedSlug}"]`);
    await link.click();
    await expect(page).toHaveURL(`/${locale}/news/${translatedSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[locale]);

    await switchLanguage(page, locale);
    await expect(page).toHaveURL(`/${other[locale]}/news/${translatedSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[other[locale]]);
    await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_TAGS[other[locale]].htmlLang);
  });

  test(`${locale}: the article page shows breadcrumb, source, date, body, neighbours`, ON.desktopOnly, async ({ page }) => {
    await page.goto(`/${locale}/news/${translatedSlug}`);
    const breadcrumb = page.getByRole('navigation', { name: t.Article.breadcrumb });
    await expect(breadcrumb.getByRole('link')).toHaveText([t.Header.home, t.Header.news, t.Categories.industry]);
    await expect(breadcrumb.getByRole('link', { name: t.Categories.industry })).toHaveAttribute(
      'href',
      `/${locale}/news/category/industry`,
    );

    const header = page.locator('article header');
    await expect(header).toContainText(t.Article.source.trim());
    await expect(header).toContainText(locale === 'zh' ? '自治区科学技术厅' : 'Department of Science and Technology');
    await expect(header).toContainText(t.Article.date.trim());
    await expect(header.locator('time')).toHaveAttribute('datetime', '2021-02-10');

    const body = page.locator('#article-body');
    await expect(body.locator('table')).toBeVisible();
    await expect(body.locator('ol > li')).toHaveCount(3);
    await expect(body).toContainText(locale === 'zh' ? '48.2亿元' : '4.82 billion yuan');

    // Chinese typography: justified, generous line height, 2-character indent on Chinese paragraphs only.
    const style = await body
      .locator('p')
      .first()
      .evaluate((p) => {
        const css = getComputedStyle(p);
        return {
          align: css.textAlign,
          lineHeight: parseFloat(css.lineHeight),
          fontSize: parseFloat(css.fontSize),
          indent: parseFloat(css.textIndent),
        };
      });
    expect(style.align).toBe('justify');
    expect(style.lineHeight / style.fontSize).toBeGreaterThanOrEqual(1.75);
    if (locale === 'zh') expect(style.indent).toBeCloseTo(style.fontSize * 2, 0);
    else expect(style.indent).toBe(0);

    // Exact neighbours from the fixture's known order: previous is the newer article, next the older one.
    const adjacent = page.getByRole('navigation', { name: t.Article.adjacentLabel });
    const { newer, older } = fixture.neighbours[locale];
    await expect(adjacent.locator('a[rel="prev"]')).toHaveAttribute('href', `/${locale}/news/${newer}`);
    if (older) await expect(adjacent.locator('a[rel="next"]')).toHaveAttribute('href', `/${locale}/news/${older}`);
    else {
      await expect(adjacent.locator('a[rel="next"]')).toHaveCount(0);
      await expect(adjacent).toContainText(`${t.Article.next}${t.Article.none}`);
    }
    await adjacent.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(`/${locale}/news/${newer}`);
    await expect(page.getByRole('navigation', { name: t.Article.adjacentLabel }).locator('a[rel="next"]')).toHaveAttribute(
      'href',
      `/${locale}/news/${translatedSlug}`,
    );
    await page.goBack();
    await expect(adjacent.getByRole('link', { name: t.Article.backToList })).toHaveAttribute('href', `/${locale}/news`);
  });

  test(`${locale}: text size buttons change the article text size`, ON.desktopOnly, async ({ page }) => {
    await page.goto(`/${locale}/news/${translatedSlug}`);
    const paragraph = page.locator('#article-body p').first();
    const size = () => paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const medium = await size();
    const large = page.getByRole('button', { name: t.Article.sizeLargeLabel });
    await large.focus();
    await page.keyboard.press('Enter');
    await expect(large).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(size).toBeGreaterThan(medium);
    await page.getByRole('button', { name: t.Article.sizeSmallLabel }).click();
    await expect.poll(size).toBeLessThan(medium);
    await expect(page.getByRole('button', { name: t.Article.print })).toBeVisible();
  });

  test(`${locale}: printing shows the article alone`, ON.desktopOnly, async ({ page }) => {
    await page.goto(`/${locale}/news/${translatedSlug}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('#article-body')).toBeVisible();
    for (const selector of ['body > header', 'body > footer', '.news-banner', 'nav']) {
      const elements = page.locator(selector);
      // Each selector names something the screen shows: a loop over nothing would prove nothing.
      await expect(elements.first(), `${selector} exists`).toBeAttached();
      for (const element of await elements.all()) await expect(element).toBeHidden();
    }
  });

  test(`${locale}: category tabs list exactly their articles, an empty category says so`, ON.desktopOnly, async ({ page }) => {
    await page.goto(`/${locale}/news`);
    const tabs = page.getByRole('navigation', { name: t.News.categoriesLabel });
    await expect(tabs.getByRole('link', { name: t.News.all })).toHaveAttribute('aria-current', 'page');
    for (const category of ['company', 'industry', 'notice'] as const) {
      await tabs.getByRole('link', { name: t.Categories[category] }).click();
      await expect(page).toHaveURL(`/${locale}/news/category/${category}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.Categories[category]);
      await expect(tabs.getByRole('link', { name: t.Categories[category] })).toHaveAttribute('aria-current', 'page');
      // Every category of the fixture fits on one page.
      await expect(page.locator('.news-list > li')).toHaveCount(fixture.counts[locale][category]);
      if (fixture.counts[locale][category] === 0) await expect(page.getByText(t.News.empty)).toBeVisible();
    }
  });

  test(
    `${locale}: pagination has its own URLs, shows a window of pages, and ends where the articles end`,
    ON.desktopOnly,
    async ({ page }) => {
      const pages = Math.ceil(fixture.counts[locale].all / 10);
      await page.goto(`/${locale}/news`);
      await expect(page.locator('.news-list > li')).toHaveCount(Math.min(10, fixture.counts[locale].all));
      const pagination = page.getByRole('navigation', { name: t.News.paginationLabel });
      if (pages === 1) {
        await expect(pagination).toHaveCount(0);
      } else {
        await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0);
        await expect(pagination.locator('a[aria-label]')).toHaveText(Array.from({ length: pages }, (_, index) => String(index + 1)));
        await pagination.locator('a[rel="next"]').click();
        await expect(page).toHaveURL(`/${locale}/news/page/2`);
        await expect(pagination.getByRole('link', { name: message(locale, 'News.pageLink', { page: '2' }) })).toHaveAttribute(
          'aria-current',
          'page',
        );
        await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', `/${locale}/news`);
        await page.goto(`/${locale}/news/page/${pages}`);
        await expect(page.locator('.news-list > li')).toHaveCount(fixture.counts[locale].all - (pages - 1) * 10);
        await expect(pagination.locator('a[rel="next"]')).toHaveCount(0);
      }
      expect((await page.request.get(`/${locale}/news/page/${pages + 1}`)).status()).toBe(404);
    },
  );

  test(`${locale}: home shows who we are and the latest news of each category`, ON.desktopOnly, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.getByRole('heading', { name: t.Home.aboutHeading })).toBeVisible();
    await expect(page.locator('#about-heading + .article-body p').first()).toHaveText(
      locale === 'zh' ? '这是测试站点的机构简介，用于浏览器测试。' : 'This is the test site’s introduction, used by the browser tests.',
    );
    for (const category of ['company', 'industry', 'notice'] as const) {
      const section = page.getByRole('region', { name: t.Categories[category] });
      const count = fixture.counts[locale][category];
      await expect(section.locator('li')).toHaveCount(Math.min(count, 5));
      if (count === 0) await expect(section).toContainText(t.Home.empty);
      else await expect(section.locator('li time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      await expect(section.getByRole('link', { name: new RegExp(t.Home.more) })).toHaveAttribute(
        'href',
        `/${locale}/news/category/${category}`,
      );
    }
  });
}

test('an article without translation switches to the other list and says so', async ({ page }) => {
  await page.goto(`/zh/news/${chineseOnlySlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await switchLanguage(page, 'zh');
  await expect(page).toHaveURL('/en/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.en.News.bannerTitle);
});

test('the untranslated switch tells the visitor where it leads', async ({ page }) => {
  await page.goto(`/zh/news/${chineseOnlySlug}`);
  await openMenuIfCollapsed(page, 'zh');
  const link = page.getByRole('link', { name: messages.zh.Header.switchLabel });
  await expect(link).toHaveAttribute('href', '/en/news');
  await expect(link).toContainText(messages.zh.Header.switchFallbackNote);
});
