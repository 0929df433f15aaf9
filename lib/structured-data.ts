import { type Locale, LOCALE_TAGS, LOCALES } from '@/i18n/locales.mjs';
import { siteConfig } from '@/site.config';
import type { Article } from './content';
import { isoDay } from './dates';
import { shareCopy } from './media';
import { articlePath } from './paths';
import { absoluteUrl, localizedPath, shareImage } from './seo';

export function organizationData(locale: Locale) {
  return {
    '@type': 'Organization',
    name: siteConfig.name[locale],
    alternateName: siteConfig.shortName[locale],
    url: absoluteUrl(localizedPath('/', locale)),
    logo: absoluteUrl('/logo.png'),
    telephone: siteConfig.phone,
  };
}

/** A mainland number such as 0472-6982560 in international form: +86-472-6982560. */
function internationalPhone(phone: string): string {
  return `+86-${phone.replace(/^0/, '')}`;
}

/** The organization with its contact point and, where the config has one, its address. */
export function contactOrganizationData(locale: Locale) {
  const { address, postcode, email } = siteConfig.contact;
  return {
    ...organizationData(locale),
    ...(email ? { email } : {}),
    ...(address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: address[locale],
            ...(postcode ? { postalCode: postcode } : {}),
            addressCountry: 'CN',
          },
        }
      : {}),
    contactPoint: {
      '@type': 'ContactPoint',
      telephone: internationalPhone(siteConfig.phone),
      contactType: 'customer service',
      availableLanguage: LOCALES.map((tagged) => LOCALE_TAGS[tagged].htmlLang),
      ...(email ? { email } : {}),
    },
  };
}

export function newsArticleData(article: Article) {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    datePublished: isoDay(article.date),
    inLanguage: LOCALE_TAGS[article.locale].htmlLang,
    mainEntityOfPage: absoluteUrl(localizedPath(articlePath(article.slug), article.locale)),
    image: absoluteUrl(article.coverImage ? shareCopy(article.coverImage).src : shareImage(article.locale).url),
    ...(article.source ? { sourceOrganization: { '@type': 'Organization', name: article.source } } : {}),
    publisher: organizationData(article.locale),
  };
}

export function breadcrumbData(items: { name: string; path: string }[]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}
