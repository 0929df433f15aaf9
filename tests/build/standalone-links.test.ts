import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

/**
 * `next build` copied every prerendered file into .next/standalone: about ten files a page, written a second time
 * (10.8 s of a rebuild at 2,000 articles). patches/next links them instead; the standalone server serves the same files.
 */
test('the standalone folder links the prerendered pages instead of copying them', () => {
  const app = '.next/server/app';
  const standaloneApp = path.join('.next/standalone', app);
  // Pages, their payloads and segments, and route output such as feeds; the code beside them is traced and copied.
  const files = readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|rsc|meta|body)$/.test(file));
  assert.ok(files.length > 0, `no prerendered pages in ${app}: run \`npm run build\` first`);
  const copied = files.filter((file) => statSync(path.join(app, file)).ino !== statSync(path.join(standaloneApp, file)).ino);
  assert.deepEqual(copied, [], 'copied, not linked');
});
