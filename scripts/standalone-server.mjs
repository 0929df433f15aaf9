import path from 'node:path';

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
