/**
 * npm run bench: the performance budget, measured on this machine. Prints a table and writes
 * bench/results.md. Never part of `npm test` (timings belong to benchmarks, not tests).
 *
 *   npm run bench                 everything (about 25 minutes on 2 cores)
 *   npm run bench -- --only=lighthouse,js,serve,scale   some sections; the others in bench/results.md stay
 *   npm run bench -- --only=scale --sizes=1000          the build-scale section for some sizes only
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { copyProject } from './project-copy';
import { generateArticles } from './synthetic-content';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const NEXT_PORT = 3301;
const NGINX_PORT = 8080;
const SECTIONS = ['lighthouse', 'js', 'serve', 'scale'] as const;
type Section = (typeof SECTIONS)[number];
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3).split(',');
const only = (option('only') ?? [...SECTIONS]) as Section[];
const sizes = (option('sizes') ?? ['1000', '10000']).map(Number);
const article = '/zh/news/regional-science-technology-conference-2021';
const pages = {
  'home zh': '/zh',
  'home en': '/en',
  'news zh': '/zh/news',
  'news en': '/en/news',
  'article zh': article,
  'article en': '/en/news/regional-science-technology-conference-2021',
};
const RESULTS = 'bench/results.md';
const report = new Map<Section, string>();

/** Each section is marked in results.md, so a partial run replaces only its own sections. */
function section(key: Section, title: string, lines: string[]) {
  const text = [`<!-- section:${key} -->`, `## ${title}`, '', ...lines, ''].join('\n');
  console.log(`\n${text}`);
  report.set(key, text);
}

function previousSections(): Map<Section, string> {
  const sections = new Map<Section, string>();
  if (!existsSync(RESULTS)) return sections;
  for (const part of readFileSync(RESULTS, 'utf8').split(/(?=<!-- section:)/).slice(1)) {
    const key = /^<!-- section:(\w+) -->/.exec(part)?.[1] as Section | undefined;
    if (key) sections.set(key, part.trimEnd() + '\n');
  }
  return sections;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  throw new Error(`${url} did not answer`);
}

/** Resident memory of a process and all its descendants, in bytes. */
function treeRss(rootPid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kib]) => [pid, kib * 1024]));
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function startServer(command: string, args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(command, args, { cwd, env, stdio: 'ignore', detached: true });
}

function stop(server: ChildProcess) {
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function lighthouseSection(base: string) {
  const rows = ['| page | Performance | Accessibility | Best Practices | SEO | CLS | LCP | TBT | JS transferred | web fonts |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  const out = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  for (const [name, pagePath] of Object.entries(pages)) {
    const runs: Record<string, number>[] = [];
    for (let run = 0; run < 3; run += 1) {
      const file = path.join(out, `${name.replace(' ', '-')}-${run}.json`);
      execFileSync(
        'npx',
        ['lighthouse', `${base}${pagePath}`, '--quiet', '--output=json', `--output-path=${file}`, `--chrome-path=${CHROMIUM}`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo'],
        { stdio: 'pipe', env: { ...process.env, CHROME_PATH: CHROMIUM } },
      );
      const result = JSON.parse(readFileSync(file, 'utf8'));
      const scripts = (result.audits['network-requests'].details.items as { resourceType: string; transferSize: number }[]).filter((item) => item.resourceType === 'Script');
      const fonts = (result.audits['network-requests'].details.items as { resourceType: string }[]).filter((item) => item.resourceType === 'Font');
      runs.push({
        performance: result.categories.performance.score * 100,
        accessibility: result.categories.accessibility.score * 100,
        bestPractices: result.categories['best-practices'].score * 100,
        seo: result.categories.seo.score * 100,
        cls: result.audits['cumulative-layout-shift'].numericValue,
        lcp: result.audits['largest-contentful-paint'].numericValue,
        tbt: result.audits['total-blocking-time'].numericValue,
        js: scripts.reduce((sum, item) => sum + item.transferSize, 0),
        fonts: fonts.length,
      });
    }
    // The median run by performance score, so every column comes from one real run.
    const middle = [...runs].sort((a, b) => a.performance - b.performance)[1];
    rows.push(
      `| ${name} | ${Math.round(middle.performance)} (runs ${runs.map((r) => Math.round(r.performance)).join(', ')}) | ${Math.round(middle.accessibility)} | ${Math.round(middle.bestPractices)} | ${Math.round(middle.seo)} | ${middle.cls.toFixed(3)} | ${Math.round(middle.lcp)} ms | ${Math.round(middle.tbt)} ms | ${kb(middle.js)} | ${middle.fonts} |`,
    );
    console.log(rows.at(-1));
  }
  rmSync(out, { recursive: true, force: true });
  section('lighthouse', 'Lighthouse 12.2.3, mobile preset, Debian Chromium, median of 3 (against `next start`)', [
    ...rows,
    '',
    'Budget: Performance ≥ 95; Accessibility, Best Practices and SEO 100; CLS 0; no web fonts.',
    'Reference, measured here on timlrx/tailwind-nextjs-starter-blog: Performance 82 home / 77 post, Accessibility 96, 219–228 KB of JavaScript transferred.',
  ]);
}

/** Which client module ids are the project's own (not node_modules), from Next's client reference manifests. */
function ownModuleIds(): Set<number> {
  const ids = new Set<number>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('_client-reference-manifest.js')) {
        const manifest = { __RSC_MANIFEST: {} as Record<string, { clientModules: Record<string, { id: number }> }> };
        new Function('globalThis', readFileSync(full, 'utf8'))(manifest);
        for (const page of Object.values(manifest.__RSC_MANIFEST)) {
          for (const [name, module] of Object.entries(page.clientModules)) {
            if (name.startsWith('[project]/') && !name.includes('/node_modules/')) ids.add(Number(module.id));
          }
        }
      }
    }
  };
  walk('.next/server/app');
  return ids;
}

/** Interface sentences long enough not to occur in framework code by chance (short words like "Next" do). */
function distinctiveMessages(): string[] {
  const texts: string[] = [];
  const collect = (node: unknown) => {
    if (typeof node === 'string') texts.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  };
  for (const locale of ['zh', 'en']) collect(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')));
  return texts.filter((text) => text.length >= 12);
}

async function javascriptSection(base: string) {
  const own = ownModuleIds();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  const rows = ['| page | scripts | all JS (gzip) | framework runtime (gzip) | ours (gzip) | web fonts | messages in client JS |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const [name, pagePath] of Object.entries({ ...pages, 'search zh': '/zh/search' })) {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const scripts: string[] = [];
    let fonts = 0;
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
      if (response.request().resourceType() === 'font') fonts += 1;
    });
    await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle' });
    let total = 0;
    let ours = 0;
    let leakedMessages = 0;
    const messageText = distinctiveMessages();
    for (const url of new Set(scripts)) {
      const body = await (await fetch(url)).text();
      const size = gzipSync(body, { level: 9 }).length;
      total += size;
      const moduleIds = [...body.matchAll(/[,[](\d+),\w+=>\{/g)].map((match) => Number(match[1]));
      // A chunk holding any of our modules counts as ours in full: an upper bound for the budget.
      if (moduleIds.some((id) => own.has(id))) ours += size;
      if (messageText.some((text) => body.includes(text))) leakedMessages += 1;
    }
    rows.push(`| ${name} | ${new Set(scripts).size} | ${kb(total)} | ${kb(total - ours)} | ${kb(ours)} | ${fonts} | ${leakedMessages === 0 ? 'none' : `${leakedMessages} scripts`} |`);
    await page.close();
  }
  await browser.close();
  section('js', 'JavaScript shipped per page type (gzip -9 of each script the page loads)', [
    ...rows,
    '',
    '"Ours" counts in full every chunk that holds any of the project\'s own client components (menu, text size, search box); the rest is React and the Next.js runtime. Budget: ours ≤ 10 KB.',
  ]);
}

async function autocannonRun(url: string, connections: number, duration: number) {
  const result = await autocannon({ url, connections, duration });
  return {
    requests: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function servingSection() {
  const next = startServer('npx', ['next', 'start', '-p', String(NEXT_PORT), '-H', '127.0.0.1']);
  const nginx = startServer('nginx', ['-p', process.cwd(), '-c', 'deploy/nginx.conf', '-g', 'daemon off;']);
  try {
    await waitFor(`http://127.0.0.1:${NEXT_PORT}/zh`);
    await waitFor(`http://127.0.0.1:${NGINX_PORT}/zh`);
    const viaNext = await autocannonRun(`http://127.0.0.1:${NEXT_PORT}${article}`, 50, 10);
    const viaNginx = await autocannonRun(`http://127.0.0.1:${NGINX_PORT}${article}`, 50, 10);
    const before = treeRss(next.pid!);
    const soak = await autocannonRun(`http://127.0.0.1:${NEXT_PORT}${article}`, 100, 60);
    await sleep(2000);
    const after = treeRss(next.pid!);
    const row = (name: string, r: Awaited<ReturnType<typeof autocannonRun>>) =>
      `| ${name} | ${Math.round(r.requests)} | ${r.p50} ms | ${r.p99} ms | ${r.total} | ${r.errors} | ${r.non2xx} |`;
    section('serve', `Serving ${article} (autocannon, one run, loopback)`, [
      '| server | requests/s | p50 | p99 | requests | errors | non-2xx |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      row('next start, 50 connections, 10 s', viaNext),
      row('nginx + static export, 50 connections, 10 s', viaNginx),
      row('next start, 100 connections, 60 s', soak),
      '',
      `nginx / next start throughput: **${(viaNginx.requests / viaNext.requests).toFixed(1)}×**.`,
      `next start memory (whole process tree RSS) before the 60 s run: ${mib(before)}; after: ${mib(after)} (${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(1)} %).`,
    ]);
  } finally {
    stop(next);
    stop(nginx);
  }
}

/** Builds a copy of the project whose content is `count` synthetic articles; returns wall time and peak memory. */
async function timedBuild(count: number) {
  const { root, env: copyEnv } = copyProject(`scale-${count}-`);
  // Synthetic articles replace the news, never inside the real content/ folder.
  const content = path.join(root, 'synthetic-content');
  cpSync('content/pages', path.join(content, 'pages'), { recursive: true });
  generateArticles(path.join(content, 'news'), count);
  const env = { ...copyEnv, CONTENT_DIR: content };
  const started = Date.now();
  const build = spawn('npm', ['run', 'build'], { cwd: root, env, stdio: 'ignore', detached: true });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(build.pid!));
  }, 250);
  const code: number = await new Promise((resolve) => build.on('exit', (status) => resolve(status ?? 1)));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  return { root, code, seconds, peak, pages: existsSync(path.join(root, '.next/server/app')) ? countHtml(path.join(root, '.next/server/app')) : 0 };
}

function countHtml(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? countHtml(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

/** Bytes the browser transfers for one search query on a site of `root`. */
async function searchTransfer(root: string): Promise<{ bytes: number; results: number }> {
  const server = startServer('npx', ['next', 'start', '-p', String(NEXT_PORT), '-H', '127.0.0.1'], root);
  try {
    await waitFor(`http://127.0.0.1:${NEXT_PORT}/zh/search`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`http://127.0.0.1:${NEXT_PORT}/zh/search`, { waitUntil: 'networkidle' });
    // Everything fetched from the first keystroke on, the search worker's requests included.
    const pending: Promise<number>[] = [];
    page.context().on('requestfinished', (request) => {
      pending.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize));
    });
    await page.fill('#search-query', '科技');
    await page.locator('.search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    await sleep(1000);
    const bytes = (await Promise.all(pending)).reduce((sum, size) => sum + size, 0);
    const results = await page.locator('.search-results li').count();
    await browser.close();
    return { bytes, results };
  } finally {
    stop(server);
  }
}

async function scaleSection() {
  const rows = ['| articles | pages built | wall time | peak memory (whole build) | time per 1,000 articles |', '| --- | --- | --- | --- | --- |'];
  let searchLine = '';
  for (const count of sizes) {
    const result = await timedBuild(count);
    rows.push(`| ${count.toLocaleString('en')} | ${result.pages.toLocaleString('en')} | ${result.code === 0 ? `${result.seconds.toFixed(0)} s` : `failed (exit ${result.code}) after ${result.seconds.toFixed(0)} s`} | ${(result.peak / 1024 ** 3).toFixed(2)} GiB | ${((result.seconds / count) * 1000).toFixed(1)} s |`);
    console.log(rows.at(-1));
    if (count === 1000 && result.code === 0) {
      const search = await searchTransfer(result.root);
      searchLine = `Search on the 1,000-article site: one query ("科技", ${search.results} results shown) transferred ${kb(search.bytes)} over the network, compressed, headers included (Pagefind script, worker, WebAssembly, index chunks and result fragments; budget 300 KB).`;
    }
    rmSync(result.root, { recursive: true, force: true });
  }
  section('scale', 'Build scale: synthetic articles, half per language, in a temporary content folder', [
    ...rows,
    '',
    'The whole `npm run build` (content check, contentlayer2, next build, Pagefind index, standalone copy). Goal: 10,000 articles in under 10 minutes and 4 GiB, time growing linearly.',
    '',
    searchLine,
  ]);
}

async function main() {
  const started = new Date();
  if (only.some((name) => ['lighthouse', 'js', 'serve'].includes(name))) {
    console.log('Building the site (Node and static export)…');
    execFileSync('npm', ['run', 'build:static'], { stdio: 'ignore' });
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  }
  if (only.includes('lighthouse') || only.includes('js')) {
    const server = startServer('npx', ['next', 'start', '-p', String(NEXT_PORT), '-H', '127.0.0.1']);
    try {
      await waitFor(`http://127.0.0.1:${NEXT_PORT}/zh`);
      if (only.includes('lighthouse')) await lighthouseSection(`http://127.0.0.1:${NEXT_PORT}`);
      if (only.includes('js')) await javascriptSection(`http://127.0.0.1:${NEXT_PORT}`);
    } finally {
      stop(server);
    }
  }
  if (only.includes('serve')) await servingSection();
  if (only.includes('scale')) await scaleSection();

  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
  const machine = `${cpu}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, Node ${process.version}`;
  for (const key of report.keys()) {
    report.set(key, report.get(key)!.replace('\n\n', `\n\nMeasured ${started.toISOString().slice(0, 10)} by \`npm run bench\` on ${machine}.\n\n`));
  }
  const sections = new Map([...previousSections(), ...report]);
  mkdirSync('bench', { recursive: true });
  const body = SECTIONS.filter((key) => sections.has(key)).map((key) => sections.get(key)).join('\n');
  writeFileSync(RESULTS, `# Performance budget: measured results\n\n${body}`);
  console.log(`\nUpdated ${RESULTS}: ${[...report.keys()].join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
