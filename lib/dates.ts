import { type Locale } from '@/i18n/locales.mjs';

/** The calendar day of a content date, as written by the editor (YYYY-MM-DD). */
export function isoDay(date: string): string {
  return date.slice(0, 10);
}

/**
 * Chinese news sites write dates as 2021-02-10; English readers expect 10 February 2021.
 * Formatted in UTC so the day never shifts with the build machine's time zone.
 */
export function formatDate(date: string, locale: Locale): string {
  const day = isoDay(date);
  if (locale === 'zh') return day;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The calendar day in China (UTC+8) at a moment, as YYYY-MM-DD. */
export function chinaDay(at: number): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Today's date where the editors are, as YYYY-MM-DD. */
export function todayInChina(): string {
  return chinaDay(Date.now());
}
