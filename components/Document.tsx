import type { ReactNode } from 'react';
import { type Locale, localeTags } from '@/i18n/routing';
import SiteFooter from './SiteFooter';
import '@/app/globals.css';

/** The html shell shared by the localized layout and the root not-found page. */
export default function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={localeTags[locale].htmlLang}>
      {/* eslint-disable-next-line @next/next/no-head-element -- App Router merges this with the generated head */}
      <head>
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
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
