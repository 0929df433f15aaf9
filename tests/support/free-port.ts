/** Ports for the tests' own servers, free when asked for: never the defaults an operator's running service uses. */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

const PRINT_FREE_PORT =
  "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";

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
export const freePortSync = (): number => Number(execFileSync(process.execPath, ['-e', PRINT_FREE_PORT], { encoding: 'utf8' }));
