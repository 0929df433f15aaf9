import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale, type Locale, LOCALES } from '@/i18n/locales.mjs';

/** Validates the [locale] segment and enables static rendering for it; unknown locales are a 404. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** Static params of every route directly under [locale]. */
export function localeParams() {
  return LOCALES.map((locale) => ({ locale }));
}
