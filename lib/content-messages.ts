/**
 * The editors' messages about content, in both languages: the content check's (messages under
 * `ContentCheck`) and each field's label and help (`ContentFields`), shared by the content check,
 * the new-article template and the browser editor's form.
 */
import { createTranslator } from 'next-intl';
import enMessages from '../messages/en.json';
import zhMessages from '../messages/zh.json';
import { LOCALES, type Locale } from '../i18n/locales.mjs';
import { ATTACHMENT_TYPES, CATEGORIES, IMAGE_EXTENSIONS, type NewsField } from './content-schema';

/** A text for editors in every language. */
export type Bilingual = Record<Locale, string>;
export type MessageValues = Record<string, string | number>;
export type CheckMessageKey = keyof typeof zhMessages.ContentCheck;

const catalogs = { zh: zhMessages, en: enMessages } satisfies Record<Locale, unknown>;
const perLocale = <T>(make: (locale: Locale) => T) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
const checkTranslator = perLocale((locale) => createTranslator({ locale, messages: catalogs[locale], namespace: 'ContentCheck' }));
const fieldTranslator = perLocale((locale) => createTranslator({ locale, messages: catalogs[locale], namespace: 'ContentFields' }));

/** A message of the ContentCheck catalogue in every language. */
export function checkMessage(key: CheckMessageKey, values: MessageValues = {}): Bilingual {
  return perLocale((locale) => checkTranslator[locale](key, values));
}

/** A field's label and help text, as editors see them in the content check, the template and the browser editor. */
export function fieldLabelAndHelp(field: NewsField, locale: Locale): { label: string; help: string; editorHelp: string } {
  const listSeparator = checkTranslator[locale]('listSeparator');
  const values = {
    options: CATEGORIES.map((category) =>
      checkTranslator[locale]('categoryOption', { value: category, name: catalogs[locale].Categories[category] }),
    ).join(' | '),
    imageTypes: IMAGE_EXTENSIONS.join(listSeparator),
    attachmentTypes: Object.values(ATTACHMENT_TYPES).join(listSeparator),
  };
  const help = fieldTranslator[locale](`${field}.help`, values);
  // Help that speaks of typing the header by hand has a version for the browser editor's form.
  const editorKey = `${field}.editor` as `${'date' | 'category' | 'cover' | 'attachments' | 'draft'}.editor`;
  const editorHelp = fieldTranslator[locale].has(editorKey) ? fieldTranslator[locale](editorKey, values) : help;
  return { label: fieldTranslator[locale](`${field}.label`), help, editorHelp };
}

/** A ContentCheck message about one field, which may name the field's label and help. */
export function fieldCheckMessage(key: CheckMessageKey, field: NewsField, values: MessageValues = {}): Bilingual {
  return perLocale((locale) => checkTranslator[locale](key, { field, ...fieldLabelAndHelp(field, locale), ...values }));
}

/** A problem found in a file, where it is, before the check names the file. */
export type Finding = Bilingual & { severity: 'error' | 'warning'; field: string; line?: number };

export function errorAt(field: string, line: number | undefined, message: Bilingual): Finding {
  return { severity: 'error', field, line, ...message };
}
