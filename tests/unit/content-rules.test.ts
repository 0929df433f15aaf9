import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveSummary, isIsoDate, parseNewsPath, validateNewsFrontmatter, validateNewsPath } from '../../lib/content-rules';

const valid = { title: '标题', date: '2021-02-10', category: 'industry' };
const fields = (data: Record<string, unknown>) => validateNewsFrontmatter(data).map((problem) => problem.field);

test('a complete frontmatter has no problems', () => {
  assert.deepEqual(validateNewsFrontmatter({ ...valid, source: '来源', summary: '摘要', draft: false }), []);
});

test('each missing or wrong field is named', () => {
  assert.deepEqual(fields({ ...valid, title: undefined }), ['title']);
  assert.deepEqual(fields({ ...valid, title: '  ' }), ['title']);
  assert.deepEqual(fields({ ...valid, date: undefined }), ['date']);
  assert.deepEqual(fields({ ...valid, date: '2025-13-45' }), ['date']);
  assert.deepEqual(fields({ ...valid, date: '10/02/2021' }), ['date']);
  assert.deepEqual(fields({ ...valid, category: 'sports' }), ['category']);
  assert.deepEqual(fields({ ...valid, category: undefined }), ['category']);
  assert.deepEqual(fields({ ...valid, draft: 'yes' }), ['draft']);
  assert.deepEqual(fields({ ...valid, source: 2021 }), ['source']);
  assert.deepEqual(fields({ ...valid, source: '', summary: '' }), [], 'empty optional text means "not given"');
  assert.deepEqual(fields({ ...valid, cover: 'https://example.com/a.jpg' }), ['cover']);
  assert.deepEqual(fields({ ...valid, cover: '/news/a/cover.jpg', attachments: [] }), []);
  assert.deepEqual(fields({ ...valid, attachments: '/news/a/plan.pdf' }), ['attachments']);
  assert.deepEqual(fields({ ...valid, attachments: [{ file: '/news/a/plan.pdf', name: '方案' }, { file: '/news/a/x.exe' }] }), ['attachments[2]']);
  assert.deepEqual(fields({ ...valid, author: 'x' }), ['author']);
});

test('messages say what was expected, in Chinese and English', () => {
  const [problem] = validateNewsFrontmatter({ ...valid, category: 'sports' });
  assert.match(problem.en, /company \| industry \| notice/);
  assert.match(problem.zh, /company \| industry \| notice/);
});

test('only real calendar dates pass', () => {
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2023-02-29'));
  assert.ok(!isIsoDate('2025-13-45'));
  assert.ok(!isIsoDate('2025-1-5'));
});

test('the path gives locale and slug; slugs are lower-case ASCII with hyphens', () => {
  assert.deepEqual(parseNewsPath('news/zh/tech-2021.mdx'), { locale: 'zh', slug: 'tech-2021' });
  assert.deepEqual(validateNewsPath('news/en/tech-2021.mdx'), []);
  assert.deepEqual(validateNewsPath('news/en/Tech 2021.mdx').map((p) => p.field), ['slug']);
  assert.deepEqual(validateNewsPath('news/fr/tech.mdx').map((p) => p.field), ['locale']);
  assert.deepEqual(validateNewsPath('news/tech.mdx').map((p) => p.field), ['path']);
});

test('a summary is derived from the body as plain text', () => {
  assert.equal(deriveSummary('## 标题\n\n**会议**在[呼和浩特](https://example.org)召开。'), '标题 会议在呼和浩特召开。');
  assert.equal(deriveSummary('| a | b |\n| - | - |\n\nText after table'), 'Text after table');
  const long = deriveSummary('字'.repeat(200), 10);
  assert.equal(long, `${'字'.repeat(10)}…`);
});
