/**
 * Response headers: the one source for next.config.mjs (Vercel, `next start`, standalone) and for
 * deploy/security-headers.conf and deploy/page-headers.conf (nginx), which `npm run nginx:headers`
 * writes from this file.
 */

/** Only the site itself: no third-party host is ever needed. */
const contentSecurityPolicy = [
  "default-src 'self'",
  // Next's prerendered pages carry inline bootstrap scripts; a static site cannot give them nonces.
  // Search runs Pagefind's WebAssembly, hence wasm-unsafe-eval (it does not allow eval()).
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
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

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
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
