import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import vnuJar from 'vnu-jar';

/** Every page `next build` prerendered, as HTML files. */
function prerenderedPages(dir = '.next/server/app'): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return prerenderedPages(full);
    return entry.endsWith('.html') ? [full] : [];
  });
}

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('every prerendered page is valid HTML (Nu Html Checker)', () => {
  const pages = prerenderedPages();
  assert.ok(pages.length >= 30, `expected the whole site to be prerendered, found ${pages.length} pages`);
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8' });
  assert.equal(run.error, undefined, `could not run java: ${run.error?.message}`);
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = messages
    .filter((message) => message.type === 'error')
    .map(
      (message) =>
        `${path.relative('.next/server/app', new URL(message.url).pathname)}:${message.lastLine ?? '?'}: ${message.message} ${message.extract?.trim() ?? ''}`,
    );
  assert.deepEqual(errors, [], 'HTML errors');
});
