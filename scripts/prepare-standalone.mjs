// `next build` leaves .next/standalone without the files a CDN would normally serve: copy them in,
// so `node .next/standalone/server.js` serves the whole site on its own.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { standaloneServerPath } from './standalone-server.mjs';

const server = path.relative(process.cwd(), path.dirname(standaloneServerPath(process.cwd(), process.env.TURBOPACK_ROOT)));
if (!existsSync(path.join(server, 'server.js'))) {
  console.error(`No ${server}/server.js: run \`npm run build\` first.`);
  process.exit(1);
}
for (const [from, to] of [
  ['public', path.join(server, 'public')],
  ['.next/static', path.join(server, '.next/static')],
]) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
// Our server replaces Next's generated server.js (deploy/node-server.ts says why); next comes from the standalone copy.
buildSync({
  entryPoints: ['deploy/node-server.ts'],
  outfile: path.join(server, 'server.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['next'],
  logLevel: 'warning',
});
console.log(`Standalone server ready: node ${server}/server.js`);
