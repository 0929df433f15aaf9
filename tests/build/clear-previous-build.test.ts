import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const script = path.resolve('scripts/clear-previous-build.mjs');

/**
 * Before `next build`, the previous build's output leaves .next at once (it is deleted in the background), and
 * everything `next build` itself keeps stays where it is: its cache above all, which makes a rebuild fast.
 */
test('the previous build leaves .next before next build, and its cache stays', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'clear-previous-build-'));
  try {
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('.next/cache/turbopack/entry', 'cached');
    write('.next/trace', 'trace');
    write('.next/server/app/zh.html', '<html></html>');
    write('.next/standalone/server.js', '');
    write('.next/BUILD_ID', 'previous');

    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);

    assert.deepEqual(readdirSync(path.join(root, '.next')).sort(), ['cache', 'trace']);
    assert.equal(readFileSync(path.join(root, '.next/cache/turbopack/entry'), 'utf8'), 'cached');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a project never built is left as it is', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'clear-previous-build-'));
  try {
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(root), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
