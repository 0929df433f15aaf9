import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * deploy/nginx.conf of the project at `root` as it is, but on `port` and with a pid file of its own, written to
 * `configFile` (relative to `root`): never the 8080 of an operator's `npm run serve:static`, whose `-s stop` must not
 * stop this nginx either. Returns nginx's arguments for it (foreground).
 */
export function writeLocalNginxConfig(root: string, port: number, configFile: string): string[] {
  const source = path.join(root, 'deploy/nginx.conf');
  const changes = [
    ['listen 127.0.0.1:8080;', `listen 127.0.0.1:${port};`],
    ['pid /tmp/imic-site-nginx.pid;', `pid ${path.join(root, 'nginx.pid')};`],
  ];
  let config = readFileSync(source, 'utf8');
  for (const [line, replacement] of changes) {
    if (!config.includes(line)) throw new Error(`${source} no longer says "${line}": update tests/support/local-nginx.ts`);
    config = config.replace(line, replacement);
  }
  writeFileSync(path.join(root, configFile), config);
  // nginx's workers run as another user: they read the project's folder (a temporary one is private to its owner).
  chmodSync(root, 0o755);
  return ['-p', root, '-c', configFile, '-g', 'daemon off;'];
}
