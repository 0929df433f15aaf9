/**
 * Build scale: a copy of the project builds `count` synthetic articles (half per language) cold,
 * with no contentlayer2 cache, then again after one article is added, as an editor's rebuild.
 * Each phase of `npm run build` is timed on its own, so the table shows where the time goes.
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { copyProject } from '../scripts/project-copy';
import { generateArticles } from '../scripts/synthetic-content';
import { CHROME_FLAGS, CHROMIUM, gib, kb, NEXT_PORT, section, startServer, stop, treeRss, waitFor } from './support';

/** The phases of `npm run build`, read from package.json so the bench runs exactly what editors run. */
const buildSteps: string[] = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build.split(' && ');

interface BuildResult {
  code: number;
  seconds: number;
  peak: number;
  phases: { step: string; seconds: number }[];
}

function runStep(step: string, cwd: string, env: NodeJS.ProcessEnv, onPid: (pid: number) => void): Promise<number> {
  const child = spawn(step, { cwd, env, shell: true, stdio: 'ignore', detached: true });
  if (child.pid) onPid(child.pid);
  return new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
}

async function timedBuild(root: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  const phases: BuildResult['phases'] = [];
  let peak = 0;
  let pid = 0;
  const sampler = setInterval(() => {
    if (pid) peak = Math.max(peak, treeRss(pid));
  }, 250);
  const started = Date.now();
  let code = 0;
  for (const step of buildSteps) {
    const stepStarted = Date.now();
    code = await runStep(step, root, env, (childPid) => (pid = childPid));
    phases.push({ step, seconds: (Date.now() - stepStarted) / 1000 });
    if (code !== 0) break;
  }
  clearInterval(sampler);
  return { code, seconds: (Date.now() - started) / 1000, peak, phases };
}

/** Prerendered HTML pages, and the largest list page (news lists and category lists, any page). */
function builtPages(root: string): { pages: number; largestList: number } {
  const app = path.join(root, '.next/server/app');
  const html = readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const lists = html.filter((file) => /^(zh|en)\/news(\/page\/\d+|\/category\/[^/]+(\/page\/\d+)?)?\.html$/.test(file));
  return { pages: html.length, largestList: Math.max(...lists.map((file) => statSync(path.join(app, file)).size)) };
}

/** Bytes the browser transfers for one search query on a site of `root`. */
async function searchTransfer(root: string): Promise<{ bytes: number; results: number }> {
  const server = startServer('npx', ['next', 'start', '-p', String(NEXT_PORT), '-H', '127.0.0.1'], root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  try {
    await waitFor(`http://127.0.0.1:${NEXT_PORT}/zh/search`);
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`http://127.0.0.1:${NEXT_PORT}/zh/search`);
    // Everything fetched from the first keystroke on, the search worker's requests included.
    const sizes: Promise<number>[] = [];
    page.context().on('requestfinished', (request) => {
      sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize));
    });
    await page.fill('#search-query', '科技');
    await page.locator('.search-results li').first().waitFor();
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return { bytes, results: await page.locator('.search-results li').count() };
  } finally {
    await browser.close();
    stop(server);
  }
}

const secondsText = (result: BuildResult) =>
  result.code === 0 ? `${result.seconds.toFixed(0)} s` : `failed (exit ${result.code}) after ${result.seconds.toFixed(0)} s`;
const phaseName = (step: string) => step.replace(/^npm run /, '').replace(/^node scripts\/(.*)\.mjs$/, '$1');
const phasesText = (result: BuildResult) =>
  result.phases.map(({ step, seconds }) => `${phaseName(step)} ${seconds.toFixed(0)}`).join(' · ');

/** `saved` is called after each size, so a long run keeps what it has measured. */
export async function scaleSection(sizes: number[], saved: () => void) {
  const rows = [
    '| articles | pages built | cold build | editor’s rebuild (cache kept, +1 article) | peak memory (cold) | time per 1,000 articles (cold) | largest list page |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const phaseRows = ['| articles | build | seconds per phase |', '| --- | --- | --- |'];
  let searchLine = '';
  for (const count of sizes) {
    const { root, env: copyEnv } = copyProject(`scale-${count}-`);
    try {
      // Synthetic articles replace the news, never inside the real content/ folder.
      const content = path.join(root, 'synthetic-content');
      cpSync('content/pages', path.join(content, 'pages'), { recursive: true });
      generateArticles(path.join(content, 'news'), count);
      const env = { ...copyEnv, CONTENT_DIR: content, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}` };
      const cold = await timedBuild(root, env);
      const { pages, largestList } = cold.code === 0 ? builtPages(root) : { pages: 0, largestList: 0 };
      if (cold.code === 0 && count === sizes[0]) {
        const search = await searchTransfer(root);
        searchLine = `Search on the ${count.toLocaleString('en')}-article site: one query ("科技", ${search.results} results shown) transferred ${kb(search.bytes)} over the network, compressed, headers included (Pagefind script, worker, WebAssembly, index chunks and result fragments; budget 300 KB).`;
      }
      writeFileSync(
        path.join(content, 'news/zh/editor-added.mdx'),
        '---\ntitle: "编辑新增的文章"\ndate: 2026-01-01\ncategory: company\n---\n\n编辑保存的一篇新文章。\n',
      );
      const warm = await timedBuild(root, env);
      rows.push(
        `| ${count.toLocaleString('en')} | ${pages.toLocaleString('en')} | ${secondsText(cold)} | ${secondsText(warm)} | ${gib(cold.peak)} | ${((cold.seconds / count) * 1000).toFixed(1)} s | ${kb(largestList)} |`,
      );
      phaseRows.push(
        `| ${count.toLocaleString('en')} | cold | ${phasesText(cold)} |`,
        `| ${count.toLocaleString('en')} | rebuild | ${phasesText(warm)} |`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    section('scale', 'Build scale: synthetic articles, half per language, in a temporary content folder', [
      ...rows,
      '',
      'The whole `npm run build` (content check, contentlayer2, next build, Pagefind index, standalone copy). "Cold" starts without `.contentlayer` and `.next`; the editor’s rebuild keeps both, as a deployment that caches them does (see README, "Keeping the build cache"), and adds one article. Targets on this 2-core machine: rebuild at 10,000 ≤ 4 min; cold at 10,000 ≤ 8 min and 2.5 GiB; time per 1,000 at 20,000 within 15 % of 1,000; largest list page at 20,000 ≤ 1.2 × at 1,000.',
      '',
      'Where the time goes (seconds per phase of `npm run build`):',
      '',
      ...phaseRows,
      '',
      searchLine,
    ]);
    saved();
  }
}
