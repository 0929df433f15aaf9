import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { CATEGORIES, isRequired, NEWS_FIELDS, newsFrontmatter, normalizeFrontmatter, parseNewsPath } from '../../lib/content-schema';
import { contentlayerFields, type JsonObject } from '../../lib/contentlayer-fields';

const valid = { title: '标题', date: '2021-02-10', category: 'industry' };
const failing = (data: Record<string, unknown>) => {
  const result = newsFrontmatter.safeParse(normalizeFrontmatter(data));
  return result.success
    ? []
    : [...new Set(result.error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.join() : issue.path.join('.'))))];
};

test('a complete frontmatter is valid, and draft defaults to false', () => {
  const parsed = newsFrontmatter.parse({
    ...valid,
    source: '来源',
    summary: '摘要',
    cover: '/news/a/cover.jpg',
    attachments: [{ file: '/news/a/plan.pdf', name: '方案' }],
  });
  assert.equal(parsed.draft, false);
});

test('each missing or wrong field is named', () => {
  assert.deepEqual(failing({ ...valid, title: undefined }), ['title']);
  assert.deepEqual(failing({ ...valid, title: '  ' }), ['title']);
  assert.deepEqual(failing({ ...valid, title: '' }), ['title'], 'empty means not given, and title is required');
  assert.deepEqual(failing({ ...valid, date: '2025-13-45' }), ['date']);
  assert.deepEqual(failing({ ...valid, date: '2023-02-29' }), ['date']);
  assert.deepEqual(failing({ ...valid, date: '10/02/2021' }), ['date']);
  assert.deepEqual(failing({ ...valid, category: 'sports' }), ['category']);
  assert.deepEqual(failing({ ...valid, draft: 'yes' }), ['draft']);
  assert.deepEqual(failing({ ...valid, source: 2021 }), ['source']);
  assert.deepEqual(failing({ ...valid, source: '', summary: '', cover: '' }), [], 'empty optional text means "not given"');
  assert.deepEqual(failing({ ...valid, cover: 'https://example.com/a.jpg' }), ['cover']);
  assert.deepEqual(failing({ ...valid, cover: '/news/a/plan.pdf' }), ['cover']);
  assert.deepEqual(failing({ ...valid, attachments: '/news/a/plan.pdf' }), ['attachments']);
  assert.deepEqual(failing({ ...valid, attachments: [{ file: '/news/a/plan.pdf' }, { file: '/news/a/x.exe' }] }), ['attachments.1.file']);
  assert.deepEqual(failing({ ...valid, author: 'x' }), ['author']);
});

test('required fields are read from the schema', () => {
  assert.deepEqual(NEWS_FIELDS.filter(isRequired), ['title', 'date', 'category']);
});

test('the path gives locale and slug', () => {
  assert.deepEqual(parseNewsPath('news/zh/tech-2021.mdx'), { locale: 'zh', slug: 'tech-2021' });
  assert.deepEqual(parseNewsPath('news/en/a.md'), { locale: 'en', slug: 'a' });
  assert.equal(parseNewsPath('news/tech.mdx'), null);
  assert.equal(parseNewsPath('news/zh/a.txt'), null);
});

test("contentlayer2's fields are the content schema's, read through zod's JSON Schema", () => {
  // What contentlayer2's defineNestedType returns: the type's definition, to be read when the schema is built.
  const nested = (def: () => unknown) => ({ type: 'nested', def }) as never;
  const newsFieldDefs = contentlayerFields(z.toJSONSchema(newsFrontmatter, { io: 'input' }) as JsonObject, nested);
  const { attachments, ...scalars } = newsFieldDefs;
  assert.deepEqual(scalars, {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    category: { type: 'enum', required: true, options: [...CATEGORIES] },
    source: { type: 'string', required: false },
    summary: { type: 'string', required: false },
    cover: { type: 'string', required: false },
    draft: { type: 'boolean', required: false, default: false },
  });
  assert.equal(attachments.type, 'list');
  assert.equal(attachments.required, false);
  const attachment = (attachments as unknown as { of: { def: () => { name: string; fields: unknown } } }).of.def();
  assert.deepEqual(attachment, {
    name: 'Attachment',
    fields: { file: { type: 'string', required: true }, name: { type: 'string', required: false } },
  });
  assert.deepEqual(Object.keys(newsFieldDefs), NEWS_FIELDS);
});
