import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { routing } from '../../i18n/routing';
import { NEWS_FIELDS } from '../../lib/content-schema';

type Tree = { [key: string]: string | Tree };

const catalogs = Object.fromEntries(
  routing.locales.map((locale) => [locale, JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Tree]),
);

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

test('every locale has exactly the same message keys', () => {
  const [first, ...rest] = routing.locales;
  const expected = leafKeys(catalogs[first]).sort();
  for (const locale of rest) {
    const actual = leafKeys(catalogs[locale]).sort();
    assert.deepEqual(
      { missing: expected.filter((key) => !actual.includes(key)), extra: actual.filter((key) => !expected.includes(key)) },
      { missing: [], extra: [] },
      `messages/${locale}.json differs from messages/${first}.json`,
    );
  }
});

test('no message is empty', () => {
  for (const locale of routing.locales) {
    const empty = leafKeys(catalogs[locale]).filter((key) => {
      const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], catalogs[locale]);
      return typeof value !== 'string' || value.trim() === '';
    });
    assert.deepEqual(empty, [], `empty messages in messages/${locale}.json`);
  }
});

test('every message key is used by the code', () => {
  // Code refers to a key as its namespace and its own name in quotes, e.g. getTranslations({ namespace: 'News' }) and t('empty').
  const code = ['app', 'components', 'lib', 'scripts']
    .flatMap(sourceFiles)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const quoted = (name: string) => code.includes(`'${name}'`) || code.includes(`"${name}"`);
  // Field texts are looked up by field name; their own test pairs them with the content schema.
  const unused = leafKeys(catalogs[routing.defaultLocale])
    .filter((key) => !key.startsWith('ContentFields.'))
    .filter((key) => {
      const parts = key.split('.');
      return !parts.every(quoted);
    });
  assert.deepEqual(unused, [], 'message keys that no code refers to');
});

test('every field of the content schema has a label and a help text, and no other field has', () => {
  const fieldKeys = leafKeys(catalogs[routing.defaultLocale])
    .filter((key) => key.startsWith('ContentFields.'))
    .sort();
  assert.deepEqual(fieldKeys, NEWS_FIELDS.flatMap((field) => [`ContentFields.${field}.help`, `ContentFields.${field}.label`]).sort());
});
