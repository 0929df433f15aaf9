import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptedUrls, BAIDU_BATCH_LIMIT, batches, fingerprint, pendingUrls } from '../../lib/baidu-push';

const article = { title: '标题', date: '2026-01-02', category: 'company', body: { raw: '正文' } };

test('calls carry at most 2,000 URLs each, in order, none lost', () => {
  const urls = Array.from({ length: 4500 }, (_, index) => `https://www.example.cn/zh/news/a-${index}`);
  const calls = batches(urls);
  assert.equal(BAIDU_BATCH_LIMIT, 2000);
  assert.deepEqual(
    calls.map((call) => call.length),
    [2000, 2000, 500],
  );
  assert.deepEqual(calls.flat(), urls);
  assert.deepEqual(batches([]), []);
  assert.deepEqual(batches(urls.slice(0, 2000)).length, 1);
});

test('an article is pending when it is new or anything visible in it changed', () => {
  const same = fingerprint(article);
  assert.equal(fingerprint({ ...article }), same);
  for (const changed of [
    { ...article, title: '新标题' },
    { ...article, date: '2026-01-03' },
    { ...article, category: 'notice' },
    { ...article, body: { raw: '正文，改过' } },
  ]) {
    assert.notEqual(fingerprint(changed), same);
  }
  const current = { 'https://x.cn/zh/news/a': same, 'https://x.cn/zh/news/b': 'new-print', 'https://x.cn/zh/news/c': 'c' };
  assert.deepEqual(pendingUrls(current, { 'https://x.cn/zh/news/a': same, 'https://x.cn/zh/news/b': 'old-print' }), [
    'https://x.cn/zh/news/b',
    'https://x.cn/zh/news/c',
  ]);
});

test('only the URLs Baidu accepted are recorded as pushed', () => {
  const batch = ['https://x.cn/a', 'https://x.cn/b', 'https://other.cn/c'];
  assert.deepEqual(acceptedUrls(batch, { success: 2, remain: 10, not_same_site: ['https://other.cn/c'] }), batch.slice(0, 2));
  assert.deepEqual(acceptedUrls(batch, { success: 1, remain: 10, not_valid: ['https://x.cn/b'], not_same_site: ['https://other.cn/c'] }), [
    'https://x.cn/a',
  ]);
  assert.deepEqual(acceptedUrls(batch, { error: 401, message: 'token is not valid' }), []);
});
