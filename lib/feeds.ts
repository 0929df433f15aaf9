import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { type Locale, LOCALE_TAGS } from '@/i18n/locales.mjs';
import { siteConfig } from '@/site.config';
import { getArticles } from './content';
import { resolveLocale } from './locale-params';
import { articlePath, NEWS_PATH } from './paths';
import { absoluteUrl, feedPath, localizedPath, shareImage } from './seo';

const FEED_SIZE = 20;

/** The news feed of one language: the newest articles with their full summaries. */
async function newsFeed(locale: Locale): Promise<Feed> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const articles = getArticles(locale).slice(0, FEED_SIZE);
  const feed = new Feed({
    id: absoluteUrl(localizedPath(NEWS_PATH, locale)),
    link: absoluteUrl(localizedPath(NEWS_PATH, locale)),
    title: t('feedTitle', { name: siteConfig.shortName[locale] }),
    description: t('description'),
    language: LOCALE_TAGS[locale].htmlLang,
    image: absoluteUrl(shareImage(locale).url),
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

const formats = {
  rss: { contentType: 'application/rss+xml', render: (feed: Feed) => feed.rss2() },
  atom: { contentType: 'application/atom+xml', render: (feed: Feed) => feed.atom1() },
};

/** The GET handler of /<locale>/feed.xml or /<locale>/atom.xml, prerendered for every locale. */
export function feedRoute(format: keyof typeof formats) {
  return async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
    const { contentType, render } = formats[format];
    const body = render(await newsFeed(await resolveLocale(params)));
    return new Response(body, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
  };
}
