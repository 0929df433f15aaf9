/**
 * The site's languages and their tags, declared once. Import-free plain JavaScript, so that
 * next.config.mjs, contentlayer.config.ts, the nginx generator and the tests read the same list.
 */

/** Every language the site is written in; the first is the default. */
export const LOCALES = /** @type {const} */ (['zh', 'en']);

/** @typedef {(typeof LOCALES)[number]} Locale */

/** @type {Locale} */
export const DEFAULT_LOCALE = LOCALES[0];

/**
 * Per-locale tags: `<html lang>` and schema.org's inLanguage (htmlLang), hreflang alternates, Open Graph,
 * and the Accept-Language prefix that sends "/" to this locale.
 * @type {Record<Locale, { htmlLang: string; hreflang: string; ogLocale: string }>}
 */
export const LOCALE_TAGS = {
  zh: { htmlLang: 'zh-CN', hreflang: 'zh-Hans', ogLocale: 'zh_CN' },
  en: { htmlLang: 'en', hreflang: 'en', ogLocale: 'en_US' },
};

/**
 * The one locale guard.
 * @param {unknown} value
 * @returns {value is Locale}
 */
export function isLocale(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (LOCALES).includes(value);
}

/**
 * The other language of a two-language site.
 * @param {Locale} locale
 * @returns {Locale}
 */
export function otherLocale(locale) {
  return LOCALES.find((candidate) => candidate !== locale) ?? DEFAULT_LOCALE;
}
