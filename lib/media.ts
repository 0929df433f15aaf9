/**
 * Facts about files in public/ that pages need at build time: image dimensions (so images reserve
 * their space and nothing shifts) and attachment sizes. Server-side only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { type AttachmentEntry, attachmentType } from './content-schema';
import { contentHash, isSized, SHARE_WIDTH, shareName, SIZES_PATH, sizeName, widthsFor } from './image-names';

const publicDir = path.resolve('public');

function publicFile(sitePath: string): string {
  return path.join(publicDir, decodeURI(sitePath));
}

export interface ImageFacts {
  src: string;
  width: number;
  height: number;
  /** The content hash that names its sizes (lib/image-sizes.ts); null for a file that has none (GIF, SVG). */
  hash: string | null;
}

/** An image in public/ as pages need it, or null when it is missing (the content check refuses such an article, so a build never meets one). */
export function describeImage(src: string): ImageFacts | null {
  const file = publicFile(src);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  const { width, height, orientation } = imageSize(bytes);
  if (!width || !height) return null;
  // Upright, as browsers show it: a hand-placed photo may still carry an EXIF orientation that turns it.
  const turned = orientation !== undefined && orientation >= 5;
  return { src, width: turned ? height : width, height: turned ? width : height, hash: isSized(file) ? contentHash(bytes) : null };
}

/** The `srcset` of an image's sizes, once the build has made them (not under `next dev`, which shows the file itself). */
export function sizedSrcSet(image: ImageFacts): string | undefined {
  if (!image.hash) return undefined;
  const widths = widthsFor(image.width);
  if (!existsSync(path.join(publicDir, SIZES_PATH, sizeName(image.hash, widths.at(-1)!)))) return undefined;
  return widths.map((width) => `${SIZES_PATH}/${sizeName(image.hash!, width)} ${width}w`).join(', ');
}

/** The 1200 px JPEG of a cover for share cards and JSON-LD (lib/image-sizes.ts), or the file itself where there is none. */
export function shareCopy(image: ImageFacts): ImageFacts {
  if (!image.hash || !existsSync(path.join(publicDir, SIZES_PATH, shareName(image.hash)))) return image;
  const width = Math.min(SHARE_WIDTH, image.width);
  return { src: `${SIZES_PATH}/${shareName(image.hash)}`, width, height: Math.round((image.height * width) / image.width), hash: null };
}

export interface AttachmentFacts {
  href: string;
  name: string;
  /** What the visitor's browser saves it as: the name shown, with the file's extension (会议纪要.pdf). */
  downloadName: string;
  type: string;
  bytes: number | null;
}

/** What a visitor's browser saves an attachment as: its name shown, with the file's extension (会议纪要.pdf). */
export function downloadName({ file, name }: AttachmentEntry): string {
  const extension = path.extname(file);
  // A name is one line of text; a slash in it would name a folder.
  const shown = (name ?? path.basename(file)).replaceAll(/[/\\]/g, '-');
  return shown.toLowerCase().endsWith(extension.toLowerCase()) ? shown : `${shown}${extension}`;
}

export function describeAttachment({ file, name }: AttachmentEntry): AttachmentFacts {
  const fullPath = publicFile(file);
  return {
    href: file,
    name: name ?? path.basename(file),
    downloadName: downloadName({ file, name }),
    type: attachmentType(file) ?? path.extname(file).slice(1).toUpperCase(),
    bytes: existsSync(fullPath) ? statSync(fullPath).size : null,
  };
}

/** 1.2 MB, 350 KB: sizes as Chinese and English sites print them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
