import type { Metadata } from 'next';
import NewsListView, { newsListMetadata } from '@/components/NewsListView';
import { routing } from '@/i18n/routing';
import { CATEGORIES } from '@/lib/content';
import { requireCategory } from '@/lib/list-params';
import { resolveLocale } from '@/lib/locale-params';

type Props = { params: Promise<{ locale: string; category: string }> };

// Only prerendered paths exist; anything else is the static 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => CATEGORIES.map((category) => ({ locale, category })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return newsListMetadata(await resolveLocale(params), requireCategory((await params).category), 1);
}

export default async function CategoryPage({ params }: Props) {
  const locale = await resolveLocale(params);
  return <NewsListView locale={locale} category={requireCategory((await params).category)} page={1} />;
}
