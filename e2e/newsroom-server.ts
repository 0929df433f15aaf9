/**
 * The newsroom (npm run cms, CMS_TARGET=static) as it runs on a server, for the browser tests: a git checkout of the
 * project with the fixture's content (tests/support/newsroom-copy.ts), its accounts, the service on a free port and
 * nginx with deploy/nginx-newsroom.conf (its TLS lines replaced by a local port) serving release 1 once it is live.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { localNewsroomNginx, newsroomCheckout, type NewsroomData } from '../tests/support/newsroom-copy';
import { freePortSync, messages, stopAndRemove } from './support';

export interface NewsroomAccount {
  name: string;
  password: string;
  role: 'editor' | 'reviewer';
}

/** The newsroom's accounts in the browser tests: an editor, a reviewer, and another editor. */
export const accounts = {
  editor: { name: 'ed', password: 'editor-password-1', role: 'editor' },
  reviewer: { name: 'rita', password: 'reviewer-password-1', role: 'reviewer' },
  other: { name: 'olga', password: 'another-password-1', role: 'editor' },
} as const;

/** The two ports, taken as a test file loads: its `baseURL` is the site behind nginx. */
export function newsroomPorts() {
  const nginx = freePortSync();
  const service = freePortSync();
  return { nginx, service, site: `http://127.0.0.1:${nginx}`, serviceOrigin: `http://127.0.0.1:${service}` };
}

export interface NewsroomBehindNginx {
  root: string;
  env: NodeJS.ProcessEnv;
  data: NewsroomData;
  stop(): Promise<void>;
}

/** Starts it all and resolves once nginx serves `readyPath` of release 1; `settings` are the service's extra settings. */
export async function startNewsroomBehindNginx(options: {
  prefix: string;
  ports: ReturnType<typeof newsroomPorts>;
  accounts: NewsroomAccount[];
  settings?: (data: NewsroomData) => Record<string, string>;
  readyPath?: string;
  /** Run in the checkout before the service starts (a restore, say). */
  prepare?: (root: string, env: NodeJS.ProcessEnv) => void;
}): Promise<NewsroomBehindNginx> {
  const { root, env: checkoutEnv, data } = newsroomCheckout(options.prefix);
  const env = { ...checkoutEnv, CMS_PORT: String(options.ports.service) };
  options.prepare?.(root, env);
  const nginx = localNewsroomNginx(root, options.ports.nginx, options.ports.service);
  for (const { name, password, role } of options.accounts)
    execFileSync('npx', ['tsx', 'scripts/cms-user.ts', 'add', name, '--role', role], { cwd: root, env, input: `${password}\n` });
  const servers: ChildProcess[] = [
    spawn('npm', ['run', 'cms'], {
      cwd: root,
      env: { ...env, SITE_URL: 'https://www.example.cn', CMS_RELOAD_COMMAND: nginx.reloadCommand, ...options.settings?.(data) },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    }),
  ];
  // Release 1 first: nginx needs its policy map.
  await expect.poll(() => existsSync(data.liveRelease), { timeout: 240_000, intervals: [1000], message: 'release 1 is built' }).toBe(true);
  servers.push(spawn('nginx', nginx.args(' daemon off;'), { stdio: 'ignore', detached: true }));
  const ready = `${options.ports.site}${options.readyPath ?? '/zh'}`;
  await expect.poll(async () => (await fetch(ready).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
  return {
    root,
    env,
    data,
    async stop() {
      for (const server of servers.reverse()) await stopAndRemove(server, '');
      await stopAndRemove(undefined, root);
    },
  };
}

/** Signed in through the sign-in page, straight into the editor. */
export async function signIn(page: Page, account: { name: string; password: string }, site = '') {
  await page.goto(`${site}/admin/`);
  await page.getByLabel(messages.zh.Newsroom.signIn.name).fill(account.name);
  await page.getByLabel(messages.zh.Newsroom.signIn.password).fill(account.password);
  await page.getByRole('button', { name: messages.zh.Newsroom.signIn.submit }).click();
  // Straight into the editor: no second 登录 on Decap's page. Decap's bundle is 5 MB to load and start.
  await expect(page.getByRole('link', { name: messages.zh.Admin.collections.zh, exact: true })).toBeVisible({ timeout: 30_000 });
}

/** Decap's status menu: 草稿, 待审核 or 待发布. */
export async function setStatus(page: Page, status: string) {
  await page.getByRole('button', { name: /^状态: / }).click();
  await page.getByRole('menuitem', { name: status }).click();
}

/** Decap's 发布 → 立即发布, confirming its dialog. */
export async function publishNow(page: Page) {
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}
