import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales, messages, siteConfig } from './support';

const slug = 'website-launch';
const guide = { zh: 'website-guide-zh.pdf', en: 'website-guide-en.pdf' } as const;
const guideName = { zh: '网站使用说明', en: 'How to use the website' } as const;

for (const locale of locales) {
  const t = messages[locale].Article;

  test(`${locale}: an article shows its figure, notice box and attachments`, async ({ page, request }, testInfo) => {
    await page.goto(`/${locale}/news/${slug}`);
    const figure = page.locator('#article-body figure.article-figure');
    const image = figure.locator('img');
    // Width and height reserve the space before the image arrives: no layout shift.
    await expect(image).toHaveAttribute('width', '1280');
    await expect(image).toHaveAttribute('height', '800');
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('alt', /.{10,}/);
    // A Node host resizes images per screen; the static export serves the file as it is.
    if (testInfo.project.name === 'static') await expect(image).toHaveAttribute('src', `/news/${slug}/home-page.jpg`);
    else await expect(image).toHaveAttribute('srcset', /\/_next\/image\?url=%2Fnews%2Fwebsite-launch%2Fhome-page\.jpg&w=\d+/);
    await expect(figure.locator('figcaption')).toHaveText(locale === 'zh' ? '网站中文首页' : 'The Chinese home page');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    const notice = page.locator('#article-body aside[role="note"]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(locale === 'zh' ? '意见反馈' : 'Feedback');

    const attachments = page.getByRole('region', { name: t.attachments });
    const link = attachments.getByRole('link', { name: guideName[locale] });
    await expect(link).toHaveAttribute('href', `/news/${slug}/${guide[locale]}`);
    await expect(link).toHaveAttribute('download', '');
    const kb = Math.round(statSync(`public/news/${slug}/${guide[locale]}`).size / 1024);
    await expect(attachments).toContainText(`PDF · ${kb} KB`);
    const file = await request.get(`/news/${slug}/${guide[locale]}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test(`${locale}: the cover shows in the list and in share cards`, async ({ page }) => {
    await page.goto(`/${locale}/news/category/company`);
    const item = page.locator('.news-list > li').filter({ has: page.locator(`a[href="/${locale}/news/${slug}"]`) });
    const cover = item.locator('img.news-cover');
    await expect(cover).toBeVisible();
    await expect(cover).toHaveAttribute('width', '800');
    await expect(cover).toHaveAttribute('height', '600');

    await page.goto(`/${locale}/news/${slug}`);
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', `${siteConfig.url}/news/${slug}/cover.jpg`);
  });
}
