/**
 * The sizes of every photo the site shows, made at build time with sharp for all targets alike (static files behind
 * nginx, the Node server, Vercel): WebP at the widths below, named by the source's content hash, so that they are
 * cached for a year and a rebuild encodes only new photos (their cache, IMAGE_CACHE, lives beside the checkout and
 * survives the newsroom's releases); and a 1200 px JPEG of each cover for share cards, JSON-LD and crawlers that read
 * no WebP. No size carries metadata: sharp writes none unless told to. Pages name them through describeImage
 * (lib/media.ts) and SizedImage; Next's own optimizer is not used anywhere (docs/build.md says why).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { contentHash, isSized, SHARE_WIDTH, shareName, SIZES_PATH, sizeName, widthsFor } from './image-names';

export const IMAGE_CACHE = '.cache/image-sizes';
/** Photos sized at once: sharp runs each encoding on one of libuv's four threads. */
const PHOTOS_AT_ONCE = 4;

export interface SizesReport {
  photos: number;
  encoded: number;
  seconds: number;
}

/** A size to have in the cache: its file name, its width, and how it is encoded. */
interface Size {
  name: string;
  width: number;
  encode: (image: Sharp) => Sharp;
}

// WebP at effort 0: a quarter of the time of the default 4, within 2 % of its size on a camera photo; encoding is
// nearly all of the step's time (bench/results.md, Photos).
const webp = (image: Sharp) => image.webp({ quality: 72, effort: 0 });
const shareJpeg = (image: Sharp) => image.jpeg({ quality: 80 });

/**
 * Each size from the cache when it is there, else encoded into it; then linked into the served folder. The photo is
 * decoded and turned upright once, at the largest size needed, and every other size is made from those pixels.
 */
async function sizesOf(source: string, cache: string, served: string, share: boolean): Promise<number> {
  const bytes = readFileSync(source);
  const hash = contentHash(bytes);
  const meta = await sharp(bytes).metadata();
  const { width = 0 } = meta.autoOrient ?? meta;
  const sizes: Size[] = widthsFor(width).map((size) => ({ name: sizeName(hash, size), width: size, encode: webp }));
  if (share) sizes.push({ name: shareName(hash), width: Math.min(SHARE_WIDTH, width), encode: shareJpeg });
  const missing = sizes.filter(({ name }) => !existsSync(path.join(cache, name)));
  if (missing.length > 0) {
    // From the largest size of all, not of the missing ones: a size's bytes then never depend on what was cached.
    const largest = Math.max(...sizes.map((size) => size.width));
    const { data, info } = await sharp(bytes)
      .autoOrient()
      .resize({ width: largest, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    await Promise.all(
      missing.map(async ({ name, width: size, encode }) => {
        const cached = path.join(cache, name);
        writeFileSync(
          `${cached}.partial`,
          await encode(sharp(data, raw).resize({ width: size, withoutEnlargement: true, kernel: 'mitchell' })).toBuffer(),
        );
        // Whole or not at all: a build killed here leaves no half file for the next one to trust.
        renameSync(`${cached}.partial`, cached);
      }),
    );
  }
  for (const { name } of sizes) {
    const cached = path.join(cache, name);
    try {
      linkSync(cached, path.join(served, name));
    } catch {
      copyFileSync(cached, path.join(served, name));
    }
  }
  return missing.length;
}

/**
 * The sizes of every photo under public/news/ made into public/_sizes/ (emptied first: a removed photo's sizes go
 * too), a few photos at a time. `covers` are the site paths of the articles' covers, which also get a share copy.
 */
export async function makeImageSizes(
  publicDir: string,
  sources: string[],
  covers: Set<string>,
  cacheDir = IMAGE_CACHE,
): Promise<SizesReport> {
  const started = performance.now();
  const served = path.join(publicDir, SIZES_PATH);
  rmSync(served, { recursive: true, force: true });
  mkdirSync(served, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  let encoded = 0;
  const photos = sources.filter(isSized);
  // A few photos at a time, each taken as soon as one is done: both cores stay busy to the end.
  let next = 0;
  const worker = async () => {
    while (next < photos.length) {
      const sitePath = photos[next++];
      const count = await sizesOf(path.join(publicDir, sitePath), cacheDir, served, covers.has(sitePath));
      encoded += count;
    }
  };
  await Promise.all(Array.from({ length: PHOTOS_AT_ONCE }, worker));
  return { photos: photos.length, encoded, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
