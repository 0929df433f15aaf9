import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['zh', 'en'],
  defaultLocale: 'zh',
  // Every URL carries its locale, so every page can be prerendered without middleware.
  localePrefix: 'always',
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];

/** Per-locale tags used by <html lang>, hreflang and Open Graph. */
export const localeTags: Record<Locale, { htmlLang: string; hreflang: string; ogLocale: string }> = {
  zh: { htmlLang: 'zh-CN', hreflang: 'zh-Hans', ogLocale: 'zh_CN' },
  en: { htmlLang: 'en', hreflang: 'en', ogLocale: 'en_US' },
};

export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
}
