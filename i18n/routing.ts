import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from './locales.mjs';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // Every URL carries its locale, so every page can be prerendered without middleware.
  localePrefix: 'always',
  localeDetection: false,
  // Every page of the site, the same in every language: a link to anything else fails the type check.
  pathnames: {
    '/': '/',
    '/news': '/news',
    '/news/page/[page]': '/news/page/[page]',
    '/news/category/[category]': '/news/category/[category]',
    '/news/category/[category]/page/[page]': '/news/category/[category]/page/[page]',
    '/news/[slug]': '/news/[slug]',
    '/search': '/search',
    '/contact': '/contact',
    '/sitemap': '/sitemap',
    '/legal': '/legal',
    '/messages': '/messages',
  },
});
