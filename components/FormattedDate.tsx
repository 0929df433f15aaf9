import type { ComponentProps } from 'react';
import { type Locale } from '@/i18n/locales.mjs';
import { formatDate, isoDay } from '@/lib/dates';

type Props = { date: string; locale: Locale } & Omit<ComponentProps<'time'>, 'dateTime' | 'children'>;

export default function FormattedDate({ date, locale, ...attributes }: Props) {
  return (
    <time dateTime={isoDay(date)} {...attributes}>
      {formatDate(date, locale)}
    </time>
  );
}
