import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { checkContent } from '../../lib/content-check';
import { todayInChina } from '../../lib/dates';

const root = mkdtempSync(path.join(tmpdir(), 'new-article-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** `npm run new:article -- <slug>` against a temporary content folder. */
const newArticle = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-article.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: root },
    encoding: 'utf8',
  });

test('creates both language files, dated today, as drafts that pass the content check', () => {
  const run = newArticle('science-week-2026');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /已创建 Created/);
  for (const locale of ['zh', 'en']) {
    const file = path.join(root, 'news', locale, 'science-week-2026.mdx');
    assert.ok(existsSync(file), file);
    const text = readFileSync(file, 'utf8');
    for (const field of ['title', 'date', 'category', 'source', 'summary', 'cover', 'attachments', 'draft']) {
      assert.match(text, new RegExp(`^${field}:`, 'm'), `${locale}: ${field} present`);
    }
    assert.match(text, /^draft: true$/m);
    assert.match(text, new RegExp(`^date: ${todayInChina()}$`, 'm'));
    assert.match(text, /^# /m, 'fields are explained in comments');
  }
  const report = checkContent(root);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.warnings, []);
});

test('refuses an existing slug, in Chinese and English', () => {
  const run = newArticle('science-week-2026');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /错误：slug“science-week-2026”已被使用/);
  assert.match(run.stderr, /Error: the slug "science-week-2026" is already taken/);
});

test('refuses a bad slug or none, in Chinese and English', () => {
  for (const bad of ['Science Week', 'science_week', '科技周', '-week']) {
    const run = newArticle(bad);
    assert.equal(run.status, 1, bad);
    assert.match(run.stderr, /不能作为 slug/);
    assert.match(run.stderr, /is not a valid slug/);
  }
  const none = newArticle();
  assert.equal(none.status, 1);
  assert.match(none.stderr, /npm run new:article -- /);
});
