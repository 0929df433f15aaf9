/**
 * A defaced copy of the static export behind its own nginx, with the configuration and policies of the real build: a
 * script put first in an article's <head> and made-up spam words in its title, a deleted page, a changed stylesheet.
 * The header stops the script, and `npm run verify:live` names every change; on the untouched servers it finds none.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { NODE_MANIFEST, STATIC_MANIFEST } from '../build/paths.mjs';
import { fixture, FIXTURE_ROOT, freePortSync, ON, recordPolicyViolations, stopAndRemove } from './support';

const TAMPERED_PORT = freePortSync();
const tamperedSite = `http://127.0.0.1:${TAMPERED_PORT}`;
/** Made-up words, as a defacement would put them: no real brand. */
const INJECTED_WORDS = '蓝鲸娱乐城 ZX-7781 首充送彩金';
const defacedPage = `/zh/news/${fixture.translated}`;
const deletedPage = `/en/news/${fixture.media}`;

/** Runs the check as the timer does; resolves with its exit code and report. */
async function verifyLive(siteUrl: string, manifest: string, env: Record<string, string> = {}) {
  const args = ['tsx', 'scripts/verify-live.ts', siteUrl, '--manifest', path.join(FIXTURE_ROOT, manifest)];
  try {
    const { stdout } = await promisify(execFile)('npx', args, { env: { ...process.env, ...env } });
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout: `${stdout}${stderr}` };
  }
}

test.describe('a defaced copy of the static export', ON.nginxOnly, () => {
  test.describe.configure({ mode: 'serial' });
  let root: string;
  let nginx: ChildProcess | undefined;
  let changedStylesheet: string;

  test.beforeAll(async ({ request }) => {
    root = mkdtempSync(path.join(tmpdir(), 'imic-site-defaced-'));
    // nginx's workers run as another user when it is started as root.
    chmodSync(root, 0o755);
    for (const folder of ['out', 'deploy', 'release'])
      cpSync(path.join(FIXTURE_ROOT, folder), path.join(root, folder), { recursive: true });
    const article = path.join(root, `out${defacedPage}.html`);
    writeFileSync(
      article,
      readFileSync(article, 'utf8')
        .replace('<head>', '<head><script>window.defaced = true</script>')
        .replace(/<title>/, `<title>${INJECTED_WORDS} `),
    );
    rmSync(path.join(root, `out${deletedPage}.html`));
    const styles = path.join(root, 'out/_next/static');
    changedStylesheet = readdirSync(styles, { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith('.css'))!;
    writeFileSync(path.join(styles, changedStylesheet), `${readFileSync(path.join(styles, changedStylesheet), 'utf8')}body{display:none}`);
    // Its own port and pid file beside the suite's nginx.
    const config = path.join(root, 'deploy/nginx.conf');
    writeFileSync(
      config,
      readFileSync(config, 'utf8')
        .replace(/listen 127\.0\.0\.1:\d+;/, `listen 127.0.0.1:${TAMPERED_PORT};`)
        .replace(/^pid .*;$/m, `pid ${root}/nginx.pid;`),
    );
    nginx = spawn('nginx', ['-p', root, '-c', 'deploy/nginx.conf', '-g', 'daemon off;'], { stdio: 'inherit', detached: true });
    await expect.poll(async () => (await request.get(`${tamperedSite}/zh`).catch(() => undefined))?.status()).toBe(200);
  });

  test.afterAll(async () => stopAndRemove(nginx, root));

  test('the injected script does not run: the header blocks it', async ({ page }) => {
    const violations = await recordPolicyViolations(page);
    // The file as served carries both (once hydrated, React puts the built title back on the screen).
    const response = await page.goto(`${tamperedSite}${defacedPage}`);
    expect(await response!.text()).toMatch(
      new RegExp(`^<!DOCTYPE html><html[^>]*><head><script>window.defaced = true</script>.*<title>${INJECTED_WORDS}`),
    );
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem /));
    expect(await page.evaluate(() => (window as unknown as { defaced?: boolean }).defaced)).toBeUndefined();
  });

  test('verify:live names each change, quotes the injected words, exits 1 and runs the alert', async () => {
    const alertFile = path.join(root, 'alert.txt');
    const { code, stdout } = await verifyLive(tamperedSite, STATIC_MANIFEST, { VERIFY_LIVE_ALERT: `cat > '${alertFile}'` });
    expect(code, stdout).toBe(1);
    const findings = stdout.split('\n✗ ');
    expect(findings.find((finding) => finding.includes(`${defacedPage}\n`))).toContain(INJECTED_WORDS);
    expect(findings.find((finding) => finding.includes(`${defacedPage}\n`))).toMatch(/已篡改 \/ modified/);
    expect(findings.find((finding) => finding.includes(`${deletedPage}\n`))).toMatch(/缺失 \/ missing/);
    expect(findings.find((finding) => finding.includes(`${changedStylesheet}\n`))).toMatch(/已篡改 \/ modified\s+\S+\.css\n.*display:none/);
    // Those three files and nothing else.
    expect(stdout).toContain('发现 3 处问题 / 3 findings');
    expect(readFileSync(alertFile, 'utf8')).toBe(stdout);
  });
});

test('verify:live finds nothing on the untouched deployed servers and exits 0', ON.deployedServers, async ({ baseURL }, testInfo) => {
  const manifest = testInfo.project.name === 'static' ? STATIC_MANIFEST : NODE_MANIFEST;
  const { code, stdout } = await verifyLive(baseURL!, manifest, { VERIFY_LIVE_ALERT: 'echo alert >&2; exit 3' });
  expect(stdout).toMatch(/^✓ .* URLs match the build/m);
  expect(stdout).not.toContain('alert');
  expect(code, stdout).toBe(0);
});
