import { createNavigation } from 'next-intl/navigation';
import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import type { Locale } from './locales.mjs';
import { routing } from './routing';

export const { getPathname } = createNavigation(routing);

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  /** A locale-free path such as "/news"; the locale prefix is added here. */
  href: string;
  locale: Locale;
};

/**
 * Every internal link. The locale is explicit rather than read from context, so links need no
 * client-side i18n provider and every page stays static.
 */
export function Link({ href, locale, ...props }: LinkProps) {
  return <NextLink href={getPathname({ href, locale })} {...props} />;
}
