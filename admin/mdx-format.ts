/**
 * The editor's file format: the same MDX an editor writes by hand (the header in the content
 * schema's field order, free text in double quotes as the new-article template writes it, dates
 * as YYYY-MM-DD, empty optional fields left out), read back as the build reads it.
 */
import { Document, parse, Scalar } from 'yaml';

type Data = Record<string, unknown>;

/** Header fields written with quotes, as the new-article template writes them: free text. */
const QUOTED = new Set(['title', 'source', 'summary']);

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The file for an article's data: `headerFields` in order (anything else, such as the form's slug, is not written), then the body. */
export function writeArticle(data: Data, headerFields: readonly string[]): string {
  const header: Data = {};
  for (const field of headerFields) {
    const value = data[field];
    if (isEmpty(value)) continue;
    if (field === 'attachments') {
      header[field] = (value as { file: string; name?: string }[]).map(({ file, name }) => (name ? { file, name } : { file }));
    } else if (QUOTED.has(field)) {
      const scalar = new Scalar(String(value));
      scalar.type = 'QUOTE_DOUBLE';
      header[field] = scalar;
    } else {
      header[field] = value;
    }
  }
  const yaml = new Document(header).toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n${String(data.body ?? '').trim()}\n`;
}

/** An article's data from its file; YAML 1.2 keeps a date such as 2026-11-27 the string the form shows. */
export function readArticle(text: string): Data {
  // The header is the text between the first two lines of ---, as gray-matter and contentlayer2 read it.
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  return match ? { ...(parse(match[1]) ?? {}), body: match[2].replace(/^(\r?\n)+/, '') } : { body: text };
}

/**
 * Files uploaded to a new article are stored in public/news/<slug>/ when it is saved (the media
 * folder is /news/{{filename}}), but Decap addresses them before the article has a file name:
 * /news/cover.jpg. Such an address, with no folder, gets the slug the editor typed.
 */
export function addressUploads(data: Data): Data {
  const slug = data.slug;
  if (typeof slug !== 'string' || !slug) return data;
  const unplaced = /^\/news\/([^/]+)$/;
  const place = (value: unknown) => (typeof value === 'string' ? value.replace(unplaced, `/news/${slug}/$1`) : value);
  return {
    ...data,
    cover: place(data.cover),
    attachments: Array.isArray(data.attachments)
      ? data.attachments.map((item: { file: string }) => ({ ...item, file: place(item.file) }))
      : data.attachments,
    // In the text: a JSX attribute ("…") or a Markdown link or image target ((…)).
    body: String(data.body ?? '').replace(/(["(])\/news\/([^/"()\s]+)([")])/g, `$1/news/${slug}/$2$3`),
  };
}
