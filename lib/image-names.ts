/**
 * The names and widths of the photos' sizes (made by lib/image-sizes.ts at build time), for the pages that use them:
 * no image library here, so that any page code may import it.
 */
import { createHash } from 'node:crypto';

/** Where the sizes are served from, and where the build writes them (public/_sizes/, git-ignored). */
export const SIZES_PATH = '/_sizes';
/**
 * Widths for screens from a phone's 320 px to a desktop. A phone at 390 px and DPR 3 takes 1280, a desktop's article
 * column (48rem, 768 CSS px) 960. A 1600 for that column at DPR 2 would cost more than all the others together to
 * encode (bench/results.md, Photos: 1,000 articles' photos over ten minutes); such a screen takes 1280.
 */
export const SIZE_WIDTHS = [320, 640, 960, 1280] as const;
/** The share card's width (WeChat, Open Graph, JSON-LD): JPEG, which every crawler reads. */
export const SHARE_WIDTH = 1200;
const SIZED = /\.(jpe?g|png|webp)$/i;

export const contentHash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 20);
/** Whether the build makes sizes of this file (photos and screenshots; not GIF, which may move, nor SVG). */
export const isSized = (file: string) => SIZED.test(file);

/** The widths made of a photo `width` px wide: never wider than itself. */
export function widthsFor(width: number): number[] {
  if (width > SIZE_WIDTHS.at(-1)!) return [...SIZE_WIDTHS];
  return [...SIZE_WIDTHS.filter((size) => size < width), width];
}
export const sizeName = (hash: string, width: number) => `${hash}-${width}.webp`;
export const shareName = (hash: string) => `${hash}-share.jpg`;
