import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import decapEnglish from 'decap-cms-locales/dist/esm/en/index.js';
import { decapChinese, decapWords } from '../../admin/decap-zh';
import { DECAP_API_ERROR, showErrorsPlainly } from '../../admin/plain-errors';
import { addressUploads, readArticle, writeArticle } from '../../admin/mdx-format';
import zhMessages from '../../messages/zh.json';
import { ADMIN_UPLOAD_LIMIT, adminConfig, refusedWrite } from '../../admin/config';
import { checkContent } from '../../lib/content-check';
import { isRequired, NEWS_FIELDS, QUOTED_FIELDS } from '../../lib/content-schema';
import { leafKeys, type MessageTree } from '../support/message-keys';

test("Decap's interface has a Chinese phrase for every English one", () => {
  const chinese = new Set(leafKeys(decapChinese));
  assert.deepEqual(
    leafKeys(decapEnglish).filter((key) => !chinese.has(key)),
    [],
  );
});

/** Decap's and git's words, which office staff do not use (issue #33). */
const CODE_WORDS = /集合|帖子|SLUG|Slug|slug|富文本|Markdown|API_ERROR|Unknown error|媒体/;

/** Every text of the newsroom's form a person reads: labels, help, descriptions, options and rule messages. */
function formTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['label', 'hint', 'description', 'label_singular'].includes(key) ? [value] : [];
  if (Array.isArray(value)) {
    // A pattern is [regular expression, message]: only the message is read.
    if (key === 'pattern') return [value[1] as string];
    return value.flatMap((each) => formTexts(each, key === 'options' ? 'options' : ''));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, inner]) => formTexts(inner, key === 'options' && name === 'label' ? 'label' : name));
  }
  return [];
}

test("the newsroom's screens speak the office's words, not Decap's or git's", () => {
  const phrases = leafKeys(decapWords('newsroom') as MessageTree).map((key) => [
    key,
    key.split('.').reduce<unknown>((tree, part) => (tree as MessageTree)[part], decapWords('newsroom')) as string,
  ]);
  const labels = leafKeys(zhMessages.Admin).map((key) => [
    `Admin.${key}`,
    key.split('.').reduce<unknown>((tree, part) => (tree as MessageTree)[part], zhMessages.Admin) as string,
  ]);
  const form = formTexts(adminConfig({ api: '/api/v1', branch: 'main', mode: 'newsroom' })).map((text) => ['form', text]);
  assert.ok(form.length > 20, 'the form has texts to check');
  // Decap's sign-in buttons for hosted git services never show: the newsroom signs in on its own page.
  const shown = [...phrases, ...labels, ...form].filter(([key]) => !key.startsWith('auth.loginWith'));
  // A placeholder ({slug}, %{details}) is filled in before anyone reads it.
  const read = (text: string) => text.replace(/%?\{\w+\}/g, '');
  assert.deepEqual(
    shown.filter(([, text]) => CODE_WORDS.test(read(text))),
    [],
  );
});

test('dates read as Chinese dates: the date field and the workflow cards use digits, no English month names', () => {
  const { collections } = adminConfig({ api: '/api/v1', branch: 'main', mode: 'newsroom' });
  for (const { fields } of collections) {
    const date = (fields as { name: string; date_format?: string; format?: string }[]).find(({ name }) => name === 'date')!;
    assert.equal(date.date_format, 'YYYY-MM-DD');
    assert.equal(date.format, 'YYYY-MM-DD');
  }
  const cardDate = (decapWords('newsroom').workflow as MessageTree & { workflow: { dateFormat: string } }).workflow.dateFormat;
  assert.match(cardDate, /YYYY/);
  assert.doesNotMatch(cardDate, /MMM|ddd|\bA\b/, 'dayjs would write an English month or weekday');
});

test("an error reads as the newsroom's message, without Decap's API_ERROR in front; no answer at all reads in Chinese", (t) => {
  const toString = Error.prototype.toString;
  t.after(() => {
    Error.prototype.toString = toString;
  });
  showErrorsPlainly(zhMessages.Admin.offline);
  const refusal = Object.assign(new Error('只有审核人可以发布 / Only a reviewer publishes'), { name: DECAP_API_ERROR });
  assert.equal(`${refusal}`, '只有审核人可以发布 / Only a reviewer publishes');
  assert.equal(`${new TypeError('Failed to fetch')}`, zhMessages.Admin.offline);
  assert.equal(`${new RangeError('x')}`, 'RangeError: x', 'other errors read as before');
});

test('each language is a collection whose form has every field of the content schema, with its label and rule', () => {
  const { collections } = adminConfig({ api: 'http://localhost:8081/api/v1', branch: 'main', mode: 'local' });
  assert.deepEqual(
    collections.map(({ name, folder }) => [name, folder]),
    [
      ['news-zh', 'content/news/zh'],
      ['news-en', 'content/news/en'],
    ],
  );
  for (const collection of collections) {
    const fields = collection.fields as { name: string; label: string; required?: boolean }[];
    assert.deepEqual(
      fields.map(({ name }) => name),
      ['slug', 'filename', ...NEWS_FIELDS, 'body'],
    );
    for (const field of NEWS_FIELDS) {
      const formField = fields.find(({ name }) => name === field)!;
      assert.equal(formField.label, zhMessages.ContentFields[field].label);
      assert.equal(formField.required, isRequired(field), field);
    }
  }
});

test("in the newsroom the workflow alone says whether an article is public: no draft switch, Decap's editorial workflow", () => {
  const config = adminConfig({ api: '/api/v1', branch: 'main', mode: 'newsroom' });
  assert.equal((config as { publish_mode?: string }).publish_mode, 'editorial_workflow');
  for (const collection of config.collections) {
    assert.deepEqual(
      (collection.fields as { name: string }[]).map(({ name }) => name),
      ['slug', 'filename', ...NEWS_FIELDS.filter((field) => field !== 'draft'), 'body'],
    );
  }
  assert.equal('publish_mode' in adminConfig({ api: '/api/v1', branch: 'main', mode: 'local' }), false);
});

test('the write endpoint allows articles and their uploads only', () => {
  assert.equal(refusedWrite('entry', 'content/news/zh/tech-week-2026.mdx'), undefined);
  assert.equal(refusedWrite('upload', 'public/news/tech-week-2026/cover.jpg', 1000, 'tech-week-2026'), undefined);
  assert.equal(refusedWrite('delete', 'content/news/en/tech-week-2026.mdx'), undefined);
  const refused = [
    refusedWrite('entry', 'content/news/fr/tech-week-2026.mdx'),
    refusedWrite('entry', 'content/news/zh/Tech_Week.mdx'),
    refusedWrite('entry', 'content/pages/zh/legal.mdx'),
    refusedWrite('entry', 'content/news/zh/../../../app/page.tsx'),
    refusedWrite('upload', 'public/news/tech-week-2026/run.sh'),
    refusedWrite('upload', 'public/icon.svg'),
    refusedWrite('upload', 'public/news/other-article/cover.jpg', 1000, 'tech-week-2026'),
    refusedWrite('upload', 'public/news/tech-week-2026/scan.pdf', ADMIN_UPLOAD_LIMIT + 1),
    refusedWrite('delete', 'package.json'),
  ];
  for (const refusal of refused) {
    assert.ok(refusal, 'refused');
    assert.doesNotMatch(`${refusal.zh} ${refusal.en}`, /Admin\.|\{/, 'a message, not a key or a placeholder');
  }
});

const handWritten = `---
title: "多媒体示例文章"
date: 2024-03-01
category: company
source: "公司综合办公室"
cover: /news/media-showcase/cover.jpg
attachments:
  - file: /news/media-showcase/guide.pdf
    name: 使用指南
draft: true
---

本文包含封面和图片。

<Figure src="/news/media-showcase/photo.jpg" alt="网站首页截图" caption="首页截图" />
`;

test('an article read and written again is the same file', () => {
  const data = readArticle(handWritten);
  assert.equal(data.date, '2024-03-01', 'a date stays the text the form shows');
  assert.equal(writeArticle(data, NEWS_FIELDS, QUOTED_FIELDS), handWritten);
});

test('empty optional fields are left out, and the form-only slug is never written', () => {
  const text = writeArticle(
    { slug: 'x', title: '标题', date: '2026-11-27', category: 'notice', source: '', attachments: [], body: '正文\n\n' },
    NEWS_FIELDS,
    QUOTED_FIELDS,
  );
  assert.equal(text, '---\ntitle: "标题"\ndate: 2026-11-27\ncategory: notice\n---\n\n正文\n');
});

test('uploads addressed before a new article had a name get its slug; other addresses stay', () => {
  const placed = addressUploads({
    slug: 'tech-week-2026',
    cover: '/news/cover.jpg',
    attachments: [{ file: '/news/plan.pdf', name: '方案' }, { file: '/news/other/plan.pdf' }],
    body: '<Figure src="/news/photo.jpg" alt="照片" />\n\n![图](/news/chart.png) and /news/plain text',
  });
  assert.equal(placed.cover, '/news/tech-week-2026/cover.jpg');
  assert.deepEqual(placed.attachments, [{ file: '/news/tech-week-2026/plan.pdf', name: '方案' }, { file: '/news/other/plan.pdf' }]);
  assert.equal(
    placed.body,
    '<Figure src="/news/tech-week-2026/photo.jpg" alt="照片" />\n\n![图](/news/tech-week-2026/chart.png) and /news/plain text',
  );
  assert.deepEqual(addressUploads({ cover: '/news/cover.jpg' }), { cover: '/news/cover.jpg' }, 'an existing article keeps its addresses');
});

const root = mkdtempSync(path.join(tmpdir(), 'admin-format-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('what the editor writes passes the content check', () => {
  const publicDir = path.join(root, 'public');
  mkdirSync(path.join(publicDir, 'news/tech-week-2026'), { recursive: true });
  for (const file of ['cover.jpg', 'plan.pdf']) writeFileSync(path.join(publicDir, 'news/tech-week-2026', file), 'x');
  const data = addressUploads({
    slug: 'tech-week-2026',
    title: '科技活动周开幕',
    date: '2026-05-20',
    category: 'company',
    source: '',
    summary: '科技活动周在呼和浩特开幕。',
    cover: '/news/cover.jpg',
    attachments: [{ file: '/news/plan.pdf', name: '活动方案' }],
    draft: false,
    body: '## 活动安排\n\n- 开幕式\n- 科普讲座\n\n| 日期 | 活动 |\n| --- | --- |\n| 5月20日 | 开幕 |\n\n<Notice title="提示">\n请提前预约。\n</Notice>',
  });
  mkdirSync(path.join(root, 'content/news/zh'), { recursive: true });
  writeFileSync(path.join(root, 'content/news/zh/tech-week-2026.mdx'), writeArticle(data, NEWS_FIELDS, QUOTED_FIELDS));
  const report = checkContent(path.join(root, 'content'), publicDir);
  assert.deepEqual(report.errors, []);
  assert.equal(report.files, 1);
});
