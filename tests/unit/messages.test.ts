import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { routing } from '../../i18n/routing';
import { CATEGORIES, NEWS_FIELDS } from '../../lib/content-schema';
import { SERVICE_PAGES } from '../../lib/paths';
import { leafKeys, type MessageTree } from '../support/message-keys';

type Tree = MessageTree;

const catalogs = Object.fromEntries(
  routing.locales.map((locale) => [locale, JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Tree]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
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

/**
 * Keys read through a translator: bound to a namespace (`const t = await getTranslations('News')` … `t('empty')`), or to
 * the whole catalogue (`const t = await getTranslations()` … `t('News.empty')`).
 */
function keysReadByTranslators(code: string): string[] {
  const keys: string[] = [];
  const binding = /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:getTranslations|useTranslations)\((?:\{([^}]*)\}|'(\w+)')?\)/g;
  for (const [, name, options, stringNamespace] of code.matchAll(binding)) {
    const namespace = /namespace:\s*'(\w+)'/.exec(options ?? '')?.[1] ?? stringNamespace;
    const call = new RegExp(`\\b${name}(?:\\.(?:rich|raw|markup))?\\('([\\w.]+)'`, 'g');
    for (const [, key] of code.matchAll(call)) keys.push(namespace ? `${namespace}.${key}` : key);
  }
  // A translator used once, without a name: (await getTranslations({ namespace: 'NotFound' }))('title').
  for (const [, namespace, key] of code.matchAll(/getTranslations\(\{[^}]*namespace:\s*'(\w+)'[^}]*\}\)\)\('([\w.]+)'/g))
    keys.push(`${namespace}.${key}`);
  return keys;
}

const clientLabels: Record<string, string> = {
  MessageForm: readFileSync('components/MessageForm.tsx', 'utf8'),
  MessageLookup: readFileSync('components/MessageLookup.tsx', 'utf8'),
};

test('every message key is read by the code', () => {
  const files = ['app', 'components', 'lib', 'scripts'].flatMap(sourceFiles);
  const read = new Set(files.flatMap((file) => keysReadByTranslators(readFileSync(file, 'utf8'))));
  // The content check's messages are looked up by key in its own files.
  const checkCode = [
    'lib/content-check.ts',
    'lib/content-messages.ts',
    'lib/news-file-rules.ts',
    'lib/mdx-problems.ts',
    'scripts/content-check.ts',
    'lib/photo-check.ts',
    'scripts/images-fix.ts',
  ]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  // The browser editor's words are read by name in its configuration and its page script.
  const adminCode = sourceFiles('admin')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const unread = leafKeys(catalogs[routing.defaultLocale]).filter((key) => {
    const [namespace, name] = key.split('.');
    // Looked up by value (a category, a field name): their own tests pair them with the schema.
    if (namespace === 'Categories' || namespace === 'ContentFields') return false;
    if (namespace === 'ServicePages' && name in SERVICE_PAGES) return false;
    if (namespace === 'ContentCheck') return !checkCode.includes(`'${name}'`);
    if (namespace === 'Admin') return !new RegExp(`\\b${name}\\b`).test(adminCode);
    // The newsroom's translator (admin/newsroom/pages.tsx) is called with the key, or with its parent and a value.
    if (namespace === 'Newsroom') {
      const inside = key.slice(namespace.length + 1);
      return !adminCode.includes(`'${inside}'`) && !adminCode.includes(`\`${inside.slice(0, inside.lastIndexOf('.'))}.\${`);
    }
    // Handed whole to a client component as its labels (no catalogue in the browser): read there as labels.<name>.
    const labelsOf = clientLabels[namespace];
    if (labelsOf && labelsOf.includes(`labels.${name}`)) return false;
    return !read.has(key);
  });
  assert.deepEqual(unread, [], 'message keys that no code reads');
});

test('every service page has its name in both catalogues', () => {
  for (const locale of routing.locales) {
    const names = catalogs[locale].ServicePages as Tree;
    assert.deepEqual(
      Object.keys(SERVICE_PAGES).filter((page) => typeof names[page] !== 'string'),
      [],
    );
  }
});

test('the category names are exactly the categories of the content schema', () => {
  for (const locale of routing.locales) assert.deepEqual(Object.keys(catalogs[locale].Categories as Tree).sort(), [...CATEGORIES].sort());
});

test('every field of the content schema has a label and a help text, and no other field has', () => {
  const fieldKeys = leafKeys(catalogs[routing.defaultLocale])
    .filter((key) => key.startsWith('ContentFields.'))
    // A help text for the browser editor's form is optional: fields whose help speaks of typing the header by hand have one.
    .filter((key) => !(key.endsWith('.editor') && NEWS_FIELDS.some((field) => key === `ContentFields.${field}.editor`)))
    .sort();
  assert.deepEqual(fieldKeys, NEWS_FIELDS.flatMap((field) => [`ContentFields.${field}.help`, `ContentFields.${field}.label`]).sort());
});
