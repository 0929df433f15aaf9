import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { formatDate, isoDay } from '@/lib/dates';

type Props = { date: string } & Omit<ComponentProps<'time'>, 'dateTime' | 'children'>;

export default function FormattedDate({ date, ...attributes }: Props) {
  const locale = useLocale();
  return (
    <time dateTime={isoDay(date)} {...attributes}>
      {formatDate(date, locale)}
    </time>
  );
}
