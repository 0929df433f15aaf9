import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { type Locale, otherLocale } from '@/i18n/locales.mjs';
import { type Category, getArticles, listPageLocales } from '@/lib/content';
import { pageCount, pageItems } from '@/lib/pagination';
import { newsListPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import CategoryTabs from './CategoryTabs';
import NewsBanner from './NewsBanner';
import NewsList from './NewsList';
import PageShell from './PageShell';
import Pagination from './Pagination';

/** One page of the news list, all categories or one; shared by the four list routes. */
export default async function NewsListView({ category, page }: { category?: Category; page: number }) {
  const locale = await getLocale();
  const articles = getArticles(locale, category);
  const items = pageItems(articles, page);
  if (!items) notFound();
  const t = await getTranslations('News');
  const tc = await getTranslations('Categories');
  // The other language may have fewer pages; then the switch leads to its first page.
  const switchPage = listPageLocales(category, page).includes(otherLocale(locale)) ? page : 1;

  return (
    <PageShell section="news" switchTo={{ href: newsListPath(category, switchPage) }}>
      <NewsBanner />
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-[12rem_1fr]">
        <CategoryTabs current={category} />
        <section aria-labelledby="news-list-heading" className="min-w-0 rounded bg-white p-4 shadow-sm md:p-6">
          <h1 id="news-list-heading" className="border-b-2 border-brand pb-3 text-xl font-bold text-brand">
            {category ? tc(category) : t('bannerTitle')}
          </h1>
          <NewsList articles={items} />
          <Pagination category={category} page={page} totalPages={pageCount(articles.length)} />
        </section>
      </div>
    </PageShell>
  );
}

/** Title, canonical URL, alternates and share data of one list page. */
export async function newsListMetadata(locale: Locale, category: Category | undefined, page: number): Promise<Metadata> {
  const t = await getTranslations('Metadata');
  const tc = await getTranslations('Categories');
  const name = category ? tc(category) : t('newsTitle');
  return pageMetadata({
    locale,
    path: newsListPath(category, page),
    title: page > 1 ? `${name} · ${t('pageTitle', { page })}` : name,
    locales: listPageLocales(category, page),
  });
}
