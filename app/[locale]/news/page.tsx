import type { Metadata } from 'next';
import NewsListView, { newsListMetadata } from '@/components/NewsListView';
import { resolveLocale } from '@/lib/locale-params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return newsListMetadata(await resolveLocale(params), undefined, 1);
}

export default async function NewsPage({ params }: Props) {
  await resolveLocale(params);
  return <NewsListView page={1} />;
}
