/**
 * A full disk during a release, on the real newsroom service: CMS_DATA on a small tmpfs of its own (this suite runs as
 * root, as `npm test` does), filled after release 1. The publish fails with words that name the disk, the live
 * release stays, the service keeps answering, and once space is freed the article goes out.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readlinkSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { approvedArticleRequest, publishRequest } from '../support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';

const disk = mkdtempSync(path.join(tmpdir(), 'newsroom-small-disk-'));
let service: RunningNewsroom;
before(async () => {
  if (process.getuid?.() !== 0) return;
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', disk]);
  // The accounts were made in the checkout's default data folder: they move to the small disk with it.
  service = await startNewsroomService('newsroom-disk-full-', { CMS_DATA: disk }, (root) =>
    cpSync(path.join(root, '.cms'), disk, { recursive: true }),
  );
});
after(async () => {
  await service?.stop();
  if (service) execFileSync('umount', [disk]);
  rmSync(disk, { recursive: true, force: true });
});

const liveId = () => path.basename(readlinkSync(path.join(disk, 'current')));

// Mounting needs root, which `npm test` has where it installs its tools (scripts/test.sh) and CI always has.
const asRoot = process.getuid?.() === 0;

test(
  'a publish on a full disk fails naming the disk; the site stays; with space again it goes out',
  { skip: !asRoot && 'mounting a tmpfs needs root' },
  async () => {
    const reviewer = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
    assert.equal((await service.api(reviewer, approvedArticleRequest('full-disk', '磁盘满时的文章'))).status, 200);
    const live = liveId();
    const filler = path.join(disk, 'filler');
    const { bavail, bsize } = statfsSync(disk);
    writeFileSync(filler, Buffer.alloc(bavail * bsize - 4096));

    const refused = await service.api(reviewer, publishRequest('full-disk'));
    assert.equal(refused.status, 422);
    const { error } = (await refused.json()) as { error: string };
    assert.match(error, /服务器磁盘已满/);
    assert.match(error, /disk is full/);
    assert.equal(liveId(), live, 'the live release is the same');
    assert.ok(service.alive());
    const challenge = await service.request('/api/messages/challenge');
    assert.equal(challenge.status, 200, await challenge.clone().text());

    rmSync(filler);
    const published = await service.api(reviewer, publishRequest('full-disk'));
    assert.equal(published.status, 200, await published.clone().text());
    assert.notEqual(liveId(), live);
  },
);
