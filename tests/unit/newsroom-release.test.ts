// Issue 32, item 5, on the real service: a release whose merge into the published branch fails after go-live stays
// live, says so, and is merged by the next release.
import assert from 'node:assert/strict';
import { existsSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { approvedArticleRequest, publishRequest } from '../support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';

let service: RunningNewsroom;
before(async () => {
  service = await startNewsroomService('newsroom-release-');
});
after(() => service?.stop());

const query = <Row>(sql: string, ...params: unknown[]) => {
  const db = new Database(service.data.database, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Row[];
  } finally {
    db.close();
  }
};

test('a merge that fails after go-live keeps the live release, records it, and the next release merges it', async () => {
  const cookie = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
  assert.equal((await service.api(cookie, approvedArticleRequest('stays-live', '留在线上'))).status, 200);
  // What a git process that died mid-update leaves behind: the published branch cannot move until it is removed.
  const staleLock = path.join(service.root, '.git/refs/heads/main.lock');
  writeFileSync(staleLock, '');

  const published = await service.api(cookie, publishRequest('stays-live'));
  assert.equal(published.status, 200, await published.clone().text());
  const current = path.join(service.data.dir, 'current');
  const live = path.resolve(service.data.dir, readlinkSync(current));
  assert.ok(existsSync(path.join(live, 'release.json')), `the live release ${live} is still there`);
  const [release] = query<{ id: number; status: string; message: string; commit_sha: string }>(
    'select * from releases order by id desc limit 1',
  );
  assert.equal(path.basename(live), String(release.id));
  assert.equal(release.status, 'released');
  assert.match(release.message, /未能并入已发布分支[\s\S]*not merged into the published branch/);
  assert.equal(query('select * from audit_log where action = ? and target = ?', 'release-unmerged', `#${release.id}`).length, 1);
  assert.throws(() => service.git('merge-base', '--is-ancestor', release.commit_sha, 'main'), 'not in main yet');

  rmSync(staleLock);
  const saved = await service.api(cookie, approvedArticleRequest('next-one', '下一篇'));
  assert.equal(saved.status, 200, await saved.text());
  const next = await service.api(cookie, publishRequest('next-one'));
  assert.equal(next.status, 200, await next.clone().text());
  service.git('merge-base', '--is-ancestor', release.commit_sha, 'main');
  assert.equal(service.git('branch', '--list', 'cms/*'), '', 'both articles are done');
  assert.ok(existsSync(path.join(service.root, 'content/news/zh/stays-live.mdx')));
});
