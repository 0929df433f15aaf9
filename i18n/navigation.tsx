import { useLocale } from 'next-intl';
import { createNavigation } from 'next-intl/navigation';
import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import type { Locale } from './locales.mjs';
import { routing } from './routing';

export const { getPathname } = createNavigation(routing);

/** A link target inside the site, locale-free: one of the pathnames of i18n/routing.ts, with its params. */
export type Href = Parameters<typeof getPathname>[0]['href'];

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  href: Href;
  /** Another language than the page's: the language switch. */
  locale?: Locale;
};

/**
 * Every internal link, in the page's language unless told otherwise. A server component: the locale comes from the
 * request (setRequestLocale in each layout and page), so links need no client-side i18n provider and pages stay static.
 */
export function Link({ href, locale, ...props }: LinkProps) {
  const pageLocale = useLocale() as Locale;
  return <NextLink href={getPathname({ href, locale: locale ?? pageLocale })} {...props} />;
}
