/**
 * The static target's release killed (SIGKILL, the whole process group, as a power cut or systemd's kill does) inside
 * its site build and during nginx's reload, then started again: the site serves the last complete release, nothing
 * half-built is live or listed as live, the worktree builds again, and the article is published by the next try.
 * newsroom-crash.test.ts does the same at the git steps of a release.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { approvedArticleRequest, publishRequest } from '../support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';
import { killedWhilePublishing, type ReleaseHold, releaseHold } from '../support/release-hold';

let service: RunningNewsroom;
let hold: ReleaseHold;
let reloads = '';
before(async () => {
  service = await startNewsroomService(
    'newsroom-crash-build-',
    {},
    (root, env) => {
      reloads = path.join(root, '.git/reloads.log');
      hold = releaseHold(path.join(root, '.git'));
      const reload = path.join(root, '.git/reload-nginx');
      // Each call of the reload command is counted; it holds only when told.
      hold.install(reload, 'reload', (script) => script.replace('#!/bin/sh\n', `#!/bin/sh\necho reload >> ${reloads}\n`));
      Object.assign(env, hold.buildStepEnv(env), { CMS_TARGET: 'static', CMS_RELOAD_COMMAND: reload });
    },
    300_000,
  );
});
after(() => service?.stop());

const status = (id: number) => {
  const db = new Database(service.data.database, { readonly: true });
  try {
    return (db.prepare('select status from releases where id = ?').get(id) as { status: string } | undefined)?.status;
  } finally {
    db.close();
  }
};
const reloadCount = () => (existsSync(reloads) ? readFileSync(reloads, 'utf8').split('\n').filter(Boolean).length : 0);
const onSite = (slug: string) => existsSync(path.join(service.data.dir, `current/site/zh/news/${slug}.html`));
const liveId = () => Number(path.basename(readlinkSync(path.join(service.data.dir, 'current'))));

// Inside the build: before the MDX compiles, and once the export has started (the previous build set aside).
for (const step of ['contentlayer', 'next-export', 'reload']) {
  test(`killed at the static release's ${step}, the service comes back consistent and publishes`, { timeout: 600_000 }, async () => {
    const slug = `crash-at-${step}`;
    const before = liveId();
    const reloadsBefore = reloadCount();
    await killedWhilePublishing(service, hold, step, slug);

    // Killed during the reload, the new release had been switched to: it stays live, nginx is told and the published
    // branch catches up at the start. Killed before, the site is as it was and the article waits, still 待发布.
    const wentLive = step === 'reload';
    const live = liveId();
    assert.equal(live, wentLive ? before + 1 : before);
    assert.equal(status(live), 'released');
    assert.equal(status(before + 1), wentLive ? 'released' : 'failed', 'the interrupted release is recorded');
    assert.ok(existsSync(path.join(service.data.dir, 'current/release.json')), 'the live release is complete');
    assert.equal(onSite(slug), wentLive);
    if (wentLive) assert.equal(service.git('branch', '--list', `cms/news-zh/${slug}`), '', 'its branch is merged');
    else assert.equal(service.git('config', `branch.cms/news-zh/${slug}.description`), 'decap-cms/pending_publish', 'still 待发布');
    assert.equal(service.git('status', '--porcelain'), '', 'the checkout is clean');
    assert.equal(reloadCount(), reloadsBefore + (wentLive ? 2 : 1), 'nginx is told of the live release at the start');

    // The next publish goes through: the same article again, or another.
    const next = wentLive ? `after-${step}` : slug;
    const cookie = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
    if (wentLive) assert.equal((await service.api(cookie, approvedArticleRequest(next, `中断之后 ${step}`))).status, 200);
    const again = await service.api(cookie, publishRequest(next));
    assert.equal(again.status, 200, await again.clone().text());
    assert.ok(liveId() > live, 'a new release is live');
    assert.ok(onSite(next), 'the article is on the site');
    assert.equal(service.git('branch', '--list', `cms/news-zh/${next}`), '', 'its branch is done');
  });
}
