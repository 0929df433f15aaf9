import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import FormattedDate from '@/components/FormattedDate';
import JsonLd from '@/components/JsonLd';
import PageShell from '@/components/PageShell';
import { Link } from '@/i18n/navigation';
import { getLatestByCategory, getPage } from '@/lib/content';
import { resolveLocale } from '@/lib/locale-params';
import MdxContent from '@/components/MdxContent';
import { articlePath, newsListPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { organizationData } from '@/lib/structured-data';
import { siteConfig } from '@/site.config';

const LATEST_PER_CATEGORY = 5;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata({ locale: await resolveLocale(params), path: '/' });
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const tc = await getTranslations({ locale, namespace: 'Categories' });
  const about = getPage(locale, 'about');

  return (
    <PageShell section="home" switchTo={{ href: '/' }}>
      <JsonLd data={organizationData(locale)} />
      <section className="hero bg-gradient-to-br from-brand-dark via-brand to-sky-700 text-white">
        <div className="mx-auto max-w-6xl px-4 py-12 md:py-16">
          <h1 className="text-2xl font-bold md:text-4xl">{siteConfig.name[locale]}</h1>
          <p className="mt-3 max-w-2xl text-base opacity-95 md:text-lg">{about.title}</p>
          <Link href={newsListPath()} className="mt-6 inline-block rounded bg-white px-5 py-2 font-semibold text-brand hover:bg-slate-100">
            {t('allNews')}
          </Link>
        </div>
      </section>

      <div className="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-10">
        <section aria-labelledby="about-heading" className="rounded bg-white p-6 shadow-sm">
          <h2 id="about-heading" className="border-b-2 border-brand pb-2 text-xl font-bold text-brand">
            {t('aboutHeading')}
          </h2>
          <div className="article-body mt-4">
            <MdxContent code={about.body.code} />
          </div>
        </section>

        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="mb-4 text-xl font-bold text-slate-900">
            {t('latestNews')}
          </h2>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-3">
            {getLatestByCategory(locale, LATEST_PER_CATEGORY).map(({ category, articles }) => (
              <section key={category} aria-labelledby={`latest-${category}`} className="rounded bg-white p-5 shadow-sm">
                <div className="flex items-baseline justify-between border-b-2 border-brand pb-2">
                  <h3 id={`latest-${category}`} className="text-lg font-bold text-brand">
                    {tc(category)}
                  </h3>
                  <Link href={newsListPath(category)} className="text-sm text-slate-600 hover:text-brand hover:underline">
                    {t('more')}
                    <span className="sr-only">{tc(category)}</span> ›
                  </Link>
                </div>
                {articles.length === 0 ? (
                  <p className="py-3 text-slate-600">{t('empty')}</p>
                ) : (
                  <ul className="divide-y divide-slate-100">
                    {articles.map((article) => (
                      <li key={article.slug} className="flex items-baseline justify-between gap-3 py-2">
                        <Link href={articlePath(article.slug)} className="min-w-0 truncate hover:text-brand hover:underline">
                          {article.title}
                        </Link>
                        <FormattedDate date={article.date} className="shrink-0 text-sm text-slate-600" />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        </section>
      </div>
    </PageShell>
  );
}
