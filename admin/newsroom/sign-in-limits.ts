/**
 * Guessing passwords is slowed down twice: after 5 failures for one account within 15 minutes that account's sign-in
 * is refused for 15 minutes, and after 20 failures from one address the same holds for the address (a whole office
 * often shares one, so its limit is higher). Failures are kept 24 hours.
 */
import type { Db } from './database';

export const WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;
const KEPT_MS = 24 * 60 * 60 * 1000;

export interface Lock {
  by: 'account' | 'address';
  /** When sign-in is allowed again, in ms since the epoch. */
  until: number;
}

function lockOf(db: Db, column: 'account' | 'address', value: string, limit: number, now: number): Lock | undefined {
  const recent = db
    .prepare(`select at from sign_in_failures where ${column} = ? and at > ? order by at desc limit ?`)
    .all(value, now - WINDOW_MS, limit) as { at: number }[];
  // Attempts while locked are not failures, so the newest of the last `limit` is the one that set the lock.
  return recent.length >= limit ? { by: column, until: recent[0].at + WINDOW_MS } : undefined;
}

/** Whether sign-in is refused now for this account name (as typed) or this address. */
export function currentLock(db: Db, account: string, address: string, now = Date.now()): Lock | undefined {
  return lockOf(db, 'account', account, ACCOUNT_LIMIT, now) ?? lockOf(db, 'address', address, ADDRESS_LIMIT, now);
}

/** Records a failure; returns the lock it starts, if it is the one that reaches a limit. */
export function recordFailure(db: Db, account: string, address: string, now = Date.now()): Lock | undefined {
  db.prepare('delete from sign_in_failures where at < ?').run(now - KEPT_MS);
  db.prepare('insert into sign_in_failures (account, address, at) values (?, ?, ?)').run(account, address, now);
  return currentLock(db, account, address, now);
}

/** A successful sign-in forgets the account's failures (not the address's: other accounts may be guessed from it). */
export function forgetAccountFailures(db: Db, account: string): void {
  db.prepare('delete from sign_in_failures where account = ?').run(account);
}
