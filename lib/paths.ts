/**
 * Every URL shape of the site, locale-free; next-intl's Link and getPathname add the locale. The targets are typed by
 * the pathnames of i18n/routing.ts. Only relative imports: the content schema and the browser editor read this file.
 */
import type { Href } from '../i18n/navigation';
import type { Category } from './content-schema';

/** The news section and the search page. */
export const NEWS_PATH = '/news';
export const SEARCH_PATH = '/search';

export function newsListPath(category?: Category, page = 1): Href {
  if (category) {
    return page > 1
      ? { pathname: '/news/category/[category]/page/[page]', params: { category, page: String(page) } }
      : { pathname: '/news/category/[category]', params: { category } };
  }
  return page > 1 ? { pathname: '/news/page/[page]', params: { page: String(page) } } : NEWS_PATH;
}

export function articlePath(slug: string): Href {
  return { pathname: '/news/[slug]', params: { slug } };
}

/** Where the files of every article are served from (public/news/), and those of one article: /news/<slug>. */
export const UPLOADS_PATH = NEWS_PATH;
export function articleUploadsPath(slug: string): string {
  return `${UPLOADS_PATH}/${slug}`;
}

/** The service pages every footer links to and the site map lists, with their locale-free paths. */
export const SERVICE_PAGES = { contact: '/contact', sitemap: '/sitemap', legal: '/legal' } as const satisfies Record<string, Href>;
export type ServicePage = keyof typeof SERVICE_PAGES;

/** 公开答复: the published answers to visitors' messages, under the contact page (lib/public-answers.ts). */
export const PUBLIC_ANSWERS_PATH = '/messages' satisfies Href;
