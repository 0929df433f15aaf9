// `next build` leaves .next/standalone without the files a CDN would normally serve: copy them in, and put our server
// (deploy/node-server.ts says why) in place of Next's, so `node .next/standalone/server.js` serves the whole site.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { standaloneServerPath } from './paths.mjs';

export function prepareStandalone(root = process.cwd()) {
  const server = path.dirname(standaloneServerPath(root, process.env.TURBOPACK_ROOT));
  if (!existsSync(path.join(server, 'server.js'))) throw new Error(`No ${server}/server.js: next build did not write it.`);
  for (const [from, to] of [
    ['public', path.join(server, 'public')],
    ['.next/static', path.join(server, '.next/static')],
  ]) {
    rmSync(to, { recursive: true, force: true });
    cpSync(path.join(root, from), to, { recursive: true });
  }
  buildSync({
    entryPoints: [path.join(root, 'deploy/node-server.ts')],
    outfile: path.join(server, 'server.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // next comes from the standalone copy.
    external: ['next'],
    logLevel: 'warning',
  });
}
