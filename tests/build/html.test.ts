import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import vnuJar from 'vnu-jar';
import { FIXTURE_ROOT } from '../../e2e/fixture/site';

/** Every page `next build` prerendered in a project folder, as HTML files. */
function prerenderedPages(root: string): string[] {
  const app = path.join(root, '.next/server/app');
  return readdirSync(app, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(app, file));
}

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// The real content/ as editors leave it, and the fixture site that has every component and case.
for (const [site, root] of [
  ['real content', '.'],
  ['fixture site', FIXTURE_ROOT],
]) {
  test(`${site}: every prerendered page is valid HTML (Nu Html Checker)`, () => {
    const pages = prerenderedPages(root);
    assert.ok(pages.length > 0, `no prerendered pages in ${root}: build it first`);
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8' });
    assert.equal(run.error, undefined, `could not run java: ${run.error?.message}`);
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error')
      .map((message) => `${new URL(message.url).pathname}:${message.lastLine ?? '?'}: ${message.message} ${message.extract?.trim() ?? ''}`);
    assert.deepEqual(errors, [], 'HTML errors');
  });
}
