import type { MetadataRoute } from 'next';
import { type Locale } from '@/i18n/locales.mjs';
import type { Href } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { type Article, CATEGORIES, type Category, getArticles, getTranslation, listPageLocales } from '@/lib/content';
import { isoDay } from '@/lib/dates';
import { extraPageNumbers, pageItems } from '@/lib/pagination';
import { articlePath, newsListPath, PUBLIC_ANSWERS_PATH, SEARCH_PATH, SERVICE_PAGES } from '@/lib/paths';
import { hasPublicAnswersPage } from '@/lib/public-answers';
import { absoluteUrl, languageAlternates, localizedPath } from '@/lib/seo';

export const dynamic = 'force-static';

function entry(path: Href, locale: Locale, locales: readonly Locale[], newest: Article | undefined): MetadataRoute.Sitemap[number] {
  const languages = Object.fromEntries(
    Object.entries(languageAlternates(path, locales)).map(([language, url]) => [language, absoluteUrl(url)]),
  );
  return {
    url: absoluteUrl(localizedPath(path, locale)),
    ...(newest ? { lastModified: isoDay(newest.date) } : {}),
    // Only pairs get alternates; a page that exists in one language stands alone.
    ...(locales.length > 1 ? { alternates: { languages } } : {}),
  };
}

/** Every published page of every language: the same pages the site prerenders. */
export default function sitemap(): MetadataRoute.Sitemap {
  return routing.locales.flatMap((locale) => {
    const lists: (Category | undefined)[] = [undefined, ...CATEGORIES];
    const listPages = lists.flatMap((category) => {
      const articles = getArticles(locale, category);
      return [1, ...extraPageNumbers(articles.length)].map((page) =>
        entry(newsListPath(category, page), locale, listPageLocales(category, page), pageItems(articles, page)?.[0]),
      );
    });
    const articles = getArticles(locale).map((article) => {
      const translation = getTranslation(article);
      return entry(articlePath(article.slug), locale, translation ? [locale, translation.locale] : [locale], article);
    });
    return [
      entry('/', locale, routing.locales, getArticles(locale)[0]),
      ...listPages,
      ...articles,
      entry(SEARCH_PATH, locale, routing.locales, undefined),
      ...Object.values(SERVICE_PAGES).map((path) => entry(path, locale, routing.locales, undefined)),
      ...(hasPublicAnswersPage() ? [entry(PUBLIC_ANSWERS_PATH, locale, routing.locales, undefined)] : []),
    ];
  });
}
