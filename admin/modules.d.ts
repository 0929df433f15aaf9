/* Types for the two Decap packages that ship none. */

/** A locale of decap-cms-locales (its ES modules; the package's main bundle needs a browser): a tree of phrases. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  type Phrases = { [key: string]: string | Phrases };
  const phrases: Phrases;
  export default phrases;
}

/**
 * decap-server's APIs, mounted on an express app at POST /api/v1: the local file system (npm run admin) and the local
 * git mode with the editorial workflow on `cms/<collection>/<slug>` branches (npm run cms), in the folder
 * GIT_REPO_DIRECTORY names or the current one.
 */
declare module 'decap-server/dist/middlewares' {
  import type { Express } from 'express';
  export function registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void>;
  export function registerLocalGit(app: Express, options?: { logLevel?: string }): Promise<void>;
}
