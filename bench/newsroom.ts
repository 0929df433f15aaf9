/**
 * The newsroom (npm run cms, static target) at several archive sizes: a checkout with that many synthetic articles,
 * the service run as its systemd unit runs it, the server's nginx in front. Measured: the first release (a cold
 * build), the idle service's memory, the sign-in page's bytes, and publish to live: from a reviewer's 发布 (Decap's
 * publish request) until nginx serves the article, split by the release's own steps. The service is on its default
 * port, which deploy/newsroom-proxy.conf names.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { writeCameraPhoto } from '../tests/support/camera-photo';
import { localNewsroomNginx, newsroomCheckout, publishRequest, saveArticleRequest } from '../tests/support/newsroom-copy';
import { generateArticles } from '../tests/support/synthetic-content';
import { kb, mib, section, sleep, stop, treeRss, waitFor } from './support';

const NGINX_PORT = 8296;
const reviewer = { name: 'bench-reviewer', password: 'bench-password-1' };

interface Row {
  articles: number;
  firstRelease: number;
  idleRss: number;
  signInBytes: number;
  publishToLive: number;
  steps: string;
}

/** Polls until `ready` holds; a bench is a script, not a test, so a bounded retry loop is fine here. */
export async function until(ready: () => Promise<boolean> | boolean, seconds: number, what: string) {
  const deadline = performance.now() + seconds * 1000;
  while (!(await ready())) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${seconds} s`);
    await sleep(250);
  }
}

/** A newsroom checkout of `content` (default: the fixture site), its service and the server's nginx, release 1 built. */
export async function runningNewsroom(prefix: string, nginxPort: number, content?: string) {
  const { root, env, data } = newsroomCheckout(prefix, content);
  const servers: ChildProcess[] = [];
  const origin = `http://127.0.0.1:${nginxPort}`;
  const close = async () => {
    for (const server of servers.reverse()) stop(server);
    await sleep(2000);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    execFileSync('node', ['--import', 'tsx', 'scripts/cms-user.ts', 'add', reviewer.name, '--role', 'reviewer'], {
      cwd: root,
      env,
      input: `${reviewer.password}\n`,
    });
    const nginx = localNewsroomNginx(root, nginxPort);
    const started = performance.now();
    // As deploy/imic-site-newsroom.service runs it: one Node process.
    const service = spawn('node', ['--import', 'tsx', 'scripts/cms.ts'], {
      cwd: root,
      env: { ...env, SITE_URL: 'https://www.example.cn', CMS_RELOAD_COMMAND: nginx.reloadCommand },
      stdio: 'ignore',
      detached: true,
    });
    servers.push(service);
    await until(() => existsSync(data.liveRelease), 1800, 'release 1');
    const firstRelease = (performance.now() - started) / 1000;
    servers.push(spawn('nginx', nginx.args(' daemon off;'), { stdio: 'ignore', detached: true }));
    await waitFor(`${origin}/zh`);
    return { data, origin, service, firstRelease, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The reviewer signed in: the editor's API (/api/v1) and the newsroom's own forms, with the session's cookie. */
export async function reviewerSession(origin: string) {
  const signedIn = await fetch(`${origin}/admin/sign-in`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(reviewer),
    redirect: 'manual',
  });
  const setCookie = signedIn.headers.get('set-cookie');
  if (!setCookie) throw new Error(`sign-in: ${signedIn.status} ${await signedIn.text()}`);
  const cookie = setCookie.split(';')[0];
  return {
    api: (data: object) =>
      fetch(`${origin}/api/v1`, {
        method: 'POST',
        headers: { origin, cookie, 'content-type': 'application/json' },
        body: JSON.stringify(data),
      }),
    form: (formPath: string, fields: Record<string, string>) =>
      fetch(`${origin}${formPath}`, {
        method: 'POST',
        headers: { origin, cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      }),
  };
}

/**
 * The article a reviewer publishes, approved: as an office worker saves one, with three camera photos (4000×3000,
 * GPS, Orientation 6), a cover and two in the text, which the newsroom makes web originals at the save.
 */
async function articleWithPhotos(slug: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-newsroom-photos-'));
  const names = ['cover.jpg', 'meeting.jpg', 'group.jpg'];
  const assets = [];
  for (const name of names) {
    await writeCameraPhoto(path.join(folder, name), { scene: true });
    const content = readFileSync(path.join(folder, name)).toString('base64');
    assets.push({ path: `public/news/${slug}/${name}`, content, encoding: 'base64' as const });
  }
  rmSync(folder, { recursive: true, force: true });
  const figures = names.slice(1).map((name) => `<Figure src="/news/${slug}/${name}" alt="会议照片" />`);
  return saveArticleRequest(
    slug,
    {
      title: '后台发布计时文章',
      date: '2026-11-30',
      category: 'notice',
      cover: `/news/${slug}/cover.jpg`,
      body: ['正文。', ...figures].join('\n\n'),
      status: 'pending_publish',
    },
    assets,
  );
}

async function measure(articles: number): Promise<Row> {
  const content = mkdtempSync(path.join(tmpdir(), 'bench-newsroom-content-'));
  generateArticles(path.join(content, 'news'), articles);
  const newsroom = await runningNewsroom('bench-newsroom-', NGINX_PORT, content);
  rmSync(content, { recursive: true, force: true });
  const { data, origin, service, firstRelease } = newsroom;
  try {
    // Idle: the first build done, nobody signed in.
    await sleep(10_000);
    const idleRss = treeRss(service.pid!);

    const signIn = await fetch(`${origin}/admin/`);
    const css = await fetch(`${origin}/admin/newsroom.css`);
    const signInBytes = (await signIn.arrayBuffer()).byteLength + (await css.arrayBuffer()).byteLength;

    const { api } = await reviewerSession(origin);
    const slug = 'bench-newsroom-article';
    const saved = await api(await articleWithPhotos(slug));
    if (!saved.ok) throw new Error(`save: ${saved.status} ${await saved.text()}`);
    const publishing = performance.now();
    const published = api(publishRequest(slug));
    await until(async () => (await fetch(`${origin}/zh/news/${slug}`)).status === 200, 1800, 'the published article');
    const publishToLive = (performance.now() - publishing) / 1000;
    if (!(await published).ok) throw new Error('publish failed');

    const db = new Database(data.database, { readonly: true });
    const { steps } = db.prepare("select steps from releases where reason = 'publish' order by id desc limit 1").get() as { steps: string };
    db.close();
    const split = (JSON.parse(steps) as { step: string; seconds: number }[]).map(({ step, seconds }) => `${step} ${seconds}`).join(' · ');
    return { articles, firstRelease, idleRss, signInBytes, publishToLive, steps: split };
  } finally {
    await newsroom.close();
  }
}

export async function newsroomSection(sizes: number[]) {
  const rows: Row[] = [];
  for (const articles of sizes) {
    console.log(`Newsroom at ${articles.toLocaleString('en')} articles…`);
    rows.push(await measure(articles));
  }
  const budget = (articles: number) => (articles <= 1000 ? 90 : 300);
  section('newsroom', 'The newsroom (npm run cms, static target behind nginx): publish to live, memory, sign-in page', [
    'The published article carries three camera photos (4000×3000 JPEGs, GPS, Orientation 6; a cover and two in the text), uploaded with its save.',
    '',
    '| articles | first release (cold build) | publish → served by nginx | budget | idle service RSS | sign-in page (HTML + CSS) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.articles.toLocaleString('en')} | ${row.firstRelease.toFixed(0)} s | ${row.publishToLive.toFixed(1)} s | ${budget(row.articles)} s: ${row.publishToLive <= budget(row.articles) ? 'met' : 'missed'} | ${mib(row.idleRss)} (≤ 200 MiB: ${row.idleRss <= 200 * 1024 ** 2 ? 'met' : 'missed'}) | ${kb(row.signInBytes)} (≤ 50 KB: ${row.signInBytes <= 50 * 1024 ? 'met' : 'missed'}) |`,
    ),
    '',
    'Publish to live, by step of the release (seconds; the build steps are `npm run build:static`’s own):',
    '',
    ...rows.map((row) => `- ${row.articles.toLocaleString('en')}: ${row.steps}`),
  ]);
}
