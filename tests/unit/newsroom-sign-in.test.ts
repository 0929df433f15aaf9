/**
 * Sign-in on the real newsroom service: the lock-out holds against a burst of parallel guesses by construction, and a
 * flood of attempts (or a 4,000-character name) cannot fill the audit log.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { ACCOUNT_LIMIT, REFUSALS_PER_LOG_ENTRY } from '../../admin/newsroom/sign-in-limits';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';

let service: RunningNewsroom;
before(async () => {
  service = await startNewsroomService('newsroom-sign-in-');
});
after(() => service.stop());

/** A sign-in from `address` (the service believes the local proxy's X-Forwarded-For). */
function signIn(name: string, password: string, address: string) {
  return service.request('/admin/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
    body: new URLSearchParams({ name, password }).toString(),
  });
}

function auditRows(action: string, target?: string): { target: string; detail: string | null }[] {
  const db = new Database(service.data.database, { readonly: true });
  try {
    return db
      .prepare('select target, detail from audit_log where action = ? and (? is null or target = ?) order by id')
      .all(action, target ?? null, target ?? null) as { target: string; detail: string | null }[];
  } finally {
    db.close();
  }
}

test('20 parallel wrong passwords get 5 password checks; then even the right password waits out the lock', async () => {
  const { name, password } = NEWSROOM_ACCOUNTS.editor;
  const statuses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => signIn(name, `wrong-password-${i}`, '10.1.0.1').then((r) => r.status)),
  );
  assert.equal(auditRows('sign-in-failed', name).length, ACCOUNT_LIMIT, 'password checks');
  assert.equal(statuses.filter((status) => status === 401).length, ACCOUNT_LIMIT - 1);
  assert.equal(statuses.filter((status) => status === 429).length, 20 - (ACCOUNT_LIMIT - 1));
  assert.equal(auditRows('lockout', name).length, 1);
  assert.equal((await signIn(name, password, '10.1.0.2')).status, 429, 'the account is locked from any address');
});

test('a 4,000-character name is stored cut to 40 characters, and a flood while locked is logged once per 100 attempts', async () => {
  const long = 'n'.repeat(4000);
  for (let i = 0; i < ACCOUNT_LIMIT; i++)
    assert.equal((await signIn(long, 'wrong-password', '10.2.0.1')).status, i < ACCOUNT_LIMIT - 1 ? 401 : 429);
  const stored = auditRows('sign-in-failed').filter(({ target }) => target.startsWith('nnnn'));
  assert.equal(stored.length, ACCOUNT_LIMIT);
  for (const { target } of stored) assert.equal(Array.from(target).length, 41, 'cut to 40 characters and marked');
  const flood = 2 * REFUSALS_PER_LOG_ENTRY + 50;
  for (let i = 0; i < flood; i++) assert.equal((await signIn(long, 'wrong-password', '10.2.0.1')).status, 429);
  const logged = auditRows('sign-in-locked').filter(({ target }) => target.startsWith('nnnn'));
  assert.deepEqual(
    logged.map(({ detail }) => Number(/\d+/.exec(detail ?? '')?.[0])),
    [1, REFUSALS_PER_LOG_ENTRY, 2 * REFUSALS_PER_LOG_ENTRY],
  );
});
