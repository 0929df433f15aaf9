/**
 * npm run admin: the browser editor (Decap CMS) on this machine, against this working folder.
 * One local server: the editor's page, Decap's prebuilt bundle from node_modules, our additions
 * (admin/editor.ts, bundled here with esbuild) and Decap's local file-system API (decap-server),
 * behind a guard that lets it write only articles and uploads of the content contract.
 * It listens on 127.0.0.1 only and is never part of a build: production and the static export
 * have no admin paths at all.
 */
import path from 'node:path';
import { build } from 'esbuild';
import express from 'express';
import { registerLocalFs } from 'decap-server/dist/middlewares';
import zhMessages from '../messages/zh.json';
import type { AdminPage } from '../admin/page';
import { ADMIN_UPLOAD_LIMIT, adminConfig, MDX_FORMAT, NEWS_MEDIA_ROOT, refusedWrite, SLUG_WIDGET } from '../admin/config';
import { LOCALE_TAGS, DEFAULT_LOCALE } from '../i18n/locales.mjs';
import { UPLOADS_PATH } from '../lib/paths';
import { NEWS_FIELDS, QUOTED_FIELDS } from '../lib/content-schema';

const port = Number(process.env.ADMIN_PORT ?? 8081);
const origin = `http://localhost:${port}`;
const decapDist = path.join(process.cwd(), 'node_modules/decap-cms/dist');

interface Write {
  path: string;
  /** Where decap-server moves the file to (an article renamed). */
  newPath?: string;
  content?: string;
  encoding?: string;
}
/** Every file a request to Decap's local API would write or delete, with what kind of file it must be. */
function writesOf(body: { action?: string; params?: Record<string, unknown> }): { kind: 'entry' | 'upload' | 'delete'; file: Write }[] {
  const params = body.params ?? {};
  switch (body.action) {
    case 'persistEntry': {
      const entries = (params.dataFiles as Write[] | undefined) ?? [params.entry as Write];
      return [
        ...entries.flatMap((file) =>
          [file, ...(file.newPath ? [{ path: file.newPath }] : [])].map((write) => ({ kind: 'entry' as const, file: write })),
        ),
        ...((params.assets as Write[]) ?? []).map((file) => ({ kind: 'upload' as const, file })),
      ];
    }
    case 'persistMedia':
      return [{ kind: 'upload', file: params.asset as Write }];
    case 'deleteFile':
      return [{ kind: 'delete', file: { path: params.path as string } }];
    case 'deleteFiles':
      return (params.paths as string[]).map((file) => ({ kind: 'delete' as const, file: { path: file } }));
    default:
      return [];
  }
}

async function main() {
  const editorScript = (
    await build({
      entryPoints: ['admin/editor.ts'],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles[0].text;

  const config = adminConfig(origin);
  const page: AdminPage = {
    config,
    api: config.backend.proxy_url,
    format: MDX_FORMAT,
    headerFields: NEWS_FIELDS,
    quotedFields: [...QUOTED_FIELDS],
    slugWidget: SLUG_WIDGET,
    labels: zhMessages.Admin,
  };
  // JSON inside <script>: "<" escaped so no value can close the element.
  const pageJson = JSON.stringify(page).replaceAll('<', '\\u003c');
  const html = `<!doctype html>
<html lang="${LOCALE_TAGS[DEFAULT_LOCALE].htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${zhMessages.Admin.title}</title>
<script>window.CMS_MANUAL_INIT = true;</script>
</head>
<body>
<script type="application/json" id="admin-page">${pageJson}</script>
<script src="/admin/decap-cms.js"></script>
<script src="/admin/editor.js"></script>
</body>
</html>
`;

  const app = express();
  app.disable('x-powered-by');
  app.set('strict routing', true);
  // Only this machine's own addresses: a web page whose domain is made to point at 127.0.0.1 (DNS rebinding) gets nothing.
  const hosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`]);
  app.use((request, response, next) => (hosts.has(request.headers.host ?? '') ? next() : response.status(403).end()));
  app.use(express.json({ limit: `${Math.ceil((ADMIN_UPLOAD_LIMIT * 4) / 3 / 1024 / 1024) + 5}mb` }));
  app.post('/api/v1', (request, response, next) => {
    const writes = writesOf(request.body);
    // Files saved with an article go into its own folder, public/news/<its slug>/.
    const articleSlug = writes
      .find(({ kind }) => kind === 'entry')
      ?.file.path.split('/')
      .pop()
      ?.replace(/\.mdx$/, '');
    for (const { kind, file } of writes) {
      const bytes = file.content ? Buffer.byteLength(file.content, 'base64') : 0;
      const refusal = refusedWrite(kind, file.path, bytes, kind === 'upload' ? articleSlug : undefined);
      if (refusal) {
        console.error(`拒绝 / refused: ${refusal.zh} / ${refusal.en}`);
        response.status(422).json({ error: `${refusal.zh}\n${refusal.en}` });
        return;
      }
    }
    next();
  });
  await registerLocalFs(app, { logLevel: 'warn' });
  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.get('/admin', (_request, response) => response.redirect('/admin/'));
  app.get('/admin/', (_request, response) => response.type('html').send(html));
  app.get('/admin/editor.js', (_request, response) => response.type('js').send(editorScript));
  // The site's own files, so the form shows the pictures an article already uses.
  app.use(UPLOADS_PATH, express.static(path.join(process.env.GIT_REPO_DIRECTORY ?? process.cwd(), NEWS_MEDIA_ROOT), { index: false }));
  // Decap's bundle and the chunks it loads from its own folder.
  app.use('/admin', express.static(decapDist, { index: false }));

  app.listen(port, '127.0.0.1', () => {
    console.log(`编辑器已启动：在浏览器中打开 ${origin}/admin/ （按 Ctrl+C 停止）`);
    console.log(`The editor is running: open ${origin}/admin/ in a browser (Ctrl+C stops it).`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
