import { expect, test } from '@playwright/test';
import { chineseOnlySlug, locales, messages, openMenuIfCollapsed, switchLanguage, translatedSlug } from './support';

const other = { zh: 'en', en: 'zh' } as const;

for (const locale of locales) {
  const t = messages[locale];

  test(`${locale}: list → article → language switch → the same article`, async ({ page }) => {
    await page.goto(`/${locale}/news`);
    await expect(page.locator('.news-banner')).toContainText(`${t.News.bannerTitle}${t.News.bannerSubtitle}`);
    await expect(page.locator('.news-banner')).toBeVisible();
    const items = page.locator('.news-list > li');
    await expect(items).toHaveCount(10);

    // Newest first: the dates never go up.
    const dates = await items.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
    expect([...dates].sort().reverse()).toEqual(dates);

    await page.goto(`/${locale}/news/category/industry`);
    const link = page.locator(`.news-list a[href="/${locale}/news/${translatedSlug}"]`);
    await link.click();
    await expect(page).toHaveURL(`/${locale}/news/${translatedSlug}`);
    const title = await page.getByRole('heading', { level: 1 }).textContent();

    await switchLanguage(page, locale);
    await expect(page).toHaveURL(`/${other[locale]}/news/${translatedSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title!);
    await expect(page.locator('html')).toHaveAttribute('lang', other[locale] === 'zh' ? 'zh-CN' : 'en');
  });

  test(`${locale}: the article page shows breadcrumb, source, date, body, neighbours`, async ({ page }) => {
    await page.goto(`/${locale}/news/${translatedSlug}`);
    const breadcrumb = page.getByRole('navigation', { name: t.Article.breadcrumb });
    await expect(breadcrumb.getByRole('link')).toHaveText([t.Header.home, t.Header.news, t.Categories.industry]);
    await expect(breadcrumb.getByRole('link', { name: t.Categories.industry })).toHaveAttribute(
      'href',
      `/${locale}/news/category/industry`,
    );

    const header = page.locator('article header');
    await expect(header).toContainText(t.Article.source.trim());
    await expect(header).toContainText(locale === 'zh' ? '内蒙古自治区科学技术厅' : 'Department of Science and Technology');
    await expect(header).toContainText(t.Article.date.trim());
    await expect(header.locator('time')).toHaveAttribute('datetime', '2021-02-10');

    const body = page.locator('#article-body');
    await expect(body.locator('table')).toBeVisible();
    await expect(body.locator('ol > li')).toHaveCount(8);
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

    const adjacent = page.getByRole('navigation', { name: t.Article.adjacentLabel });
    await expect(adjacent).toContainText(t.Article.previous.trim());
    await expect(adjacent).toContainText(t.Article.next.trim());
    for (const link of await adjacent.locator('a[rel]').all()) {
      await expect(link).toHaveAttribute('href', new RegExp(`^/${locale}/news/[a-z0-9-]+$`));
    }
    await expect(adjacent.getByRole('link', { name: t.Article.backToList })).toHaveAttribute('href', `/${locale}/news`);
  });

  test(`${locale}: text size buttons change the article text size`, async ({ page }) => {
    await page.goto(`/${locale}/news/${translatedSlug}`);
    const paragraph = page.locator('#article-body p').first();
    const size = () => paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const medium = await size();
    const large = page.getByRole('button', { name: t.Article.sizeLargeLabel });
    await large.focus();
    await page.keyboard.press('Enter');
    await expect(large).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThan(medium);
    await page.getByRole('button', { name: t.Article.sizeSmallLabel }).click();
    expect(await size()).toBeLessThan(medium);
    await expect(page.getByRole('button', { name: t.Article.print })).toBeVisible();
  });

  test(`${locale}: printing shows the article alone`, async ({ page }) => {
    await page.goto(`/${locale}/news/${translatedSlug}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('#article-body')).toBeVisible();
    for (const selector of ['body > header', 'body > footer', '.news-banner', 'nav']) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
    }
  });

  test(`${locale}: category tabs and pagination have their own URLs`, async ({ page }) => {
    await page.goto(`/${locale}/news`);
    const tabs = page.getByRole('navigation', { name: t.News.categoriesLabel });
    await expect(tabs.getByRole('link', { name: t.News.all })).toHaveAttribute('aria-current', 'page');
    for (const category of ['company', 'industry', 'notice'] as const) {
      await tabs.getByRole('link', { name: t.Categories[category] }).click();
      await expect(page).toHaveURL(`/${locale}/news/category/${category}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.Categories[category]);
      await expect(tabs.getByRole('link', { name: t.Categories[category] })).toHaveAttribute('aria-current', 'page');
      await expect(page.locator('.news-list > li').first()).toBeVisible();
    }

    await page.goto(`/${locale}/news`);
    const pagination = page.getByRole('navigation', { name: t.News.paginationLabel });
    await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0);
    await pagination.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(`/${locale}/news/page/2`);
    await expect(pagination.getByRole('link', { name: t.News.pageLink.replace('{page}', '2') })).toHaveAttribute('aria-current', 'page');
    await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', `/${locale}/news`);
    await expect(page.locator('.news-list > li').first()).toBeVisible();
    expect((await page.goto(`/${locale}/news/page/3`))?.status()).toBe(404);
  });

  test(`${locale}: home shows who we are and the latest news of each category`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.getByRole('heading', { name: t.Home.aboutHeading })).toBeVisible();
    await expect(page.locator('#about-heading + .article-body p').first()).toContainText(
      locale === 'zh' ? '内蒙古创新中心' : 'Inner Mongolia Innovation Center',
    );
    for (const category of ['company', 'industry', 'notice'] as const) {
      const section = page.getByRole('region', { name: t.Categories[category] });
      await expect(section.locator('li').first()).toBeVisible();
      await expect(section.locator('li time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
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
