/**
 * The one way into content: every page, list and (later) feed, sitemap and search index
 * reads articles through these functions, so publishing rules live in one place.
 */
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

/** Drafts show in `next dev` (marked as drafts) and never in a production build. */
const showDrafts = process.env.NODE_ENV !== 'production';

const published: Article[] = (allNews as unknown as Article[])
  .filter((article) => showDrafts || !article.draft)
  .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

export { CATEGORIES, type Category };

export function getArticles(locale: Locale, category?: Category): Article[] {
  return published.filter(
    (article) => article.locale === locale && (category === undefined || article.category === category),
  );
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return published.find((article) => article.locale === locale && article.slug === slug);
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
