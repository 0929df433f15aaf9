import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import NewsListView from '@/components/NewsListView';
import { resolveLocale } from '@/lib/locale-params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: 'Metadata' });
  return { title: t('newsTitle') };
}

export default async function NewsPage({ params }: Props) {
  return <NewsListView locale={await resolveLocale(params)} page={1} />;
}
