// The last step of each build: every page's policy from its final bytes (build/page-policy.mjs), and the release
// manifest, which names every file a visitor can fetch with its URL, size, sha256, type and, for pages, policy.
// `npm run verify:live` compares a live site with it; its shape is the schema there (releaseManifest in
// lib/live-check.ts). Both are written outside the served folder (build/paths.mjs).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../security-headers.mjs';
import { FEED_TYPES, typeOfFile } from './content-types.mjs';
import { inlineCodeHashes, withMetaPolicy } from './page-policy.mjs';
import { policyMapEntry } from './policy-map.mjs';
import { isLocale } from '../i18n/locales.mjs';
import { NODE_MANIFEST, NODE_PAGE_POLICIES, STATIC_CSP_MAP, STATIC_MANIFEST, standaloneServerPath } from './paths.mjs';

/** The URL path of a file path ('/'-separated), each segment percent-encoded as a browser sends it. */
const urlPath = (relative) => `/${relative.split('/').map(encodeURIComponent).join('/')}`;

/** Every file under a folder, '/'-separated, from it, sorted. */
function filesUnder(folder) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((relative) => relative.split(path.sep).join('/'))
    .filter((relative) => statSync(path.join(folder, relative)).isFile())
    .sort();
}

/** An entry of the manifest for these bytes. */
function entry(fields, bytes) {
  return { ...fields, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The page's policy for its own HTML. */
const policyOf = (html) => contentSecurityPolicy(inlineCodeHashes(html));

function writeManifest(file, target, root, entries) {
  mkdirSync(path.dirname(file), { recursive: true });
  const manifest = { target, builtAt: new Date().toISOString(), root: path.relative(path.dirname(file), root) || '.', files: entries };
  writeFileSync(file, `${JSON.stringify(manifest)}\n`);
}

/** out/: the static export's release manifest and the nginx map of its pages' policies. */
export function writeStaticRelease(projectRoot = process.cwd()) {
  const served = path.join(projectRoot, 'out');
  const entries = [];
  /** nginx's $uri once try_files found the file, and the policy of the page. */
  const policies = [];
  for (const relative of filesUnder(served)) {
    // deploy/nginx.conf keeps these internal: the 404 page's sources, served only as the answer to a missing page.
    if (/^(_not-found|404)\.(html|txt)$/.test(relative) && relative !== '404.html') continue;
    const bytes = readFileSync(path.join(served, relative));
    if (!relative.endsWith('.html')) {
      const [folder, ...rest] = relative.split('/');
      const type = (isLocale(folder) && FEED_TYPES[rest.join('/')]) || typeOfFile(relative);
      entries.push(entry({ path: urlPath(relative), file: relative, type }, bytes));
      continue;
    }
    const csp = policyOf(bytes.toString('utf8'));
    policies.push([`/${relative}`, csp]);
    const page = relative === '404.html' ? { path: '/404', status: 404 } : { path: urlPath(relative.slice(0, -'.html'.length)) };
    entries.push(entry({ ...page, file: relative, type: 'text/html', csp }, bytes));
  }
  writeManifest(path.join(projectRoot, STATIC_MANIFEST), 'static', served, entries);
  // Only the entries: the map around them, its default and its table sizes are in the root-owned nginx config.
  const mapLines = policies.map(([uri, csp]) => `${policyMapEntry(uri, csp)}\n`);
  writeFileSync(path.join(projectRoot, STATIC_CSP_MAP), mapLines.join(''));
}

/**
 * .next and .next/standalone: each page gets its policy as a <meta> (for Vercel and `next start`, which send one header
 * for all pages), the standalone server gets every page's policy as a file it sends as the header, and the release
 * manifest lists what the standalone server serves.
 */
export function writeNodeRelease(projectRoot = process.cwd()) {
  const server = path.dirname(standaloneServerPath(projectRoot, process.env.TURBOPACK_ROOT));
  const pages = path.join(projectRoot, '.next/server/app');
  const { routes } = JSON.parse(readFileSync(path.join(projectRoot, '.next/prerender-manifest.json'), 'utf8'));
  const entries = [];
  const policies = {};
  for (const [route, { routeType, initialStatus, initialHeaders, dataRoute }] of Object.entries(routes)) {
    // Next's own 500 page: not a URL, shown only when rendering fails.
    if (route === '/_global-error') continue;
    const file = `.next/server/app${route}`;
    if (routeType !== 'page') {
      const type = String(initialHeaders?.['content-type'] ?? typeOfFile(route)).split(';')[0];
      entries.push(entry({ path: route, file: `${file}.body`, type }, readFileSync(path.join(server, `${file}.body`))));
      continue;
    }
    const html = readFileSync(path.join(pages, `${route}.html`), 'utf8');
    const hashes = inlineCodeHashes(html);
    const final = Buffer.from(withMetaPolicy(html, hashes));
    writeFileSync(path.join(pages, `${route}.html`), final);
    writeFileSync(path.join(server, `${file}.html`), final);
    const csp = contentSecurityPolicy(hashes);
    const page = initialStatus === 404 ? { path: '/404', status: 404 } : { path: route };
    policies[page.path] = csp;
    entries.push(entry({ ...page, file: `${file}.html`, type: 'text/html', csp }, final));
    // The payload client navigation fetches: Next answers `?_rsc` with an `rsc` header, without its router's state.
    if (dataRoute && !initialStatus) {
      const payload = readFileSync(path.join(server, `.next/server/app${dataRoute}`));
      entries.push(
        entry({ path: `${route}?_rsc`, file: `.next/server/app${dataRoute}`, type: 'text/x-component', headers: { rsc: '1' } }, payload),
      );
    }
  }
  for (const [folder, prefix] of [
    ['public', ''],
    ['.next/static', '_next/static/'],
  ]) {
    for (const relative of filesUnder(path.join(server, folder))) {
      const bytes = readFileSync(path.join(server, folder, relative));
      entries.push(entry({ path: urlPath(prefix + relative), file: `${folder}/${relative}`, type: typeOfFile(relative) }, bytes));
    }
  }
  writeFileSync(path.join(server, NODE_PAGE_POLICIES), `${JSON.stringify(policies)}\n`);
  writeManifest(path.join(projectRoot, NODE_MANIFEST), 'node', server, entries);
}
