// The steps of the two builds, named in one place. `npm run build` (Vercel, `npm start`, `next start`) and
// `npm run build:static` (out/, for nginx or a CDN) run `scripts/build.mjs`, which runs these in order; several
// targets in one call share their common steps. What each step costs, as measured: docs/build.md.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_DIST_DIR } from './paths.mjs';
import { deleteSetAsideBuildsInBackground, setAsidePreviousBuild } from './previous-build.mjs';
import { prepareStandalone } from './standalone.mjs';

const bin = (name) => path.join(process.cwd(), 'node_modules/.bin', name);
const run = (command, args, env = {}) => execFileSync(bin(command), args, { stdio: 'inherit', env: { ...process.env, ...env } });

/** Every step, by name, with what it does. */
export const STEPS = {
  'content-check': {
    does: 'refuses content that would not build, with file, line, field and fix (npm run content:check)',
    run: () => run('tsx', ['scripts/content-check.ts']),
  },
  contentlayer: {
    does: 'compiles the MDX of changed articles into .contentlayer/generated (its cache: .contentlayer/.cache)',
    run: () => run('contentlayer2', ['build']),
  },
  'set-aside-previous': {
    does: "moves the previous Node build out of .next, keeping Next's cache (build/previous-build.mjs)",
    run: () => setAsidePreviousBuild(),
  },
  'next-build': {
    does: 'compiles and prerenders every page into .next, with the standalone server in .next/standalone',
    run: () => run('next', ['build']),
  },
  'search-index': {
    does: 'indexes the prerendered pages with Pagefind into public/pagefind',
    run: () => {
      rmSync('public/pagefind', { recursive: true, force: true });
      run('pagefind', ['--site', '.next/server/app', '--output-path', 'public/pagefind']);
    },
  },
  standalone: {
    does: 'copies public/ and the static assets into .next/standalone and bundles our server.js (build/standalone.mjs)',
    run: () => prepareStandalone(),
  },
  'delete-set-aside': {
    does: 'deletes the set-aside previous build in the background, once the site is built',
    run: () => deleteSetAsideBuildsInBackground(),
  },
  'next-export': {
    does: `prerenders every page as a file into out/ (intermediate files in ${EXPORT_DIST_DIR}/)`,
    run: () => run('next', ['build'], { NEXT_OUTPUT: 'export' }),
  },
  'search-index-static': {
    does: 'indexes out/ with Pagefind into out/pagefind',
    run: () => {
      rmSync('out/pagefind', { recursive: true, force: true });
      run('pagefind', ['--site', 'out']);
    },
  },
};

/** The steps of each target, in order. */
export const TARGETS = {
  node: ['content-check', 'contentlayer', 'set-aside-previous', 'next-build', 'search-index', 'standalone', 'delete-set-aside'],
  static: ['content-check', 'contentlayer', 'next-export', 'search-index-static'],
};

/** The steps of several targets, in order, each once. */
export function stepsOf(targets) {
  return [...new Set(targets.flatMap((target) => TARGETS[target]))];
}
