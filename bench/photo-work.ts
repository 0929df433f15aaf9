/**
 * The build's image work at scale, by the image-sizes step's own function (lib/image-sizes.ts): 1,000 articles with
 * three photos each, sized cold (an empty cache); then an editor's rebuild after one more article with three photos,
 * the 3,000 others in the cache. The photos are one camera photo's web original (2560 px, as an upload stores it),
 * each file given a tail of its own after the JPEG's end, which decoders ignore: so each has its own content hash and
 * is encoded in full, as a new photo is.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeImageSizes } from '../lib/image-sizes';
import { gib } from './support';

const PHOTO_NAMES = ['cover.jpg', 'photo-1.jpg', 'photo-2.jpg'];

/** Writes article `index`'s three photos into `publicDir`; returns their site paths, the cover first. */
function writeArticlePhotos(publicDir: string, webOriginal: Buffer, index: number): string[] {
  const folder = path.join(publicDir, 'news', `article-${index}`);
  mkdirSync(folder, { recursive: true });
  return PHOTO_NAMES.map((name, photo) => {
    const tail = Buffer.alloc(8);
    tail.writeUInt32BE(index);
    tail.writeUInt32BE(photo, 4);
    writeFileSync(path.join(folder, name), Buffer.concat([webOriginal, tail]));
    return `/news/article-${index}/${name}`;
  });
}

const folderBytes = (folder: string) => readdirSync(folder).reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);

/** The lines of bench/results.md for the image work of `articles` articles, and of one more. */
export async function photoWork(webOriginal: Buffer, articles = 1000): Promise<string[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-photo-work-'));
  try {
    const publicDir = path.join(work, 'public');
    const cache = path.join(work, 'cache');
    const sources = Array.from({ length: articles }, (_, index) => writeArticlePhotos(publicDir, webOriginal, index + 1));
    const covers = new Set(sources.map(([cover]) => cover));
    const cold = await makeImageSizes(publicDir, sources.flat(), covers, cache);
    const added = writeArticlePhotos(publicDir, webOriginal, articles + 1);
    covers.add(added[0]);
    const rebuild = await makeImageSizes(publicDir, [...sources.flat(), ...added], covers, cache);
    const sourceBytes = webOriginal.length * cold.photos;
    return [
      `The build's image work (\`image-sizes\` step, ${cold.photos.toLocaleString('en')} web originals of ${Math.round(webOriginal.length / 1024)} KB for ${articles.toLocaleString('en')} articles, on this machine's 2 cores):`,
      '',
      '| | photos | files encoded | time | budget |',
      '| --- | --- | --- | --- | --- |',
      `| cold (empty cache) | ${cold.photos.toLocaleString('en')} | ${cold.encoded.toLocaleString('en')} | ${cold.seconds} s (${((cold.seconds * 1000) / cold.photos).toFixed(0)} ms a photo) | < 600 s: ${cold.seconds < 600 ? 'met' : 'missed'} |`,
      `| rebuild after one more article with 3 photos | ${rebuild.photos.toLocaleString('en')} | ${rebuild.encoded} | ${rebuild.seconds} s | ≤ 10 s: ${rebuild.seconds <= 10 ? 'met' : 'missed'} |`,
      '',
      `The sizes' cache holds ${gib(folderBytes(cache))} for ${gib(sourceBytes)} of web originals. Publish to live at 1,000 articles, with the published article's three camera photos uploaded through the newsroom, is in the newsroom section.`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
