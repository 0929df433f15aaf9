/**
 * A phone's photo on the deployed site (nginx serving the static export, and the standalone Node server): the fixture
 * build made it from a 4000×3000 camera JPEG with GPS, camera and serial data and Orientation 6 (build-fixture-site.ts),
 * and the build made its sizes (lib/image-sizes.ts). What visitors get carries none of the phone's data, stands upright,
 * comes in the width their screen needs and is cached for a year.
 */
import { devices, expect, type Page, test } from '@playwright/test';
import { phoneDataOf } from '../tests/support/camera-photo';
import { expectYearLongCache, fixture, ON, recordPolicyViolations } from './support';

const article = `/zh/news/${fixture.media}`;
const photo = `/news/${fixture.media}/${fixture.cameraPhoto.file}`;
/** As the browser asks for it. */
const photoUrl = encodeURI(photo);

/** The camera photo's figure on the article page. */
const figureOf = (page: Page) => page.locator('figure.article-figure').filter({ hasText: fixture.cameraPhoto.caption.zh });

test.describe('a phone photo on the deployed site', ON.deployedServers, () => {
  test('every file of it carries none of the phone’s data; the sizes are WebP, cached for a year', async ({ page, request }) => {
    await page.goto(article);
    const source = figureOf(page).locator('source[type="image/webp"]');
    const srcset = (await source.getAttribute('srcset')) ?? '';
    const sizes = srcset.split(', ').map((candidate) => candidate.split(' ')[0]);
    expect(sizes.map((url) => url.replace(/^.*-(\d+)\.webp$/, '$1'))).toEqual(['320', '640', '960', '1280']);
    await expect(figureOf(page).locator('img')).toHaveAttribute('src', photo);
    for (const url of [...sizes, photoUrl]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toBe(url === photoUrl ? 'image/jpeg' : 'image/webp');
      if (url !== photoUrl) expectYearLongCache(response, url);
      expect(phoneDataOf(await response.body()), url).toEqual([]);
    }
  });

  test('a phone at 390 px takes a width made for it, sees the photo upright, and nothing breaks the page’s policy', async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({
      ...devices['Pixel 7'],
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      baseURL: testInfo.project.use.baseURL,
    });
    const page = await context.newPage();
    const violations = await recordPolicyViolations(page);
    const fetched: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/_sizes/') || url.pathname.startsWith(`/news/${fixture.media}/`)) fetched.push(url.pathname);
    });
    await page.goto(article);
    const image = figureOf(page).locator('img');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const chosen = await image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
    // 390 px at three device pixels a CSS pixel: 1170 wanted, 1280 made; not the 2560 px file itself.
    expect(chosen).toMatch(/-1280\.webp$/);
    expect(fetched).toContain(chosen);
    expect(fetched).not.toContain(photoUrl);
    const shown = await image.boundingBox();
    expect(shown!.height).toBeGreaterThan(shown!.width);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalHeight > img.naturalWidth)).toBe(true);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
