/**
 * Response headers: the one source for next.config.mjs (Vercel, `next start`), deploy/node-server.ts, and
 * deploy/security-headers.conf and deploy/page-headers.conf (nginx), which `npm run nginx:config` writes from this file.
 */

/** Where scripts may come from, before a page's own inline scripts are added by hash. */
// Search runs Pagefind's WebAssembly, hence wasm-unsafe-eval (it does not allow eval()).
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** The policy with these sources of scripts and styles. Only the site itself: no third-party host is ever needed. */
function policyWith(scriptSources, styleSources) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The Content-Security-Policy of a page whose inline scripts, <style> elements and style="" attributes have these
 * hashes ('sha256-…'); without hashes, that of every other response. build/page-policy.mjs computes each page's hashes
 * from its final bytes; docs/security.md says how each server sends them.
 * @param {{ scripts?: string[], styles?: string[], styleAttributes?: string[] }} [hashes]
 */
export function contentSecurityPolicy({ scripts = [], styles = [], styleAttributes = [] } = {}) {
  // style="" attributes can be allowed by hash only with 'unsafe-hashes' (CSP 3), which allows no other attribute.
  const attributes = styleAttributes.length ? ["'unsafe-hashes'", ...styleAttributes] : [];
  return policyWith([...SCRIPT_SOURCES, ...scripts], ["'self'", ...styles, ...attributes]);
}

/**
 * Where a page's policy can only travel in a <meta> (Vercel and `next start` send one header for all pages): the
 * header allows inline code, and the page's <meta> policy, which browsers enforce as well, narrows it to its hashes.
 * Whoever can edit a file can edit its <meta>: only the Node server and nginx send each page's own header.
 */
export const headerPolicyBesideMeta = policyWith([...SCRIPT_SOURCES, "'unsafe-inline'"], ["'self'", "'unsafe-inline'"]);

/** The directives of a page's policy that a <meta> can carry and that the header beside it leaves open. */
export function metaPolicy(hashes) {
  return contentSecurityPolicy(hashes)
    .split('; ')
    .filter((directive) => /^(script|style)-src /.test(directive))
    .join('; ');
}

/** Features the site does not use, denied to it and to anything it might embed. */
const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Every response's headers; pages replace the policy with their own (contentSecurityPolicy with their hashes). */
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/**
 * Pages only: mobile search engines (Baidu's transcoding among them) must serve the page as it is,
 * not a rewritten copy. no-transform forbids that without adding any caching.
 */
export const pageHeaders = [{ key: 'Cache-Control', value: 'no-transform' }];

/** Headers as nginx directives; `always` adds them to error responses too. */
export function nginxHeaderDirectives(headers = securityHeaders) {
  return headers.map(({ key, value }) => `add_header ${key} "${value}" always;`).join('\n');
}
