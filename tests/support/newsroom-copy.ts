/**
 * A checkout for the newsroom's tests and benchmark: a copy of the project (project-copy.ts) whose content/ is
 * `content` (the fixture's by default) plus e2e/fixture/public's files, made a git repository on `main` with one
 * commit, as a server's clone is.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { databasePath, dataDirOf } from '../../admin/newsroom/settings';
import { copyProject } from './project-copy';

/** The service's files in a checkout, where its settings put them: read as an operator would read them. */
export interface NewsroomData {
  dir: string;
  database: string;
  /** There once release 1 is live. */
  liveRelease: string;
}

export function newsroomCheckout(
  prefix: string,
  content = 'e2e/fixture/content',
): { root: string; env: NodeJS.ProcessEnv; data: NewsroomData } {
  const { root, env } = copyProject(prefix);
  rmSync(path.join(root, 'content/news'), { recursive: true, force: true });
  cpSync(path.join(content, 'news'), path.join(root, 'content/news'), { recursive: true });
  cpSync('e2e/fixture/public', path.join(root, 'public'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Set-up');
  git('config', 'user.email', 'set-up@newsroom.invalid');
  git('add', '-A');
  git('commit', '-qm', 'The site as it stands');
  const checkoutEnv = { ...env };
  delete checkoutEnv.CONTENT_DIR;
  const dir = dataDirOf(checkoutEnv, root);
  return { root, env: checkoutEnv, data: { dir, database: databasePath(dir), liveRelease: path.join(dir, 'current/release.json') } };
}

/**
 * The server's nginx for a checkout: deploy/nginx-newsroom.conf with a local port instead of its TLS lines and the
 * checkout instead of /srv/imic-site, written beside it (for its relative includes: the server's root-owned copies) and kept out of git (the editor's saves commit everything else). Returns
 * nginx's arguments (`directives` added to its one -g) and the reload command for CMS_RELOAD_COMMAND.
 */
export function localNewsroomNginx(root: string, port: number, servicePort = 8082) {
  // nginx's workers run as another user: they read the checkout's releases.
  chmodSync(root, 0o755);
  const production = readFileSync(path.join(root, 'deploy/nginx-newsroom.conf'), 'utf8');
  const proxy = readFileSync(path.join(root, 'deploy/newsroom-proxy.conf'), 'utf8');
  writeFileSync(
    path.join(root, 'deploy/nginx-newsroom.local.conf'),
    production
      .replace(/# tls-start[\s\S]*?# tls-end/, `listen 127.0.0.1:${port};`)
      .replace(/# http-start[\s\S]*?# http-end/, '')
      .replace('error_log stderr warn;', `error_log ${root}/.cms/nginx-error.log warn;`)
      .replaceAll('/srv/imic-site/', `${root}/`)
      .replaceAll('include newsroom-proxy.conf;', 'include newsroom-proxy.local.conf;'),
  );
  writeFileSync(path.join(root, 'deploy/newsroom-proxy.local.conf'), proxy.replaceAll('127.0.0.1:8082', `127.0.0.1:${servicePort}`));
  writeFileSync(path.join(root, '.git/info/exclude'), 'deploy/nginx-newsroom.local.conf\ndeploy/newsroom-proxy.local.conf\n');
  const args = (directives = '') => [
    '-p',
    root,
    '-c',
    'deploy/nginx-newsroom.local.conf',
    '-g',
    `pid ${root}/.cms/nginx.pid;${directives}`,
  ];
  const reloadCommand = ['nginx', ...args().map((arg) => `'${arg}'`), '-s', 'reload'].join(' ');
  return { args, reloadCommand };
}

/**
 * Decap's request that saves a Chinese article on its own branch, already 待发布, as a hand-written file would be:
 * what the newsroom's tests and benchmark publish. `category` may be one the site does not have.
 */
export const approvedArticleRequest = (slug: string, title: string, category = 'notice') =>
  saveArticleRequest(slug, { title, date: '2026-11-30', category, body: '正文。', status: 'pending_publish' });

/** Decap's request that saves a Chinese article on its own branch, with a workflow status (草稿 draft, 待发布 pending_publish). */
export function saveArticleRequest(
  slug: string,
  article: {
    title: string;
    date: string;
    category: string;
    cover?: string;
    body: string;
    status: 'draft' | 'pending_review' | 'pending_publish';
  },
  assets: { path: string; content: string; encoding: 'base64' }[] = [],
) {
  const cover = article.cover ? `cover: ${article.cover}\n` : '';
  const raw = `---\ntitle: "${article.title}"\ndate: ${article.date}\ncategory: ${article.category}\n${cover}---\n\n${article.body}\n`;
  return {
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug, path: `content/news/zh/${slug}.mdx`, raw }],
      assets,
      options: { collectionName: 'news-zh', commitMessage: 'Create', useWorkflow: true, status: article.status },
    },
  };
}

/** Decap's request that publishes that article. */
export const publishRequest = (slug: string) => ({
  action: 'publishUnpublishedEntry',
  params: { branch: 'main', collection: 'news-zh', slug },
});
