import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const script = path.resolve('scripts/clear-previous-build.mjs');

/** Runs the script in a fresh temporary folder that `prepare` fills, then `check`s the folder and removes it. */
function runInFolder(prepare: (root: string) => void, check: (root: string) => void) {
  const root = mkdtempSync(path.join(tmpdir(), 'clear-previous-build-'));
  try {
    prepare(root);
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Before `next build`, the previous build's output leaves .next at once (it is deleted in the background), and
 * everything `next build` itself keeps stays where it is: its cache above all, which makes a rebuild fast.
 */
test('the previous build leaves .next before next build, and its cache stays', () => {
  runInFolder(
    (root) => {
      for (const [file, text] of [
        ['.next/cache/turbopack/entry', 'cached'],
        ['.next/trace', 'trace'],
        ['.next/server/app/zh.html', '<html></html>'],
        ['.next/standalone/server.js', ''],
        ['.next/BUILD_ID', 'previous'],
      ]) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      }
    },
    (root) => {
      assert.deepEqual(readdirSync(path.join(root, '.next')).sort(), ['cache', 'trace']);
      assert.equal(readFileSync(path.join(root, '.next/cache/turbopack/entry'), 'utf8'), 'cached');
    },
  );
});

test('a project never built is left as it is', () => {
  runInFolder(
    () => {},
    (root) => assert.deepEqual(readdirSync(root), []),
  );
});
