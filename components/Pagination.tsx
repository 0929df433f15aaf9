import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { Category } from '@/lib/content';
import { newsListPath } from '@/lib/paths';

export default async function Pagination({
  locale,
  category,
  page,
  totalPages,
}: {
  locale: Locale;
  category?: Category;
  page: number;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'News' });
  const pages = Array.from({ length: totalPages }, (_, index) => index + 1);
  const itemClass = 'inline-flex min-w-10 items-center justify-center rounded border border-slate-300 bg-white px-3 py-2';

  return (
    <nav aria-label={t('paginationLabel')} className="mt-8 print:hidden">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <Link locale={locale} href={newsListPath(category, page - 1)} rel="prev" className={`${itemClass} hover:border-brand`}>
              {t('previousPage')}
            </Link>
          </li>
        ) : null}
        {pages.map((number) => (
          <li key={number}>
            <Link locale={locale}
              href={newsListPath(category, number)}
              aria-current={number === page ? 'page' : undefined}
              aria-label={t('pageLink', { page: number })}
              className={`${itemClass} hover:border-brand aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-white`}
            >
              {number}
            </Link>
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <Link locale={locale} href={newsListPath(category, page + 1)} rel="next" className={`${itemClass} hover:border-brand`}>
              {t('nextPage')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
