import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import PageShell from '@/components/PageShell';
import SearchBox from '@/components/SearchBox';
import { resolveLocale } from '@/lib/locale-params';
import { SEARCH_PATH } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return pageMetadata({ locale, path: SEARCH_PATH, title: t('title') });
}

export default async function SearchPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <PageShell section="search" switchTo={{ href: SEARCH_PATH }}>
      <div className="mx-auto max-w-4xl px-4 py-10">
        <h1 className="mb-6 text-2xl font-bold text-brand">{t('title')}</h1>
        <div className="rounded bg-white p-4 shadow-sm md:p-6">
          <SearchBox
            labels={{
              label: t('label'),
              placeholder: t('placeholder'),
              submit: t('submit'),
              searching: t('searching'),
              noResults: t('noResults'),
              resultOne: t('resultOne'),
              resultOther: t('resultOther'),
              unavailable: t('unavailable'),
            }}
          />
          <p className="without-script hidden text-slate-700">{t('needsScript')}</p>
        </div>
      </div>
    </PageShell>
  );
}
