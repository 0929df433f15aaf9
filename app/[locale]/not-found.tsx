import { useLocale } from 'next-intl';
import NotFoundView from '@/components/NotFoundView';

export default function LocaleNotFound() {
  return <NotFoundView locale={useLocale()} />;
}
