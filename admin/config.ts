/**
 * The browser editor (`npm run admin`, Decap CMS): its configuration, derived from the one content
 * schema so that the editor and `npm run content:check` can never disagree, and the rules its local
 * write endpoint enforces. The editor's interface is Chinese; field labels and help come from the
 * same ContentFields messages the content check and the new-article template use.
 */
import { createTranslator } from 'next-intl';
import zhMessages from '../messages/zh.json';
import { fieldLabelAndHelp } from '../lib/content-messages';
import { todayInChina } from '../lib/dates';
import { DEFAULT_LOCALE, type Locale, LOCALES, otherLocale } from '../i18n/locales.mjs';
import { UPLOADS_PATH } from '../lib/paths';
import { articlesFolder, collectionName, isPlainPath, NEWS_MEDIA_ROOT, newsFileOf, type Refusal, refusalOf } from './news-files';
import {
  ATTACHMENT_TYPES,
  CATEGORIES,
  contentRoot,
  fileExtension,
  IMAGE_EXTENSIONS,
  isRequired,
  NEWS_FIELDS,
  type NewsField,
  SLUG_PATTERN,
  VIDEO_EXTENSIONS,
} from '../lib/content-schema';

// The editor's servers import it from here, with the rest of the editor's settings.
export { NEWS_MEDIA_ROOT };
/** The largest upload the editor accepts, in bytes: enough for a photo or a scanned PDF. */
export const ADMIN_UPLOAD_LIMIT = 20 * 1024 * 1024;
/** The file types an upload may have: what a cover, a Figure, a Video or an attachment may show. */
export const UPLOAD_EXTENSIONS: readonly string[] = [...IMAGE_EXTENSIONS, ...VIDEO_EXTENSIONS, ...Object.keys(ATTACHMENT_TYPES)];
/** The custom Decap format that reads and writes our MDX files (admin/mdx-format.ts). */
export const MDX_FORMAT = 'news-mdx';
/** The custom Decap widget that takes the slug of a new article and shows it for an existing one. */
export const SLUG_WIDGET = 'news-slug';

const admin = createTranslator({ locale: 'zh', messages: zhMessages, namespace: 'Admin' });
const categories = createTranslator({ locale: 'zh', messages: zhMessages, namespace: 'Categories' });

const extensionPattern = (extensions: readonly string[]) => `\\.(${extensions.join('|')})$`;

/** The part of a form field every content field shares: its name, label, help and whether it is required. */
function formField(field: NewsField) {
  const { label, editorHelp } = fieldLabelAndHelp(field, DEFAULT_LOCALE);
  return { name: field, label, hint: editorHelp, required: isRequired(field) };
}

/** A field of the form for each frontmatter field of the content schema, in the schema's order. */
const newsFormFields: Record<NewsField, Record<string, unknown>> = {
  title: { ...formField('title'), widget: 'string' },
  date: {
    ...formField('date'),
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    date_format: 'YYYY-MM-DD',
    time_format: false,
  },
  category: {
    ...formField('category'),
    widget: 'select',
    options: CATEGORIES.map((value) => ({ value, label: categories(value) })),
    default: CATEGORIES[0],
  },
  source: { ...formField('source'), widget: 'string' },
  summary: { ...formField('summary'), widget: 'text' },
  cover: {
    ...formField('cover'),
    widget: 'image',
    choose_url: false,
    pattern: [extensionPattern(IMAGE_EXTENSIONS), admin('fileType', { types: IMAGE_EXTENSIONS.join('、') })],
  },
  attachments: {
    ...formField('attachments'),
    widget: 'list',
    label_singular: admin('attachment'),
    summary: '{{fields.name}}',
    fields: [
      {
        name: 'file',
        label: admin('attachmentFile'),
        widget: 'file',
        choose_url: false,
        pattern: [
          extensionPattern(Object.keys(ATTACHMENT_TYPES)),
          admin('fileType', { types: Object.values(ATTACHMENT_TYPES).join('、') }),
        ],
      },
      { name: 'name', label: admin('attachmentName'), hint: admin('attachmentNameHelp'), widget: 'string', required: false },
    ],
  },
  draft: { ...formField('draft'), widget: 'boolean', default: true },
};

/**
 * The two ways the editor runs. `local` (npm run admin): saving writes the files of this folder, and the draft switch
 * says whether an article is public. `newsroom` (npm run cms): Decap's editorial workflow on git branches, where the
 * workflow state alone says it (a published article is public, anything else is not), so the form has no draft switch.
 */
export type EditorMode = 'local' | 'newsroom';

/** The frontmatter fields the editor writes in a mode: the newsroom never writes `draft` (its workflow says it). */
export function editorHeaderFields(mode: EditorMode): readonly NewsField[] {
  return mode === 'newsroom' ? NEWS_FIELDS.filter((field) => field !== 'draft') : NEWS_FIELDS;
}

function newsCollection(locale: Locale, mode: EditorMode) {
  const folder = articlesFolder(locale);
  return {
    name: collectionName(locale),
    label: admin(`collections.${locale}`),
    description: admin(`collectionsHelp.${locale}`),
    folder,
    extension: 'mdx',
    format: MDX_FORMAT,
    create: true,
    delete: true,
    // The file name is the slug the editor typed, exactly; the uploads go next to the article's other files.
    slug: '{{fields.slug}}',
    identifier_field: 'title',
    summary: '{{title}}　{{date}}',
    // Newest first, as on the site.
    sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
    media_folder: `/${NEWS_MEDIA_ROOT}/{{filename}}`,
    public_folder: `${UPLOADS_PATH}/{{filename}}`,
    editor: { preview: false },
    fields: [
      {
        name: 'slug',
        label: admin('slug'),
        hint: admin('slugHelp'),
        widget: SLUG_WIDGET,
        pattern: [SLUG_PATTERN.source, admin('slugInvalid')],
        // Where the widget looks up the slugs already used, so that a new article cannot take one.
        folder,
        // The other language's version: opened where it exists (looked up in its folder), otherwise started.
        twin: collectionName(otherLocale(locale)),
        twinFolder: articlesFolder(otherLocale(locale)),
        twinCreateLabel: admin(`twin.create.${locale}`),
        twinViewLabel: admin(`twin.view.${locale}`),
      },
      // The folder of a new article's uploads before it has a file name ({{filename}} in media_folder). Set only for
      // a new version of an existing article, so that its picture dialog lists the files the two versions share.
      { name: 'filename', widget: 'hidden', required: false },
      ...editorHeaderFields(mode).map((field) =>
        // Today in China, as the new-article template dates an article: a date, not Decap's '{{now}}', which its
        // widget sets on opening a blank form, which then said 含未保存的修改 before anything was typed.
        field === 'date' ? { ...newsFormFields.date, default: todayInChina() } : newsFormFields[field],
      ),
      {
        name: 'body',
        label: admin('body'),
        hint: admin('bodyHelp'),
        widget: 'markdown',
        modes: ['rich_text', 'raw'],
        editor_components: ['figure', 'notice', 'video'],
      },
    ],
  };
}

/**
 * The whole Decap configuration: the proxy backend at `api` (Decap's API on `branch`, the published one), one
 * collection per language.
 */
export function adminConfig({ api, branch, mode }: { api: string; branch: string; mode: EditorMode }) {
  return {
    load_config_file: false,
    backend: { name: 'proxy', proxy_url: api, branch },
    ...(mode === 'newsroom' ? { publish_mode: 'editorial_workflow' } : {}),
    locale: 'zh_Hans',
    media_folder: NEWS_MEDIA_ROOT,
    public_folder: UPLOADS_PATH,
    // The newsroom previews an unpublished article as a whole (admin/newsroom/article-preview.tsx); the local editor
    // has the dev server for that.
    show_preview_links: mode === 'newsroom',
    search: true,
    collections: LOCALES.map((locale) => newsCollection(locale, mode)),
  };
}

/** Why a write the editor asks for is refused, in Chinese and English; undefined when it is allowed. */
export function refusedWrite(kind: 'entry' | 'upload' | 'delete', file: string, bytes = 0, articleSlug?: string): Refusal | undefined {
  const say = (key: 'path' | 'entry' | 'upload' | 'delete' | 'type' | 'size') => {
    const values = { file, root: contentRoot(), types: UPLOAD_EXTENSIONS.join(', '), limit: ADMIN_UPLOAD_LIMIT / 1024 / 1024 };
    return refusalOf(key, values, { ...values, types: UPLOAD_EXTENSIONS.join('、') });
  };
  if (!isPlainPath(file)) return say('path');
  const found = newsFileOf(file);
  const isArticle = found?.kind === 'article';
  const isUpload = found?.kind === 'upload' && (articleSlug ?? found.slug) === found.slug;
  if (kind === 'entry' && !isArticle) return say('entry');
  if (kind === 'upload' && !isUpload) return say('upload');
  if (kind === 'delete' && !isArticle && !isUpload) return say('delete');
  if (kind === 'upload' && !UPLOAD_EXTENSIONS.includes(fileExtension(file))) return say('type');
  if (kind === 'upload' && bytes > ADMIN_UPLOAD_LIMIT) return say('size');
  return undefined;
}
