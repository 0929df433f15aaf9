/**
 * Phone photos made into web originals: what goes into the repository, and so onto the site, is upright, sRGB, at most
 * WEB_ORIGINAL_EDGE px on its long edge, and carries no metadata at all (EXIF with the GPS position, the camera's make,
 * model and serial number, maker notes, XMP, IPTC). Uploads in both editors (admin/photo-uploads.ts), `npm run
 * images:fix` and the content check's refusal of located photos (photo-check.ts) share these rules. JPEG, PNG and WebP
 * are normalized; GIF (perhaps animated) and SVG (a drawing, not a photo) are left as they are, like PDFs.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { isSized } from './image-names';

/** WordPress's big-image threshold: a sharp source for every size the site serves, at a fraction of a camera file. */
export const WEB_ORIGINAL_EDGE = 2560;
/** Over this, a hand-placed photo gets a warning: a web original of WEB_ORIGINAL_EDGE px is rarely bigger. */
export const WEB_ORIGINAL_WARN_BYTES = 1024 * 1024;
const NORMALIZED_FORMATS = new Set(['jpeg', 'png', 'webp']);

export interface ImageFacts {
  width: number;
  height: number;
  bytes: number;
}

export interface NormalizedPhoto {
  bytes: Buffer;
  before: ImageFacts;
  after: ImageFacts;
  /** Scaled down to WEB_ORIGINAL_EDGE. */
  resized: boolean;
  /** It carried a GPS position, now removed. */
  hadLocation: boolean;
  /** It carried EXIF, XMP or IPTC metadata, now removed (with any colour profile, converted to sRGB). */
  hadMetadata: boolean;
}

/** Whether this file name is one that normalization applies to: the photos the build makes sizes of. */
export const isNormalizedPhoto = isSized;

/** The GPS position a photo carries, if any (EXIF of JPEG, PNG, WebP). */
export async function photoLocation(bytes: Buffer): Promise<{ latitude: number; longitude: number } | undefined> {
  const gps = (await exifr.gps(bytes).catch(() => undefined)) as { latitude?: number; longitude?: number } | undefined;
  return gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude)
    ? { latitude: gps.latitude!, longitude: gps.longitude! }
    : undefined;
}

/**
 * The web original of a photo, or undefined when the file is not one normalization applies to. A photo that is
 * already a web original (small enough, upright, no metadata) keeps its bytes: re-encoding it would only lose quality.
 */
export async function normalizePhoto(bytes: Buffer): Promise<NormalizedPhoto | undefined> {
  const image = sharp(bytes, { failOn: 'error' });
  const meta = await image.metadata();
  if (!meta.format || !NORMALIZED_FORMATS.has(meta.format) || (meta.pages ?? 1) > 1) return undefined;
  const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
  const before = { width: upright.width, height: upright.height, bytes: bytes.length };
  // A colour profile alone tells nothing of the phone and browsers honour it: such a file may stay as it is.
  const hadMetadata = Boolean(meta.exif || meta.xmp || meta.iptc || (meta.orientation ?? 1) > 1);
  const resized = Math.max(upright.width, upright.height) > WEB_ORIGINAL_EDGE;
  if (!hadMetadata && !resized) return { bytes, before, after: before, resized, hadLocation: false, hadMetadata };

  const hadLocation = (await photoLocation(bytes)) !== undefined;
  let pipeline = image
    .autoOrient()
    .resize({ width: WEB_ORIGINAL_EDGE, height: WEB_ORIGINAL_EDGE, fit: 'inside', withoutEnlargement: true })
    .toColorspace('srgb');
  // Without keepMetadata()/withMetadata(), sharp writes none: no EXIF, XMP, IPTC or colour profile (sRGB is assumed).
  if (meta.format === 'jpeg') pipeline = pipeline.jpeg({ quality: 82, mozjpeg: true });
  else if (meta.format === 'png') pipeline = pipeline.png({ compressionLevel: 9 });
  else pipeline = pipeline.webp({ quality: 82 });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: data, before, after: { width: info.width, height: info.height, bytes: data.length }, resized, hadLocation, hadMetadata };
}

/**
 * A photo file made a web original in place (`npm run images:fix`), written under a temporary name and renamed, so
 * that an interrupted fix never leaves half a file; undefined when normalization does not apply to it.
 */
export async function fixPhotoFile(file: string): Promise<NormalizedPhoto | undefined> {
  if (!isNormalizedPhoto(file)) return undefined;
  const bytes = await readFile(file);
  const photo = await normalizePhoto(bytes);
  if (photo && photo.bytes !== bytes) {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.fixing`);
    await writeFile(temporary, photo.bytes);
    await rename(temporary, file);
  }
  return photo;
}
