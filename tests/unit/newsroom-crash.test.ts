/**
 * The real newsroom service killed (SIGKILL) at each step of a release, then started again: the site serves the last
 * complete release, no half-built release is live or listed as live, the article is still 待发布 on its branch, and the
 * next publish goes through. Each step is held by a real git hook (the build worktree's merge, the push to the
 * remote, the published branch's merge), which says where it is through a FIFO and waits there to be killed.
 */
import assert from 'node:assert/strict';
import { existsSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { publishRequest } from '../support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';
import { killedWhilePublishing, type ReleaseHold, releaseHold } from '../support/release-hold';

let service: RunningNewsroom;
let hold: ReleaseHold;
before(async () => {
  service = await startNewsroomService('newsroom-crash-');
  hold = releaseHold(path.join(service.root, '.git'));
  // The build worktree's merge (a merge commit) and the published branch's (often a fast-forward, after which git runs
  // post-merge) share .git/hooks: each hook holds only where it runs.
  const inWorktree = (script: string) =>
    script.replace('#!/bin/sh\n', '#!/bin/sh\ncase "$PWD" in *"/.cms/worktree"*) ;; *) exit 0 ;; esac\n');
  const inCheckout = (script: string) => script.replace('#!/bin/sh\n', '#!/bin/sh\ncase "$PWD" in *"/.cms/worktree"*) exit 0 ;; esac\n');
  hold.install(path.join(service.root, '.git/hooks/pre-merge-commit'), 'candidate-merge', inWorktree);
  hold.install(path.join(service.root, '.git/hooks/post-merge'), 'publish-merge', inCheckout);
  hold.install(path.join(`${service.root}.remote.git`, 'hooks/pre-receive'), 'push');
});
after(() => service?.stop());

const query = <Row>(sql: string) => {
  const db = new Database(service.data.database, { readonly: true });
  try {
    return db.prepare(sql).all() as Row[];
  } finally {
    db.close();
  }
};
const liveId = () => Number(path.basename(readlinkSync(path.join(service.data.dir, 'current'))));

for (const step of ['candidate-merge', 'push', 'publish-merge']) {
  test(`killed during the release's ${step}, the service comes back consistent and publishes`, async () => {
    const slug = `crash-at-${step}`;
    const before = liveId();
    await killedWhilePublishing(service, hold, step, slug);

    const building = query<{ id: number }>("select id from releases where status = 'building'");
    assert.deepEqual(building, [], 'no release is left building');
    const live = liveId();
    assert.ok(existsSync(path.join(service.data.dir, 'releases', String(live), 'release.json')), 'the live release is complete');
    const [row] = query<{ status: string }>(`select status from releases where id = ${live}`);
    assert.equal(row.status, 'released');
    // Before go-live the site is as it was; after it (the published branch's merge) the new release stays live.
    assert.equal(live, step === 'publish-merge' ? before + 1 : before);
    assert.equal(service.git('config', `branch.cms/news-zh/${slug}.description`), 'decap-cms/pending_publish', 'still 待发布');
    assert.equal(service.git('status', '--porcelain'), '', 'the checkout is clean');

    const cookie = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
    const again = await service.api(cookie, publishRequest(slug));
    assert.equal(again.status, 200, await again.clone().text());
    assert.ok(liveId() > live, 'a new release is live');
    assert.ok(service.git('log', '--format=%s', 'main').includes(`cms/news-zh/${slug}`), 'the article is in the published branch');
    assert.equal(service.git('branch', '--list', `cms/news-zh/${slug}`), '', 'its branch is done');
  });
}
