// `node scripts/clear-previous-build.mjs`, before `next build`: moves the previous build's output out of .next.
// `node scripts/clear-previous-build.mjs --delete`, the build's last step: deletes it in the background (`--delete-now`:
// in the foreground).
//
// `next build` would delete it itself, one file at a time, before it starts: about fourteen files for each page.
// On a disk that discards freed blocks, as our build machine's does, that was the largest step of an editor's
// rebuild (10,000 articles: 154 s of 416 s), and deleting it in the background while the pages were built still
// slowed every later step (10,000 articles: about 50 s). So it waits until the site is built. Next's cache stays.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { previousBuildPrefix } from './previous-builds.mjs';

const distDir = '.next';
// What `next build` keeps when it cleans (`cleanDistDir` in next/dist/build/index.js).
const keptByNext = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);
// Set-aside builds wait in the system's temporary folder, under a name of this project's folder.
const setAsidePrefix = previousBuildPrefix(process.cwd());

if (process.argv.includes('--delete')) {
  // Detached, so the build ends now; the deletion goes on after it.
  spawn(process.execPath, [fileURLToPath(import.meta.url), '--delete-now'], { detached: true, stdio: 'ignore' }).unref();
} else if (process.argv.includes('--delete-now')) {
  // Every build of this project set aside and not yet deleted, also by a build that failed before its last step.
  for (const entry of readdirSync(tmpdir()).filter((name) => name.startsWith(setAsidePrefix))) {
    rmSync(path.join(tmpdir(), entry), { recursive: true, force: true });
  }
} else {
  const previousOutput = existsSync(distDir) ? readdirSync(distDir).filter((entry) => !keptByNext.has(entry)) : [];
  if (previousOutput.length > 0) {
    const setAside = mkdtempSync(path.join(tmpdir(), setAsidePrefix));
    try {
      for (const entry of previousOutput) renameSync(path.join(distDir, entry), path.join(setAside, entry));
    } catch (error) {
      // The temporary folder is on another disk, where a rename cannot go: `next build` deletes what is left.
      if (error.code !== 'EXDEV') throw error;
    }
  }
}
