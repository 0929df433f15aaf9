import type { Metadata } from 'next';
import NewsListView, { newsListMetadata } from '@/components/NewsListView';
import { newsListParams, newsListPageNumber } from '@/lib/list-params';
import { resolveLocale } from '@/lib/locale-params';

type Props = { params: Promise<{ locale: string; page?: string[] }> };

// Only prerendered paths exist; anything else is the static 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return newsListParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return newsListMetadata(await resolveLocale(params), undefined, newsListPageNumber((await params).page));
}

export default async function NewsListPageN({ params }: Props) {
  await resolveLocale(params);
  return <NewsListView page={newsListPageNumber((await params).page)} />;
}
