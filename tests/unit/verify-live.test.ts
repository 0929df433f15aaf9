// Issue 32, item 8: `npm run verify:live` on a newsroom server checks the live release (CMS_DATA/current) without being
// told where it is, and a check that cannot run raises the alert as a finding does.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { STATIC_MANIFEST } from '../../build/paths.mjs';

const SCRIPT = path.resolve('scripts/verify-live.ts');
const TSX = path.resolve('node_modules/.bin/tsx');
const served = 'the page as built\n';
const dir = mkdtempSync(path.join(tmpdir(), 'verify-live-'));
let server: Server;
let siteUrl: string;

before(async () => {
  server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end(served));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeManifest(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const entry = {
    path: '/a.txt',
    file: 'a.txt',
    size: text.length,
    sha256: createHash('sha256').update(text).digest('hex'),
    type: 'text/plain',
  };
  writeFileSync(file, JSON.stringify({ target: 'static', builtAt: new Date().toISOString(), root: '.', files: [entry] }));
}

/** The check as the timer runs it: in the checkout, with the site's address only (CMS_DATA at its default). */
function verifyLive(cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const inherited = { ...process.env };
  delete inherited.CMS_DATA;
  return new Promise((resolve) => {
    execFile(TSX, [SCRIPT, siteUrl], { cwd, env: { ...inherited, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

test('on a newsroom server, the live release is checked, not an older build left in the checkout', async () => {
  const checkout = path.join(dir, 'server');
  writeManifest(path.join(checkout, STATIC_MANIFEST), 'what an old build of the checkout had\n');
  writeManifest(path.join(checkout, '.cms/releases/7/static-manifest.json'), served);
  // The newsroom's `current`: a relative link into releases/ (release-store.ts).
  symlinkSync('releases/7', path.join(checkout, '.cms/current'));
  const { code, stdout } = await verifyLive(checkout);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /\.cms\/current\/static-manifest\.json/);
});

test('a check that cannot run exits 2 and runs the alert with its reason', async () => {
  const checkout = path.join(dir, 'empty');
  mkdirSync(checkout, { recursive: true });
  const alertFile = path.join(dir, 'alert.txt');
  const { code } = await verifyLive(checkout, { VERIFY_LIVE_ALERT: `cat > '${alertFile}'` });
  assert.equal(code, 2);
  assert.ok(existsSync(alertFile), 'the alert ran');
  assert.match(readFileSync(alertFile, 'utf8'), /无法运行[\s\S]*could not run[\s\S]*没有构建清单/);
});
