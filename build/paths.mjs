// Where the builds put things: the one source for the build steps, the tests, Playwright and the bench.
import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where a Node build waits while the static export is built: the export's `next build` empties .next, as every build
 * does, and writes its intermediate files there (a distDir of its own would be where it writes the export itself).
 */
export const NODE_BUILD_ASIDE = '.next-node';

/**
 * Where `npm run build` leaves the standalone server's server.js for a project folder: `next build` mirrors the
 * project's place under its tracing root (the project itself, unless TURBOPACK_ROOT moves it, as the copies that tests
 * and the bench build do).
 * @param {string} projectRoot
 * @param {string} [tracingRoot]
 */
export function standaloneServerPath(projectRoot, tracingRoot = projectRoot) {
  return path.join(projectRoot, '.next/standalone', path.relative(tracingRoot, projectRoot), 'server.js');
}

/** Every set-aside build's folder name, in the system's temporary folder, starts with this. */
export const PREVIOUS_BUILD_PREFIX = 'next-previous-build-';

/** The start of the folder names of one project's set-aside builds (build/previous-build.mjs). */
export function previousBuildPrefix(projectRoot) {
  return `${PREVIOUS_BUILD_PREFIX}${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}-`;
}

/**
 * What each build writes beside what it serves, never inside it: the release manifests (build/release.mjs) that
 * `npm run verify:live` checks a live site against, and the nginx map of the static pages' policies.
 */
export const RELEASE_DIR = 'release';
export const STATIC_MANIFEST = `${RELEASE_DIR}/static-manifest.json`;
export const STATIC_CSP_MAP = `${RELEASE_DIR}/static-csp.conf`;
export const NODE_MANIFEST = `${RELEASE_DIR}/node-manifest.json`;
/** In .next/standalone, beside server.js, outside public/: each page's policy, which deploy/node-server.ts sends. */
export const NODE_PAGE_POLICIES = 'page-policies.json';
