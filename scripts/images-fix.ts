/**
 * npm run images:fix [-- paths…]: the photos placed under public/news/ by hand made web originals in place, as an
 * upload in the editor is (lib/photos.ts): upright, sRGB, at most 2560 px, no GPS position or other metadata. With no
 * paths, every photo under public/news/; a folder means the photos in it.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { checkMessage } from '../lib/content-messages';
import { formatBytes } from '../lib/media';
import { UPLOADS_PATH } from '../lib/paths';
import { fixPhotoFile } from '../lib/photos';
import { filesBelow } from '../lib/public-files';

const given = process.argv.slice(2);
const files = (given.length > 0 ? given : [path.join('public', UPLOADS_PATH)]).flatMap((target) =>
  statSync(target).isDirectory() ? filesBelow(target).map((relative) => path.join(target, relative)) : [target],
);
const say = (text: { zh: string; en: string }) => console.log(`${text.zh}\n${text.en}`);

async function fixAll() {
  let fixed = 0;
  let kept = 0;
  for (const file of files) {
    const photo = await fixPhotoFile(file);
    if (!photo) continue;
    if (photo.after === photo.before) {
      kept++;
      say(checkMessage('photoKept', { file }));
      continue;
    }
    fixed++;
    say(
      checkMessage('photoFixed', {
        file,
        width: photo.after.width,
        height: photo.after.height,
        before: formatBytes(photo.before.bytes),
        after: formatBytes(photo.after.bytes),
        location: photo.hadLocation ? 'yes' : 'no',
      }),
    );
  }
  say(checkMessage('photoFixSummary', { fixed, kept }));
}

void fixAll();
