/**
 * The real newsroom service (`npm run cms`, tsx scripts/cms.ts) for node:test: a git checkout of the project with the
 * fixture's content (newsroom-copy.ts), its own free port, the git target pushing to a bare repository beside it (a
 * release is the content check and a push: no site build), real SQLite and real accounts. Requests are made as a
 * browser on the newsroom's own origin makes them.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';
import { newsroomCheckout, type NewsroomData } from './newsroom-copy';

export const NEWSROOM_ACCOUNTS = {
  editor: { name: 'ed', password: 'editor-password-1', role: 'editor' },
  reviewer: { name: 'rita', password: 'reviewer-password-1', role: 'reviewer' },
} as const;

/** What the service prints once it listens (server.ts). */
export const SERVICE_STARTED = /网站后台已启动/;
/** What the service prints when a release is live (publisher.ts). */
export const RELEASE_LIVE = /网站版本 #\d+ 已上线/;

/** Settings of the service, added to the checkout's environment. */
export type Settings = Record<string, string | undefined>;

export interface RunningNewsroom {
  root: string;
  origin: string;
  data: NewsroomData;
  env: NodeJS.ProcessEnv;
  process: ChildProcess;
  /** Everything the service printed. */
  output(): string;
  /** True while the service's process runs. */
  alive(): boolean;
  /** Resolves when the service has printed `pattern`. */
  printed(pattern: RegExp, timeoutMs?: number): Promise<void>;
  signIn(account: { name: string; password: string }): Promise<string>;
  /** A request from the newsroom's own pages (its Origin), with a session cookie if given. */
  request(pathname: string, init?: RequestInit & { cookie?: string }): Promise<Response>;
  /** Decap's API as the editor page calls it. */
  api(cookie: string, body: unknown): Promise<Response>;
  git(...args: string[]): string;
  /** Ends the process (SIGKILL unless told) and starts it again in the same checkout; resolves once it listens. */
  restart(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

/** Resolves when the process prints `pattern` (its log is the service's own account of what it did). */
function whenPrinted(child: ChildProcess, output: () => string, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout!.off('data', check);
      child.stderr!.off('data', check);
      child.off('exit', exited);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (pattern.test(output())) done();
    };
    const exited = () => done(new Error(`the newsroom exited before printing ${pattern}:\n${output()}`));
    const timer = setTimeout(() => done(new Error(`timed out waiting for ${pattern}:\n${output()}`)), timeoutMs);
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.on('exit', exited);
    check();
  });
}

/** A fresh checkout with its bare remote and the two accounts, ready for the service. */
function serviceCheckout(prefix: string) {
  const checkout = newsroomCheckout(prefix);
  const { root } = checkout;
  const run = (command: string, args: string[], input?: string) =>
    execFileSync(command, args, { cwd: root, env: checkout.env, input: input ?? '', encoding: 'utf8' });
  const remote = `${root}.remote.git`;
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  run('git', ['remote', 'add', 'origin', remote]);
  run('git', ['push', '-q', 'origin', 'main']);
  for (const { name, password, role } of Object.values(NEWSROOM_ACCOUNTS))
    run(path.join(root, 'node_modules/.bin/tsx'), ['scripts/cms-user.ts', 'add', name, '--role', role], `${password}\n`);
  const remove = () => {
    rmSync(root, { recursive: true, force: true });
    rmSync(remote, { recursive: true, force: true });
  };
  return { ...checkout, run, remove };
}

function spawnService(root: string, env: NodeJS.ProcessEnv) {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/cms.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const printed: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => printed.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => printed.push(chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit, output: () => Buffer.concat(printed).toString('utf8') };
}

const serviceSettings = (env: NodeJS.ProcessEnv, port: number, extra: Settings) => ({
  ...env,
  CMS_PORT: String(port),
  CMS_TARGET: 'git',
  SITE_URL: 'https://www.example.cn',
  ...extra,
});

/**
 * The service started with settings it must refuse: resolves with its exit code and what it printed, once it has
 * exited (or after 60 s, with the code null, if it did not). `prepare` changes the checkout first.
 */
export async function refusedStart(
  prefix: string,
  env: Settings,
  prepare?: (root: string) => void,
): Promise<{ code: number | null; output: string; root: string; remove(): void }> {
  const checkout = serviceCheckout(prefix);
  prepare?.(checkout.root);
  const { child, exit, output } = spawnService(checkout.root, serviceSettings(checkout.env, await freePort(), env));
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 60_000);
  const code = await exit;
  clearTimeout(timer);
  return { code, output: output(), root: checkout.root, remove: checkout.remove };
}

/**
 * Starts the service in a fresh checkout and waits until its first release is live; `env` adds settings, `prepare`
 * changes the checkout first (with the service's environment).
 */
export async function startNewsroomService(
  prefix: string,
  env: Settings = {},
  prepare?: (root: string, env: NodeJS.ProcessEnv) => void,
  /** How long its first release may take: a site build (the static target) takes minutes at 1,000 articles. */
  firstReleaseMs = 120_000,
): Promise<RunningNewsroom> {
  const checkout = serviceCheckout(prefix);
  const { root, data, run } = checkout;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const serviceEnv = serviceSettings(checkout.env, port, env);
  prepare?.(root, serviceEnv);
  let running = spawnService(root, serviceEnv);
  let exited = false;
  const watchExit = () => void running.exit.then(() => (exited = true));
  watchExit();

  const request = (pathname: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('origin', origin);
    headers.set('sec-fetch-site', 'same-origin');
    if (init.cookie) headers.set('cookie', init.cookie);
    return fetch(`${origin}${pathname}`, { redirect: 'manual', ...init, headers });
  };
  const end = async (signal: NodeJS.Signals) => {
    const { child, exit } = running;
    if (!exited && child.pid) {
      process.kill(-child.pid, signal);
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
      await exit;
      clearTimeout(timer);
    }
  };
  const service: RunningNewsroom = {
    root,
    origin,
    data,
    env: serviceEnv,
    get process() {
      return running.child;
    },
    output: () => running.output(),
    alive: () => !exited,
    printed: (pattern, timeoutMs = 60_000) => whenPrinted(running.child, running.output, pattern, timeoutMs),
    async signIn({ name, password }) {
      const response = await request('/admin/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ name, password }).toString(),
      });
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (response.status !== 303 || !cookie) throw new Error(`sign-in as ${name} failed: ${response.status}`);
      return cookie;
    },
    request,
    api: (cookie, body) =>
      request('/api/v1', { method: 'POST', cookie, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    git: (...args) => run('git', args).trim(),
    async restart(signal = 'SIGKILL') {
      await end(signal);
      running = spawnService(root, serviceEnv);
      exited = false;
      watchExit();
      await service.printed(SERVICE_STARTED);
    },
    async stop() {
      await end('SIGTERM');
      checkout.remove();
    },
  };
  try {
    await service.printed(RELEASE_LIVE, firstReleaseMs);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
