// Issue 32, item 10, on the real service: the editor page's policy, a session's absolute lifetime, and a stop
// (SIGTERM) that lets a running release finish and answer.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { SESSION_LIFETIME_MS } from '../../admin/newsroom/session-lifetime';
import { approvedArticleRequest, publishRequest } from '../support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, RELEASE_LIVE, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';

let service: RunningNewsroom;
before(async () => {
  service = await startNewsroomService('newsroom-lifecycle-');
});
after(() => service?.stop());

test('the editor page has a Content-Security-Policy that allows only its own scripts', async () => {
  const cookie = await service.signIn(NEWSROOM_ACCOUNTS.editor);
  const response = await service.request('/admin/', { cookie });
  assert.equal(response.status, 200);
  assert.match(await response.text(), /decap-cms\.js/, 'the editor, signed in');
  const policy = response.headers.get('content-security-policy') ?? '';
  const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));
  assert.equal(directive('script-src'), "script-src 'self' 'unsafe-eval'");
  assert.equal(directive('frame-ancestors'), "frame-ancestors 'none'");
  assert.equal(directive('base-uri'), "base-uri 'none'");
  assert.equal(directive('object-src'), "object-src 'none'");
});

test('a session ends its lifetime after sign-in, however busy', async () => {
  const cookie = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
  assert.equal((await service.request('/admin/releases', { cookie })).status, 200);
  // The session, as its store keeps it, signed in a minute longer ago than its lifetime.
  const id = decodeURIComponent(cookie.split('=')[1]).slice(2).split('.')[0];
  const db = new Database(service.data.database);
  const { data } = db.prepare('select data from sessions where id = ?').get(id) as { data: string };
  const session = JSON.parse(data) as { signedInAt?: number };
  assert.equal(typeof session.signedInAt, 'number');
  session.signedInAt = Date.now() - SESSION_LIFETIME_MS - 60_000;
  db.prepare('update sessions set data = ? where id = ?').run(JSON.stringify(session), id);
  db.close();
  const later = await service.request('/admin/releases', { cookie });
  assert.equal(later.status, 303);
  assert.equal(later.headers.get('location'), '/admin/');
  assert.equal((await service.api(cookie, { action: 'entriesByFolder', params: {} })).status, 401);
});

test('SIGTERM waits for the release being built, which answers its reviewer, then the service exits 0', async (t) => {
  const cookie = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
  assert.equal((await service.api(cookie, approvedArticleRequest('before-stop', '停止之前'))).status, 200);
  // The release's push (git target) waits in the remote's hook until the test lets it go: named pipes, no timer.
  const started = path.join(service.root, '..', `${path.basename(service.root)}.started`);
  const go = path.join(service.root, '..', `${path.basename(service.root)}.go`);
  execFileSync('mkfifo', [started, go]);
  t.after(() => {
    for (const pipe of [started, go]) rmSync(pipe, { force: true });
  });
  const hook = path.join(`${service.root}.remote.git`, 'hooks/pre-receive');
  writeFileSync(hook, `#!/bin/sh\ncat >/dev/null\necho started > '${started}'\ncat '${go}' >/dev/null\n`);
  chmodSync(hook, 0o755);

  const releases = service.output().match(new RegExp(RELEASE_LIVE, 'g'))?.length ?? 0;
  const published = service.api(cookie, publishRequest('before-stop'));
  await readFile(started);
  const exited = new Promise<number | null>((resolve) => service.process.once('exit', resolve));
  process.kill(service.process.pid!, 'SIGTERM');
  await service.printed(/正在停止：等待正在生成的网站版本完成/);
  assert.ok(service.alive(), 'still running while the release builds');
  await assert.rejects(fetch(`${service.origin}/admin/`), 'no new connection is taken');
  await writeFile(go, 'go\n');

  const response = await published;
  assert.equal(response.status, 200, await response.clone().text());
  assert.equal(await exited, 0);
  assert.equal(service.output().match(new RegExp(RELEASE_LIVE, 'g'))?.length, releases + 1);
  assert.match(service.output(), /网站后台已停止/);
});
