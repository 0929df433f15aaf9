/**
 * Build scale: a copy of the project builds `count` synthetic articles (half per language) cold,
 * with no contentlayer2 cache, then again after one article is added, as an editor's rebuild.
 * Each phase of `npm run build` is timed on its own, so the table shows where the time goes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { copyProject } from '../tests/support/project-copy';
import { PREVIOUS_BUILD_PREFIX } from '../build/paths.mjs';
import { generateArticles } from '../tests/support/synthetic-content';
import { DEFAULT_LOCALE, LOCALE_TAGS } from '../i18n/locales.mjs';
import {
  CHROME_FLAGS,
  CHROMIUM,
  gib,
  kb,
  NEXT_PORT,
  previousSections,
  section,
  sleep,
  startNodeServer,
  stop,
  treeRss,
  waitFor,
} from './support';

interface BuildResult {
  code: number;
  seconds: number;
  peak: number;
  phases: { step: string; seconds: number }[];
  /** `next build`'s own steps, from its trace (.next/trace). */
  nextSteps: { step: string; seconds: number }[];
}

/** Spans of `next build`'s trace, in build order, by the name the table gives them. */
const NEXT_SPANS = {
  // Deletes the previous build's output (not its cache): about ten files for every page.
  clean: 'clean',
  'run-turbopack': 'compile',
  'run-typescript': 'types',
  'static-check': 'page check',
  'static-generation': 'prerender',
  'output-standalone': 'standalone',
} as const;

function nextBuildSteps(root: string): BuildResult['nextSteps'] {
  const trace = path.join(root, '.next/trace');
  if (!existsSync(trace)) return [];
  const spans = readFileSync(trace, 'utf8')
    .trim()
    .split('\n')
    .flatMap((line) => JSON.parse(line) as { name: string; duration: number }[]);
  return Object.entries(NEXT_SPANS).flatMap(([name, step]) => {
    const span = spans.findLast((candidate) => candidate.name === name);
    return span ? [{ step, seconds: span.duration / 1e6 }] : [];
  });
}

/**
 * Seconds one process takes to load the built content and index it, as each prerender worker does before its first
 * page (lib/content.ts, the only way into content).
 */
function contentLoadSeconds(root: string, env: NodeJS.ProcessEnv): number {
  const script =
    "const started = performance.now(); require('./lib/content.ts').getArticles('zh'); console.log((performance.now() - started) / 1000);";
  const output = execFileSync('node', ['--import', 'tsx', '-e', script], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  return Number(output.trim());
}

function runCommand(step: string, cwd: string, env: NodeJS.ProcessEnv, onPid: (pid: number) => void): Promise<number> {
  const child = spawn(step, { cwd, env, shell: true, stdio: 'ignore', detached: true });
  if (child.pid) onPid(child.pid);
  return new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
}

/**
 * Waits while a build set aside earlier is still being deleted in the background (build/previous-build.mjs),
 * so that no measured build shares the machine with it.
 */
async function untilPreviousBuildsDeleted() {
  for (let second = 0; second < 900; second += 1) {
    if (!readdirSync(tmpdir()).some((entry) => entry.startsWith(PREVIOUS_BUILD_PREFIX))) return;
    await sleep(1000);
  }
}

async function timedBuild(root: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  await untilPreviousBuildsDeleted();
  let peak = 0;
  let pid = 0;
  const sampler = setInterval(() => {
    if (pid) peak = Math.max(peak, treeRss(pid));
  }, 250);
  rmSync(path.join(root, '.next/trace'), { force: true });
  // `npm run build` itself, which times each of its steps (build/steps.mjs) into this file.
  const timings = path.join(root, 'build-timings.json');
  rmSync(timings, { force: true });
  const started = Date.now();
  const code = await runCommand('npm run build', root, { ...env, BUILD_TIMINGS_FILE: timings }, (childPid) => (pid = childPid));
  clearInterval(sampler);
  const phases: BuildResult['phases'] = existsSync(timings) ? JSON.parse(readFileSync(timings, 'utf8')) : [];
  return { code, seconds: (Date.now() - started) / 1000, peak, phases, nextSteps: nextBuildSteps(root) };
}

/** Prerendered HTML pages, and the largest list page (news lists and category lists, any page). */
function builtPages(root: string): { pages: number; largestList: number } {
  const app = path.join(root, '.next/server/app');
  const html = readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const lists = html.filter((file) => /^(zh|en)\/news(\/page\/\d+|\/category\/[^/]+(\/page\/\d+)?)?\.html$/.test(file));
  return { pages: html.length, largestList: Math.max(...lists.map((file) => statSync(path.join(app, file)).size)) };
}

/** Bytes the browser transfers for one search query on a site of `root`, served as deployments serve it. */
async function searchTransfer(root: string, env: NodeJS.ProcessEnv): Promise<{ bytes: number; results: number }> {
  const server = startNodeServer(root, env);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  try {
    await waitFor(`http://127.0.0.1:${NEXT_PORT}/zh/search`);
    const page = await browser.newPage({ locale: LOCALE_TAGS[DEFAULT_LOCALE].htmlLang });
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
const phaseName = (step: string) => step.replace(/^npm run /, '').replace(/^node scripts\/(.*)\.mjs/, '$1');
const stepsText = (steps: BuildResult['phases']) =>
  steps.map(({ step, seconds }) => `${phaseName(step)} ${seconds.toFixed(0)}`).join(' · ');

const countOf = (row: string) => Number(row.split('|')[1].replaceAll(',', ''));

/**
 * The last run's rows for the sizes this run does not measure, so that `--sizes=20000` adds a row to the table
 * instead of replacing it; with the date they were measured and the search line when they include the smallest size.
 */
function earlierRun(sizes: number[]) {
  const previous = previousSections().get('scale') ?? '';
  const lines = previous.split('\n');
  const kept = (pattern: RegExp) => lines.filter((line) => pattern.test(line) && !sizes.includes(countOf(line)));
  const rows = kept(/^\| [\d,]+ \| [\d,]+ \|/);
  return {
    rows,
    phaseRows: kept(/^\| [\d,]+ \| (cold|rebuild) \|/),
    measured: /^Measured (\d{4}-\d{2}-\d{2})/m.exec(previous)?.[1],
    searchLine: lines.find((line) => line.startsWith('Search on the ')) ?? '',
    smallest: Math.min(...rows.map(countOf)),
  };
}

/** The issue's targets, judged on the table's rows (measured now or kept). */
function targetLines(rows: string[]): string[] {
  const cellsByCount = new Map(rows.map((row) => [countOf(row), row.split('|').map((cell) => cell.trim())]));
  const [cold, rebuild, peak, perThousand, list] = [3, 4, 5, 6, 7];
  const value = (count: number, column: number) => Number.parseFloat(cellsByCount.get(count)?.[column].replaceAll(',', '') ?? '');
  /** A failed build has a row without numbers; a size that was never run has no row. */
  const judged = (counts: number[], measured: number, limit: number, text: string) =>
    !counts.every((count) => cellsByCount.has(count))
      ? 'not measured'
      : Number.isNaN(measured)
        ? 'no result, the build failed'
        : `${text}, ${measured <= limit ? 'met' : 'missed'}`;
  const seconds = (count: number, column: number, limit: number) =>
    judged([count], value(count, column), limit, `${value(count, column)} s`);
  const ratio = (column: number, limit: number) => {
    const measured = value(20000, column) / value(1000, column);
    return judged([1000, 20000], measured, limit, `${measured.toFixed(2)} ×`);
  };
  return [
    'Targets:',
    `- rebuild at 10,000 ≤ 240 s: ${seconds(10000, rebuild, 240)};`,
    `- cold build at 10,000 ≤ 480 s: ${seconds(10000, cold, 480)}; peak ≤ 2.5 GiB: ${judged([10000], value(10000, peak), 2.5, `${value(10000, peak)} GiB`)};`,
    `- time per 1,000 at 20,000 ≤ 1.15 × at 1,000: ${ratio(perThousand, 1.15)};`,
    `- largest list page at 20,000 ≤ 1.2 × at 1,000: ${ratio(list, 1.2)}.`,
  ];
}

/** `saved` is called after each size, so a long run keeps what it has measured. */
export async function scaleSection(sizes: number[], saved: () => void) {
  const measuredRows: string[] = [];
  const phaseRows: string[] = [];
  const earlier = earlierRun(sizes);
  let searchLine = earlier.smallest < sizes[0] ? earlier.searchLine : '';
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
      if (cold.code === 0 && count === sizes[0] && !searchLine) {
        const search = await searchTransfer(root, env);
        searchLine = `Search on the ${count.toLocaleString('en')}-article site: one query ("科技", ${search.results} results shown) transferred ${kb(search.bytes)} from the Node server (npm start), compressed, headers included (Pagefind script, worker, WebAssembly, index chunks and result fragments; budget 300 KB).`;
      }
      writeFileSync(
        path.join(content, 'news/zh/editor-added.mdx'),
        '---\ntitle: "编辑新增的文章"\ndate: 2026-01-01\ncategory: company\n---\n\n编辑保存的一篇新文章。\n',
      );
      const contentLoad = cold.code === 0 ? `${contentLoadSeconds(root, env).toFixed(1)} s` : '';
      const warm = await timedBuild(root, env);
      measuredRows.push(
        cold.code === 0
          ? `| ${count.toLocaleString('en')} | ${pages.toLocaleString('en')} | ${secondsText(cold)} | ${secondsText(warm)} | ${gib(cold.peak)} | ${((cold.seconds / count) * 1000).toFixed(1)} s | ${kb(largestList)} |`
          : `| ${count.toLocaleString('en')} | none | ${secondsText(cold)} | ${secondsText(warm)} | ${gib(cold.peak)} | none | none |`,
      );
      const insideNextBuild = (result: BuildResult) =>
        stepsText(result.nextSteps).replace(
          /prerender (\d+)/,
          (text, seconds) => `${text} (${((Number(seconds) / pages) * 1000).toFixed(0)} ms a page)`,
        );
      phaseRows.push(
        `| ${count.toLocaleString('en')} | cold | ${stepsText(cold.phases)} | ${insideNextBuild(cold)} | ${contentLoad} |`,
        `| ${count.toLocaleString('en')} | rebuild | ${stepsText(warm.phases)} | ${insideNextBuild(warm)} | |`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const byCount = (a: string, b: string) => countOf(a) - countOf(b);
    const keptCounts = earlier.rows.map((row) => countOf(row).toLocaleString('en'));
    const rows = [...earlier.rows, ...measuredRows].sort(byCount);
    section('scale', 'Build scale: synthetic articles, half per language, in a temporary content folder', [
      '| articles | pages built | cold build | editor’s rebuild (cache kept, +1 article) | peak memory (cold) | time per 1,000 articles (cold) | largest list page |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      ...(keptCounts.length
        ? [`The rows for ${keptCounts.join(' and ')} articles were measured by an earlier run, on ${earlier.measured}.`, '']
        : []),
      'The whole `npm run build` (content check, contentlayer2, next build, Pagefind index, standalone copy). "Cold" starts without `.contentlayer` and `.next`; the editor’s rebuild keeps both, as a deployment that caches them does (see README, "Keeping the build cache"), and adds one article.',
      '',
      ...targetLines(rows),
      '',
      'Where the time goes: seconds per phase of `npm run build`; inside `next build`, seconds per step of its trace (`.next/trace`; prerendering runs on one worker per core, each of which first loads the content); and the seconds one process takes to load and index the built content (`lib/content.ts`).',
      '',
      '| articles | build | seconds per phase | inside next build | content load, per worker |',
      '| --- | --- | --- | --- | --- |',
      ...[...earlier.phaseRows, ...phaseRows].sort(byCount),
      '',
      searchLine,
    ]);
    saved();
  }
}
