// Setting the previous Node build aside before `next build`, and deleting it once the site is built.
//
// `next build` would delete the previous output itself, file by file, before it starts; on a disk that discards freed
// blocks that was the largest step of an editor's rebuild, and deleting it beside the build slowed every later step
// (numbers: docs/build.md). So it is moved out of .next at once and deleted in the background after the build.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { previousBuildPrefix } from './paths.mjs';

/** What `next build` keeps when it cleans its output folder (`cleanDistDir` in next/dist/build/index.js). */
export const KEPT_BY_NEXT = ['cache', 'dev', 'diagnostics', 'lock', 'trace'];

/** Moves everything but what Next keeps out of `root`/.next, into a folder of the system's temporary folder. */
export function setAsidePreviousBuild(root = process.cwd()) {
  const distDir = path.join(root, '.next');
  const previousOutput = existsSync(distDir) ? readdirSync(distDir).filter((entry) => !KEPT_BY_NEXT.includes(entry)) : [];
  if (previousOutput.length === 0) return;
  const setAside = mkdtempSync(path.join(tmpdir(), previousBuildPrefix(root)));
  try {
    for (const entry of previousOutput) renameSync(path.join(distDir, entry), path.join(setAside, entry));
  } catch (error) {
    // The temporary folder is on another disk, where a rename cannot go: `next build` deletes what is left.
    if (error.code !== 'EXDEV') throw error;
  }
}

/** Deletes every build of this project set aside and not yet deleted, also by a build that failed before its end. */
export function deleteSetAsideBuilds(root = process.cwd()) {
  const prefix = previousBuildPrefix(root);
  for (const entry of readdirSync(tmpdir()).filter((name) => name.startsWith(prefix))) {
    rmSync(path.join(tmpdir(), entry), { recursive: true, force: true });
  }
}

/** The same, in a detached process: the build ends now, the deletion goes on after it. */
export function deleteSetAsideBuildsInBackground(root = process.cwd()) {
  spawn(process.execPath, [fileURLToPath(import.meta.url), root], { detached: true, stdio: 'ignore' }).unref();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) deleteSetAsideBuilds(process.argv[2]);
