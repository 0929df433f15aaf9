/**
 * npm run admin: the browser editor (Decap CMS) on this machine, against this working folder, with no sign-in.
 * One local server: the editor's page (admin/editor-page.ts), Decap's local file-system API (decap-server) behind
 * the write guard. It listens on 127.0.0.1 only and is never part of a build: production and the static export have
 * no admin paths at all. The newsroom (npm run cms, admin/newsroom/) serves the same editor on a server.
 */
import path from 'node:path';
import express from 'express';
import { registerLocalFs } from 'decap-server/dist/middlewares';
import { UPLOADS_PATH } from '../lib/paths';
import { NEWS_MEDIA_ROOT } from './config';
import { normalizeUploads } from './photo-uploads';
import { bundleEditorScript, decapFiles, editorHtml, MANUAL_INIT_SCRIPT } from './editor-page';
import { API_BODY_LIMIT, guardWrites } from './write-guard';

export async function startLocalEditor(port: number) {
  const origin = `http://localhost:${port}`;
  const editorScript = await bundleEditorScript();

  const app = express();
  app.disable('x-powered-by');
  app.set('strict routing', true);
  // Only this machine's own addresses: a web page whose domain is made to point at 127.0.0.1 (DNS rebinding) gets nothing.
  const hosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`]);
  app.use((request, response, next) => (hosts.has(request.headers.host ?? '') ? next() : response.status(403).end()));
  app.use(express.json({ limit: API_BODY_LIMIT }));
  app.post('/api/v1', guardWrites, normalizeUploads);
  await registerLocalFs(app, { logLevel: 'warn' });
  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.get('/admin', (_request, response) => response.redirect('/admin/'));
  // Built for each visit: a new article's date is today's.
  app.get('/admin/', (_request, response) =>
    response.type('html').send(editorHtml({ mode: 'local', api: `${origin}/api/v1`, branch: 'main' })),
  );
  app.get('/admin/editor.js', (_request, response) => response.type('js').send(editorScript));
  app.get('/admin/manual-init.js', (_request, response) => response.type('js').send(MANUAL_INIT_SCRIPT));
  // The site's own files, so the form shows the pictures an article already uses.
  app.use(UPLOADS_PATH, express.static(path.join(process.env.GIT_REPO_DIRECTORY ?? process.cwd(), NEWS_MEDIA_ROOT), { index: false }));
  app.use('/admin', decapFiles());

  app.listen(port, '127.0.0.1', () => {
    console.log(`编辑器已启动：在浏览器中打开 ${origin}/admin/ （按 Ctrl+C 停止）`);
    console.log(`The editor is running: open ${origin}/admin/ in a browser (Ctrl+C stops it).`);
  });
}
