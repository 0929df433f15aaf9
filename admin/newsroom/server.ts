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
import { isLocale } from '../../i18n/locales.mjs';
import { UPLOADS_PATH } from '../../lib/paths';
import { NEWS_MEDIA_ROOT } from '../config';
import { bundleEditorScript, decapFiles, editorHtml, MANUAL_INIT_SCRIPT } from '../editor-page';
import { API_BODY_LIMIT, type DecapRequest, guardWrites } from '../write-guard';
import { type Account, findAccount, verifyPassword } from './accounts';
import { decide } from './api-rules';
import { confineToArticles } from './decap-scope';
import { backupOptions, lastBackup, takeBackup } from './backup';
import { serveBackups } from './backup-socket';
import { BackupStatus } from './backup-status';
import { healthCheck } from './health';
import { addressKey } from './address-key';
import { finalErrorHandler, handleAsync } from './http-errors';
import { keyFile } from './key-file';
import { audit, auditCsv, type AuditAction, auditEntries } from './audit';
import { openDatabase, storedSecret } from './database';
import { authorEnv, Repository } from './git';
import {
  auditPage,
  chinaTime,
  messagePage,
  messagesCsv,
  releasesPage,
  type ReleaseRow,
  reviewerLinks,
  reviewerPageOf,
  signInPage,
  t,
  visitorMessagePage,
  visitorMessagesPage,
} from './pages';
import { pidFile, Publisher, ReleaseRefused } from './publisher';
import { databasePath, type NewsroomSettings } from './settings';
import { beginAttempt, forgetAccountFailures, lockStartedBy, RefusalCounter, storedName } from './sign-in-limits';
import { DatabaseSessionStore } from './session-store';
import { EDITOR_PAGE_POLICY } from './editor-policy';
import { sessionOutlived } from './session-lifetime';
import { stopOnSigterm } from './shutdown';
import { SiteServer } from './site-server';
import { saveDismissingApproval } from './stale-approval';
import { MESSAGES_PATH, visitorApi } from './visitor-api';
import { applyRetention, closeMessage, erasePersonalData, findMessage, listMessages, pendingCount, setPublic } from './visitor-messages';

declare module 'express-session' {
  interface SessionData {
    account: Account;
    /** When the person signed in (ms): the session's absolute lifetime counts from it (session-lifetime.ts). */
    signedInAt: number;
  }
}

/** A session ends after 8 hours without a request. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'newsroom_session';

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

/** The newsroom's own pages run no script and load nothing from elsewhere. */
const PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export async function startNewsroom(settings: NewsroomSettings) {
  const db = openDatabase(databasePath(settings.dataDir));
  const repository = await Repository.open(process.cwd(), settings.dataDir);
  const siteServer = settings.target === 'node' ? new SiteServer(settings.sitePort, process.env.HOSTNAME ?? '127.0.0.1') : undefined;
  const publisher = new Publisher(db, settings, repository, siteServer);
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

  const address = (request: Request) => request.ip ?? null;
  const refusalCounter = new RefusalCounter();
  const record = (request: Request, action: AuditAction, target: string | null = null, detail: string | null = null) =>
    audit(db, { actor: request.session.account?.name ?? null, address: address(request), action, target, detail });

  /** The signed-in account, as the database has it now (a removed account's session ends with it). */
  function signedIn(request: Request): Account | undefined {
    const name = request.session.account?.name;
    const account = name === undefined ? undefined : findAccount(db, name);
    if (name === undefined || (account && !sessionOutlived(request.session.signedInAt))) return account;
    request.session.destroy(() => undefined);
    return undefined;
  }
  const page = (response: Response, status: number, html: string) =>
    response.status(status).set('Content-Security-Policy', PAGE_POLICY).type('html').send(html);
  function reviewer(request: Request, response: Response, next: NextFunction) {
    const account = signedIn(request);
    if (!account) return response.redirect(303, '/admin/');
    if (account.role !== 'reviewer')
      return page(response, 403, messagePage(t('refused.reviewerOnly', { what: t(`nav.${reviewerPageOf(request.path)}`) })));
    response.locals.account = account;
    next();
  }

  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.get('/admin', (_request, response) => response.redirect('/admin/'));
  app.get('/admin/', (request, response) => {
    const account = signedIn(request);
    if (!account) return page(response, 200, signInPage({}));
    const html = editorHtml({
      mode: 'newsroom',
      api: '/api/v1',
      branch: repository.branch,
      account: {
        name: account.name,
        role: t(`roles.${account.role}`),
        links: account.role === 'reviewer' ? reviewerLinks(pendingCount(db)) : [],
        signOut: t('nav.signOut'),
      },
    });
    response.set('Content-Security-Policy', EDITOR_PAGE_POLICY).type('html').send(html);
  });

  app.post('/admin/sign-in', express.urlencoded({ extended: false, limit: '4kb' }), async (request, response, next) => {
    try {
      const typed = String(request.body?.name ?? '').trim();
      const name = storedName(typed);
      const password = String(request.body?.password ?? '');
      const from = address(request) ?? '';
      const attempt = beginAttempt(db, name, addressKey(from));
      if ('lock' in attempt) {
        const refusals = refusalCounter.refused(attempt.lock);
        if (refusals !== undefined)
          audit(db, {
            actor: name,
            address: from,
            action: 'sign-in-locked',
            target: name,
            detail: t('audit.refusedWhileLocked', { count: refusals }),
          });
        return page(response, 429, signInPage({ name, problem: t('signIn.locked', { time: chinaTime(attempt.lock.until) }) }));
      }
      const account = await verifyPassword(db, typed, password);
      if (!account) {
        const started = lockStartedBy(db, attempt.failure, name, addressKey(from));
        audit(db, { actor: name, address: from, action: 'sign-in-failed', target: name, detail: null });
        if (started)
          audit(db, {
            actor: name,
            address: from,
            action: 'lockout',
            target: started.by === 'account' ? name : from,
            detail: chinaTime(started.until),
          });
        const problem = started ? t('signIn.locked', { time: chinaTime(started.until) }) : t('signIn.wrong');
        return page(response, started ? 429 : 401, signInPage({ name, problem }));
      }
      forgetAccountFailures(db, name);
      // A new session id at sign-in: an id planted before it is worth nothing after.
      request.session.regenerate((error) => {
        if (error) return next(error);
        request.session.account = account;
        request.session.signedInAt = Date.now();
        record(request, 'sign-in', account.name);
        request.session.save((saveError) => (saveError ? next(saveError) : response.redirect(303, '/admin/')));
      });
    } catch (error) {
      next(error);
    }
  });

  app.post('/admin/sign-out', (request, response) => {
    if (request.session.account) record(request, 'sign-out', request.session.account.name);
    request.session.destroy(() => response.clearCookie(SESSION_COOKIE, { path: '/' }).redirect(303, '/admin/'));
  });

  app.get('/admin/releases', reviewer, (request, response) => {
    const releases = db.prepare('select * from releases order by id desc limit 50').all() as ReleaseRow[];
    const rolledBack = Number(request.query.rolledBack);
    page(
      response,
      200,
      releasesPage({
        account: response.locals.account as Account,
        pending: pendingCount(db),
        releases,
        live: publisher.store.liveId(),
        kept: publisher.store.ids(),
        notice: Number.isInteger(rolledBack) && rolledBack > 0 ? t('releases.rolledBack', { id: rolledBack }) : undefined,
        backup: BackupStatus({ last: lastBackup(settings.dataDir), now: Date.now() }),
      }),
    );
  });
  app.post('/admin/releases/:id/rollback', reviewer, async (request, response) => {
    try {
      const id = await publisher.rollBack(response.locals.account as Account, address(request), Number(request.params.id));
      response.redirect(303, `/admin/releases?rolledBack=${id}`);
    } catch (error) {
      page(response, 409, messagePage((error as Error).message));
    }
  });
  app.get('/admin/audit', reviewer, (_request, response) =>
    page(response, 200, auditPage({ account: response.locals.account as Account, pending: pendingCount(db), entries: auditEntries(db) })),
  );
  app.get('/admin/audit.csv', reviewer, (_request, response) => {
    const header = (['at', 'actor', 'address', 'action', 'target', 'detail'] as const).map((key) => t(`audit.${key}`));
    const csv = auditCsv(db, ['#', ...header], (action) => t(`audit.actions.${action}`));
    response.type('text/csv; charset=utf-8').attachment('newsroom-audit-log.csv').send(csv);
  });

  app.get('/admin/messages', reviewer, (_request, response) =>
    page(response, 200, visitorMessagesPage({ account: response.locals.account as Account, messages: listMessages(db) })),
  );
  app.get('/admin/messages.csv', reviewer, (request, response) => {
    record(request, 'message-export');
    response
      .type('text/csv; charset=utf-8')
      .attachment('visitor-messages.csv')
      .send(messagesCsv(listMessages(db)));
  });
  const notices = {
    answered: 'messages.answered',
    rejected: 'messages.rejected',
    erased: 'messages.erasedNotice',
    published: 'messages.publishedNotice',
    unpublished: 'messages.unpublishedNotice',
  } as const;
  const liveSince = () => {
    const live = publisher.store.liveId();
    return live === undefined ? undefined : Date.parse(publisher.store.info(live).builtAt);
  };
  app.get('/admin/messages/:id', reviewer, (request, response) => {
    const message = findMessage(db, Number(request.params.id));
    if (!message) return page(response, 404, messagePage(t('messages.notFound')));
    const done = notices[String(request.query.done) as keyof typeof notices];
    page(
      response,
      200,
      visitorMessagePage({
        account: response.locals.account as Account,
        pending: pendingCount(db),
        message,
        liveSince: liveSince(),
        buildsSite: settings.target !== 'git',
        notice: done ? t(done, { id: message.id }) : undefined,
      }),
    );
  });
  const staffForm = express.urlencoded({ extended: false, limit: '32kb' });
  for (const status of ['answered', 'rejected'] as const) {
    app.post(`/admin/messages/:id/${status === 'answered' ? 'answer' : 'reject'}`, reviewer, staffForm, (request, response) => {
      const id = Number(request.params.id);
      const text = String(request.body?.text ?? '').trim();
      if (!text) return page(response, 422, messagePage(t('messages.emptyText')));
      const account = response.locals.account as Account;
      if (!closeMessage(db, id, { status, answer: text, by: account.name }))
        return page(response, 404, messagePage(t('messages.notFound')));
      record(request, status === 'answered' ? 'message-answer' : 'message-reject', `#${id}`);
      response.redirect(303, `/admin/messages/${id}?done=${status}`);
    });
  }
  // 公开答复: the page is part of a release, so publishing asks for one, as an article's 发布 does.
  app.post('/admin/messages/:id/publish', reviewer, staffForm, (request, response) => {
    if (settings.target === 'git') return page(response, 409, messagePage(t('messages.publishElsewhere')));
    const id = Number(request.params.id);
    // A language publishes it on that language's page; `none` takes it off.
    const chosen: unknown = request.body?.locale;
    const publicLocale = chosen === 'none' ? null : isLocale(chosen) ? chosen : undefined;
    if (publicLocale === undefined || !setPublic(db, id, publicLocale)) return page(response, 404, messagePage(t('messages.notFound')));
    const account = response.locals.account as Account;
    record(request, publicLocale ? 'message-publish' : 'message-unpublish', `#${id}`, publicLocale);
    publisher
      .request({ reason: 'answers', by: account, address: address(request) })
      .catch((error: unknown) =>
        console.error(`公开答复的网站版本生成失败 / the release for published answers failed: ${(error as Error).message}`),
      );
    response.redirect(303, `/admin/messages/${id}?done=${publicLocale ? 'published' : 'unpublished'}`);
  });
  app.post('/admin/messages/:id/erase', reviewer, (request, response) => {
    const id = Number(request.params.id);
    if (!erasePersonalData(db, id)) return page(response, 404, messagePage(t('messages.notFound')));
    record(request, 'message-erase', `#${id}`);
    response.redirect(303, `/admin/messages/${id}?done=erased`);
  });

  app.get('/admin/editor.js', (_request, response) => response.type('js').send(editorScript));
  app.get('/admin/manual-init.js', (_request, response) => response.type('js').send(MANUAL_INIT_SCRIPT));
  app.get('/admin/newsroom.css', (_request, response) => response.sendFile(path.join(__dirname, 'newsroom.css')));
  app.use('/admin', decapFiles());
  // An article's own files, as the checkout has them, for the signed-in editor's form.
  app.use(UPLOADS_PATH, (request, response, next) => (signedIn(request) ? next() : response.status(401).end()));
  app.use(UPLOADS_PATH, express.static(path.join(process.cwd(), NEWS_MEDIA_ROOT), { index: false }));

  app.post(
    '/api/v1',
    (request, response, next) => {
      const account = signedIn(request);
      if (!account) return response.status(401).json({ error: t('refused.signedOut') });
      response.locals.account = account;
      next();
    },
    express.json({ limit: API_BODY_LIMIT }),
    confineToArticles({ root: repository.root, branch: repository.branch, dataDir: settings.dataDir }),
    guardWrites,
    handleAsync(async (request, response) => {
      const account = response.locals.account as Account;
      const body = request.body as DecapRequest;
      const decision = decide(body, account.role);
      if (decision.refused) {
        for (const { action, target } of decision.records) record(request, action, target);
        return response.status(403).json({ error: decision.refused });
      }
      if (body.action === 'publishUnpublishedEntry') {
        const params = body.params as { collection: string; slug: string };
        try {
          const id = await publisher.request({
            branch: `cms/${params.collection}/${params.slug}`,
            reason: 'publish',
            by: account,
            address: address(request),
          });
          return response.json({ message: `release #${id}` });
        } catch (error) {
          return response.status(error instanceof ReleaseRefused ? 422 : 500).json({ error: (error as Error).message });
        }
      }
      // Decap's answer is held until the request's own work is done (a take-down's release).
      let held: unknown;
      const dismissed = await repository.lock.runExclusive(() =>
        saveDismissingApproval(
          repository,
          decision.saves,
          () =>
            new Promise<void>((resolve) => {
              Object.assign(process.env, authorEnv(account));
              const json = response.json.bind(response);
              response.json = (value: unknown) => {
                held = value;
                response.json = json;
                resolve();
                return response;
              };
              response.once('close', resolve);
              decap(request, response, () => resolve());
            }),
          () => !response.headersSent && response.statusCode < 400,
        ),
      );
      if (response.headersSent) return;
      if (response.statusCode < 400) {
        for (const { action, target } of decision.records) record(request, action, target);
        if (dismissed && decision.saves) record(request, 'approval-dismissed', decision.saves);
        if (decision.unpublishes) {
          try {
            await publisher.request({ reason: 'unpublish', by: account, address: address(request) });
          } catch (error) {
            return response.status(500).json({ error: (error as Error).message });
          }
        }
      }
      response.json(held);
    }),
  );
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
