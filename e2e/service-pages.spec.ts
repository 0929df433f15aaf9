/** 联系我们, 网站地图 and 网站声明: what they show, and the privacy claims of the legal notice, checked as facts. */
import { expect, test } from '@playwright/test';
import { allPageTypes, fixture, locales, message, messages, recordRequests, siteConfig } from './support';

for (const locale of locales) {
  const t = messages[locale];

  test(`${locale} contact: the config's facts, phone and email as links, an unset fact left out, Organization data`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.locator('body > footer').getByRole('link', { name: t.ServicePages.contact, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/contact`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.Contact.title);

    const facts = page.locator('.contact-facts');
    const fact = (label: string) => facts.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    await expect(fact(t.Contact.organization)).toHaveText(siteConfig.name[locale]);
    await expect(fact(t.Contact.phone).getByRole('link')).toHaveAttribute('href', `tel:${siteConfig.phone}`);
    await expect(fact(t.Contact.address)).toHaveText(fixture.contact.address[locale]);
    await expect(fact(t.Contact.postcode)).toHaveText(fixture.contact.postcode);
    await expect(fact(t.Contact.email).getByRole('link', { name: fixture.contact.email })).toHaveAttribute(
      'href',
      `mailto:${fixture.contact.email}`,
    );
    // The fixture sets no office hours: no label, no empty row.
    await expect(facts.locator('dt')).toHaveText([
      t.Contact.organization,
      t.Contact.phone,
      t.Contact.address,
      t.Contact.postcode,
      t.Contact.email,
    ]);
    await expect(page.getByText(t.Contact.officeHours)).toHaveCount(0);

    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({
      '@type': 'Organization',
      name: siteConfig.name[locale],
      email: fixture.contact.email,
      address: { '@type': 'PostalAddress', streetAddress: fixture.contact.address[locale], postalCode: fixture.contact.postcode },
      contactPoint: { '@type': 'ContactPoint', telephone: `+86-${siteConfig.phone.slice(1)}`, email: fixture.contact.email },
    });
  });

  test(`${locale} site map: every section and category with its article count, each a working link`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.locator('body > footer').getByRole('link', { name: t.ServicePages.sitemap, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/sitemap`);
    const map = page.locator('.site-map');
    const count = (total: number) => message(locale, 'SiteMap.articleCount', { count: total });
    const counts = fixture.counts[locale];

    const news = map.locator(':scope > li', { has: page.locator(`a[href="/${locale}/news"]`) });
    await expect(news.locator(':scope > span')).toHaveText(count(counts.all));
    const categories = map.locator('li[data-category]');
    await expect(categories).toHaveCount(Object.keys(messages[locale].Categories).length);
    for (const category of ['company', 'industry', 'notice'] as const) {
      const item = map.locator(`li[data-category="${category}"]`);
      await expect(item.getByRole('link', { name: t.Categories[category] })).toHaveAttribute(
        'href',
        `/${locale}/news/category/${category}`,
      );
      await expect(item.locator('span')).toHaveText(count(counts[category]));
    }
    for (const [href, name] of [
      [`/${locale}`, t.Header.home],
      [`/${locale}/search`, t.Header.search],
      [`/${locale}/contact`, t.ServicePages.contact],
      [`/${locale}/legal`, t.ServicePages.legal],
      [`/${locale}/feed.xml`, t.SiteMap.feed],
    ]) {
      await expect(map.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    await map.locator('li[data-category="industry"]').getByRole('link').click();
    await expect(page).toHaveURL(`/${locale}/news/category/industry`);
    await expect(page.locator('.news-list > li')).toHaveCount(Math.min(counts.industry, 10));
  });

  test(`${locale} legal notice: the editors' text, then the holder and both filing numbers from the config`, async ({ page }) => {
    await page.goto(`/${locale}/legal`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'zh' ? '网站声明（测试）' : 'Legal notice (fixture)');
    await expect(page.locator('.article-body h2')).toHaveCount(2);
    const filing = page.locator('section[aria-labelledby="filing-heading"]');
    await expect(filing).toContainText(siteConfig.name[locale]);
    await expect(filing.getByRole('link', { name: siteConfig.icp.number })).toHaveAttribute('href', siteConfig.icp.url);
    await expect(filing.getByRole('link', { name: siteConfig.publicSecurity.number })).toHaveAttribute(
      'href',
      siteConfig.publicSecurity.url,
    );
  });
}

test('the privacy statement holds: no cookie, no request to another host, search stays in the browser, one stored preference', async ({
  page,
  context,
  baseURL,
}) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  const setCookie: string[] = [];
  const notGet: string[] = [];
  const requested: string[] = [];
  const { foreign } = recordRequests(page, (url) => url.origin === origin);
  page.on('request', (request) => {
    requested.push(request.url());
    if (request.method() !== 'GET') notGet.push(`${request.method()} ${request.url()}`);
  });
  page.on('response', async (response) => {
    if ((await response.headerValue('set-cookie')) !== null) setCookie.push(response.url());
  });

  for (const locale of locales) {
    for (const path of Object.values(allPageTypes(locale))) {
      await page.goto(path);
      await expect(page.locator('body > footer')).toBeVisible();
    }
  }
  // A search: the words typed never leave the browser (Pagefind fetches index files by hash).
  const query = '高新技术企业';
  await page.goto('/zh/search');
  await page.getByRole('searchbox', { name: messages.zh.Search.label }).fill(query);
  await page.getByRole('searchbox', { name: messages.zh.Search.label }).press('Enter');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  // The one thing kept on the visitor's device: the easy-reading switch, and only once it is used.
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await page.getByRole('button', { name: messages.zh.ReadingMode.label }).click();
  await expect(page.locator('html')).toHaveAttribute('data-reading', 'easy');

  expect(await context.cookies(), 'cookies').toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(setCookie, 'responses setting a cookie').toEqual([]);
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(notGet, 'requests sending data').toEqual([]);
  expect(
    requested.filter((url) => decodeURIComponent(url).includes(query)),
    'requests carrying the search words',
  ).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['reading-mode']);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
});
