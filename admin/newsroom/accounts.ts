/**
 * The newsroom's accounts: a name, a role and an argon2id hash of the password (@node-rs/argon2, OWASP's parameters).
 * Why these libraries: docs/newsroom.md.
 */
import { hash, verify } from '@node-rs/argon2';
import type { Db } from './database';

export const ROLES = ['editor', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];
export const MIN_PASSWORD_LENGTH = 10;
const NAME_PATTERN = /^[\p{L}\p{N}._-]{1,40}$/u;

export interface Account {
  name: string;
  role: Role;
}

export class AccountError extends Error {}

/** OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): about 30 ms here, memory-hard. */
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

function checkPassword(password: string) {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(
      `密码至少要 ${MIN_PASSWORD_LENGTH} 个字符。\nThe password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
}

export async function addAccount(db: Db, name: string, role: Role, password: string): Promise<void> {
  if (!NAME_PATTERN.test(name)) {
    throw new AccountError(
      `用户名只能用字母、数字、点、下划线和连字符，最多 40 个字符：${name}\nA user name is letters, digits, dots, underscores and hyphens, at most 40: ${name}`,
    );
  }
  if (!ROLES.includes(role)) throw new AccountError(`角色只能是 editor 或 reviewer：${role}\nThe role must be editor or reviewer: ${role}`);
  if (findAccount(db, name)) throw new AccountError(`用户 ${name} 已存在。\nThe user ${name} exists already.`);
  checkPassword(password);
  db.prepare('insert into accounts (name, role, password_hash, created_at) values (?, ?, ?, ?)').run(
    name,
    role,
    await hash(password, ARGON2),
    new Date().toISOString(),
  );
}

export async function changePassword(db: Db, name: string, password: string): Promise<void> {
  if (!findAccount(db, name)) throw new AccountError(`没有用户 ${name}。\nThere is no user ${name}.`);
  checkPassword(password);
  db.prepare('update accounts set password_hash = ? where name = ?').run(await hash(password, ARGON2), name);
  // A new password ends every session of the old one.
  db.prepare("delete from sessions where json_extract(data, '$.account.name') = ?").run(name);
}

export function removeAccount(db: Db, name: string): void {
  if (db.prepare('delete from accounts where name = ?').run(name).changes === 0) {
    throw new AccountError(`没有用户 ${name}。\nThere is no user ${name}.`);
  }
  db.prepare("delete from sessions where json_extract(data, '$.account.name') = ?").run(name);
}

export function listAccounts(db: Db): (Account & { created_at: string })[] {
  return db.prepare('select name, role, created_at from accounts order by name').all() as (Account & { created_at: string })[];
}

export function findAccount(db: Db, name: string): Account | undefined {
  return db.prepare('select name, role from accounts where name = ?').get(name) as Account | undefined;
}

// Verified against when the name is unknown, so that an unknown name takes as long as a wrong password.
let unknownAccountHash: Promise<string> | undefined;

/** The account when the password is its own; undefined for an unknown name and a wrong password alike. */
export async function verifyPassword(db: Db, name: string, password: string): Promise<Account | undefined> {
  const row = db.prepare('select name, role, password_hash from accounts where name = ?').get(name) as
    (Account & { password_hash: string }) | undefined;
  unknownAccountHash ??= hash('an account that does not exist', ARGON2);
  const matches = await verify(row?.password_hash ?? (await unknownAccountHash), password);
  return row && matches ? { name: row.name, role: row.role } : undefined;
}
