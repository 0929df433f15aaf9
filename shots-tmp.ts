import { chromium } from '@playwright/test';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const base = process.argv[2];
  for (const [name, path, width] of [
    ['zh-home', '/zh', 1280], ['en-home', '/en', 1280], ['zh-article', '/zh/news/media-showcase', 1280], ['en-article', '/en/news/science-conference', 1280],
    ['zh-list-phone', '/zh/news/page/2', 390], ['en-sitemap', '/en/sitemap', 1280], ['zh-404', '/zh/nope', 1280], ['zh-search', '/zh/search?q=科技', 1280],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
    await page.goto(base + path);
    await page.waitForTimeout(path.includes('search') ? 2500 : 300);
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
    await page.close();
  }
  await browser.close();
})();
