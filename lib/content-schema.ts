/**
 * The content contract, declared once. Each frontmatter field of a news article is a zod schema
 * here; its label and help text for editors live in messages/<locale>.json under `ContentFields`.
 * contentlayer2's fields (contentlayer.config.ts), the checks of `npm run content:check`, the
 * `Article` type and the `new:article` templates are all derived from this declaration.
 *
 * Imported by contentlayer.config.ts, so only relative imports and no path aliases.
 */
import { z } from 'zod';
import type { Locale } from '../i18n/locales.mjs';
import { articleUploadsPath } from './paths';

export const CATEGORIES = ['company', 'industry', 'notice'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The content folder: CONTENT_DIR lets tests and benchmarks build from another folder, never touching content/. */
export function contentRoot(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files an article may offer for download, by extension, with the label shown to readers. */
export const ATTACHMENT_TYPES: Record<string, string> = { pdf: 'PDF', doc: 'DOC', docx: 'DOCX', xls: 'XLS', xlsx: 'XLSX' };

/** Images a cover, a Figure or a Markdown image may show, and video a Video may play. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'svg'] as const;
export const VIDEO_EXTENSIONS = ['mp4'] as const;

export function fileExtension(file: string): string {
  return file.split('.').pop()?.toLowerCase() ?? '';
}

export function attachmentType(file: string): string | undefined {
  return ATTACHMENT_TYPES[fileExtension(file)];
}

/** A file under public/, addressed from the site root; never another host. */
export function isPublicPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('..');
}

const sitePath = z.string().refine(isPublicPath);

const attachment = z.strictObject({
  file: sitePath.refine((file) => attachmentType(file) !== undefined),
  name: z.string().optional(),
});

/**
 * The frontmatter of content/news/<locale>/<slug>.mdx. An optional field left empty ("", as the
 * new-article template writes it) counts as not given: `normalizeFrontmatter` drops it first.
 */
export const newsFields = {
  title: z.string().trim().min(1),
  date: z.iso.date(),
  category: z.enum(CATEGORIES),
  source: z.string().optional(),
  summary: z.string().optional(),
  cover: sitePath.refine((file) => (IMAGE_EXTENSIONS as readonly string[]).includes(fileExtension(file))).optional(),
  attachments: z.array(attachment).optional(),
  draft: z.boolean().default(false),
};

export const newsFrontmatter = z.strictObject(newsFields);
export type NewsField = keyof typeof newsFields;
export const NEWS_FIELDS = Object.keys(newsFields) as NewsField[];
export type NewsFrontmatter = z.infer<typeof newsFrontmatter>;
export type AttachmentEntry = z.infer<typeof attachment>;

/** Empty values ("" or nothing after the colon) mean "not given", for every field. */
export function normalizeFrontmatter(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== '' && value !== null && value !== undefined));
}

/** Free text: written in double quotes, by the new-article template and the browser editor alike. */
export const QUOTED_FIELDS = ['title', 'source', 'summary'] as const satisfies readonly NewsField[];

export function isRequired(field: NewsField): boolean {
  return !newsFields[field].safeParse(undefined).success;
}

/**
 * What `npm run new:article` writes for each field (YAML text; QUOTED_FIELDS as the text to quote), with an optional
 * commented example: a Record over every field, so a new field cannot be forgotten in the template.
 */
export const TEMPLATE_FIELDS: Record<
  NewsField,
  (context: { locale: Locale; slug: string; today: string }) => { value: string; example?: string[] }
> = {
  title: ({ locale }) => ({ value: TEMPLATE_PLACEHOLDERS[locale].title }),
  date: ({ today }) => ({ value: today }),
  category: () => ({ value: CATEGORIES[0] }),
  source: () => ({ value: '' }),
  summary: () => ({ value: '' }),
  cover: () => ({ value: '""' }),
  attachments: ({ locale, slug }) => ({
    value: '[]',
    example: [
      'attachments:',
      `  - file: ${articleUploadsPath(slug)}/${locale === 'zh' ? '方案' : 'plan'}.pdf`,
      `    name: ${locale === 'zh' ? '实施方案' : 'Implementation plan'}`,
    ],
  }),
  draft: () => ({ value: 'true' }),
};

/**
 * What the new-article template writes for each field, per language. The title and body
 * placeholders are also what the content check refuses to publish.
 */
export const TEMPLATE_PLACEHOLDERS = {
  zh: { title: '在此填写标题', body: '在此写正文。每段之间空一行。' },
  en: { title: 'Write the title here', body: 'Write the text here. Leave an empty line between paragraphs.' },
} as const satisfies Record<Locale, { title: string; body: string }>;

/** Where a news file lives says its locale and slug: news/<locale>/<slug>.mdx */
export function parseNewsPath(relativePath: string): { locale: string; slug: string } | null {
  const parts = relativePath.replaceAll('\\', '/').split('/');
  if (parts.length !== 3 || parts[0] !== 'news') return null;
  const extension = fileExtension(parts[2]);
  if (extension !== 'mdx' && extension !== 'md') return null;
  return { locale: parts[1], slug: parts[2].slice(0, -(extension.length + 1)) };
}
