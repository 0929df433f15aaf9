import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { type Locale, otherLocale } from '@/i18n/routing';
import { newsListPath } from '@/lib/paths';
import PageShell from './PageShell';

/** The 404 page in one language, with a way into the other. */
export default async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} switchTo={{ href: '/' }}>
      <div className="mx-auto max-w-3xl px-4 py-16 text-center">
        <p className="text-6xl font-bold text-brand" aria-hidden="true">
          404
        </p>
        <h1 className="mt-4 text-2xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-slate-700">{t('description')}</p>
        <p className="mt-8 flex flex-wrap justify-center gap-4">
          <Link locale={locale} href="/" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            {t('home')}
          </Link>
          <Link locale={locale} href={newsListPath()} className="rounded border border-brand px-5 py-2 font-semibold text-brand hover:bg-brand/10">
            {t('news')}
          </Link>
        </p>
        <p className="mt-8 text-sm">
          <Link href="/" locale={other} lang={other} hrefLang={other} className="text-brand underline">
            {t('otherLanguage')}
          </Link>
        </p>
      </div>
    </PageShell>
  );
}
