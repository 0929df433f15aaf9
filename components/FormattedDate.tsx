import type { Locale } from '@/i18n/routing';
import { formatDate, isoDay } from '@/lib/dates';

export default function FormattedDate({ date, locale, className }: { date: string; locale: Locale; className?: string }) {
  return (
    <time dateTime={isoDay(date)} className={className}>
      {formatDate(date, locale)}
    </time>
  );
}
