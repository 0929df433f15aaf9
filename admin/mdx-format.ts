/**
 * The editor's file format: the same MDX an editor writes by hand (the header in the content
 * schema's field order, free text in double quotes as the new-article template writes it, dates
 * as YYYY-MM-DD, empty optional fields left out), read back as the build reads it.
 */
import { Document, Scalar } from 'yaml';
import { readHeader, splitFrontmatter } from '../lib/frontmatter';
import { UPLOADS_PATH } from '../lib/paths';

type Data = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The file for an article's data: `headerFields` in order (anything else, such as the form's slug, is not written),
 * `quotedFields` in double quotes, then the body.
 */
export function writeArticle(data: Data, headerFields: readonly string[], quotedFields: readonly string[]): string {
  const header: Data = {};
  for (const field of headerFields) {
    const value = data[field];
    if (isEmpty(value)) continue;
    if (field === 'attachments') {
      header[field] = (value as { file: string; name?: string }[]).map(({ file, name }) => (name ? { file, name } : { file }));
    } else if (quotedFields.includes(field)) {
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
  const { header, body } = splitFrontmatter(text);
  if (header === null) return { body: text };
  const { data, errors } = readHeader(header);
  // Never an empty form over a file it cannot read: saving it would overwrite the file's header.
  if (!data) throw new Error(`The article's header cannot be read (line ${errors[0]?.line ?? 1}): fix the file by hand.`);
  return { ...data, body: body.replace(/^(\r?\n)+/, '') };
}

/**
 * Files uploaded to a new article are stored in public/news/<slug>/ when it is saved (the media
 * folder is /news/{{filename}}), but Decap addresses them before the article has a file name:
 * /news/cover.jpg. Such an address, with no folder, gets the slug the editor typed.
 */
export function addressUploads(data: Data): Data {
  const slug = data.slug;
  if (typeof slug !== 'string' || !slug) return data;
  const unplaced = new RegExp(`^${UPLOADS_PATH}/([^/]+)$`);
  const place = (value: unknown) => (typeof value === 'string' ? value.replace(unplaced, `${UPLOADS_PATH}/${slug}/$1`) : value);
  return {
    ...data,
    cover: place(data.cover),
    attachments: Array.isArray(data.attachments)
      ? data.attachments.map((item: { file: string }) => ({ ...item, file: place(item.file) }))
      : data.attachments,
    // In the text: a JSX attribute ("…") or a Markdown link or image target ((…)).
    body: String(data.body ?? '').replace(new RegExp(`(["(])${UPLOADS_PATH}/([^/"()\\s]+)([")])`, 'g'), `$1${UPLOADS_PATH}/${slug}/$2$3`),
  };
}
