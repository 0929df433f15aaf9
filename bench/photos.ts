/**
 * Photos (#34): an article whose cover and two body pictures are camera JPEGs (4000×3000, Orientation 6, GPS, made
 * here), stored as an upload in the editor stores them (lib/photos.ts), in a copy of the project built as the static
 * export behind nginx. Measured: the image bytes a phone (390×844, DPR 3) downloads on load and after scrolling through
 * the article, and a desktop (1366×768) on load; Lighthouse mobile on that article beside the same article without
 * photos, on this machine; then the build's image work (bench/photo-work.ts).
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { fixPhotoFile } from '../lib/photos';
import { writeCameraPhoto } from '../tests/support/camera-photo';
import { writeLocalNginxConfig } from '../tests/support/local-nginx';
import { copyProject } from '../tests/support/project-copy';
import { lighthouseReport } from './lighthouse';
import { photoWork } from './photo-work';
import { CHROMIUM, kb, section, sleep, startServer, stop, waitFor } from './support';

const NGINX_PORT = 8298;
const PHOTO_ARTICLE = 'bench-photo-article';
const TEXT_ARTICLE = 'bench-text-article';
const PHOTOS = ['cover.jpg', '会议现场.jpg', '合影.jpg'];
const paragraph =
  '会议总结了过去一年的工作，部署了下一阶段的重点任务。与会人员围绕科技创新、成果转化和人才培养等议题进行了深入交流，并就推动重点项目落地提出了具体意见和建议。';

/** The article's MDX: text long enough that the body photos are below a phone's first screen. */
function article(title: string, photos: boolean): string {
  const text = Array.from({ length: 4 }, () => paragraph).join('\n\n');
  const figure = (file: string, alt: string) =>
    photos ? `\n\n<Figure src="/news/${PHOTO_ARTICLE}/${file}" alt="${alt}" caption="${alt}" />\n\n` : '\n\n';
  return [
    '---',
    `title: "${title}"`,
    'date: 2026-11-30',
    'category: company',
    ...(photos ? [`cover: /news/${PHOTO_ARTICLE}/${PHOTOS[0]}`] : []),
    '---',
    '',
    text + figure(PHOTOS[1], '会议现场') + text + figure(PHOTOS[2], '与会人员合影') + text,
    '',
  ].join('\n');
}

interface PhotoFacts {
  camera: number;
  webOriginal: number;
  size: string;
  seconds: number;
}

/** The three camera photos, each made a web original in place as an upload is. */
async function cameraPhotos(folder: string): Promise<PhotoFacts[]> {
  mkdirSync(folder, { recursive: true });
  const facts: PhotoFacts[] = [];
  for (const name of PHOTOS) {
    const file = path.join(folder, name);
    await writeCameraPhoto(file, { scene: true });
    const camera = statSync(file).size;
    const started = performance.now();
    const photo = (await fixPhotoFile(file))!;
    facts.push({
      camera,
      webOriginal: photo.after.bytes,
      size: `${photo.after.width}×${photo.after.height}`,
      seconds: (performance.now() - started) / 1000,
    });
  }
  return facts;
}

interface Downloads {
  onLoad: number;
  scrolled: number;
  largest: number;
  files: string[];
}

/** The image bytes (bodies and headers) a browser of this shape downloads on load, and after scrolling to the end. */
async function imageDownloads(url: string, viewport: { width: number; height: number }, deviceScaleFactor: number, isMobile: boolean) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile })).newPage();
    const pending: Promise<[string, number]>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'image')
        pending.push(request.sizes().then((sizes) => [request.url(), sizes.responseBodySize + sizes.responseHeadersSize]));
    });
    const total = async () => (await Promise.all(pending)).reduce((sum, [, bytes]) => sum + bytes, 0);
    await page.goto(url, { waitUntil: 'load' });
    await sleep(1500);
    const onLoad = await total();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += viewport.height / 2) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await sleep(250);
    }
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    await sleep(1500);
    const all = await Promise.all(pending);
    return {
      onLoad,
      scrolled: await total(),
      largest: Math.max(0, ...all.map(([, bytes]) => bytes)),
      files: all.map(([file]) => path.basename(new URL(file).pathname)),
    } satisfies Downloads;
  } finally {
    await browser.close();
  }
}

/** Lighthouse's mobile performance of a page, three runs: each score, the median, and the median run's LCP. */
function lighthouseRuns(url: string, folder: string) {
  const runs = [0, 1, 2].map((run) => {
    const report = lighthouseReport(url, path.join(folder, `${path.basename(url)}-${run}.json`), 'performance');
    return { score: Math.round(report.categories.performance.score * 100), lcp: report.audits['largest-contentful-paint'].numericValue };
  });
  const middle = [...runs].sort((a, b) => a.score - b.score)[1];
  return { scores: runs.map((run) => run.score), median: middle.score, lcp: Math.round(middle.lcp) };
}

const met = (ok: boolean) => (ok ? 'met' : 'missed');

export async function photosSection() {
  const { root, env } = copyProject('bench-photos-');
  let nginx: ChildProcess | undefined;
  try {
    console.log('Photos: three camera photos made web originals…');
    const facts = await cameraPhotos(path.join(root, 'public/news', PHOTO_ARTICLE));
    for (const locale of ['zh', 'en']) {
      writeFileSync(path.join(root, `content/news/${locale}/${PHOTO_ARTICLE}.mdx`), article('基准测试：三张手机照片的文章', true));
      writeFileSync(path.join(root, `content/news/${locale}/${TEXT_ARTICLE}.mdx`), article('基准测试：没有照片的文章', false));
    }
    console.log('Photos: the static export…');
    execFileSync('npm', ['run', 'build:static'], { cwd: root, env, stdio: 'ignore' });
    nginx = startServer('nginx', writeLocalNginxConfig(root, NGINX_PORT, 'deploy/nginx.bench.conf'));
    const site = `http://127.0.0.1:${NGINX_PORT}`;
    await waitFor(`${site}/zh`);
    const articleUrl = `${site}/zh/news/${PHOTO_ARTICLE}`;
    const phone = await imageDownloads(articleUrl, { width: 390, height: 844 }, 3, true);
    const desktop = await imageDownloads(articleUrl, { width: 1366, height: 768 }, 1, false);
    const phoneList = await imageDownloads(`${site}/zh/news`, { width: 390, height: 844 }, 3, true);
    console.log('Photos: Lighthouse…');
    const reports = mkdtempSync(path.join(tmpdir(), 'bench-photos-lighthouse-'));
    const withPhotos = lighthouseRuns(articleUrl, reports);
    const withoutPhotos = lighthouseRuns(`${site}/zh/news/${TEXT_ARTICLE}`, reports);
    rmSync(reports, { recursive: true, force: true });
    stop(nginx);
    nginx = undefined;
    console.log('Photos: the build’s image work…');
    const work = await photoWork(readFileSync(path.join(root, 'public/news', PHOTO_ARTICLE, PHOTOS[0])));
    const phoneOk = phone.onLoad <= 300 * 1024 && phone.scrolled <= 900 * 1024 && phone.largest <= 350 * 1024;
    section('photos', 'Photos: a phone photo made fast and private (static export behind nginx, Debian Chromium)', [
      'The article: a cover and two body photos, each a 4000×3000 camera JPEG with GPS, make, model, serial and Orientation 6',
      `made by the bench, stored as an upload stores it (upright, at most 2560 px, no metadata): ${facts
        .map((photo) => `${kb(photo.camera)} → ${kb(photo.webOriginal)} (${photo.size}, ${photo.seconds.toFixed(2)} s)`)
        .join('; ')}.`,
      '',
      '| screen | images on load | after scrolling to the end | largest image | files fetched | budget |',
      '| --- | --- | --- | --- | --- | --- |',
      `| phone 390×844, DPR 3, article | ${kb(phone.onLoad)} | ${kb(phone.scrolled)} | ${kb(phone.largest)} | ${phone.files.join(', ')} | ≤ 300 KB · ≤ 900 KB · ≤ 350 KB: ${met(phoneOk)} |`,
      `| desktop 1366×768, DPR 1, article | ${kb(desktop.onLoad)} | ${kb(desktop.scrolled)} | ${kb(desktop.largest)} | ${desktop.files.join(', ')} | ≤ 600 KB on load: ${met(desktop.onLoad <= 600 * 1024)} |`,
      `| phone 390×844, DPR 3, news list | ${kb(phoneList.onLoad)} | ${kb(phoneList.scrolled)} | ${kb(phoneList.largest)} | ${phoneList.files.length} files | |`,
      '',
      `Lighthouse 12.2.3 mobile performance, one machine, side by side: with the three photos ${withPhotos.median} (runs ${withPhotos.scores.join(', ')}, LCP ${withPhotos.lcp} ms); the same article without photos ${withoutPhotos.median} (runs ${withoutPhotos.scores.join(', ')}, LCP ${withoutPhotos.lcp} ms). Budget ≥ 95: ${met(withPhotos.median >= 95)}.`,
      '',
      ...work,
    ]);
  } finally {
    if (nginx) stop(nginx);
    await sleep(1000);
    rmSync(root, { recursive: true, force: true });
  }
}
