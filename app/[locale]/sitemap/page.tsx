import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import ServicePageShell from '@/components/ServicePageShell';
import { Link } from '@/i18n/navigation';
import { CATEGORIES, getArticles } from '@/lib/content';
import { resolveLocale } from '@/lib/locale-params';
import { newsListPath, SEARCH_PATH, SERVICE_PAGES } from '@/lib/paths';
import { feedPath, pageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ServicePages' });
  const tm = await getTranslations({ locale, namespace: 'SiteMap' });
  return pageMetadata({ locale, path: SERVICE_PAGES.sitemap, title: t('sitemap'), description: tm('description') });
}

/** 网站地图: every section and category with its article count, for people (search engines read /sitemap.xml). */
export default async function SiteMapPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'SiteMap' });
  const th = await getTranslations({ locale, namespace: 'Header' });
  const ts = await getTranslations({ locale, namespace: 'ServicePages' });
  const tc = await getTranslations({ locale, namespace: 'Categories' });
  const tn = await getTranslations({ locale, namespace: 'News' });
  const linkClass = 'font-semibold text-brand underline-offset-4 hover:underline';
  const count = (total: number) => <span className="ml-2 text-slate-600">{t('articleCount', { count: total })}</span>;

  return (
    <ServicePageShell locale={locale} page="sitemap" title={ts('sitemap')}>
      <ul className="site-map flex flex-col gap-4">
        <li>
          <Link locale={locale} href="/" className={linkClass}>
            {th('home')}
          </Link>
        </li>
        <li>
          <Link locale={locale} href={newsListPath()} className={linkClass}>
            {th('news')}
          </Link>
          {count(getArticles(locale).length)}
          <ul aria-label={tn('categoriesLabel')} className="mt-2 flex flex-col gap-2 border-l-2 border-slate-200 pl-5">
            {CATEGORIES.map((category) => (
              <li key={category} data-category={category}>
                <Link locale={locale} href={newsListPath(category)} className={linkClass}>
                  {tc(category)}
                </Link>
                {count(getArticles(locale, category).length)}
              </li>
            ))}
          </ul>
        </li>
        <li>
          <Link locale={locale} href={SEARCH_PATH} className={linkClass}>
            {th('search')}
          </Link>
        </li>
        {(['contact', 'legal'] as const).map((page) => (
          <li key={page}>
            <Link locale={locale} href={SERVICE_PAGES[page]} className={linkClass}>
              {ts(page)}
            </Link>
          </li>
        ))}
        <li>
          <a href={feedPath(locale)} className={linkClass}>
            {t('feed')}
          </a>
        </li>
      </ul>
    </ServicePageShell>
  );
}
