import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import ArticleTools from '@/components/ArticleTools';
import Attachments from '@/components/Attachments';
import Breadcrumb from '@/components/Breadcrumb';
import FormattedDate from '@/components/FormattedDate';
import JsonLd from '@/components/JsonLd';
import NewsBanner from '@/components/NewsBanner';
import PageShell from '@/components/PageShell';
import QrCode from '@/components/QrCode';
import { type Href, Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { shareCopy } from '@/lib/media';
import { type Article, getArticle, getArticles, getNeighbours, getTranslation } from '@/lib/content';
import { isoDay } from '@/lib/dates';
import { resolveLocale } from '@/lib/locale-params';
import MdxContent from '@/components/MdxContent';
import { articlePath, newsListPath } from '@/lib/paths';
import { absoluteUrl, localizedPath, pageMetadata } from '@/lib/seo';
import { breadcrumbData, newsArticleData } from '@/lib/structured-data';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Only prerendered paths exist; anything else is the static 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getArticles(locale).map((article) => ({ locale, slug: article.slug })));
}

async function requireArticle(params: Props['params']): Promise<Article> {
  const locale = await resolveLocale(params);
  return getArticle(locale, (await params).slug) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await requireArticle(params);
  const translation = getTranslation(article);
  const tc = await getTranslations({ locale: article.locale, namespace: 'Categories' });
  return pageMetadata({
    locale: article.locale,
    path: articlePath(article.slug),
    title: article.title,
    description: article.description,
    locales: translation ? [article.locale, translation.locale] : [article.locale],
    article: { title: article.title, published: isoDay(article.date), column: tc(article.category), source: article.source },
    // Share cards get the cover's 1200 px copy, never the photo itself.
    image: article.coverImage && shareCopy(article.coverImage),
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = await requireArticle(params);
  const { locale } = article;
  // One translator for the page's own words and the names it shares with the header, the lists and the categories.
  const t = await getTranslations();
  const translation = getTranslation(article);
  const { newer, older } = getNeighbours(article);
  const bodyId = 'article-body';
  const articleUrl = absoluteUrl(localizedPath(articlePath(article.slug), locale));
  const breadcrumb: { href: Href; text: string }[] = [
    { href: '/', text: t('Header.home') },
    { href: newsListPath(), text: t('Header.news') },
    { href: newsListPath(article.category), text: t(`Categories.${article.category}`) },
  ];

  const neighbour = (label: string, target: Article | undefined, rel: 'prev' | 'next') => (
    <p className="min-w-0">
      <span className="text-slate-600">{label}</span>
      {target ? (
        <Link href={articlePath(target.slug)} rel={rel} className="text-brand hover:underline">
          {target.title}
        </Link>
      ) : (
        <span>{t('Article.none')}</span>
      )}
    </p>
  );

  return (
    <PageShell section="news" switchTo={translation ? { href: articlePath(article.slug) } : { href: newsListPath(), fallback: true }}>
      <NewsBanner />
      <div className="mx-auto max-w-4xl px-4 py-6">
        <JsonLd data={newsArticleData(article)} />
        <JsonLd data={breadcrumbData(breadcrumb.map((item) => ({ name: item.text, path: localizedPath(item.href, locale) })))} />
        <Breadcrumb label={t('Article.breadcrumb')} items={breadcrumb} />
        <article data-pagefind-body className="mt-4 rounded bg-white px-4 py-6 shadow-sm md:px-10 md:py-10 print:p-0 print:shadow-none">
          <header className="border-b border-slate-200 pb-4 text-center">
            {/* Drafts appear only in `npm run dev`, marked so nobody mistakes them for published news. */}
            {article.draft ? (
              <p className="article-draft mb-2 inline-block rounded bg-amber-200 px-3 text-sm text-amber-900">{t('News.draft')}</p>
            ) : null}
            <h1 data-pagefind-meta="title" className="text-2xl leading-snug font-bold text-slate-900 md:text-3xl">
              {article.title}
            </h1>
            {/* Not indexed: a search snippet is article text only. The date still reaches results as metadata. */}
            <p data-pagefind-ignore className="mt-3 flex flex-wrap justify-center gap-x-6 gap-y-1 text-sm text-slate-600">
              {article.source ? (
                <span>
                  {t('Article.source')}
                  {article.source}
                </span>
              ) : null}
              <span>
                {t('Article.date')}
                {/* Search results show this date: its text and its machine-readable form. */}
                <FormattedDate date={article.date} data-pagefind-meta="date, datetime[datetime]" />
              </span>
            </p>
            <div data-pagefind-ignore className="mt-3 flex justify-center">
              <ArticleTools
                targetId={bodyId}
                labels={{
                  group: t('Article.toolsLabel'),
                  textSize: t('Article.textSize'),
                  print: t('Article.print'),
                  large: { text: t('Article.sizeLarge'), label: t('Article.sizeLargeLabel') },
                  medium: { text: t('Article.sizeMedium'), label: t('Article.sizeMediumLabel') },
                  small: { text: t('Article.sizeSmall'), label: t('Article.sizeSmallLabel') },
                }}
              />
              <p className="without-script hidden text-sm text-slate-600">{t('Article.needsScript')}</p>
            </div>
          </header>
          <div id={bodyId} className="article-body mt-6">
            <MdxContent code={article.body.code} />
          </div>
          <Attachments files={article.attachmentList} />
          <figure data-pagefind-ignore className="mt-8 flex flex-col items-center gap-2 border-t border-slate-200 pt-6 print:hidden">
            <QrCode value={articleUrl} label={t('Article.qrCodeLabel', { url: articleUrl })} className="h-28 w-28" />
            <figcaption className="text-sm text-slate-600">{t('Article.scanToRead')}</figcaption>
          </figure>
        </article>
        <nav
          aria-label={t('Article.adjacentLabel')}
          className="mt-6 flex flex-col gap-2 rounded bg-white p-4 text-sm shadow-sm print:hidden"
        >
          {neighbour(t('Article.previous'), newer, 'prev')}
          {neighbour(t('Article.next'), older, 'next')}
          <p className="mt-2 text-right">
            <Link href={newsListPath()} className="font-semibold text-brand hover:underline">
              {t('Article.backToList')}
            </Link>
          </p>
        </nav>
      </div>
    </PageShell>
  );
}
