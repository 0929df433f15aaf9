/* Types for the two Decap packages that ship none. */

/** A locale of decap-cms-locales (its ES modules; the package's main bundle needs a browser): a tree of phrases. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  type Phrases = { [key: string]: string | Phrases };
  const phrases: Phrases;
  export default phrases;
}

/** decap-server's local file-system API, mounted on an express app at POST /api/v1. */
declare module 'decap-server/dist/middlewares' {
  import type { Express } from 'express';
  export function registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void>;
}
