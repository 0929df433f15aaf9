import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import Document from '@/components/Document';
import { localeParams, resolveLocale } from '@/lib/locale-params';
import { chinaSearchHints } from '@/lib/seo';
import { siteConfig } from '@/site.config';

// Only prerendered paths exist; anything else is the static 404 page.
export const dynamicParams = false;

export const generateStaticParams = localeParams;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: siteConfig.name[locale], template: `%s | ${siteConfig.name[locale]}` },
    description: t('description'),
    other: chinaSearchHints(locale),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  return <Document>{children}</Document>;
}
