import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import NewsListView from '@/components/NewsListView';
import { listPageParams, requirePage } from '@/lib/list-params';
import { resolveLocale } from '@/lib/locale-params';

type Props = { params: Promise<{ locale: string; page: string }> };

// Only prerendered paths exist; anything else is the static 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return listPageParams(false);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: 'Metadata' });
  return { title: `${t('newsTitle')} · ${t('pageTitle', { page: requirePage((await params).page) })}` };
}

export default async function NewsPageN({ params }: Props) {
  const locale = await resolveLocale(params);
  return <NewsListView locale={locale} page={requirePage((await params).page)} />;
}
