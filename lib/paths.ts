import type { Category } from './content-schema';

/** The news section and the search page, locale-free; next-intl's Link adds the locale. */
export const NEWS_PATH = '/news';
export const SEARCH_PATH = '/search';

export function newsListPath(category?: Category, page = 1): string {
  const base = category ? `${NEWS_PATH}/category/${category}` : NEWS_PATH;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function articlePath(slug: string): string {
  return `${NEWS_PATH}/${slug}`;
}

/** Where the files of every article are served from (public/news/), and those of one article: /news/<slug>. */
export const UPLOADS_PATH = NEWS_PATH;
export function articleUploadsPath(slug: string): string {
  return `${UPLOADS_PATH}/${slug}`;
}

/** The service pages every footer links to and the site map lists, with their locale-free paths. */
export const SERVICE_PAGES = { contact: '/contact', sitemap: '/sitemap', legal: '/legal' } as const;
export type ServicePage = keyof typeof SERVICE_PAGES;
