import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import ServicePageShell from '@/components/ServicePageShell';
import { Link } from '@/i18n/navigation';
import { CATEGORIES, getArticles } from '@/lib/content';
import { resolveLocale } from '@/lib/locale-params';
import { newsListPath, PUBLIC_ANSWERS_PATH, SEARCH_PATH, SERVICE_PAGES } from '@/lib/paths';
import { hasPublicAnswersPage } from '@/lib/public-answers';
import { feedPath, pageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale });
  return pageMetadata({ locale, path: SERVICE_PAGES.sitemap, title: t('ServicePages.sitemap'), description: t('SiteMap.description') });
}

/** 网站地图: every section and category with its article count, for people (search engines read /sitemap.xml). */
export default async function SiteMapPage({ params }: Props) {
  const locale = await resolveLocale(params);
  // The site map names every part of the site by the names the rest of the site gives it.
  const t = await getTranslations();
  const linkClass = 'font-semibold text-brand underline-offset-4 hover:underline';
  const count = (total: number) => <span className="ml-2 text-slate-600">{t('SiteMap.articleCount', { count: total })}</span>;

  return (
    <ServicePageShell page="sitemap" title={t('ServicePages.sitemap')}>
      <ul className="site-map flex flex-col gap-4">
        <li>
          <Link href="/" className={linkClass}>
            {t('Header.home')}
          </Link>
        </li>
        <li>
          <Link href={newsListPath()} className={linkClass}>
            {t('Header.news')}
          </Link>
          {count(getArticles(locale).length)}
          <ul aria-label={t('News.categoriesLabel')} className="mt-2 flex flex-col gap-2 border-l-2 border-slate-200 pl-5">
            {CATEGORIES.map((category) => (
              <li key={category} data-category={category}>
                <Link href={newsListPath(category)} className={linkClass}>
                  {t(`Categories.${category}`)}
                </Link>
                {count(getArticles(locale, category).length)}
              </li>
            ))}
          </ul>
        </li>
        <li>
          <Link href={SEARCH_PATH} className={linkClass}>
            {t('Header.search')}
          </Link>
        </li>
        {(['contact', 'legal'] as const).map((page) => (
          <li key={page}>
            <Link href={SERVICE_PAGES[page]} className={linkClass}>
              {t(`ServicePages.${page}`)}
            </Link>
            {page === 'contact' && hasPublicAnswersPage() ? (
              <ul className="mt-2 border-l-2 border-slate-200 pl-5">
                <li>
                  <Link href={PUBLIC_ANSWERS_PATH} className={linkClass}>
                    {t('PublicAnswers.title')}
                  </Link>
                </li>
              </ul>
            ) : null}
          </li>
        ))}
        <li>
          <a href={feedPath(locale)} className={linkClass}>
            {t('SiteMap.feed')}
          </a>
        </li>
      </ul>
    </ServicePageShell>
  );
}
