/**
 * The content check's look at the photos placed under public/news/ by hand (the editors' uploads are normalized on
 * the way in, admin/photo-uploads.ts): a photo that carries a GPS position is refused, since publishing it tells
 * everyone where it was taken; one over WEB_ORIGINAL_EDGE px or WEB_ORIGINAL_WARN_BYTES gets a warning. Both name
 * `npm run images:fix`. Only headers are read (sharp's metadata, exifr's GPS block), so the check stays fast.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import sharp, { type Metadata } from 'sharp';
import { checkMessage } from './content-messages';
import type { ContentProblem } from './content-check';
import { formatBytes } from './media';
import { isNormalizedPhoto, WEB_ORIGINAL_EDGE, WEB_ORIGINAL_WARN_BYTES } from './photos';
import { filesBelow } from './public-files';
import { UPLOADS_PATH } from './paths';

const FIELD = 'image';

/** One photo's problem, if any. */
async function checkPhoto(file: string, shown: string): Promise<{ severity: 'error' | 'warning'; problem: ContentProblem } | undefined> {
  let meta: Metadata;
  try {
    meta = await sharp(file).metadata();
  } catch (error) {
    return {
      severity: 'error',
      problem: { file: shown, field: FIELD, ...checkMessage('photoUnreadable', { problem: (error as Error).message }) },
    };
  }
  if (meta.exif) {
    const gps = (await exifr.gps(file).catch(() => undefined)) as { latitude?: number; longitude?: number } | undefined;
    if (gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude)) {
      const values = { latitude: gps.latitude!.toFixed(4), longitude: gps.longitude!.toFixed(4), file: shown };
      return { severity: 'error', problem: { file: shown, field: FIELD, ...checkMessage('photoLocation', values) } };
    }
  }
  const bytes = statSync(file).size;
  const { width = 0, height = 0 } = meta.autoOrient ?? meta;
  if (Math.max(width, height) > WEB_ORIGINAL_EDGE || bytes > WEB_ORIGINAL_WARN_BYTES) {
    const values = { width, height, size: formatBytes(bytes), edge: WEB_ORIGINAL_EDGE, file: shown };
    return { severity: 'warning', problem: { file: shown, field: FIELD, ...checkMessage('photoLarge', values) } };
  }
  return undefined;
}

/** Every photo under public/news/, checked a few at a time. */
export async function checkNewsPhotos(publicDir: string): Promise<{ errors: ContentProblem[]; warnings: ContentProblem[] }> {
  const folder = path.join(publicDir, UPLOADS_PATH);
  const shownFolder = path.relative(process.cwd(), folder) || '.';
  const photos = filesBelow(folder).filter(isNormalizedPhoto);
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (let start = 0; start < photos.length; start += 8) {
    const found = await Promise.all(
      photos.slice(start, start + 8).map((relative) => checkPhoto(path.join(folder, relative), path.join(shownFolder, relative))),
    );
    for (const result of found) if (result) (result.severity === 'error' ? errors : warnings).push(result.problem);
  }
  return { errors, warnings };
}
