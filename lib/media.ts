/**
 * Facts about files in public/ that pages need at build time: image dimensions (so images reserve
 * their space and nothing shifts) and attachment sizes. Server-side only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { type AttachmentEntry, attachmentType } from './content-schema';

const publicDir = path.resolve('public');

function publicFile(sitePath: string): string {
  return path.join(publicDir, decodeURI(sitePath));
}

export interface ImageFacts {
  src: string;
  width: number;
  height: number;
}

/** Dimensions of an image in public/, or null when it is missing (the content check refuses such an article, so a build never meets one). */
export function describeImage(src: string): ImageFacts | null {
  const file = publicFile(src);
  if (!existsSync(file)) return null;
  const { width, height } = imageSize(readFileSync(file));
  return width && height ? { src, width, height } : null;
}

export interface AttachmentFacts {
  href: string;
  name: string;
  type: string;
  bytes: number | null;
}

export function describeAttachment({ file, name }: AttachmentEntry): AttachmentFacts {
  const fullPath = publicFile(file);
  return {
    href: file,
    name: name ?? path.basename(file),
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
