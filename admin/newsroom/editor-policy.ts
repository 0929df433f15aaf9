/**
 * The Content-Security-Policy of the editor page (/admin/ signed in), the tightest Decap 3 runs under: it loads only
 * the newsroom's own files and talks only to its API. Why each exception:
 * - script-src 'unsafe-eval': Decap validates its configuration with ajv, which compiles schemas with `new Function`
 *   (decaporg/decap-cms#2138, #2343); no 'unsafe-inline': the page's only inline script is JSON, which does not run;
 * - style-src 'unsafe-inline': Decap's components are styled by emotion, which writes <style> elements at run time;
 * - img-src / connect-src blob: and data:: an upload is previewed, and read back, from its in-memory blob.
 */
export const EDITOR_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob:",
  "font-src 'self' data:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');
