/**
 * npm run cms: the newsroom. The editor of `npm run admin` (admin/editor-page.ts) behind our sign-in, on Decap's
 * local git mode (decap-server's registerLocalGit) with its editorial workflow, where the server decides who may do
 * what (api-rules.ts), every save is a commit by the signed-in person, every action is in the audit log, and
 * publishing builds and switches a release (publisher.ts). Settings: settings.ts; set-up: README and docs/newsroom.md.
 */
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import { registerLocalGit } from 'decap-server/dist/middlewares';
import { UPLOADS_PATH } from '../../lib/paths';
import { NEWS_MEDIA_ROOT } from '../config';
import { bundleEditorScript, decapFiles, editorHtml, MANUAL_INIT_SCRIPT } from '../editor-page';
import type { Account } from './accounts';
import { audit } from './audit';
import { backupOptions, takeBackup } from './backup';
import { serveBackups } from './backup-socket';
import { decapApi } from './decap-api';
import { openDatabase, storedSecret } from './database';
import { EDITOR_PAGE_POLICY } from './editor-policy';
import { Repository } from './git';
import { healthCheck } from './health';
import { finalErrorHandler, handleAsync } from './http-errors';
import { catchUpWithLiveRelease, recoverInterruptedReleases } from './interrupted-releases';
import { keyFile } from './key-file';
import { messageRoutes } from './message-routes';
import { newsroomContext } from './newsroom-context';
import { reviewerLinks, signInPage, t } from './pages';
import { pidFile, Publisher } from './publisher';
import { articlePreviewRoutes } from './article-preview';
import { articleTitles } from './audit-words';
import { differenceSentences } from './rollback-pages';
import { liveDifferences } from './site-differences';
import { releaseRoutes } from './release-routes';
import { DatabaseSessionStore } from './session-store';
import { databasePath, type NewsroomSettings } from './settings';
import { stopOnSigterm } from './shutdown';
import { SESSION_COOKIE, signInRoutes } from './sign-in-routes';
import { SiteServer } from './site-server';
import { MESSAGES_PATH, visitorApi } from './visitor-api';
import { applyRetention, pendingCount } from './visitor-messages';

declare module 'express-session' {
  interface SessionData {
    account: Account;
    /** When the person signed in (ms): the session's absolute lifetime counts from it (session-lifetime.ts). */
    signedInAt: number;
  }
}

/** A session ends after 8 hours without a request. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

/** Every write comes from the newsroom's own pages: the browser says so (Sec-Fetch-Site, or at least Origin). */
function sameOrigin(request: Request, response: Response, next: NextFunction) {
  if (request.method === 'GET' || request.method === 'HEAD') return next();
  const site = request.get('sec-fetch-site');
  const origin = request.get('origin');
  const own = `${request.protocol}://${request.get('host')}`;
  if ((site === undefined || site === 'same-origin') && origin === own) return next();
  response.status(403).json({ error: t('refused.origin') });
}

/** What every response of the newsroom carries: never framed, never cached, never indexed. */
function newsroomHeaders(_request: Request, response: Response, next: NextFunction) {
  response.set({
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex',
  });
  next();
}

export async function startNewsroom(settings: NewsroomSettings) {
  const db = openDatabase(databasePath(settings.dataDir));
  const repository = await Repository.open(process.cwd(), settings.dataDir);
  const siteServer = settings.target === 'node' ? new SiteServer(settings.sitePort, process.env.HOSTNAME ?? '127.0.0.1') : undefined;
  const publisher = new Publisher(db, settings, repository, siteServer);
  // Before anyone can ask: what a killed service left building is recorded as it ended.
  recoverInterruptedReleases(db, publisher.store);
  await catchUpWithLiveRelease(repository, publisher.store, settings);
  await serveBackups(settings.dataDir, (to) =>
    takeBackup({ db, repository, store: publisher.store }, backupOptions(settings.dataDir, process.env, to)),
  );
  const editorScript = await bundleEditorScript();
  // Decap's local git API on an app of its own, which the newsroom calls inside its repository lock.
  const decap = express();
  await registerLocalGit(decap, { logLevel: 'warn' });

  const app = express();
  app.disable('x-powered-by');
  app.set('strict routing', true);
  // The documented nginx in front, on this machine: its X-Forwarded-Proto and X-Forwarded-For are believed.
  app.set('trust proxy', 'loopback');
  app.use(newsroomHeaders);
  app.use(sameOrigin);
  // 在线留言 for visitors: before the session, so that no visitor ever gets a cookie.
  app.use(MESSAGES_PATH, visitorApi(db, { ...settings, addressHashKey: keyFile(settings.dataDir, 'visitor-address.key') }));
  app.get('/admin/health', healthCheck(db, publisher.store));
  app.use(
    session({
      name: SESSION_COOKIE,
      secret: storedSecret(db, 'session'),
      store: new DatabaseSessionStore(db),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: SESSION_IDLE_MS, path: '/' },
    }),
  );

  const context = newsroomContext(db, settings, repository, publisher);
  const { signedIn, page } = context;
  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.get('/admin', (_request, response) => response.redirect('/admin/'));
  app.get(
    '/admin/',
    handleAsync(async (request, response) => {
      const account = signedIn(request);
      if (!account) return page(response, 200, signInPage({}));
      // After a rollback, whoever opens an article learns that the site shows some differently (site-differences.ts).
      const differences = await liveDifferences(repository, publisher.store);
      const live = publisher.store.liveCommit();
      const titles = await articleTitles(
        repository,
        differences.map(({ target }) => target),
        live ? [live] : [],
      );
      const sentences = differenceSentences('differences', differences, titles);
      const html = editorHtml({
        mode: 'newsroom',
        api: '/api/v1',
        branch: repository.branch,
        account: {
          name: account.name,
          role: t(`roles.${account.role}`),
          links: account.role === 'reviewer' ? reviewerLinks(pendingCount(db)) : [],
          signOut: t('nav.signOut'),
          notice: sentences.length > 0 ? [t('differences.heading'), ...sentences, t('differences.next')] : [],
        },
      });
      response.set('Content-Security-Policy', EDITOR_PAGE_POLICY).type('html').send(html);
    }),
  );

  signInRoutes(app, context);
  releaseRoutes(app, context);
  articlePreviewRoutes(app, context);
  messageRoutes(app, context);

  app.get('/admin/editor.js', (_request, response) => response.type('js').send(editorScript));
  app.get('/admin/manual-init.js', (_request, response) => response.type('js').send(MANUAL_INIT_SCRIPT));
  app.get('/admin/newsroom.css', (_request, response) => response.sendFile(path.join(__dirname, 'newsroom.css')));
  app.use('/admin', decapFiles());
  // An article's own files, as the checkout has them, for the signed-in editor's form.
  app.use(UPLOADS_PATH, (request, response, next) => (signedIn(request) ? next() : response.status(401).end()));
  app.use(UPLOADS_PATH, express.static(path.join(process.cwd(), NEWS_MEDIA_ROOT), { index: false }));

  decapApi(app, decap, context);
  app.use(finalErrorHandler);

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(settings.port, settings.host, () => resolve(listening));
  });
  stopOnSigterm(server, publisher, db);
  writeFileSync(pidFile(settings.dataDir), `${process.pid}\n`);
  console.log(`网站后台已启动 / the newsroom is running: http://${settings.host}:${settings.port}/admin/ (${settings.target})`);
  // `npm run cms:rollback` switches `current` from a shell, then asks the running service to serve it.
  process.on('SIGHUP', () => {
    const live = publisher.store.liveId();
    if (live !== undefined) void publisher.goLive(publisher.store.info(live)).catch((error: unknown) => console.error(error));
  });
  // The privacy text's promises about stored messages and addresses, kept hourly.
  const retain = () => {
    const erased = applyRetention(db, settings.retentionDays);
    if (erased > 0) audit(db, { actor: null, address: null, action: 'message-expire', target: null, detail: String(erased) });
  };
  retain();
  setInterval(retain, 60 * 60 * 1000).unref();
  publisher.start().catch((error: unknown) => console.error(`首次生成失败 / the first release failed: ${(error as Error).message}`));
  return { publisher, db };
}
