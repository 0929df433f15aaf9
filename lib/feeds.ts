import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { type Locale, localeTags } from '@/i18n/routing';
import { siteConfig } from '@/site.config';
import { getArticles } from './content';
import { articlePath } from './paths';
import { absoluteUrl, feedPath, localizedPath } from './seo';

export const FEED_SIZE = 20;

/** The news feed of one language: the newest articles with their full summaries. */
export async function newsFeed(locale: Locale): Promise<Feed> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const articles = getArticles(locale).slice(0, FEED_SIZE);
  const feed = new Feed({
    id: absoluteUrl(localizedPath('/news', locale)),
    link: absoluteUrl(localizedPath('/news', locale)),
    title: t('feedTitle', { name: siteConfig.shortName[locale] }),
    description: t('description'),
    language: localeTags[locale].htmlLang,
    image: absoluteUrl(`/share/${locale}.png`),
    favicon: absoluteUrl('/icon.svg'),
    copyright: siteConfig.name[locale],
    updated: articles[0] ? new Date(articles[0].date) : undefined,
    feedLinks: { rss: absoluteUrl(feedPath(locale, 'rss')), atom: absoluteUrl(feedPath(locale, 'atom')) },
  });
  for (const article of articles) {
    const url = absoluteUrl(localizedPath(articlePath(article.slug), locale));
    feed.addItem({ id: url, link: url, title: article.title, description: article.description, date: new Date(article.date) });
  }
  return feed;
}

export function feedResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}
