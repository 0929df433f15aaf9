/** The audit log (操作日志): who did what, when, from which address. Appended to only (admin/newsroom/database.ts). */
import { stringify } from 'csv-stringify/sync';
import type { Db } from './database';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-locked',
  'lockout',
  'sign-out',
  'save',
  'submit',
  'approve',
  'return',
  'approval-dismissed',
  'delete',
  'upload',
  'publish',
  'publish-refused',
  'publish-refused-role',
  'unpublish',
  'release',
  'release-failed',
  'release-unmerged',
  'rollback',
  'account-add',
  'account-remove',
  'account-passwd',
  'message-answer',
  'message-reject',
  'message-publish',
  'message-unpublish',
  'message-erase',
  'message-expire',
  'message-export',
  'backup',
  'restore',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The name the service records for what it does by itself (its first release, catching up after a restart). */
export const SERVICE_ACTOR = 'newsroom';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string | null;
  address: string | null;
  action: AuditAction;
  target: string | null;
  detail: string | null;
}

/** An entry: `actor` null for the service itself, `address` null for a shell command. */
export function audit(db: Db, entry: Omit<AuditEntry, 'id' | 'at'>): void {
  db.prepare('insert into audit_log (at, actor, address, action, target, detail) values (?, ?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    entry.actor,
    entry.address,
    entry.action,
    entry.target,
    entry.detail,
  );
}

/** The newest entries first. */
export function auditEntries(db: Db, limit = 500): AuditEntry[] {
  return db.prepare('select * from audit_log order by id desc limit ?').all(limit) as AuditEntry[];
}

/** A cell a spreadsheet would take for a formula (OWASP, CSV injection): it gets a leading ' and stays text. */
const FORMULA_START = /^[=+\-@\t\r]/;
export const spreadsheetText = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/** CSV with a byte-order mark, so that spreadsheet programs read the Chinese; no cell is a formula. */
export const spreadsheetCsv = (rows: unknown[][]) => `\uFEFF${stringify(rows, { cast: { string: spreadsheetText } })}`;

/** The whole log as CSV, oldest first. */
export function auditCsv(db: Db, header: string[], actionLabel: (action: AuditAction) => string): string {
  const rows = (db.prepare('select * from audit_log order by id').all() as AuditEntry[]).map((entry) => [
    entry.id,
    entry.at,
    entry.actor ?? '',
    entry.address ?? '',
    actionLabel(entry.action),
    entry.target ?? '',
    entry.detail ?? '',
  ]);
  return spreadsheetCsv([header, ...rows]);
}
