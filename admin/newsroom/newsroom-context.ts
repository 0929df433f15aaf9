/**
 * What the newsroom's routes share: the database, the settings, the checkout and the release queue, and the checks
 * every route makes of its request (who is signed in, reviewers only) and how its pages are sent.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { type Account, findAccount } from './accounts';
import { audit, type AuditAction } from './audit';
import type { Db } from './database';
import type { Repository } from './git';
import { messagePage, reviewerPageOf, t } from './pages';
import type { Publisher } from './publisher';
import { sessionOutlived } from './session-lifetime';
import type { NewsroomSettings } from './settings';

/** The newsroom's own pages run no script and load nothing from elsewhere. */
const PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface NewsroomContext {
  db: Db;
  settings: NewsroomSettings;
  repository: Repository;
  publisher: Publisher;
  /** The client's address, as the local proxy reports it. */
  address(request: Request): string | null;
  /** An audit log entry by the signed-in person. */
  record(request: Request, action: AuditAction, target?: string | null, detail?: string | null): void;
  /** The signed-in account, as the database has it now (a removed account's session ends with it). */
  signedIn(request: Request): Account | undefined;
  /** Lets reviewers through, with `response.locals.account`; others get the sign-in page or a refusal. */
  reviewer: RequestHandler;
  /** One of the newsroom's own pages, with its policy. */
  page(response: Response, status: number, html: string): void;
}

export function newsroomContext(db: Db, settings: NewsroomSettings, repository: Repository, publisher: Publisher): NewsroomContext {
  const address = (request: Request) => request.ip ?? null;
  function signedIn(request: Request): Account | undefined {
    const name = request.session.account?.name;
    const account = name === undefined ? undefined : findAccount(db, name);
    if (name === undefined || (account && !sessionOutlived(request.session.signedInAt))) return account;
    request.session.destroy(() => undefined);
    return undefined;
  }
  const page = (response: Response, status: number, html: string) =>
    void response.status(status).set('Content-Security-Policy', PAGE_POLICY).type('html').send(html);
  function reviewer(request: Request, response: Response, next: NextFunction) {
    const account = signedIn(request);
    if (!account) return response.redirect(303, '/admin/');
    if (account.role !== 'reviewer')
      return page(response, 403, messagePage(t('refused.reviewerOnly', { what: t(`nav.${reviewerPageOf(request.path)}`) })));
    response.locals.account = account;
    next();
  }
  return {
    db,
    settings,
    repository,
    publisher,
    address,
    record: (request, action, target = null, detail = null) =>
      audit(db, { actor: request.session.account?.name ?? null, address: address(request), action, target, detail }),
    signedIn,
    reviewer,
    page,
  };
}
