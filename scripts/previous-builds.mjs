import { createHash } from 'node:crypto';

/** Every set-aside build's folder name, in the system's temporary folder, starts with this. */
export const PREVIOUS_BUILD_PREFIX = 'next-previous-build-';

/** The start of the folder names of one project's set-aside builds (scripts/clear-previous-build.mjs). */
export function previousBuildPrefix(projectRoot) {
  return `${PREVIOUS_BUILD_PREFIX}${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}-`;
}
