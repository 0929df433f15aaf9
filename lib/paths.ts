import type { Category } from './content-schema';

/** Locale-free paths of the news section; next-intl's Link adds the locale. */
export function newsListPath(category?: Category, page = 1): string {
  const base = category ? `/news/category/${category}` : '/news';
  return page > 1 ? `${base}/page/${page}` : base;
}

export function articlePath(slug: string): string {
  return `/news/${slug}`;
}

/** The service pages every footer links to and the site map lists, with their locale-free paths. */
export const SERVICE_PAGES = { contact: '/contact', sitemap: '/sitemap', legal: '/legal' } as const;
export type ServicePage = keyof typeof SERVICE_PAGES;
