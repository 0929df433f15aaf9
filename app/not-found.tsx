import type { Metadata } from 'next';
import Document from '@/components/Document';
import NotFoundView from '@/components/NotFoundView';
import { routing } from '@/i18n/routing';

export const metadata: Metadata = { title: '404' };

// Paths outside any locale (such as /fr/...) get the default language's 404, which links to the other language.
export default function RootNotFound() {
  return (
    <Document locale={routing.defaultLocale}>
      <NotFoundView locale={routing.defaultLocale} />
    </Document>
  );
}
