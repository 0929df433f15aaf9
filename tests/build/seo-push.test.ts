import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fingerprint } from '../../lib/baidu-push';
import { getPublishedArticles } from '../../lib/content';
import { fixture, FIXTURE_ROOT, FIXTURE_SITE_URL } from '../../e2e/fixture/site';

/** `read` with the built fixture site as the working folder, where lib/content reads the articles it published. */
function inFixture<T>(read: () => T): T {
  const folder = process.cwd();
  process.chdir(FIXTURE_ROOT);
  try {
    return read();
  } finally {
    process.chdir(folder);
  }
}

/** `npm run seo:push -- --dry-run` in the built fixture site. Nothing may be contacted: the endpoint is a closed port. */
function dryRun(stateFile: string) {
  const run = spawnSync('npx', ['tsx', 'scripts/seo-push.ts', '--dry-run', `--state=${stateFile}`], {
    cwd: FIXTURE_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: FIXTURE_SITE_URL, BAIDU_PUSH_ENDPOINT: 'http://127.0.0.1:9/urls', BAIDU_PUSH_TOKEN: 'secret-token' },
  });
  assert.equal(run.status, 0, run.stderr);
  return { output: run.stdout, urls: run.stdout.split('\n').filter((line) => line.startsWith(FIXTURE_SITE_URL)) };
}

test('seo:push --dry-run lists every published article once, in one call, records nothing and hides the token', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'seo-push-'));
  const stateFile = path.join(folder, 'state.json');
  try {
    const { output, urls } = dryRun(stateFile);
    assert.equal(urls.length, fixture.counts.zh.all + fixture.counts.en.all);
    assert.equal(new Set(urls).size, urls.length);
    assert.ok(urls.includes(`${FIXTURE_SITE_URL}/zh/news/${fixture.translated}`));
    assert.ok(urls.includes(`${FIXTURE_SITE_URL}/en/news/${fixture.translated}`));
    assert.ok(!urls.some((url) => url.includes(fixture.draft)), 'drafts are never pushed');
    assert.match(output, /POST http:\/\/127\.0\.0\.1:9\/urls\?site=https%3A%2F%2Fwww\.example\.cn&token=\*\*\* \(1\/1, 33 URLs\)/);
    assert.ok(!output.includes('secret-token'));
    assert.ok(!existsSync(stateFile), 'a dry run records nothing');

    // Recorded as pushed with the articles as they are, except one changed since: only that one is pending.
    const record = Object.fromEntries(
      inFixture(getPublishedArticles).map((article) => [
        `${FIXTURE_SITE_URL}/${article.locale}/news/${article.slug}`,
        fingerprint(article),
      ]),
    );
    const changed = `${FIXTURE_SITE_URL}/zh/news/${fixture.media}`;
    record[changed] = 'an older version';
    writeFileSync(stateFile, JSON.stringify(record));
    assert.deepEqual(dryRun(stateFile).urls, [changed]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
