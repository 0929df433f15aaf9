// The steps of the two builds, named in one place. `npm run build` (Vercel, `npm start`, `next start`) and
// `npm run build:static` (out/, for nginx or a CDN) run `scripts/build.mjs`, which runs these in order; several
// targets in one call share their common steps. What each step costs, as measured: docs/build.md.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NODE_BUILD_ASIDE } from './paths.mjs';
import { deleteSetAsideBuildsInBackground, setAsidePreviousBuild } from './previous-build.mjs';
import { writeNodeRelease, writeStaticRelease } from './release.mjs';
import { prepareStandalone } from './standalone.mjs';

const bin = (name) => path.join(process.cwd(), 'node_modules/.bin', name);
// PWD too: contentlayer2 takes its project folder from it, and a parent's PWD may name another folder.
const run = (command, args, env = {}) =>
  execFileSync(bin(command), args, { stdio: 'inherit', env: { ...process.env, PWD: process.cwd(), ...env } });

/** The static export's `next build`, with a Node build in .next set aside meanwhile and its compile cache copied in. */
function buildExport() {
  // An export killed midway (a power cut, the newsroom's service killed) left the build it set aside there, and its own
  // half in .next: the set-aside build is put back, as the interrupted export would have done.
  if (existsSync(NODE_BUILD_ASIDE)) {
    console.warn(`${NODE_BUILD_ASIDE}: 上一次静态构建被中断，放回 .next / an earlier static build was interrupted: moved back to .next`);
    rmSync('.next', { recursive: true, force: true });
    renameSync(NODE_BUILD_ASIDE, '.next');
  }
  const nodeBuild = existsSync('.next');
  if (nodeBuild) renameSync('.next', NODE_BUILD_ASIDE);
  try {
    // A copy, so that the Node build's own cache stays as its next rebuild expects it.
    if (existsSync(path.join(NODE_BUILD_ASIDE, 'cache'))) cpSync(path.join(NODE_BUILD_ASIDE, 'cache'), '.next/cache', { recursive: true });
    run('next', ['build'], { NEXT_OUTPUT: 'export' });
  } finally {
    if (nodeBuild) {
      rmSync('.next', { recursive: true, force: true });
      renameSync(NODE_BUILD_ASIDE, '.next');
    }
  }
}

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
  'image-sizes': {
    does: 'makes each photo under public/news/ in the widths pages ask for, and share copies of covers, into public/_sizes/ (lib/image-sizes.ts; cached by content hash in .cache/image-sizes)',
    run: () => run('tsx', ['scripts/image-sizes.ts']),
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
  'release-node': {
    does: 'gives each page its Content-Security-Policy and writes the release manifest (build/release.mjs)',
    run: () => writeNodeRelease(),
  },
  'delete-set-aside': {
    does: 'deletes the set-aside previous build in the background, once the site is built',
    run: () => deleteSetAsideBuildsInBackground(),
  },
  'next-export': {
    does: 'prerenders every page as a file into out/; a Node build in .next is set aside meanwhile and kept',
    run: buildExport,
  },
  'search-index-static': {
    does: 'indexes out/ with Pagefind into out/pagefind',
    run: () => {
      rmSync('out/pagefind', { recursive: true, force: true });
      run('pagefind', ['--site', 'out']);
    },
  },
  'release-static': {
    does: "writes each page's Content-Security-Policy for nginx and the release manifest (build/release.mjs)",
    run: () => writeStaticRelease(),
  },
};

/** The steps of each target, in order. */
export const TARGETS = {
  node: [
    'content-check',
    'contentlayer',
    'image-sizes',
    'set-aside-previous',
    'next-build',
    'search-index',
    'standalone',
    'release-node',
    'delete-set-aside',
  ],
  static: ['content-check', 'contentlayer', 'image-sizes', 'next-export', 'search-index-static', 'release-static'],
};

/** The steps of several targets, in order, each once. */
export function stepsOf(targets) {
  return [...new Set(targets.flatMap((target) => TARGETS[target]))];
}
