import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { type Locale, routing } from '@/i18n/routing';

/** Validates the [locale] segment and enables static rendering for it; unknown locales are a 404. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** Static params of every route directly under [locale]. */
export function localeParams() {
  return routing.locales.map((locale) => ({ locale }));
}
