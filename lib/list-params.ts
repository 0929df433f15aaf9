import { notFound } from 'next/navigation';
import { LOCALES } from '@/i18n/locales.mjs';
import { CATEGORIES, type Category, getArticles } from './content';
import { extraPageNumbers, parsePageParam } from './pagination';

/**
 * List pages are optional catch-all routes, so that every route has at least one prerendered
 * path even when a list has a single page (static export refuses a route with none).
 */
export function categoryListParams() {
  return LOCALES.flatMap((locale) =>
    CATEGORIES.flatMap((category) => [
      { locale, category, page: [] as string[] },
      ...extraPageNumbers(getArticles(locale, category).length).map((page) => ({ locale, category, page: ['page', String(page)] })),
    ]),
  );
}

/** /news/page/N for N ≥ 2; a bare /news/page (page 1, canonical /news) only when no list has a second page. */
export function newsListParams() {
  const pages = LOCALES.flatMap((locale) => extraPageNumbers(getArticles(locale).length).map((page) => ({ locale, page: [String(page)] })));
  return pages.length > 0 ? pages : LOCALES.map((locale) => ({ locale, page: [] as string[] }));
}

export function requireCategory(value: string): Category {
  if (!(CATEGORIES as readonly string[]).includes(value)) notFound();
  return value as Category;
}

/** Page number from the segments after /news/category/<c>: none, or "page/N". */
export function categoryPageNumber(segments: string[] | undefined): number {
  if (!segments || segments.length === 0) return 1;
  const page = segments.length === 2 && segments[0] === 'page' ? parsePageParam(segments[1]) : null;
  return page ?? notFound();
}

/** Page number from the segments after /news/page: "N". */
export function newsListPageNumber(segments: string[] | undefined): number {
  if (!segments || segments.length === 0) return 1;
  const page = segments.length === 1 ? parsePageParam(segments[0]) : null;
  return page ?? notFound();
}
