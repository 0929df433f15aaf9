/**
 * Guessing passwords is slowed down twice: after 5 failures for one account within 15 minutes that account's sign-in
 * is refused for 15 minutes, and after 20 failures from one address the same holds for the address (a whole office
 * often shares one, so its limit is higher). Failures are kept 24 hours.
 *
 * The limit holds by construction: an attempt is counted as a failure, synchronously, before its password is checked
 * (better-sqlite3 is synchronous, so no other request runs between the look-up and the insert); a right password
 * then forgets it. A burst of parallel guesses therefore gets at most 5 password checks.
 */
import type { Db } from './database';

export const WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;
const KEPT_MS = 24 * 60 * 60 * 1000;
/** Attempts refused while locked are logged once, then once every this many, so that a flood cannot fill the log. */
export const REFUSALS_PER_LOG_ENTRY = 100;
/** Account names have at most 40 characters (accounts.ts): a longer typed name is cut to this before it is stored. */
const STORED_NAME_LENGTH = 40;

export interface Lock {
  by: 'account' | 'address';
  /** When sign-in is allowed again, in ms since the epoch. */
  until: number;
  /** The failure that reached the limit. */
  failure: number;
}

/** A typed name as it is kept in the failures and the audit log: at most 40 characters, marked when cut. */
export function storedName(typed: string): string {
  const characters = Array.from(typed);
  return characters.length <= STORED_NAME_LENGTH ? typed : `${characters.slice(0, STORED_NAME_LENGTH).join('')}…`;
}

function lockOf(db: Db, column: 'account' | 'address', value: string, limit: number, now: number): Lock | undefined {
  const recent = db
    .prepare(`select id, at from sign_in_failures where ${column} = ? and at > ? order by id desc limit ?`)
    .all(value, now - WINDOW_MS, limit) as { id: number; at: number }[];
  // Attempts while locked are not failures, so the newest of the last `limit` is the one that set the lock.
  return recent.length >= limit ? { by: column, until: recent[0].at + WINDOW_MS, failure: recent[0].id } : undefined;
}

/** Whether sign-in is refused now for this account name (as stored) or this address. */
export function currentLock(db: Db, account: string, address: string, now = Date.now()): Lock | undefined {
  return lockOf(db, 'account', account, ACCOUNT_LIMIT, now) ?? lockOf(db, 'address', address, ADDRESS_LIMIT, now);
}

export type Attempt = { lock: Lock } | { failure: number };

/** Refused while locked, or counted as a failure until `succeeded` says otherwise. */
export function beginAttempt(db: Db, account: string, address: string, now = Date.now()): Attempt {
  const lock = currentLock(db, account, address, now);
  if (lock) return { lock };
  db.prepare('delete from sign_in_failures where at < ?').run(now - KEPT_MS);
  const { lastInsertRowid } = db.prepare('insert into sign_in_failures (account, address, at) values (?, ?, ?)').run(account, address, now);
  return { failure: Number(lastInsertRowid) };
}

/** The lock that this failed attempt started, if it was the one that reached a limit. */
export function lockStartedBy(db: Db, failure: number, account: string, address: string, now = Date.now()): Lock | undefined {
  const lock = currentLock(db, account, address, now);
  return lock?.failure === failure ? lock : undefined;
}

/** A right password forgets the account's failures (not other accounts' from the address: they may be guessed). */
export function forgetAccountFailures(db: Db, account: string): void {
  db.prepare('delete from sign_in_failures where account = ?').run(account);
}

/**
 * How many attempts a lock has refused, per lock, in this process: the audit log gets the first refusal and then one
 * entry per REFUSALS_PER_LOG_ENTRY. Returns the count to log, or undefined when this refusal is only counted.
 */
export class RefusalCounter {
  private readonly locks = new Map<string, { count: number; until: number }>();

  refused(lock: Lock, now = Date.now()): number | undefined {
    for (const [key, { until }] of this.locks) if (until <= now) this.locks.delete(key);
    const key = `${lock.by}:${lock.failure}`;
    const count = (this.locks.get(key)?.count ?? 0) + 1;
    this.locks.set(key, { count, until: lock.until });
    return count === 1 || count % REFUSALS_PER_LOG_ENTRY === 0 ? count : undefined;
  }
}
