/**
 * The newsroom's one database (SQLite through better-sqlite3, in CMS_DATA): accounts, sign-in failures, sessions,
 * releases, the audit log, and the visitors' messages (在线留言) with their challenges and hashed addresses. The audit log is append-only: triggers refuse every UPDATE and DELETE of it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

export type Db = Database.Database;

const SCHEMA = `
create table if not exists accounts (
  name text primary key,
  role text not null check (role in ('editor', 'reviewer')),
  password_hash text not null,
  created_at text not null
);
create table if not exists sign_in_failures (
  id integer primary key,
  account text not null,
  address text not null,
  at integer not null
);
create index if not exists sign_in_failures_account on sign_in_failures (account, at);
create index if not exists sign_in_failures_address on sign_in_failures (address, at);
create table if not exists sessions (
  id text primary key,
  data text not null,
  expires integer not null
);
create table if not exists secrets (
  name text primary key,
  value text not null
);
create table if not exists releases (
  id integer primary key,
  started_at text not null,
  finished_at text,
  status text not null check (status in ('building', 'released', 'failed')),
  reason text not null,
  actor text,
  commit_sha text,
  duration_ms integer,
  steps text,
  message text,
  -- The articles it published or took down (JSON: branches and files, as the audit log names them).
  articles text
);
-- The releases of the server a backup came from (restore.ts): records only, their site files are gone.
create table if not exists restored_releases (
  restored_at text not null,
  id integer not null,
  started_at text not null,
  finished_at text,
  status text not null,
  reason text not null,
  actor text,
  commit_sha text,
  message text
);
create table if not exists audit_log (
  id integer primary key,
  at text not null,
  actor text,
  address text,
  action text not null,
  target text,
  detail text
);
create table if not exists visitor_messages (
  id integer primary key,
  code_hash text not null unique,
  kind text not null,
  locale text not null,
  title text not null,
  content text not null,
  name text,
  phone text,
  email text,
  created_at integer not null,
  status text not null default 'pending' check (status in ('pending', 'answered', 'rejected')),
  answer text,
  answered_by text,
  answered_at integer,
  personal_erased_at integer,
  public_locale text,
  published_at integer
);
create index if not exists visitor_messages_status on visitor_messages (status, created_at);
create table if not exists used_challenges (
  signature text primary key,
  expires_at integer not null
);
create table if not exists visitor_requests (
  id integer primary key,
  kind text not null check (kind in ('message', 'lookup')),
  address_hash text not null,
  at integer not null
);
create index if not exists visitor_requests_address on visitor_requests (kind, address_hash, at);
create trigger if not exists audit_log_no_update before update on audit_log
  begin select raise(abort, 'the audit log is append-only'); end;
create trigger if not exists audit_log_no_delete before delete on audit_log
  begin select raise(abort, 'the audit log is append-only'); end;
`;

export function openDatabase(file: string): Db {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL: the service and the CLI commands (cms:user, cms:rollback) use it at the same time.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  // 公开答复 came after the first 在线留言 tables: a database made before it gets its two columns.
  const columns = db.pragma('table_info(visitor_messages)') as { name: string }[];
  if (!columns.some(({ name }) => name === 'public_locale'))
    db.exec('alter table visitor_messages add column public_locale text; alter table visitor_messages add column published_at integer;');
  // 网站版本 names its articles since #33: an older database gets the column.
  if (!(db.pragma('table_info(releases)') as { name: string }[]).some(({ name }) => name === 'articles'))
    db.exec('alter table releases add column articles text;');
  // The visitors' address-hash key moved out of the database (key-file.ts): an old copy of it is not kept here.
  db.prepare("delete from secrets where name = 'visitor-address'").run();
  return db;
}

/** A random key made on first use and kept in the database (the session's, the visitors' challenges). */
export function storedSecret(db: Db, name: string): string {
  // Read first: a key in use needs no write (a full disk refuses writes, not reads).
  const stored = db.prepare('select value from secrets where name = ?').get(name) as { value: string } | undefined;
  if (stored) return stored.value;
  db.prepare('insert or ignore into secrets (name, value) values (?, ?)').run(name, randomBytes(32).toString('hex'));
  return (db.prepare('select value from secrets where name = ?').get(name) as { value: string }).value;
}
