/**
 * The one way into content: every page, list, feed, sitemap and search index reads articles
 * through these functions, so publishing rules live in one place. Articles are indexed once (by
 * language and slug, by language and category, with list positions and translations), so no
 * lookup scans the archive and a build stays linear in the number of articles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { News, Page } from 'contentlayer/generated';
import { cache } from 'react';
import { isLocale, type Locale, LOCALES, otherLocale } from '@/i18n/locales.mjs';
import { CATEGORIES, type Category, type NewsFrontmatter } from './content-schema';
import type { AttachmentFacts, ImageFacts } from './media';
import { pageCount } from './pagination';

/** A news article: the frontmatter of the content contract plus what the build computes. */
export type Article = NewsFrontmatter & {
  locale: Locale;
  slug: string;
  description: string;
  coverImage: ImageFacts | null;
  attachmentList: AttachmentFacts[];
  body: { raw: string; code: string };
};

function toArticle(doc: News): Article {
  // The content check has already refused any other folder; this keeps the type honest.
  if (!isLocale(doc.locale)) throw new Error(`${doc._raw.sourceFilePath}: unknown locale folder "${doc.locale}"`);
  return { ...doc, locale: doc.locale };
}

interface Listed {
  article: Article;
  /** Index in its language's list, newest first: the neighbours are one step away. */
  position: number;
}

interface ContentIndex {
  byLocale: Record<Locale, Article[]>;
  byCategory: Record<Locale, Map<Category, Article[]>>;
  bySlug: Record<Locale, Map<string, Listed>>;
}

function newestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

function buildIndex(articles: Article[]): ContentIndex {
  const sorted = [...articles].sort(newestFirst);
  const perLocale = <T>(make: (locale: Locale) => T) =>
    Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
  const index: ContentIndex = {
    byLocale: perLocale(() => []),
    byCategory: perLocale(() => new Map(CATEGORIES.map((category) => [category, []]))),
    bySlug: perLocale(() => new Map()),
  };
  for (const article of sorted) {
    const list = index.byLocale[article.locale];
    index.bySlug[article.locale].set(article.slug, { article, position: list.length });
    list.push(article);
    index.byCategory[article.locale].get(article.category)?.push(article);
  }
  return index;
}

/**
 * Every document of one type, as contentlayer2 last wrote them. Read from disk rather than imported, which would put
 * the whole archive into the server bundle (docs/build.md); `outputFileTracingIncludes` in next.config.mjs ships the
 * files with the server.
 */
function readGenerated<T>(type: 'News' | 'Page'): T[] {
  return JSON.parse(readFileSync(path.join(process.cwd(), '.contentlayer/generated', type, '_index.json'), 'utf8')) as T[];
}

interface Content {
  articles: ContentIndex;
  pages: Page[];
}

/** Every published article, indexed once per process. Drafts never appear. */
let published: Content | undefined;
function publishedContent(): Content {
  published ??= {
    articles: buildIndex(
      readGenerated<News>('News')
        .filter((doc) => !doc.draft)
        .map(toArticle),
    ),
    pages: readGenerated<Page>('Page'),
  };
  return published;
}

/**
 * `next dev`: drafts included (marked as drafts on the page), read again for each request (`cache`), so that what
 * `contentlayer2 dev` has just written, new documents included, shows on the next reload.
 */
const previewContent = cache((): Content => ({
  articles: buildIndex(readGenerated<News>('News').map(toArticle)),
  pages: readGenerated<Page>('Page'),
}));

/** What the site shows: the published content in a build, drafts too on the editing server. */
const shownContent = (): Content => (process.env.NODE_ENV === 'production' ? publishedContent() : previewContent());
const shownArticles = (): ContentIndex => shownContent().articles;

export { CATEGORIES, type Category };

/** Every published article in every language, newest first, whatever the environment: what a build publishes. */
export function getPublishedArticles(): Article[] {
  return LOCALES.flatMap((locale) => publishedContent().articles.byLocale[locale]);
}

export function getArticles(locale: Locale, category?: Category): Article[] {
  return category === undefined ? shownArticles().byLocale[locale] : (shownArticles().byCategory[locale].get(category) ?? []);
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return shownArticles().bySlug[locale].get(slug)?.article;
}

/** The same article in the other language, if it has been translated. */
export function getTranslation(article: Article): Article | undefined {
  return getArticle(otherLocale(article.locale), article.slug);
}

/** Neighbours in the locale's list: `newer` is shown as previous, `older` as next. */
export function getNeighbours(article: Article): { newer?: Article; older?: Article } {
  const listed = shownArticles().bySlug[article.locale].get(article.slug);
  if (!listed) return {};
  const list = shownArticles().byLocale[article.locale];
  return { newer: list[listed.position - 1], older: list[listed.position + 1] };
}

/** The languages in which a given list page exists: one language may have more pages than another. */
export function listPageLocales(category: Category | undefined, page: number): Locale[] {
  return LOCALES.filter((locale) => page <= pageCount(getArticles(locale, category).length));
}

export function getLatestByCategory(locale: Locale, perCategory: number): { category: Category; articles: Article[] }[] {
  return CATEGORIES.map((category) => ({ category, articles: getArticles(locale, category).slice(0, perCategory) }));
}

export function getPage(locale: Locale, name: string) {
  const page = shownContent().pages.find((candidate) => candidate.locale === locale && candidate.name === name);
  if (!page) throw new Error(`content/pages/${locale}/${name}.mdx is missing`);
  return page;
}
