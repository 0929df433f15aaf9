/**
 * The one way into content: every page, list, feed, sitemap and search index reads articles
 * through these functions, so publishing rules live in one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allNews, allPages, type News } from 'contentlayer/generated';
import { type Locale, otherLocale, routing } from '@/i18n/routing';
import { CATEGORIES, type Category } from './content-rules';
import type { AttachmentFacts, ImageFacts } from './media';
import { pageCount } from './pagination';

/** A news document with its JSON fields typed: contentlayer types them as `any`. */
export type Article = Omit<News, 'attachmentList' | 'coverImage'> & {
  locale: Locale;
  category: Category;
  attachmentList: AttachmentFacts[];
  coverImage: ImageFacts | null;
};

const isDevelopment = process.env.NODE_ENV !== 'production';

function sortNewestFirst(articles: Article[]): Article[] {
  return articles.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/** Production: every published article, computed once at build time. Drafts never appear. */
const publishedAtBuild: Article[] = sortNewestFirst((allNews as unknown as Article[]).filter((article) => !article.draft));

/**
 * `next dev`: drafts included (marked as drafts on the page), read afresh on every request from
 * what `contentlayer2 dev` has just written, because Turbopack picks up edited documents but not
 * new ones from contentlayer's generated index.
 */
function articlesInPreview(): Article[] {
  const dir = path.join(process.cwd(), '.contentlayer/generated/News');
  const files = readdirSync(dir).filter((file) => file.endsWith('.json') && !file.startsWith('_'));
  return sortNewestFirst(files.map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Article));
}

const published = (): Article[] => (isDevelopment ? articlesInPreview() : publishedAtBuild);

export { CATEGORIES, type Category };

export function getArticles(locale: Locale, category?: Category): Article[] {
  return published().filter(
    (article) => article.locale === locale && (category === undefined || article.category === category),
  );
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return published().find((article) => article.locale === locale && article.slug === slug);
}

/** The same article in the other language, if it has been translated. */
export function getTranslation(article: Article): Article | undefined {
  return getArticle(otherLocale(article.locale), article.slug);
}

/** Neighbours in the locale's list: `newer` is shown as previous, `older` as next. */
export function getNeighbours(article: Article): { newer?: Article; older?: Article } {
  const list = getArticles(article.locale);
  const index = list.findIndex((candidate) => candidate.slug === article.slug);
  return { newer: list[index - 1], older: list[index + 1] };
}

/** The languages in which a given list page exists: one language may have more pages than another. */
export function listPageLocales(category: Category | undefined, page: number): Locale[] {
  return routing.locales.filter((locale) => page <= pageCount(getArticles(locale, category).length));
}

export function getLatestByCategory(locale: Locale, perCategory: number): { category: Category; articles: Article[] }[] {
  return CATEGORIES.map((category) => ({ category, articles: getArticles(locale, category).slice(0, perCategory) }));
}

export function getPage(locale: Locale, name: string) {
  const page = allPages.find((candidate) => candidate.locale === locale && candidate.name === name);
  if (!page) throw new Error(`content/pages/${locale}/${name}.mdx is missing`);
  return page;
}
