import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { inlineCodeHashes, withMetaPolicy } from '../../build/page-policy.mjs';
import { firstDifference } from '../../lib/live-check';
import { contentSecurityPolicy } from '../../security-headers.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><title>标题</title>',
  '<script>self.__next_f.push([0])</script>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script>self.__next_f.push([0])</script>',
  '<noscript><style>.menu{display:block}</style></noscript>',
  '</head><body><img style="color:transparent" src="/a.png" alt=""/><p>正文 &amp; text</p></body></html>',
].join('');

test('a page allows its inline scripts, each once, its <noscript> style and its style attributes, and not JSON-LD', () => {
  assert.deepEqual(inlineCodeHashes(page), {
    scripts: [hash('self.__next_f.push([0])')],
    styles: [hash('.menu{display:block}')],
    styleAttributes: [hash('color:transparent')],
  });
  const policy = contentSecurityPolicy(inlineCodeHashes(page));
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; /);
  assert.match(policy, /style-src 'self' 'sha256-[^']+' 'unsafe-hashes' 'sha256-[^']+'; /);
  // Without style attributes there is no 'unsafe-hashes'.
  assert.doesNotMatch(contentSecurityPolicy({ scripts: [hash('x')] }), /'unsafe-(inline|hashes|eval)'/);
});

test('the <meta> policy goes right after <meta charset>, before every script, once', () => {
  const withMeta = withMetaPolicy(page, inlineCodeHashes(page));
  assert.ok(
    withMeta.startsWith(
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src ',
    ),
  );
  assert.equal(withMeta.replace(/<meta http-equiv[^>]*>/, ''), page);
  assert.doesNotMatch(/content="([^"]*)"/.exec(withMeta)![1], /frame-ancestors|default-src/);
  assert.throws(() => withMetaPolicy(withMeta, inlineCodeHashes(withMeta)), /policy already/);
});

test('a modified page is quoted where its text first differs, a stylesheet where its bytes do', () => {
  const defaced = page.replace('<title>标题', '<title>虚构博彩词 标题').replace('<head>', '<head><script>alert(1)</script>');
  assert.equal(firstDifference(page, defaced, true), '虚构博彩词 标题');
  assert.equal(firstDifference('a{color:red}', 'a{color:red}\nbody{display:none}', false), 'a{color:red} body{display:none}');
  // Markup only: the first differing markup.
  assert.match(firstDifference(page, page.replace('alt=""', 'alt="" onerror="x()"'), true)!, /onerror="x\(\)"/);
});
