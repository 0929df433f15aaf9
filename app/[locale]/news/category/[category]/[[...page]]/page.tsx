import type { Metadata } from 'next';
import NewsListView, { newsListMetadata } from '@/components/NewsListView';
import { categoryListParams, categoryPageNumber, requireCategory } from '@/lib/list-params';
import { resolveLocale } from '@/lib/locale-params';

type Props = { params: Promise<{ locale: string; category: string; page?: string[] }> };

// Only prerendered paths exist; anything else is the static 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return categoryListParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { category, page } = await params;
  return newsListMetadata(locale, requireCategory(category), categoryPageNumber(page));
}

export default async function CategoryListPage({ params }: Props) {
  await resolveLocale(params);
  const { category, page } = await params;
  return <NewsListView category={requireCategory(category)} page={categoryPageNumber(page)} />;
}
