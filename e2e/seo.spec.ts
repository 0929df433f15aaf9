import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  absolute,
  allPageTypes,
  fixture,
  FIXTURE_ROOT,
  LOCALE_TAGS,
  locales,
  message,
  messages,
  ON,
  parseXml,
  siteConfig,
} from './support';

const { translated: translatedSlug, chineseOnly: chineseOnlySlug, draft: draftSlug } = fixture;
/** Page types that exist in one language only in the fixture. */
const singleLanguage = new Set(['untranslated', 'longTitle', 'page3']);
const articleTypes = new Set(['article', 'media', 'untranslated', 'longTitle']);
const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text));
}

test.describe('head tags', () => {
  // What the server sent, as a crawler reads it: no script needs to run (nor is any waited for).
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    const pages = Object.entries(allPageTypes(locale)).filter(([type]) => type !== 'notFound');
    for (const [type, path] of pages) {
      test(`${locale} ${type}: title, description, canonical, hreflang, Open Graph, Twitter, feed`, async ({ page }) => {
        await page.goto(path);
        const organization = siteConfig.name[locale];
        const title = await page.title();
        if (type === 'home') expect(title).toBe(organization);
        else expect(title).toMatch(new RegExp(`^.+ \\| ${organization.replace(/[.()]/g, '\\$&')}$`));

        await expect(meta(page, 'description')).toHaveAttribute('content', /.{10,}/);
        const canonical = page.locator('link[rel="canonical"]');
        await expect(canonical).toHaveCount(1);
        await expect(canonical).toHaveAttribute('href', absolute(path));

        const alternates = page.locator('link[rel="alternate"][hreflang]');
        const languages = await alternates.evaluateAll((links) =>
          Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
        );
        const other = locale === 'zh' ? 'en' : 'zh';
        const otherPath = path.replace(`/${locale}`, `/${other}`);
        if (singleLanguage.has(type)) {
          expect(languages).toEqual({ 'zh-Hans': absolute(path), 'x-default': absolute(path) });
        } else {
          expect(languages).toEqual({
            [LOCALE_TAGS[locale].hreflang]: absolute(path),
            [LOCALE_TAGS[other].hreflang]: absolute(otherPath),
            'x-default': absolute(locale === 'zh' ? path : otherPath),
          });
        }

        await expect(meta(page, 'og:title')).toHaveAttribute('content', title);
        await expect(meta(page, 'og:description')).toHaveAttribute('content', /.{10,}/);
        await expect(meta(page, 'og:url')).toHaveAttribute('content', absolute(path));
        await expect(meta(page, 'og:type')).toHaveAttribute('content', articleTypes.has(type) ? 'article' : 'website');
        await expect(meta(page, 'og:locale')).toHaveAttribute('content', LOCALE_TAGS[locale].ogLocale);
        // An article with a cover shares its cover's share copy (lib/image-sizes.ts); every other page the language's share image.
        const shareImage = type === 'media' ? /\/_sizes\/[0-9a-f]{20}-share\.jpg$/ : absolute(`/share/${locale}.png`);
        await expect(meta(page, 'og:image').first()).toHaveAttribute('content', shareImage);
        await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
        if (type === 'article') await expect(meta(page, 'article:published_time')).toHaveAttribute('content', /^2021-02-10/);

        const feed = page.locator('link[rel="alternate"][type="application/rss+xml"]');
        await expect(feed).toHaveAttribute('href', absolute(`/${locale}/feed.xml`));
        await expect(page.locator('link[rel="icon"]').first()).toBeAttached();
      });
    }
  }

  test('share images are ours, 1200×630, one per language', async ({ request }) => {
    for (const locale of locales) {
      const response = await request.get(`/share/${locale}.png`);
      expect(response.status()).toBe(200);
      const png = await response.body();
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    }
  });
});

test.describe('structured data', () => {
  for (const locale of locales) {
    test(`${locale}: Organization on the home page, NewsArticle and BreadcrumbList on articles`, async ({ page }) => {
      await page.goto(`/${locale}`);
      const [organization] = await jsonLd(page);
      expect(organization).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: siteConfig.name[locale],
        telephone: siteConfig.phone,
        url: absolute(`/${locale}`),
      });
      expect(organization.logo).toBe(absolute('/logo.png'));
      expect((await page.request.get('/logo.png')).status()).toBe(200);

      await page.goto(`/${locale}/news/${translatedSlug}`);
      const data = await jsonLd(page);
      const article = data.find((item) => item['@type'] === 'NewsArticle')!;
      expect(article).toMatchObject({
        datePublished: '2021-02-10',
        inLanguage: LOCALE_TAGS[locale].htmlLang,
        publisher: { '@type': 'Organization', name: siteConfig.name[locale] },
      });
      expect(article.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
      const breadcrumb = data.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: { name: string; item: string }[] };
      expect(breadcrumb.itemListElement.map((item) => item.name)).toEqual([
        messages[locale].Header.home,
        messages[locale].Header.news,
        messages[locale].Categories.industry,
      ]);
      expect(breadcrumb.itemListElement[2].item).toBe(absolute(`/${locale}/news/category/industry`));
    });
  }
});

test.describe('sitemap, robots and feeds', () => {
  test('the sitemap lists exactly the pages the build produced, with lastmod and language pairs', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const { urlset } = parseXml(await response.text());
    const urls = urlset.url as { loc: string; lastmod?: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[];
    const byLoc = new Map(urls.map((url) => [url.loc, url]));

    // Every HTML page the fixture's build prerendered, except the error pages.
    const app = path.join(FIXTURE_ROOT, '.next/server/app');
    const built = readdirSync(app, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && !/^(_|404|500)/.test(file))
      .map((file) => absolute(`/${file.replace(/\.html$/, '')}`));
    expect([...byLoc.keys()].sort()).toEqual(built.sort());
    expect(byLoc.has(absolute(`/zh/news/${draftSlug}`))).toBe(false);
    expect(byLoc.has(absolute(`/en/news/${chineseOnlySlug}`))).toBe(false);

    const pair = byLoc.get(absolute(`/en/news/${translatedSlug}`))!;
    expect(pair.lastmod).toMatch(/^2021-02-10/);
    expect(pair['xhtml:link']!.map((link) => [link['@hreflang'], link['@href']])).toEqual(
      expect.arrayContaining([
        ['zh-Hans', absolute(`/zh/news/${translatedSlug}`)],
        ['en', absolute(`/en/news/${translatedSlug}`)],
      ]),
    );
    expect(byLoc.get(absolute(`/zh/news/${chineseOnlySlug}`))!['xhtml:link']).toBeUndefined();
    // One language has more list pages: /zh/news/page/3 stands alone.
    expect(byLoc.get(absolute('/zh/news/page/3'))!['xhtml:link']).toBeUndefined();
    expect(byLoc.has(absolute('/en/news/page/2'))).toBe(false);
    for (const url of urls) expect((await request.get(new URL(url.loc).pathname)).status(), url.loc).toBe(200);
  });

  test('built with SITE_URL, no page, feed or sitemap names localhost', async ({ request }) => {
    const sources = ['/sitemap.xml', '/robots.txt', ...locales.flatMap((locale) => [`/${locale}/feed.xml`, `/${locale}/atom.xml`])];
    for (const locale of locales) sources.push(...Object.values(allPageTypes(locale)));
    for (const source of sources) {
      const text = await (await request.get(source)).text();
      expect(text, source).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });

  test('robots.txt allows everything public and names the sitemap', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/User-Agent: \*\s+Allow: \//i);
    expect(text).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
  });

  for (const locale of locales) {
    test(`${locale}: RSS and Atom feeds carry the 20 newest articles with their summaries`, async ({ page, request }) => {
      await page.goto(`/${locale}/news`);
      const listed = await page.locator('.news-list h2 a').allTextContents();

      const rssResponse = await request.get(`/${locale}/feed.xml`);
      expect(rssResponse.headers()['content-type']).toContain('application/rss+xml');
      const { rss } = parseXml(await rssResponse.text());
      expect(rss['@version']).toBe('2.0');
      expect(rss.channel.language).toBe(LOCALE_TAGS[locale].htmlLang);
      const items = [rss.channel.item].flat() as { title: string; link: string; description: string; pubDate: string }[];
      // The feed holds the 20 newest: all 8 English articles, 20 of the 25 Chinese ones.
      expect(items).toHaveLength(Math.min(20, fixture.counts[locale].all));
      expect(items.slice(0, listed.length).map((item) => item.title)).toEqual(listed);
      expect(items.every((item) => item.link.startsWith(`${absolute('/')}`))).toBe(true);
      const conference = items.find((item) => item.link === absolute(`/${locale}/news/${translatedSlug}`))!;
      expect(conference.description).toBe(locale === 'zh' ? '会议部署了三项重点任务。' : 'The meeting set out three key tasks.');

      const { feed } = parseXml(await (await request.get(`/${locale}/atom.xml`)).text());
      expect([feed.entry].flat().length).toBe(items.length);
    });
  }
});

test.describe('share to WeChat', () => {
  for (const locale of locales) {
    test(`${locale}: each article shows a QR code of its own URL, not in print`, async ({ page }) => {
      await page.goto(`/${locale}/news/${translatedSlug}`);
      const url = absolute(`/${locale}/news/${translatedSlug}`);
      const qr = page.getByRole('img', { name: message(locale, 'Article.qrCodeLabel', { url }) });
      await expect(qr.locator('svg')).toBeVisible();
      await expect(page.getByText(messages[locale].Article.scanToRead)).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(qr).toBeHidden();
    });
  }
});

test.describe('search', ON.everyServer, () => {
  const queries = { zh: '高新技术企业', en: 'high-tech' } as const;
  for (const locale of locales) {
    const t = messages[locale].Search;
    test(`${locale}: finds the conference article, highlights the match, works from the keyboard`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.goto(`/${locale}/search`);
      const box = page.getByRole('searchbox', { name: t.label });
      await box.focus();
      await page.keyboard.type(queries[locale]);
      await page.keyboard.press('Enter');
      const results = page.locator('.search-results > li');
      await expect(results.first()).toBeVisible();
      const hit = results.filter({ has: page.locator(`a[href="/${locale}/news/${translatedSlug}"]`) });
      await expect(hit).toHaveCount(1);
      await expect(hit.locator('time')).toHaveAttribute('datetime', '2021-02-10');
      await expect(hit.locator('mark').first()).toBeVisible();
      // The snippet is article text only: neither the source nor the date line of the article's header.
      const snippet = hit.locator('p');
      await expect(snippet).not.toContainText(locale === 'zh' ? '自治区科学技术厅' : 'Department of Science');
      await expect(snippet).not.toContainText('2021');
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(queries[locale])}`));
      await hit.getByRole('link').click();
      await expect(page).toHaveURL(`/${locale}/news/${translatedSlug}`);
    });

    test(`${locale}: says so when nothing matches, and reads ?q= from the address`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=qwxzjv`);
      await expect(page.getByText(message(locale, 'Search.noResults', { query: 'qwxzjv' }))).toBeVisible();
    });
  }
});
