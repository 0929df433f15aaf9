/**
 * express-session's store in the newsroom's database. express-session makes the session ids (uid-safe), signs the
 * cookie and decides expiry; this only keeps its JSON and drops what has expired.
 */
import session from 'express-session';
import type { Db } from './database';

export class DatabaseSessionStore extends session.Store {
  constructor(private readonly db: Db) {
    super();
  }

  private expiry(data: session.SessionData): number {
    return data.cookie.expires ? new Date(data.cookie.expires).getTime() : Date.now() + 24 * 60 * 60 * 1000;
  }

  get(id: string, callback: (error: unknown, data?: session.SessionData | null) => void): void {
    const row = this.db.prepare('select data, expires from sessions where id = ?').get(id) as { data: string; expires: number } | undefined;
    if (!row || row.expires <= Date.now()) callback(null, null);
    else callback(null, JSON.parse(row.data) as session.SessionData);
  }

  set(id: string, data: session.SessionData, callback?: (error?: unknown) => void): void {
    this.db.prepare('delete from sessions where expires <= ?').run(Date.now());
    this.db
      .prepare(
        'insert into sessions (id, data, expires) values (?, ?, ?) on conflict (id) do update set data = excluded.data, expires = excluded.expires',
      )
      .run(id, JSON.stringify(data), this.expiry(data));
    callback?.();
  }

  touch(id: string, data: session.SessionData, callback?: () => void): void {
    this.db.prepare('update sessions set expires = ? where id = ?').run(this.expiry(data), id);
    callback?.();
  }

  destroy(id: string, callback?: (error?: unknown) => void): void {
    this.db.prepare('delete from sessions where id = ?').run(id);
    callback?.();
  }
}
