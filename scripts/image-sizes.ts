/**
 * The build's image-sizes step (build/steps.mjs): every photo under public/news/ in the widths the pages ask for, and
 * each published cover's share copy, into public/_sizes/ (lib/image-sizes.ts). Runs after contentlayer, whose
 * articles name the covers.
 */
import path from 'node:path';
import { getPublishedArticles } from '../lib/content';
import { makeImageSizes } from '../lib/image-sizes';
import { UPLOADS_PATH } from '../lib/paths';
import { filesBelow } from '../lib/public-files';

const publicDir = path.resolve('public');
const sources = filesBelow(path.join(publicDir, UPLOADS_PATH)).map((relative) => `${UPLOADS_PATH}/${relative}`);
const covers = new Set(getPublishedArticles().flatMap((article) => (article.coverImage ? [article.coverImage.src] : [])));

void makeImageSizes(publicDir, sources, covers).then(({ photos, encoded, seconds }) =>
  console.log(
    `图片尺寸：${photos} 张照片，新编码 ${encoded} 个文件，${seconds} 秒 / image sizes: ${photos} photos, ${encoded} files encoded, ${seconds} s`,
  ),
);
