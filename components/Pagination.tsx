import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Category } from '@/lib/content';
import { GAP, pageWindow } from '@/lib/pagination';
import { newsListPath } from '@/lib/paths';

export default async function Pagination({ category, page, totalPages }: { category?: Category; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const t = await getTranslations('News');
  const itemClass = 'inline-flex min-w-10 items-center justify-center rounded border border-slate-300 bg-white px-3 py-2';

  return (
    <nav aria-label={t('paginationLabel')} className="mt-8 print:hidden">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={newsListPath(category, page - 1)} rel="prev" className={`${itemClass} hover:border-brand`}>
              {t('previousPage')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((number, index) =>
          number === GAP ? (
            // Screen readers skip the ellipsis: the links around it say which pages they lead to.
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-500">
              {t('pageGap')}
            </li>
          ) : (
            <li key={number}>
              <Link
                href={newsListPath(category, number)}
                aria-current={number === page ? 'page' : undefined}
                aria-label={t('pageLink', { page: number })}
                className={`${itemClass} hover:border-brand aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-white`}
              >
                {number}
              </Link>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={newsListPath(category, page + 1)} rel="next" className={`${itemClass} hover:border-brand`}>
              {t('nextPage')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
