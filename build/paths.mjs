// Where the builds put things: the one source for the build steps, the tests, Playwright and the bench.
import { createHash } from 'node:crypto';
import path from 'node:path';

/** The static export's own intermediate folder: a static build never empties the Node build's .next. */
export const EXPORT_DIST_DIR = '.next-export';

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
