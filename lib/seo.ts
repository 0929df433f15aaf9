import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname, type Href } from '@/i18n/navigation';
import { type Locale, LOCALE_TAGS } from '@/i18n/locales.mjs';
import { routing } from '@/i18n/routing';
import { siteConfig } from '@/site.config';

/** Absolute URL of a site path, from the one SITE_URL setting. */
export function absoluteUrl(path: string): string {
  return `${siteConfig.url}${path}`;
}

/** The localized path of a locale-free page, e.g. ('/news', 'en') → '/en/news'. */
export function localizedPath(href: Href, locale: Locale): string {
  return getPathname({ href, locale });
}

export function feedPath(locale: Locale, format: 'rss' | 'atom' = 'rss'): string {
  return `/${locale}/${format === 'rss' ? 'feed' : 'atom'}.xml`;
}

/** Our default share image of a language (public/share/, made by `npm run make:share-images`). */
export function shareImage(locale: Locale) {
  return { url: `/share/${locale}.png`, width: 1200, height: 630, alt: siteConfig.name[locale] };
}

/** hreflang map for the languages a page exists in; x-default points to the default language where it can. */
export function languageAlternates(path: Href, locales: readonly Locale[]): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) languages[LOCALE_TAGS[locale].hreflang] = localizedPath(path, locale);
  const fallback = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0];
  languages['x-default'] = localizedPath(path, fallback);
  return languages;
}

/** What Chinese search engines read beyond the standard tags; article pages add the article's own. */
export interface ArticleSearchHints {
  title: string;
  /** YYYY-MM-DD */
  published: string;
  /** The category's name in the page's language. */
  column: string;
  source?: string;
}

/**
 * `applicable-device` (one page serves phones and computers alike), and the metadata Chinese
 * government-style sites carry: SiteName and SiteDomain on every page, ArticleTitle, PubDate,
 * ContentSource (the organization when the article names no source) and ColumnName on articles.
 */
export function chinaSearchHints(locale: Locale, article?: ArticleSearchHints): Record<string, string> {
  return {
    'applicable-device': 'pc,mobile',
    SiteName: siteConfig.name[locale],
    SiteDomain: new URL(siteConfig.url).host,
    ...(article
      ? {
          ArticleTitle: article.title,
          PubDate: article.published,
          ColumnName: article.column,
          // An article that names no source is the organization's own.
          ContentSource: article.source || siteConfig.name[locale],
        }
      : {}),
  };
}

interface PageSeo {
  locale: Locale;
  /** The page, locale-free (lib/paths.ts). */
  path: Href;
  /** Page title without the site name; omitted on the home page. */
  title?: string;
  /** Defaults to the site's description in this language. */
  description?: string;
  /** Languages the page exists in; every locale unless the page is an untranslated article. */
  locales?: readonly Locale[];
  article?: ArticleSearchHints;
  /** The article's cover; the language's default share image otherwise. */
  image?: { src: string; width: number; height: number } | null;
}

/** Canonical, hreflang, feed links, Open Graph and Twitter card for one page. */
export async function pageMetadata({
  locale,
  path,
  title,
  description,
  locales = routing.locales,
  article,
  image: cover,
}: PageSeo): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  description ??= t('description');
  const feedTitle = t('feedTitle', { name: siteConfig.shortName[locale] });
  const url = localizedPath(path, locale);
  const fullTitle = title ? `${title} | ${siteConfig.name[locale]}` : siteConfig.name[locale];
  const image = cover
    ? { url: cover.src, width: cover.width, height: cover.height, alt: title ?? siteConfig.name[locale] }
    : shareImage(locale);
  return {
    ...(title ? { title } : {}),
    description,
    alternates: {
      canonical: url,
      languages: languageAlternates(path, locales),
      types: { 'application/rss+xml': [{ url: feedPath(locale), title: feedTitle }] },
    },
    openGraph: {
      type: article ? 'article' : 'website',
      title: fullTitle,
      description,
      url,
      siteName: siteConfig.name[locale],
      locale: LOCALE_TAGS[locale].ogLocale,
      alternateLocale: locales.filter((other) => other !== locale).map((other) => LOCALE_TAGS[other].ogLocale),
      images: [image],
      ...(article ? { publishedTime: article.published } : {}),
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: [image.url] },
    other: chinaSearchHints(locale, article),
  };
}
