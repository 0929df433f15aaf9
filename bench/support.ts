/** What every bench section shares: the browser, servers, memory sampling and the results file. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { standaloneServerPath } from '../build/paths.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const NEXT_PORT = 3301;
export const NGINX_PORT = 8080;
export const RESULTS = 'bench/results.md';
export const SECTIONS = ['lighthouse', 'js', 'serve', 'scale', 'tamper', 'newsroom', 'messages', 'backup', 'photos'] as const;
export type Section = (typeof SECTIONS)[number];

const ARTICLE = '/news/regional-science-technology-conference-2021';
export const samplePages = {
  'home zh': '/zh',
  'home en': '/en',
  'news zh': '/zh/news',
  'news en': '/en/news',
  'article zh': `/zh${ARTICLE}`,
  'article en': `/en${ARTICLE}`,
};

export interface SectionText {
  key: Section;
  title: string;
  lines: string[];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
export const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

/** Waits for a server to answer; a bench is a script, not a test, so a bounded retry loop is fine here. */
export async function waitFor(url: string) {
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
export function treeRss(rootPid: number): number {
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

export function startServer(command: string, args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(command, args, { cwd, env, stdio: 'ignore', detached: true });
}

/**
 * The Node server deployments run (`npm start`: our server.js, which compresses pages and the search index as
 * `next start` does not), for the project in `root` built with `env`.
 */
export function startNodeServer(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return startServer('node', [standaloneServerPath(root, env.TURBOPACK_ROOT)], root, {
    ...env,
    PORT: String(NEXT_PORT),
    HOSTNAME: '127.0.0.1',
  });
}

export function stop(server: ChildProcess) {
  if (!server.pid) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** The sections of the last run, so a partial run replaces only its own. */
export function previousSections(): Map<Section, string> {
  const sections = new Map<Section, string>();
  if (!existsSync(RESULTS)) return sections;
  for (const part of readFileSync(RESULTS, 'utf8')
    .split(/(?=<!-- section:)/)
    .slice(1)) {
    const key = /^<!-- section:(\w+) -->/.exec(part)?.[1] as Section | undefined;
    if (key) sections.set(key, part.trimEnd() + '\n');
  }
  return sections;
}

/** The sections measured in this run, by key, as Markdown. */
export const report = new Map<Section, string>();

export function section(key: Section, title: string, lines: string[]) {
  const text = [`<!-- section:${key} -->`, `## ${title}`, '', ...lines, ''].join('\n');
  console.log(`\n${text}`);
  report.set(key, text);
}

/** Writes bench/results.md: this run's sections, stamped with the date and machine, and the last run's others. */
export function writeResults(started: Date) {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const machine = `${cpu}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, Node ${process.version}`;
  const stamp = `Measured ${started.toISOString().slice(0, 10)} by \`npm run bench\` on ${machine}.`;
  const sections = new Map(previousSections());
  for (const [key, text] of report) sections.set(key, text.replace('\n\n', `\n\n${stamp}\n\n`));
  mkdirSync('bench', { recursive: true });
  const body = SECTIONS.filter((key) => sections.has(key))
    .map((key) => sections.get(key))
    .join('\n');
  writeFileSync(RESULTS, `# Performance budget: measured results\n\n${body}`);
}
