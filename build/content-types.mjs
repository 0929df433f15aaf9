// The content type of every kind of file the site serves: the one table nginx's `types` (deploy/mime-types.conf,
// written by `npm run nginx:config`) and the release manifest (build/release.mjs) are made from.

/** By file extension; any other file is application/octet-stream, as nginx and Next both send it. */
export const TYPES_BY_EXTENSION = {
  html: 'text/html',
  css: 'text/css',
  txt: 'text/plain',
  js: 'application/javascript',
  mjs: 'application/javascript',
  json: 'application/json',
  // Source maps, which some bundled libraries bring along.
  map: 'application/json',
  xml: 'application/xml',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  mp4: 'video/mp4',
  woff2: 'font/woff2',
};

export const DEFAULT_TYPE = 'application/octet-stream';

/** Each language's feeds (/<locale>/feed.xml), which are XML of their own types. */
export const FEED_TYPES = { 'feed.xml': 'application/rss+xml', 'atom.xml': 'application/atom+xml' };

/** The type a file of this name is served with (its media type, without parameters). */
export function typeOfFile(name) {
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
  return (extension && TYPES_BY_EXTENSION[extension]) || DEFAULT_TYPE;
}
