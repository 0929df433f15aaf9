import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import Document from '@/components/Document';
import NotFoundView from '@/components/NotFoundView';
import { routing } from '@/i18n/routing';
import { chinaSearchHints } from '@/lib/seo';

export async function generateMetadata(): Promise<Metadata> {
  const titles = await Promise.all(
    routing.locales.map(async (locale) => (await getTranslations({ locale, namespace: 'NotFound' }))('title')),
  );
  return { title: titles.join(' · '), robots: { index: false }, other: chinaSearchHints(routing.defaultLocale) };
}

// Every unknown path (unknown locale, article, page number) ends here: see NotFoundView. As a global not-found page
// (next.config.mjs) it is rendered once, for the 404 page; a root not-found.tsx was rendered into every page as well.
export default function GlobalNotFound() {
  // No [locale] segment here: the page around the message is in the default language.
  setRequestLocale(routing.defaultLocale);
  return (
    <Document>
      <NotFoundView />
    </Document>
  );
}
