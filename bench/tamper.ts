/**
 * The tamper protection's cost and the live check's speed: a copy of the project builds 1,000 synthetic articles for
 * both targets, with each build step timed; the release step's share is the policy's and the manifest's build cost,
 * the policy's length its bytes per page. Then `npm run verify:live` checks the export behind the project's nginx.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NODE_MANIFEST, STATIC_MANIFEST } from '../build/paths.mjs';
import type { ManifestEntry } from '../lib/live-check';
import { copyProject } from '../tests/support/project-copy';
import { generateArticles } from '../tests/support/synthetic-content';
import { NGINX_PORT, section, startServer, stop, waitFor } from './support';

const ARTICLES = 1000;

export async function tamperSection() {
  const { root, env: copyEnv } = copyProject('tamper-');
  try {
    // nginx's workers run as another user when it is started as root.
    chmodSync(root, 0o755);
    const content = path.join(root, 'synthetic-content');
    cpSync('content/pages', path.join(content, 'pages'), { recursive: true });
    generateArticles(path.join(content, 'news'), ARTICLES);
    const timings = path.join(root, 'build-timings.json');
    const env = { ...copyEnv, CONTENT_DIR: content, BUILD_TIMINGS_FILE: timings };
    execFileSync('node', ['scripts/build.mjs', 'node', 'static'], { cwd: root, env, stdio: 'ignore' });
    const steps: { step: string; seconds: number }[] = JSON.parse(readFileSync(timings, 'utf8'));
    const total = steps.reduce((sum, { seconds }) => sum + seconds, 0);
    const seconds = (step: string) => steps.find((each) => each.step === step)?.seconds ?? 0;
    const { files }: { files: ManifestEntry[] } = JSON.parse(readFileSync(path.join(root, STATIC_MANIFEST), 'utf8'));
    const pages = files.filter(({ csp }) => csp);
    const policyBytes = pages.map(({ csp }) => Buffer.byteLength(csp!));
    const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const node: { root: string; files: ManifestEntry[] } = JSON.parse(readFileSync(path.join(root, NODE_MANIFEST), 'utf8'));
    const metaBytes = node.files
      .filter(({ type }) => type === 'text/html')
      .map(({ file }) => readFileSync(path.join(root, 'release', node.root, file), 'utf8'))
      .map((html) => Buffer.byteLength(/<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)?.[0] ?? ''));

    const nginx = startServer('nginx', ['-p', root, '-c', 'deploy/nginx.conf', '-g', 'daemon off;']);
    let check: { seconds: number; output: string; code: number };
    try {
      await waitFor(`http://127.0.0.1:${NGINX_PORT}/zh`);
      const started = performance.now();
      let code = 0;
      let output: string;
      try {
        output = execFileSync('npx', ['tsx', 'scripts/verify-live.ts', `http://127.0.0.1:${NGINX_PORT}`, '--manifest', STATIC_MANIFEST], {
          cwd: root,
          env,
          encoding: 'utf8',
        });
      } catch (error) {
        code = (error as { status: number }).status;
        output = (error as { stdout: string }).stdout;
      }
      check = { seconds: (performance.now() - started) / 1000, output: output.trim().split('\n').at(-1) ?? '', code };
    } finally {
      stop(nginx);
    }
    section('tamper', `Tamper protection at ${ARTICLES.toLocaleString('en')} synthetic articles: build cost, policy size, live check`, [
      '| measure | value |',
      '| --- | --- |',
      `| release step, Node build (policy per page as header file and \`<meta>\`, manifest) | ${seconds('release-node').toFixed(1)} s of ${total.toFixed(0)} s for both builds |`,
      `| release step, static export (nginx map, manifest) | ${seconds('release-static').toFixed(1)} s |`,
      `| pages with their own policy (static export) | ${pages.length.toLocaleString('en')} |`,
      `| policy header per page: mean, largest | ${average(policyBytes).toFixed(0)} B, ${Math.max(...policyBytes)} B |`,
      `| \`<meta>\` policy in each Node-build page (Vercel, next start): mean | ${average(metaBytes).toFixed(0)} B |`,
      `| files in the manifest (static export) | ${files.length.toLocaleString('en')} |`,
      `| \`npm run verify:live\` against local nginx (16 at a time, gzip) | ${check.seconds.toFixed(1)} s, exit ${check.code} (target ≤ 60 s: ${check.seconds <= 60 && check.code === 0 ? 'met' : 'missed'}) |`,
      '',
      `The check's last line: \`${check.output}\``,
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
