import type { Category } from './content-schema';

/** Locale-free paths of the news section; next-intl's Link adds the locale. */
export function newsListPath(category?: Category, page = 1): string {
  const base = category ? `/news/category/${category}` : '/news';
  return page > 1 ? `${base}/page/${page}` : base;
}

export function articlePath(slug: string): string {
  return `/news/${slug}`;
}
