/**
 * The Node server `npm start` runs: Next.js's own request handler, compressed by us instead of by Next.
 *
 * Pages carry `Cache-Control: no-transform` so that mobile search engines (Baidu's transcoder) do not rewrite them.
 * Next compresses with the `compression` package, which reads that header as "do not gzip" and sent every page
 * uncompressed (an article: 57 KB instead of 11 KB), which delayed the first paint. The directive binds caches and
 * proxies, not the origin: choosing a content coding is the origin's own content negotiation (RFC 9111 §5.2.2.6,
 * RFC 9110 §7.7). So the header is hidden from the compressor while it decides, and put back before it is sent.
 *
 * It also closes what Next's own server leaves open: the security headers on every response (Next adds configured
 * headers neither to its redirects nor to its errors), `no-transform` on the 404 page too, and 405 for every method
 * but GET and HEAD, as nginx answers (the site has nothing to post to). Each page gets its own Content-Security-Policy,
 * with the hashes of its inline scripts, from the file the build wrote beside this one (build/release.mjs): a changed
 * page file cannot change the policy it is sent with.
 *
 * `build/standalone.mjs` bundles this file into `.next/standalone/server.js`, in place of the one Next writes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import compression from 'compression';
import next from 'next';
import onHeaders from 'on-headers';
import { NODE_PAGE_POLICIES } from '../build/paths.mjs';
import { contentSecurityPolicy, pageHeaders, securityHeaders } from '../security-headers.mjs';
import { DRAIN_MESSAGE } from './drain-message';

const NO_TRANSFORM = /(^|,)\s*no-transform\s*(?=,|$)/i;

/** compression's types speak Express, but it is plain Node middleware (Next's compression is this package too). */
type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Around the compressor's decision: on-headers runs the listener registered last first, so `hide` runs before the
 * compressor and `restore` after it, both before the headers leave.
 */
function compressDespiteNoTransform(compress: NodeMiddleware, req: IncomingMessage, res: ServerResponse) {
  let hidden: string | undefined;
  onHeaders(res, function restore() {
    if (hidden !== undefined) res.setHeader('Cache-Control', hidden);
  });
  compress(req, res, () => {});
  onHeaders(res, function hide() {
    const cacheControl = res.getHeader('Cache-Control');
    if (typeof cacheControl !== 'string' || !NO_TRANSFORM.test(cacheControl)) return;
    hidden = cacheControl;
    const rest = cacheControl.replace(NO_TRANSFORM, '').replace(/^\s*,\s*/, '');
    if (rest) res.setHeader('Cache-Control', rest);
    else res.removeHeader('Cache-Control');
  });
}

const ALLOWED_METHODS = 'GET, HEAD';

/**
 * The security headers on every response, with the page's own policy on a page (the 404 page's on any 404); the page
 * headers on the 404 page, whose Cache-Control Next sets itself.
 */
function addSiteHeaders(req: IncomingMessage, res: ServerResponse, pagePolicies: Record<string, string>) {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  onHeaders(res, function pagePolicy() {
    // By path, not by type: a 304 has no Content-Type, and the browser takes the policy of its cached page from it.
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const policy = res.statusCode === 404 ? pagePolicies['/404'] : pagePolicies[pathname];
    res.setHeader('Content-Security-Policy', policy ?? contentSecurityPolicy());
  });
  onHeaders(res, function pageHeadersOnNotFound() {
    if (res.statusCode !== 404) return;
    for (const { key, value } of pageHeaders) {
      const current = res.getHeader(key);
      if (typeof current === 'string' && !current.includes(value)) res.setHeader(key, `${current}, ${value}`);
      else if (current === undefined) res.setHeader(key, value);
    }
  });
}

const dir = __dirname;
const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';
Object.assign(process.env, { NODE_ENV: 'production' });
process.chdir(dir);

// The build's resolved configuration, as Next's own standalone server passes it; compression is ours.
const pagePolicies: Record<string, string> = JSON.parse(readFileSync(path.join(dir, NODE_PAGE_POLICIES), 'utf8'));
const { config } = JSON.parse(readFileSync(path.join(dir, '.next/required-server-files.json'), 'utf8'));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify({ ...config, compress: false });

/**
 * Run by the newsroom as a cluster worker (admin/newsroom/site-server.ts), the server is told to drain before a new
 * release's worker takes over: it answers with `Connection: close` until the newsroom disconnects it.
 */
let draining = false;
process.on('message', (message) => {
  if (message === DRAIN_MESSAGE) draining = true;
});

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
const compress = compression() as NodeMiddleware;

app
  .prepare()
  .then(() => {
    createServer((req, res) => {
      // Being replaced: each connection closes after its answer, so no client sends on one this process then closes.
      if (draining) res.setHeader('Connection', 'close');
      addSiteHeaders(req, res, pagePolicies);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: ALLOWED_METHODS, 'Content-Type': 'text/plain; charset=utf-8' }).end('405 Method Not Allowed\n');
        return;
      }
      compressDespiteNoTransform(compress, req, res);
      void handle(req, res);
    }).listen(port, hostname, () => {
      console.log(`Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
    });
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
