/** Signing in and out of the newsroom, with the lock-outs of sign-in-limits.ts and an audit entry for each. */
import express, { type Express } from 'express';
import { verifyPassword } from './accounts';
import { addressKey } from './address-key';
import { audit } from './audit';
import type { NewsroomContext } from './newsroom-context';
import { chinaTime, signInPage, t } from './pages';
import { beginAttempt, forgetAccountFailures, lockStartedBy, RefusalCounter, storedName } from './sign-in-limits';

export const SESSION_COOKIE = 'newsroom_session';

export function signInRoutes(app: Express, { db, address, record, page }: NewsroomContext): void {
  const refusalCounter = new RefusalCounter();
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
}
