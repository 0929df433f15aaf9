/**
 * Renders our default share images (1200×630, one per language) and a 512 px logo into public/.
 * Run once after changing the name or logo (`npm run make:share-images`); the PNGs are committed,
 * since WeChat and most crawlers do not read SVG.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { routing } from '../i18n/routing';
import { siteConfig } from '../site.config';

const logo = readFileSync('app/icon.svg', 'utf8');

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync('public/share', { recursive: true });

  const fonts = `-apple-system, 'Segoe UI', Roboto, Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`;
  for (const locale of routing.locales) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    await page.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;gap:36px;padding:0 90px;box-sizing:border-box;background:linear-gradient(135deg,#083a7a,#0b4ea2 55%,#0369a1);color:#fff;font-family:${fonts}">
    <div style="width:140px;height:140px;border-radius:28px;box-shadow:0 0 0 6px rgba(255,255,255,.85)">${logo.replace('<svg ', '<svg width="140" height="140" ')}</div>
    <div style="font-size:${locale === 'zh' ? 68 : 56}px;font-weight:700;line-height:1.2">${siteConfig.name[locale]}</div>
    <div style="height:6px;width:160px;background:#f5b700;border-radius:3px"></div>
  </body></html>`);
    await page.screenshot({ path: `public/share/${locale}.png` });
    await page.close();
  }

  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<body style="margin:0">${logo.replace('<svg ', '<svg width="512" height="512" ')}</body>`);
  await page.screenshot({ path: 'public/logo.png', omitBackground: true });
  await browser.close();
  console.log('Wrote public/share/*.png and public/logo.png');
}

main();
