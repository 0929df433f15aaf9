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

/** What the service prints when a release is live (publisher.ts). */
export const RELEASE_LIVE = /网站版本 #\d+ 已上线/;

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

/** Starts the service in a fresh checkout and waits until release 1 is live; `env` adds settings. */
export async function startNewsroomService(prefix: string, env: NodeJS.ProcessEnv = {}): Promise<RunningNewsroom> {
  const checkout = newsroomCheckout(prefix);
  const { root, data } = checkout;
  const run = (command: string, args: string[], input?: string) =>
    execFileSync(command, args, { cwd: root, env: checkout.env, input: input ?? '', encoding: 'utf8' });
  const remote = `${root}.remote.git`;
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  run('git', ['remote', 'add', 'origin', remote]);
  run('git', ['push', '-q', 'origin', 'main']);
  for (const { name, password, role } of Object.values(NEWSROOM_ACCOUNTS))
    run(path.join(root, 'node_modules/.bin/tsx'), ['scripts/cms-user.ts', 'add', name, '--role', role], `${password}\n`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const serviceEnv = { ...checkout.env, CMS_PORT: String(port), CMS_TARGET: 'git', SITE_URL: 'https://www.example.cn', ...env };
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/cms.ts'], {
    cwd: root,
    env: serviceEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const printed: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => printed.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => printed.push(chunk));
  let exited = false;
  child.on('exit', () => (exited = true));
  const output = () => Buffer.concat(printed).toString('utf8');

  const request = (pathname: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('origin', origin);
    headers.set('sec-fetch-site', 'same-origin');
    if (init.cookie) headers.set('cookie', init.cookie);
    return fetch(`${origin}${pathname}`, { redirect: 'manual', ...init, headers });
  };
  const service: RunningNewsroom = {
    root,
    origin,
    data,
    env: serviceEnv,
    process: child,
    output,
    alive: () => !exited,
    printed: (pattern, timeoutMs = 60_000) => whenPrinted(child, output, pattern, timeoutMs),
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
    async stop() {
      if (!exited && child.pid) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(root, { recursive: true, force: true });
      rmSync(remote, { recursive: true, force: true });
    },
  };
  try {
    await service.printed(RELEASE_LIVE, 120_000);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
