/**
 * 在线留言 in the newsroom's database: a visitor's message is stored with a 查询码 (only its hash is kept), staff answer
 * or refuse it. What the privacy text promises
 * is enforced here: the address only as a keyed hash, for the rate limits, for one day; the name, phone and email of a
 * closed message erased after the retention period, or at once on request.
 */
import { createHash, createHmac, randomInt } from 'node:crypto';
import type { Locale } from '../../i18n/locales.mjs';
import { chinaDay } from '../../lib/dates';
import { LOOKUP_CODE_ALPHABET, LOOKUP_CODE_LENGTH, type MessageStatus } from '../../lib/visitor-message';
import type { PublicAnswer, VisitorMessage } from '../../lib/visitor-message-schema';
import { type Db, storedSecret } from './database';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** At most 5 messages and 30 lookups an hour from one address. */
export const VISITOR_LIMITS = { message: 5, lookup: 30 } as const;
export const DEFAULT_RETENTION_DAYS = 180;

export interface StoredMessage {
  id: number;
  kind: VisitorMessage['kind'];
  locale: Locale;
  title: string;
  content: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  created_at: number;
  status: MessageStatus;
  answer: string | null;
  answered_by: string | null;
  answered_at: number | null;
  personal_erased_at: number | null;
  /** The language of the 公开答复 page it is published on; null when it is not published. */
  public_locale: Locale | null;
  published_at: number | null;
}

/** What a visitor with the right code sees: never the details they gave. */
export interface MessageLookup {
  title: string;
  status: MessageStatus;
  answer: string | null;
  created_at: number;
  answered_at: number | null;
}

/** The challenges' HMAC key: made once, kept in the database. */
export const challengeSecret = (db: Db) => storedSecret(db, 'visitor-challenge');

/** An address as the rate limits keep it: a keyed hash, which the database alone cannot turn back into the address. */
export function addressHash(key: string, address: string): string {
  return createHmac('sha256', key).update(address).digest('hex');
}

/** A 查询码 as stored: its hash, so the database alone cannot read a message by its code. */
export const codeHash = (code: string) => createHash('sha256').update(code).digest('hex');

function newLookupCode(): string {
  return Array.from({ length: LOOKUP_CODE_LENGTH }, () => LOOKUP_CODE_ALPHABET[randomInt(LOOKUP_CODE_ALPHABET.length)]).join('');
}

/** Whether an address is still under its hourly limit for a kind of request. */
export function withinLimit(db: Db, kind: keyof typeof VISITOR_LIMITS, hash: string, now = Date.now()): boolean {
  const { count } = db
    .prepare('select count(*) as count from visitor_requests where kind = ? and address_hash = ? and at > ?')
    .get(kind, hash, now - HOUR_MS) as { count: number };
  return count < VISITOR_LIMITS[kind];
}

export function countRequest(db: Db, kind: keyof typeof VISITOR_LIMITS, hash: string, now = Date.now()): void {
  db.prepare('insert into visitor_requests (kind, address_hash, at) values (?, ?, ?)').run(kind, hash, now);
}

/** Marks a challenge as used; false when it already was (a replay). */
export function useChallenge(db: Db, signature: string, expiresAt: number): boolean {
  return db.prepare('insert or ignore into used_challenges (signature, expires_at) values (?, ?)').run(signature, expiresAt).changes === 1;
}

/** Stores a message and returns its 查询码, which is shown once and kept only as a hash. */
export function storeMessage(db: Db, message: VisitorMessage, locale: Locale, now = Date.now()): { id: number; code: string } {
  const insert = db.prepare(
    `insert into visitor_messages (code_hash, kind, locale, title, content, name, phone, email, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (;;) {
    const code = newLookupCode();
    try {
      const { lastInsertRowid } = insert.run(
        codeHash(code),
        message.kind,
        locale,
        message.title,
        message.content,
        message.name || null,
        message.phone || null,
        message.email || null,
        now,
      );
      return { id: Number(lastInsertRowid), code };
    } catch (error) {
      // The same code twice (one chance in 10^17): draw again.
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
    }
  }
}

export function lookUpMessage(db: Db, code: string): MessageLookup | undefined {
  return db
    .prepare('select title, status, answer, created_at, answered_at from visitor_messages where code_hash = ?')
    .get(codeHash(code)) as MessageLookup | undefined;
}

export function findMessage(db: Db, id: number): StoredMessage | undefined {
  return db.prepare('select * from visitor_messages where id = ?').get(id) as StoredMessage | undefined;
}

/** Pending first, then answered and refused; newest first within each. */
export function listMessages(db: Db): StoredMessage[] {
  return db
    .prepare(
      `select * from visitor_messages
       order by case status when 'pending' then 0 when 'answered' then 1 else 2 end, created_at desc, id desc`,
    )
    .all() as StoredMessage[];
}

export function pendingCount(db: Db): number {
  return (db.prepare("select count(*) as count from visitor_messages where status = 'pending'").get() as { count: number }).count;
}

/** An answer (已回复) or a refusal with its reason (不予受理): both are what the visitor reads. */
export function closeMessage(
  db: Db,
  id: number,
  { status, answer, by }: { status: Exclude<MessageStatus, 'pending'>; answer: string; by: string },
  now = Date.now(),
): boolean {
  return (
    db
      .prepare('update visitor_messages set status = ?, answer = ?, answered_by = ?, answered_at = ? where id = ?')
      .run(status, answer, by, now, id).changes === 1
  );
}

/** Publishes an answered message on the 公开答复 page of a language, or takes it off (null); the next release shows it. */
export function setPublic(db: Db, id: number, locale: Locale | null, now = Date.now()): boolean {
  return (
    db
      .prepare("update visitor_messages set public_locale = ?, published_at = ? where id = ? and status = 'answered'")
      .run(locale, locale ? now : null, id).changes === 1
  );
}

/** What a build gets for the 公开答复 pages: the question and the answer, never the name, phone or email. */
export function publicAnswersForBuild(db: Db): PublicAnswer[] {
  const rows = db
    .prepare(
      `select kind, public_locale, title, content, answer, created_at, answered_at from visitor_messages
       where status = 'answered' and public_locale is not null order by answered_at desc, id desc`,
    )
    .all() as Pick<StoredMessage, 'kind' | 'public_locale' | 'title' | 'content' | 'answer' | 'created_at' | 'answered_at'>[];
  return rows.map((row) => ({
    kind: row.kind,
    locale: row.public_locale!,
    title: row.title,
    content: row.content,
    answer: row.answer!,
    asked: chinaDay(row.created_at),
    answered: chinaDay(row.answered_at!),
  }));
}

/** The person's name, phone and email, gone; the question and the answer stay. */
export function erasePersonalData(db: Db, id: number, now = Date.now()): boolean {
  return (
    db.prepare('update visitor_messages set name = null, phone = null, email = null, personal_erased_at = ? where id = ?').run(now, id)
      .changes === 1
  );
}

/**
 * What the privacy text promises, done: hashed addresses and used challenges older than a day are deleted, and the
 * personal details of messages closed more than `retentionDays` ago are erased. Returns how many messages it erased.
 */
export function applyRetention(db: Db, retentionDays: number, now = Date.now()): number {
  db.prepare('delete from visitor_requests where at <= ?').run(now - DAY_MS);
  db.prepare('delete from used_challenges where expires_at <= ?').run(now);
  return db
    .prepare(
      `update visitor_messages set name = null, phone = null, email = null, personal_erased_at = ?
       where status != 'pending' and answered_at <= ? and personal_erased_at is null
         and (name is not null or phone is not null or email is not null)`,
    )
    .run(now, now - retentionDays * DAY_MS).changes;
}
