import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { absolute, fixture, FIXTURE_SITE_URL, locales, messages } from './support';

const slug = fixture.media;
const texts = {
  zh: { alt: '网站首页截图', caption: '首页截图', notice: '请按时提交材料。', guide: '使用指南', video: '活动视频' },
  en: {
    alt: 'Screenshot of the home page',
    caption: 'The home page',
    notice: 'Please hand in the documents on time.',
    guide: 'User guide',
    video: 'Event video',
  },
} as const;

for (const locale of locales) {
  const t = messages[locale].Article;
  const text = texts[locale];

  test(`${locale}: an article shows its figure, notice box, video, table and attachments`, async ({ page, request }) => {
    await page.goto(`/${locale}/news/${slug}`);
    const figure = page.locator('#article-body figure.article-figure').first();
    const image = figure.locator('img');
    // Width and height reserve the space before the image arrives: no layout shift.
    await expect(image).toHaveAttribute('width', '1280');
    await expect(image).toHaveAttribute('height', '800');
    // The body's first picture stands in for a cover, the page's largest paint: fetched at once, first. The others wait.
    await expect(image).toHaveAttribute('loading', 'eager');
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    await expect(page.locator('#article-body figure.article-figure img').last()).toHaveAttribute('loading', 'lazy');
    await expect(page.locator('#article-body img[fetchpriority]')).toHaveCount(1);
    await expect(image).toHaveAttribute('alt', text.alt);
    // The widths the build made of it, up to its own 1280 (photos.spec.ts: which one a phone takes).
    const widths = [320, 640, 960, 1280].map((width) => `/_sizes/[0-9a-f]{20}-${width}\\.webp ${width}w`).join(', ');
    await expect(figure.locator('source[type="image/webp"]')).toHaveAttribute('srcset', new RegExp(`^${widths}$`));
    await expect(figure.locator('figcaption')).toHaveText(text.caption);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    const notice = page.locator('#article-body aside[role="note"]');
    await expect(notice).toContainText(text.notice);

    const video = page.locator('#article-body figure.article-video video');
    await expect(video).toHaveAttribute('poster', `/news/${slug}/poster.jpg`);
    await expect(video.locator('source')).toHaveAttribute('src', `/news/${slug}/clip.mp4`);
    await expect(page.locator('#article-body figure.article-video figcaption')).toHaveText(text.video);
    // The file is there and the browser can read it.
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState)).toBeGreaterThan(0);
    await expect(page.locator('#article-body table tr')).toHaveCount(2);

    const attachments = page.getByRole('region', { name: t.attachments });
    const link = attachments.getByRole('link', { name: text.guide });
    await expect(link).toHaveAttribute('href', `/news/${slug}/guide.pdf`);
    // Saved under the name shown, with the file's extension: 使用指南.pdf, not guide.pdf.
    await expect(link).toHaveAttribute('download', `${text.guide}.pdf`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${text.guide}.pdf`);
    const kb = Math.round(statSync(`e2e/fixture/public/news/${slug}/guide.pdf`).size / 1024);
    await expect(attachments).toContainText(`PDF · ${kb} KB`);
    const file = await request.get(`/news/${slug}/guide.pdf`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test(`${locale}: the cover shows in the list and in share cards`, async ({ page, request }) => {
    await page.goto(`/${locale}/news/category/company`);
    const item = page.locator('.news-list > li').filter({ has: page.locator(`a[href="/${locale}/news/${slug}"]`) });
    const cover = item.locator('img.news-cover');
    await expect(cover).toBeVisible();
    await expect(cover).toHaveAttribute('width', '800');
    await expect(cover).toHaveAttribute('height', '600');

    await page.goto(`/${locale}/news/${slug}`);
    // Its share copy: the cover is 800 px wide, less than the 1200 of a share card.
    const share = page.locator('meta[property="og:image"]').first();
    await expect(share).toHaveAttribute('content', new RegExp(`^${absolute('/_sizes/')}[0-9a-f]{20}-share\\.jpg$`));
    await expect(page.locator('meta[property="og:image:width"]').first()).toHaveAttribute('content', '800');
    const shared = await request.get((await share.getAttribute('content'))!.replace(FIXTURE_SITE_URL, ''));
    expect(shared.headers()['content-type']).toBe('image/jpeg');
  });
}
