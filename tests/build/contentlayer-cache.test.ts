import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { copyProject } from '../support/project-copy';
import { generateArticles } from '../support/synthetic-content';

/**
 * contentlayer2 reuses an article compiled by an earlier build when the file is unchanged. It used to compare
 * modification times, which a fresh clone (CI, Vercel) renews for every file, so a restored cache never matched:
 * patches/@contentlayer2+source-files compares the file's content instead.
 */
test('contentlayer2 reuses its cache for an unchanged article with a new mtime, and not for a changed one', () => {
  const { root, env } = copyProject('contentlayer-cache-');
  try {
    const contentDir = path.join(root, 'cache-content');
    generateArticles(path.join(contentDir, 'news'), 2);
    const article = path.join(contentDir, 'news/zh/synthetic-1.mdx');
    const build = () => {
      const run = spawnSync('npx', ['contentlayer2', 'build'], { cwd: root, env: { ...env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stdout + run.stderr);
    };
    const generatedTitle = () =>
      (
        JSON.parse(readFileSync(path.join(root, '.contentlayer/generated/News/news__zh__synthetic-1.mdx.json'), 'utf8')) as {
          title: string;
        }
      ).title;
    build();

    // Mark the cached copy, so that the next build shows whether it compiled the file again or took the cache.
    const cacheFolder = path.join(root, '.contentlayer/.cache', readdirSync(path.join(root, '.contentlayer/.cache'))[0]);
    const cacheFile = path.join(
      cacheFolder,
      readdirSync(cacheFolder).find((name) => name.startsWith('data-'))!,
    );
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    cache.cacheItemsMap['news/zh/synthetic-1.mdx'].document.title = 'taken from the cache';
    writeFileSync(cacheFile, JSON.stringify(cache));

    // As a fresh clone leaves it: the same content with a new modification time.
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(article, later, later);
    build();
    assert.equal(generatedTitle(), 'taken from the cache');

    writeFileSync(article, readFileSync(article, 'utf8').replace('第1号', '第1号（修订）'));
    build();
    assert.equal(generatedTitle(), '合成测试文章 第1号（修订）');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
