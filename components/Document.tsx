import type { ReactNode } from 'react';
import { getLocale } from 'next-intl/server';
import { LOCALE_TAGS } from '@/i18n/locales.mjs';
import { readingModeScript } from '@/lib/reading-mode';
import SiteFooter from './SiteFooter';
import '@/app/globals.css';

/** The html shell shared by the localized layout and the 404 page (app/global-not-found.tsx). */
/** The page's language comes from the request: setRequestLocale in the layout, or the 404 page's default. */
export default async function Document({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    // The reading-mode script may set data-reading on <html> before React hydrates it.
    <html lang={LOCALE_TAGS[locale].htmlLang} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- App Router merges this with the generated head */}
      <head>
        {/* Before the first paint: a remembered 长者模式 never flashes the standard layout. */}
        <script dangerouslySetInnerHTML={{ __html: readingModeScript }} />
        <noscript>
          {/* Without JavaScript the menu cannot toggle, so it stays open; script-only tools give way to a note. */}
          <style>
            {
              '.site-menu{display:block!important}.menu-button,.needs-script{display:none!important}.without-script{display:block!important}'
            }
          </style>
        </noscript>
      </head>
      <body className="flex min-h-screen flex-col">
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
