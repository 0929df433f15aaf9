/** Ports for the tests' own servers, free when asked for: never the defaults an operator's running service uses. */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

// Holds every port open until all are chosen, so that no two are the same.
const PRINT_FREE_PORTS = `const n=Number(process.argv[1]),net=require('node:net'),servers=[];
const next=()=>{if(servers.length===n){process.stdout.write(servers.map((s)=>s.address().port).join(' '));servers.forEach((s)=>s.close());return}
const s=net.createServer().listen(0,'127.0.0.1',next);servers.push(s)};next()`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The same, where a test file needs its ports as it loads (Playwright's `test.use({ baseURL })`). */
export const freePortsSync = (count: number): number[] =>
  execFileSync(process.execPath, ['-e', PRINT_FREE_PORTS, String(count)], { encoding: 'utf8' })
    .split(' ')
    .map(Number);

export const freePortSync = (): number => freePortsSync(1)[0];
