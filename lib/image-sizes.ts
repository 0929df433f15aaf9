/**
 * The sizes of every photo the site shows, made at build time with sharp for all targets alike (static files behind
 * nginx, the Node server, Vercel): WebP at the widths below, named by the source's content hash, so that they are
 * cached for a year and a rebuild encodes only new photos (their cache, IMAGE_CACHE, lives beside the checkout and
 * survives the newsroom's releases); and a 1200 px JPEG of each cover for share cards, JSON-LD and crawlers that read
 * no WebP. No size carries metadata: sharp writes none unless told to. Pages name them through describeImage
 * (lib/media.ts) and SizedImage; Next's own optimizer is not used anywhere (docs/build.md says why).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentHash, isSized, SHARE_WIDTH, shareName, SIZES_PATH, sizeName, widthsFor } from './image-names';

export const IMAGE_CACHE = '.cache/image-sizes';

export interface SizesReport {
  photos: number;
  encoded: number;
  seconds: number;
}

/** Each size from the cache when it is there, else encoded into it; then linked into the served folder. */
async function sizesOf(source: string, cache: string, served: string, share: boolean): Promise<number> {
  const bytes = readFileSync(source);
  const hash = contentHash(bytes);
  const image = sharp(bytes).autoOrient();
  const { width = 0 } = await sharp(bytes)
    .autoOrient()
    .metadata()
    .then((meta) => meta.autoOrient ?? meta);
  const wanted = widthsFor(width).map((size) => ({
    name: sizeName(hash, size),
    make: () => image.clone().resize({ width: size, withoutEnlargement: true }).webp({ quality: 72, effort: 2 }),
  }));
  if (share)
    wanted.push({
      name: shareName(hash),
      make: () => image.clone().resize({ width: SHARE_WIDTH, withoutEnlargement: true }).jpeg({ quality: 80, progressive: true }),
    });
  let encoded = 0;
  for (const { name, make } of wanted) {
    const cached = path.join(cache, name);
    if (!existsSync(cached)) {
      writeFileSync(`${cached}.partial`, await make().toBuffer());
      // Whole or not at all: a build killed here leaves no half file for the next one to trust.
      copyFileSync(`${cached}.partial`, cached);
      rmSync(`${cached}.partial`);
      encoded++;
    }
    try {
      linkSync(cached, path.join(served, name));
    } catch {
      copyFileSync(cached, path.join(served, name));
    }
  }
  return encoded;
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
  for (let start = 0; start < photos.length; start += 4) {
    const batch = photos.slice(start, start + 4);
    const counts = await Promise.all(
      batch.map((sitePath) => sizesOf(path.join(publicDir, sitePath), cacheDir, served, covers.has(sitePath))),
    );
    encoded += counts.reduce((sum, count) => sum + count, 0);
  }
  return { photos: photos.length, encoded, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
