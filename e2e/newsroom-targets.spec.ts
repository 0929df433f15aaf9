/**
 * The newsroom's other two targets, by request (the editor itself is the same as in newsroom.spec.ts):
 * - node: the service runs the release's standalone server on PORT and switches it with no failed request;
 * - git: the service pushes the published branch to a remote (here a local bare repository) for CI to build.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, request as requests, test } from '@playwright/test';
import { approvedArticleRequest, newsroomCheckout, publishRequest } from '../tests/support/newsroom-copy';
import { freePortSync, stopAndRemove } from './support';

test.describe.configure({ mode: 'serial' });

const reviewer = { name: 'rita', password: 'reviewer-password-1' };

interface Newsroom {
  root: string;
  env: NodeJS.ProcessEnv;
  origin: string;
  server: ChildProcess;
}

/** A checkout with a reviewer, and its service started on `port` with `settings`; resolves once release 1 is live. */
async function startNewsroom(
  prefix: string,
  port: number,
  settings: Record<string, string>,
  prepare?: (root: string) => void,
): Promise<Newsroom> {
  const { root, env, data } = newsroomCheckout(prefix);
  prepare?.(root);
  execFileSync('npx', ['tsx', 'scripts/cms-user.ts', 'add', reviewer.name, '--role', 'reviewer'], {
    cwd: root,
    env,
    input: `${reviewer.password}\n`,
  });
  const server = spawn('npm', ['run', 'cms'], {
    cwd: root,
    env: { ...env, SITE_URL: 'https://www.example.cn', CMS_PORT: String(port), ...settings },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await expect.poll(() => existsSync(data.liveRelease), { timeout: 240_000, intervals: [1000], message: 'release 1' }).toBe(true);
  return { root, env, origin: `http://127.0.0.1:${port}`, server };
}

/** The reviewer, signed in; then an article written, approved and published through Decap's API, as the editor does. */
async function publishArticle(newsroom: Newsroom, slug: string): Promise<void> {
  const context: APIRequestContext = await requests.newContext({ baseURL: newsroom.origin, extraHTTPHeaders: { origin: newsroom.origin } });
  expect((await context.post('/admin/sign-in', { form: reviewer, maxRedirects: 0 })).status()).toBe(303);
  const saved = await context.post('/api/v1', { data: approvedArticleRequest(slug, `目标测试文章 ${slug}`) });
  expect(saved.status()).toBe(200);
  const published = await context.post('/api/v1', {
    data: publishRequest(slug),
    timeout: 240_000,
  });
  expect(published.status(), await published.text()).toBe(200);
  await context.dispose();
}

test.describe('CMS_TARGET=node', () => {
  const SITE_PORT = freePortSync();
  const site = `http://127.0.0.1:${SITE_PORT}`;
  let newsroom: Newsroom;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(300_000);
    newsroom = await startNewsroom('site-newsroom-node-', freePortSync(), { CMS_TARGET: 'node', PORT: String(SITE_PORT) });
    await expect.poll(async () => (await fetch(`${site}/zh`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
  });
  test.afterAll(async () => {
    await stopAndRemove(newsroom?.server, newsroom?.root ?? '');
  });

  test('a publish switches the standalone server to the new release, and no request fails meanwhile', async () => {
    test.setTimeout(300_000);
    const slug = 'node-target-article';
    let publishing = true;
    const statuses = new Map<string, number>();
    // A bounded loop of visitors' requests for as long as the publish takes.
    const visitors = (async () => {
      for (let request = 0; publishing && request < 20_000; request++) {
        const status = await fetch(`${site}/zh/news`)
          .then((response) => String(response.status))
          .catch((error: Error) => error.message);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    })();
    await publishArticle(newsroom, slug).finally(() => {
      publishing = false;
    });
    await visitors;
    expect([...statuses.keys()]).toEqual(['200']);
    expect(statuses.get('200')).toBeGreaterThan(10);
    const article = await fetch(`${site}/zh/news/${slug}`);
    expect(article.status).toBe(200);
    expect(await article.text()).toContain(`目标测试文章 ${slug}`);
    // Rollback from a shell: the running service serves the previous release again.
    execFileSync('npx', ['tsx', 'scripts/cms-rollback.ts'], { cwd: newsroom.root, env: { ...newsroom.env, CMS_TARGET: 'node' } });
    await expect.poll(async () => (await fetch(`${site}/zh/news/${slug}`)).status, { timeout: 60_000 }).toBe(404);
  });
});

test.describe('CMS_TARGET=git', () => {
  let newsroom: Newsroom;
  let remote = '';
  const remoteHead = () => execFileSync('git', ['rev-parse', 'main'], { cwd: remote, encoding: 'utf8' }).trim();
  const remoteFiles = () =>
    execFileSync('git', ['ls-tree', '-r', '--name-only', 'main', 'content/news/zh'], { cwd: remote, encoding: 'utf8' });

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(120_000);
    remote = mkdtempSync(path.join(tmpdir(), 'site-newsroom-remote-'));
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
    newsroom = await startNewsroom('site-newsroom-git-', freePortSync(), { CMS_TARGET: 'git', CMS_GIT_REMOTE: 'origin' }, (root) =>
      execFileSync('git', ['remote', 'add', 'origin', remote], { cwd: root }),
    );
  });
  test.afterAll(async () => {
    await stopAndRemove(newsroom?.server, newsroom?.root ?? '');
    rmSync(remote, { recursive: true, force: true });
  });

  test('release 1 and each publish push the published branch to the remote; a rollback pushes the previous release', async () => {
    test.setTimeout(120_000);
    const first = remoteHead();
    expect(first).toBe(execFileSync('git', ['rev-parse', 'main'], { cwd: newsroom.root, encoding: 'utf8' }).trim());
    const slug = 'git-target-article';
    await publishArticle(newsroom, slug);
    expect(remoteFiles()).toContain(`content/news/zh/${slug}.mdx`);
    expect(remoteHead()).not.toBe(first);
    execFileSync('npx', ['tsx', 'scripts/cms-rollback.ts'], { cwd: newsroom.root, env: { ...newsroom.env, CMS_TARGET: 'git' } });
    expect(remoteHead()).toBe(first);
    expect(remoteFiles()).not.toContain(`content/news/zh/${slug}.mdx`);
  });
  test('two publishes at once: both articles reach the remote, neither losing the other', async () => {
    test.setTimeout(120_000);
    await Promise.all([publishArticle(newsroom, 'together-one'), publishArticle(newsroom, 'together-two')]);
    expect(remoteFiles()).toContain('content/news/zh/together-one.mdx');
    expect(remoteFiles()).toContain('content/news/zh/together-two.mdx');
    expect(execFileSync('git', ['branch', '--list', 'cms/*'], { cwd: newsroom.root, encoding: 'utf8' }).trim()).toBe('');
  });
});
