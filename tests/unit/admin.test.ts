import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import decapEnglish from 'decap-cms-locales/dist/esm/en/index.js';
import { decapChinese } from '../../admin/decap-zh';
import { addressUploads, readArticle, writeArticle } from '../../admin/mdx-format';
import zhMessages from '../../messages/zh.json';
import { ADMIN_UPLOAD_LIMIT, adminConfig, refusedWrite } from '../../admin/config';
import { checkContent } from '../../lib/content-check';
import { isRequired, NEWS_FIELDS, QUOTED_FIELDS } from '../../lib/content-schema';
import { leafKeys } from '../support/message-keys';

test("Decap's interface has a Chinese phrase for every English one", () => {
  const chinese = new Set(leafKeys(decapChinese));
  assert.deepEqual(
    leafKeys(decapEnglish).filter((key) => !chinese.has(key)),
    [],
  );
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
