import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const notCopied = new Set([
  'node_modules',
  '.next',
  '.next-node',
  '.contentlayer',
  '.git',
  'out',
  'release',
  '.cms',
  'test-results',
  'playwright-report',
  'pagefind',
  'bench',
]);

/**
 * A copy of the project's sources in a temporary folder (a fresh one named `prefix…`, or `target`
 * emptied first) sharing this node_modules, for tests and benchmarks that build or run a dev server
 * with other content while the real build and content/ stay untouched. Returns the folder and the
 * environment its npm scripts need.
 */
export function copyProject(prefix: string, target?: string): { root: string; env: NodeJS.ProcessEnv } {
  let root = target ?? '';
  if (target) {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
  } else {
    root = mkdtempSync(path.join(tmpdir(), prefix));
  }
  cpSync(process.cwd(), root, { recursive: true, filter: (source) => !notCopied.has(path.basename(source)) });
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(root, 'node_modules'));
  // The copy's node_modules is a link out of its folder, so Turbopack must resolve from the filesystem root.
  return { root, env: { ...process.env, TURBOPACK_ROOT: path.parse(root).root, NEXT_TELEMETRY_DISABLED: '1' } };
}
