import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { CATEGORIES, type Category, getArticles } from './content';
import { extraPageNumbers, parsePageParam } from './pagination';

/** Static params for every list page past the first, per locale and optional category. */
export function listPageParams(withCategory: boolean) {
  return routing.locales.flatMap((locale) =>
    (withCategory ? CATEGORIES : [undefined]).flatMap((category) =>
      extraPageNumbers(getArticles(locale, category).length).map((page) => ({
        locale,
        page: String(page),
        ...(category ? { category } : {}),
      })),
    ),
  );
}

export function requireCategory(value: string): Category {
  if (!(CATEGORIES as readonly string[]).includes(value)) notFound();
  return value as Category;
}

export function requirePage(value: string): number {
  return parsePageParam(value) ?? notFound();
}
