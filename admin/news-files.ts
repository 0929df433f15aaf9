/**
 * The only files the browser editor's API may touch: the articles, <content>/news/<locale>/<slug>.mdx, and their
 * uploads, public/news/<slug>/<file>. A path is taken apart segment by segment, never matched by prefix alone, so that
 * `..`, `.git`, `.cms`, an absolute path or a backslash is none of them. The refusals are in Chinese and English.
 */
import { createTranslator } from 'next-intl';
import enMessages from '../messages/en.json';
import zhMessages from '../messages/zh.json';
import { isLocale, type Locale } from '../i18n/locales.mjs';
import { contentRoot, SLUG_PATTERN } from '../lib/content-schema';
import { UPLOADS_PATH } from '../lib/paths';

/** Where the editor may write: the news files and the files under public/news/<slug>/. */
export const NEWS_MEDIA_ROOT = `public${UPLOADS_PATH}`;

const COLLECTION_PREFIX = 'news-';
export const collectionName = (locale: Locale) => `${COLLECTION_PREFIX}${locale}`;
/** The branch an unpublished article waits on in the newsroom (Decap's editorial workflow: cms/<collection>/<slug>). */
export const workflowBranch = (collection: string, slug: string) => `cms/${collection}/${slug}`;
/** The language of a collection of ours; undefined for any other name. */
export function collectionLocale(name: string): Locale | undefined {
  const locale = name.startsWith(COLLECTION_PREFIX) ? name.slice(COLLECTION_PREFIX.length) : '';
  return isLocale(locale) ? locale : undefined;
}

export const articlesFolder = (locale: Locale) => `${contentRoot()}/news/${locale}`;
export const articleFile = (locale: Locale, slug: string) => `${articlesFolder(locale)}/${slug}.mdx`;

/** A relative path of plain names: no `..`, `.`, empty segment, backslash or NUL, and not absolute. */
export function isPlainPath(file: string): boolean {
  const parts = file.split('/');
  return !file.includes('\\') && !file.includes('\0') && !parts.some((part) => part === '' || part === '.' || part === '..');
}

export type NewsFile = { kind: 'article'; locale: Locale; slug: string } | { kind: 'upload'; slug: string };

/** What a path is of ours: an article or an article's upload; undefined for anything else. */
export function newsFileOf(file: string): NewsFile | undefined {
  if (!isPlainPath(file)) return undefined;
  const articles = `${contentRoot()}/news/`;
  const uploads = `${NEWS_MEDIA_ROOT}/`;
  if (file.startsWith(articles)) {
    const [locale = '', name = '', ...deeper] = file.slice(articles.length).split('/');
    const slug = name.slice(0, -'.mdx'.length);
    if (deeper.length === 0 && isLocale(locale) && name.endsWith('.mdx') && SLUG_PATTERN.test(slug))
      return { kind: 'article', locale, slug };
  } else if (file.startsWith(uploads)) {
    const [slug = '', ...rest] = file.slice(uploads.length).split('/');
    if (rest.length === 1 && SLUG_PATTERN.test(slug)) return { kind: 'upload', slug };
  }
  return undefined;
}

/** What a folder is of ours: a language's articles, or the uploads (all of them, or one article's). */
export function newsFolderOf(folder: string): { kind: 'articles'; locale: Locale } | { kind: 'uploads' } | undefined {
  // Decap names a folder with or without its final slash.
  const trimmed = folder.endsWith('/') ? folder.slice(0, -1) : folder;
  if (!isPlainPath(trimmed)) return undefined;
  if (trimmed === NEWS_MEDIA_ROOT) return { kind: 'uploads' };
  const inside = newsFileOf(`${trimmed}/file`);
  if (inside?.kind === 'upload') return { kind: 'uploads' };
  const locale = trimmed.startsWith(`${contentRoot()}/news/`) ? trimmed.slice(`${contentRoot()}/news/`.length) : '';
  return isLocale(locale) ? { kind: 'articles', locale } : undefined;
}

const refusalTranslators = {
  zh: createTranslator({ locale: 'zh', messages: zhMessages, namespace: 'Admin.refused' }),
  en: createTranslator({ locale: 'en', messages: enMessages, namespace: 'Admin.refused' }),
};
export type RefusalKey = Parameters<typeof refusalTranslators.zh>[0];
export interface Refusal {
  zh: string;
  en: string;
}
type Values = Record<string, string | number>;

/** A refusal in both languages; `zhValues` where a value is worded differently in Chinese (a list). */
export function refusalOf(key: RefusalKey, values: Values = {}, zhValues: Values = values): Refusal {
  return { zh: refusalTranslators.zh(key, zhValues), en: refusalTranslators.en(key, values) };
}

/** How a refusal is answered: Chinese first, then English, as Decap shows an error's text. */
export const refusalText = ({ zh, en }: Refusal) => `${zh}\n${en}`;
