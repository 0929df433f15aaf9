import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { type Locale } from '@/i18n/locales.mjs';
import { routing } from '@/i18n/routing';
import { newsListPath } from '@/lib/paths';
import PageShell from './PageShell';

async function NotFoundMessage({ locale, primary }: { locale: Locale; primary: boolean }) {
  // Each language's message in its own language, whatever the page's.
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const Heading = primary ? 'h1' : 'h2';
  return (
    <section lang={locale} className={primary ? '' : 'mt-10 border-t border-slate-200 pt-8'}>
      <Heading className={primary ? 'mt-4 text-2xl font-bold' : 'text-xl font-bold'}>{t('title')}</Heading>
      <p className="mt-3 text-slate-700">{t('description')}</p>
      <p className="mt-6 flex flex-wrap justify-center gap-4">
        <Link locale={locale} href="/" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t('home')}
        </Link>
        <Link
          locale={locale}
          href={newsListPath()}
          className="rounded border border-brand px-5 py-2 font-semibold text-brand hover:bg-brand/10"
        >
          {t('news')}
        </Link>
      </p>
    </section>
  );
}

/**
 * The one static 404 page. A static host cannot know the visitor's language for an unknown
 * path, so the page speaks both: the default language first, then every other.
 */
export default function NotFoundView() {
  const [primary, ...others] = [routing.defaultLocale, ...routing.locales.filter((l) => l !== routing.defaultLocale)];
  return (
    <PageShell switchTo={{ href: '/' }}>
      <div className="mx-auto max-w-3xl px-4 py-16 text-center">
        <p className="text-6xl font-bold text-brand" aria-hidden="true">
          404
        </p>
        <NotFoundMessage locale={primary} primary />
        {others.map((locale) => (
          <NotFoundMessage key={locale} locale={locale} primary={false} />
        ))}
      </div>
    </PageShell>
  );
}
