/**
 * Each patch in patches/ (docs/patches.md) and each internal of Next.js our code relies on, checked for what it does:
 * a test here fails when a patch no longer takes effect or an upgrade changes the internal.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { KEPT_BY_NEXT } from '../../build/previous-build.mjs';

const installed = (file: string) => path.resolve('node_modules', file);

test('@contentlayer2/cli: loading the CLI leaves Effect tracing off', () => {
  // In a process of its own: tracing is a global switch, and the CLI used to turn it on when loaded.
  const script = `
    await import('@contentlayer2/cli');
    const { isTracingEnabled } = await import('@effect-ts/system/Tracing/Global');
    process.stdout.write(String(isTracingEnabled()));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, 'false');
});

test('@contentlayer2/source-files: a document type list grows in place, and the shared empty map stays empty', async () => {
  const { DocumentTypeMap } = await import(pathToFileURL(installed('@contentlayer2/source-files/dist/fetchData/DocumentTypeMap.js')).href);
  const empty = DocumentTypeMap.init();
  const first = empty.add('News', 'news/zh/a.mdx');
  const list = first.getFilePaths('News').value;
  const second = first.add('News', 'news/zh/b.mdx');
  // Without the patch every add copied the list: quadratic in the number of documents.
  assert.deepEqual(list, ['news/zh/a.mdx', 'news/zh/b.mdx']);
  assert.equal(second.getFilePaths('News').value, list);
  assert.equal(empty.getFilePaths('News')._tag, 'None');
});

test('@contentlayer2/core: documents are serialised when written, 16 at a time, after the other generated files', () => {
  // Not observable from outside without a 20,000-article build (it stalled in garbage collection): the code is checked.
  const source = readFileSync(installed('@contentlayer2/core/dist/generation/generate-dotpkg.js'), 'utf8');
  assert.match(
    source,
    /const writeIndividualDataJsonFile = \(\{ document, documentHash \}\) => T\.suspend\(\(\) => writeFile\(\{\s+content: JSON\.stringify\(document/,
  );
  assert.match(source, /yield\* \$\(T\.forEachUnitParN_\(allCacheItems, 16, writeIndividualDataJsonFile\)\);/);
  assert.doesNotMatch(source, /individualDataJsonFiles\.map\(writeFile\)/);
});

test("next: the keep-list of next build's clean step is the one build/previous-build.mjs keeps", () => {
  const source = readFileSync(installed('next/dist/build/index.js'), 'utf8');
  const kept = /recursiveDeleteSyncWithAsyncRetries\)\(distDir, new Set\(\[([^\]]*)\]\)/.exec(source)?.[1];
  assert.ok(kept, "next build's clean step is no longer where it was: check build/previous-build.mjs");
  assert.deepEqual(
    [...kept.matchAll(/'([^']+)'/g)].map(([, name]) => name),
    KEPT_BY_NEXT,
  );
});

test('next: a standalone server still passes the build configuration in __NEXT_PRIVATE_STANDALONE_CONFIG', () => {
  // deploy/node-server.ts does what Next's own standalone server.js does, with compression of its own.
  const template = readFileSync(installed('next/dist/build/utils.js'), 'utf8');
  assert.match(template, /process\.env\.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON\.stringify\(nextConfig\)/);
  const config = readFileSync(installed('next/dist/server/config.js'), 'utf8');
  assert.match(config, /JSON\.parse\(process\.env\.__NEXT_PRIVATE_STANDALONE_CONFIG\)/);
});
