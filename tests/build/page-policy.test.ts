// Each built page's policy allows exactly its own inline scripts, recomputed here without the build's parser: a regex
// over the file's bytes and node:crypto, as a browser hashes them.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { NODE_MANIFEST, NODE_PAGE_POLICIES, STATIC_MANIFEST, standaloneServerPath } from '../../build/paths.mjs';
import { FIXTURE_ROOT } from '../../e2e/fixture/site';
import type { ManifestEntry } from '../../lib/live-check';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/** Each inline script of a page, by whether a browser runs it, with its hash as a policy names it. */
function inlineScripts(html: string) {
  return [...html.matchAll(INLINE_SCRIPT)].map(([, attributes, text]) => ({
    runs: !/type="application\/ld\+json"/.test(attributes),
    hash: `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
  }));
}

const scriptSources = (policy: string) => /script-src ([^;]*)/.exec(policy)![1].split(' ');

function assertPolicyFits(policy: string | undefined, html: string, page: string) {
  assert.ok(policy, `${page}: no policy`);
  const allowed = scriptSources(policy);
  assert.ok(!allowed.includes("'unsafe-inline'") && !allowed.includes("'unsafe-eval'"), `${page}: ${policy}`);
  const scripts = inlineScripts(html);
  assert.ok(
    scripts.some(({ runs }) => runs),
    `${page}: a page of Next has inline scripts`,
  );
  for (const { runs, hash } of scripts) assert.equal(allowed.includes(hash), runs, `${page}: ${hash} ${runs ? 'missing' : 'is JSON-LD'}`);
  // Nothing else: 'self', WebAssembly and one hash per distinct inline script.
  assert.equal(allowed.length, 2 + new Set(scripts.filter(({ runs }) => runs).map(({ hash }) => hash)).size, page);
}

const manifestOf = (file: string) => JSON.parse(readFileSync(path.join(FIXTURE_ROOT, file), 'utf8')) as { files: ManifestEntry[] };

test('static export: every page file has its own policy in the release manifest', () => {
  const pages = manifestOf(STATIC_MANIFEST).files.filter(({ type }) => type === 'text/html');
  const files = readdirSync(path.join(FIXTURE_ROOT, 'out'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('_not-found'),
  );
  assert.equal(pages.length, files.length);
  for (const { file, csp } of pages) assertPolicyFits(csp, readFileSync(path.join(FIXTURE_ROOT, 'out', file), 'utf8'), file);
  // And nginx sends it: the map the build wrote names each page file with that policy.
  const map = readFileSync(path.join(FIXTURE_ROOT, 'release/static-csp.conf'), 'utf8');
  for (const { file, csp } of pages) assert.ok(map.includes(`"/${file}" "${csp}";`), file);
});

test('Node build: the standalone server sends each page its policy, and each page file carries it as a <meta>', () => {
  const server = path.dirname(standaloneServerPath(FIXTURE_ROOT, path.parse(FIXTURE_ROOT).root));
  const policies: Record<string, string> = JSON.parse(readFileSync(path.join(server, NODE_PAGE_POLICIES), 'utf8'));
  const pages = manifestOf(NODE_MANIFEST).files.filter(({ type }) => type === 'text/html');
  assert.ok(pages.length > 40);
  for (const { path: page, file } of pages) {
    const html = readFileSync(path.join(server, file), 'utf8');
    assertPolicyFits(policies[page], html, page);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(`script-src ${scriptSources(meta ?? '').join(' ')}`, /script-src [^;]*/.exec(policies[page])![0], page);
    // next start serves .next/server/app itself: the same bytes.
    assert.equal(readFileSync(path.join(FIXTURE_ROOT, file), 'utf8'), html, file);
  }
});

test('the release manifests lie outside what is served', () => {
  for (const [manifest, served] of [
    [STATIC_MANIFEST, 'out'],
    [NODE_MANIFEST, path.relative(FIXTURE_ROOT, path.join(path.dirname(standaloneServerPath(FIXTURE_ROOT, '/')), 'public'))],
  ]) {
    assert.ok(path.relative(served, manifest).startsWith('..'), `${manifest} is inside ${served}`);
    const { files } = manifestOf(manifest);
    assert.ok(
      files.every(({ path: url }) => !url.includes('manifest.json') && !url.includes(NODE_PAGE_POLICIES)),
      manifest,
    );
  }
});
