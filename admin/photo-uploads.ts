/**
 * Photos uploaded in either editor become web originals before anything is written (lib/photos.ts): upright, sRGB,
 * at most 2560 px, no metadata, so that no GPS position or camera serial number reaches the repository or the site.
 * The person is told what happened, with the size before and after, in the X-Upload-Notes header of the answer
 * (URI-encoded JSON), which the editor shows (admin/upload-notes.ts).
 */
import path from 'node:path';
import type { RequestHandler } from 'express';
import { createTranslator } from 'next-intl';
import zhMessages from '../messages/zh.json';
import { formatBytes } from '../lib/media';
import { isNormalizedPhoto, type NormalizedPhoto, normalizePhoto } from '../lib/photos';
import { refusalOf, refusalText } from './news-files';
import { UPLOAD_NOTES_HEADER } from './upload-notes';
import { type DecapRequest, writesOf } from './write-guard';

// The editors speak Chinese (decap-zh.ts): so do their notes.
const photoWords = createTranslator({ locale: 'zh', messages: zhMessages, namespace: 'Admin.photo' });

/** What the person is told of one photo; nothing when it was already a web original. */
export function photoNote(file: string, photo: NormalizedPhoto): string | undefined {
  if (!photo.resized && !photo.hadMetadata) return undefined;
  const values = {
    file: path.basename(file),
    width: photo.after.width,
    height: photo.after.height,
    before: formatBytes(photo.before.bytes),
    after: formatBytes(photo.after.bytes),
  };
  if (photo.resized) return photoWords(photo.hadLocation ? 'resizedLocation' : photo.hadMetadata ? 'resized' : 'resizedOnly', values);
  return photoWords(photo.hadLocation ? 'location' : 'metadata', values);
}

/** Normalizes the photos a request to Decap's API uploads, in place; runs after the write guard. */
export const normalizeUploads: RequestHandler = (request, response, next) => {
  const uploads = writesOf(request.body as DecapRequest).filter(
    ({ kind, file }) => kind === 'upload' && file.content && file.encoding === 'base64' && isNormalizedPhoto(file.path),
  );
  if (uploads.length === 0) return next();
  const notes: string[] = [];
  Promise.all(
    uploads.map(async ({ file }) => {
      let photo: NormalizedPhoto | undefined;
      try {
        photo = await normalizePhoto(Buffer.from(file.content!, 'base64'));
      } catch {
        throw refusalOf('unreadablePhoto', { file: path.basename(file.path) });
      }
      if (!photo) return;
      file.content = photo.bytes.toString('base64');
      const note = photoNote(file.path, photo);
      if (note) notes.push(note);
    }),
  ).then(
    () => {
      if (notes.length > 0) response.setHeader(UPLOAD_NOTES_HEADER, encodeURIComponent(JSON.stringify(notes)));
      next();
    },
    (refusal: { zh: string; en: string }) => {
      console.error(`拒绝 / refused: ${refusal.zh} / ${refusal.en}`);
      response.status(422).json({ error: refusalText(refusal) });
    },
  );
};
