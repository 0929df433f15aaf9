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
    let row: { data: string; expires: number } | undefined;
    try {
      row = this.db.prepare('select data, expires from sessions where id = ?').get(id) as typeof row;
    } catch (error) {
      return callback(error);
    }
    if (!row || row.expires <= Date.now()) callback(null, null);
    else callback(null, JSON.parse(row.data) as session.SessionData);
  }

  set(id: string, data: session.SessionData, callback?: (error?: unknown) => void): void {
    try {
      this.db.prepare('delete from sessions where expires <= ?').run(Date.now());
      this.db
        .prepare(
          'insert into sessions (id, data, expires) values (?, ?, ?) on conflict (id) do update set data = excluded.data, expires = excluded.expires',
        )
        .run(id, JSON.stringify(data), this.expiry(data));
    } catch (error) {
      return callback?.(error);
    }
    callback?.();
  }

  /**
   * Only moves the idle expiry on, after the answer is written: a failure (a full disk) is logged and the answer goes
   * out. Thrown, it left the answer unsent; passed on, express would cut the connection the answer is on.
   */
  touch(id: string, data: session.SessionData, callback?: () => void): void {
    try {
      this.db.prepare('update sessions set expires = ? where id = ?').run(this.expiry(data), id);
    } catch (error) {
      console.error(`会话未能延期 / a session could not be extended: ${(error as Error).message}`);
    }
    callback?.();
  }

  destroy(id: string, callback?: (error?: unknown) => void): void {
    try {
      this.db.prepare('delete from sessions where id = ?').run(id);
    } catch (error) {
      return callback?.(error);
    }
    callback?.();
  }
}
