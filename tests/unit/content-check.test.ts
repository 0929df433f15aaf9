import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { checkContent } from '../../lib/content-check';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A throw-away content folder: the real content/ is never touched. */
function contentWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const article = (frontmatter: string) => `---\n${frontmatter}\n---\n\nBody.\n`;
const good = article('title: Good\ndate: 2021-02-10\ncategory: industry');

function errorsOf(files: Record<string, string>) {
  return checkContent(contentWith(files)).errors.map((e) => ({ file: path.basename(e.file), field: e.field, line: e.line }));
}

test('good content passes, a Chinese-only article is only a warning', () => {
  const report = checkContent(contentWith({ 'news/zh/a.mdx': good, 'news/en/a.mdx': good, 'news/zh/only.mdx': good }));
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.warnings.map((w) => [path.basename(w.file), w.field]), [['only.mdx', 'translation']]);
});

test('each bad file is reported with its file, field and line', () => {
  assert.deepEqual(errorsOf({ 'news/zh/no-title.mdx': article('date: 2021-02-10\ncategory: industry') }), [
    { file: 'no-title.mdx', field: 'title', line: undefined },
  ]);
  assert.deepEqual(errorsOf({ 'news/zh/bad-date.mdx': article('title: T\ndate: 2025-13-45\ncategory: industry') }), [
    { file: 'bad-date.mdx', field: 'date', line: 3 },
  ]);
  assert.deepEqual(errorsOf({ 'news/zh/bad-cat.mdx': article('title: T\ndate: 2021-02-10\ncategory: sport') }), [
    { file: 'bad-cat.mdx', field: 'category', line: 4 },
  ]);
});

test('broken YAML names the file and the line', () => {
  const [error] = errorsOf({ 'news/zh/yaml.mdx': article('title: "unclosed\ndate: 2021-02-10\ncategory: industry') });
  assert.equal(error.file, 'yaml.mdx');
  assert.equal(error.field, 'frontmatter');
  assert.equal(typeof error.line, 'number');
});

test('an upper-case or spaced file name is not a slug', () => {
  assert.deepEqual(errorsOf({ 'news/zh/Bad Name.mdx': good }).map((e) => e.field), ['slug']);
});

test('the same slug twice in one locale fails both files', () => {
  assert.deepEqual(errorsOf({ 'news/zh/twice.mdx': good, 'news/zh/twice.md': good }).map((e) => e.field), ['slug', 'slug']);
});

test('a translation must keep its category', () => {
  const other = article('title: T\ndate: 2021-02-10\ncategory: notice');
  assert.deepEqual(errorsOf({ 'news/zh/pair.mdx': good, 'news/en/pair.mdx': other }), [
    { file: 'pair.mdx', field: 'category', line: undefined },
  ]);
});

test('npm run content:check reads CONTENT_DIR and exits non-zero on bad content', () => {
  const run = (root: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], { env: { ...process.env, CONTENT_DIR: root }, encoding: 'utf8' });
  const bad = run(contentWith({ 'news/zh/bad.mdx': article('title: T\ndate: 2025-13-45\ncategory: industry') }));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /news\/zh\/bad\.mdx:3 {2}\[date\]/);
  assert.match(bad.stderr, /YYYY-MM-DD/);
  const good2 = run(contentWith({ 'news/zh/a.mdx': good, 'news/en/a.mdx': good }));
  assert.equal(good2.status, 0, good2.stderr);
  assert.match(good2.stdout, /content check passed: 2 file/);
});

test('covers and attachments must exist; body images that do not are a warning; other hosts are refused', () => {
  const root = contentWith({
    'news/zh/media.mdx': `---\ntitle: T\ndate: 2021-02-10\ncategory: industry\ncover: /news/media/cover.jpg\nattachments:\n  - file: /news/media/plan.pdf\n    name: 方案\n---\n\n![](/news/media/missing.png)\n\n<Figure src="https://example.com/x.jpg" />\n`,
  });
  const publicDir = contentWith({ 'news/media/.keep': '' });
  const report = checkContent(root, publicDir);
  assert.deepEqual(report.errors.map((e) => [e.field, e.line]), [['cover', 5], ['attachments[1]', 7], ['body', 13]]);
  assert.match(report.errors[1].zh, /附件 public\/news\/media\/plan\.pdf 不存在/);
  assert.deepEqual(report.warnings.filter((w) => w.field === 'body').map((w) => w.line), [11]);

  writeFileSync(path.join(publicDir, 'news/media/cover.jpg'), 'x');
  writeFileSync(path.join(publicDir, 'news/media/plan.pdf'), 'x');
  assert.deepEqual(checkContent(root, publicDir).errors.map((e) => e.field), ['body']);
});

test('a date in the future is a warning, not an error', () => {
  const report = checkContent(contentWith({ 'news/zh/later.mdx': article('title: T\ndate: 2999-01-01\ncategory: notice') }));
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.warnings.map((w) => [w.field, w.line]), [['translation', undefined], ['date', 3]].reverse());
});
