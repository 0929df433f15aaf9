/**
 * A service killed during a release (power cut, OOM killer, SIGKILL) leaves its row `building` and, perhaps, a
 * half-built folder. At the next start: a release that went live before the kill (its folder sealed, `current`
 * pointing at it) is recorded as released, its merge into the published branch left to the next release
 * (live-merge.ts); any other is recorded as failed, with why, and its unsealed folder removed. Its articles were never
 * merged into the published branch: they are still 待发布 on their own branches.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { audit, SERVICE_ACTOR } from './audit';
import type { Db } from './database';
import type { Repository } from './git';
import { mergeLiveCommit } from './live-merge';
import { reloadNginx } from './nginx-reload';
import type { ReleaseStore } from './release-store';
import type { NewsroomSettings } from './settings';

const INTERRUPTED =
  '网站后台在生成这个版本时停止了，版本没有完成；网站仍是之前的版本，文章仍为“待发布”，可以重新发布。\n' +
  'The newsroom stopped while building this release, which was not finished; the site is as it was, and its articles are still waiting to be published.';
const LIVE_UNMERGED =
  '已上线；网站后台在把它并入已发布分支之前停止了，下一次发布时会先并入。\n' +
  'Live; the newsroom stopped before merging it into the published branch, which the next release does first.';

export function recoverInterruptedReleases(db: Db, store: ReleaseStore, now = new Date()): void {
  const live = store.liveId();
  const interrupted = db.prepare("select id from releases where status = 'building'").all() as { id: number }[];
  for (const { id } of interrupted) {
    const sealed = existsSync(path.join(store.folder(id), 'release.json'));
    const wentLive = id === live && sealed;
    db.prepare('update releases set status = ?, finished_at = ?, message = ? where id = ?').run(
      wentLive ? 'released' : 'failed',
      now.toISOString(),
      wentLive ? LIVE_UNMERGED : INTERRUPTED,
      id,
    );
    if (!wentLive) {
      if (id !== live) rmSync(store.folder(id), { recursive: true, force: true });
      audit(db, { actor: null, address: null, action: 'release-failed', target: `#${id}`, detail: INTERRUPTED });
    }
    console.warn(`网站版本 #${id} 在生成中被中断 / release #${id} was interrupted: ${wentLive ? 'live' : 'failed'}`);
  }
}

/**
 * After a kill between go-live and the end of a release: nginx told of the live release (its reload may never have
 * run; nginx may not be up yet), and the published branch caught up with what visitors see (live-merge.ts).
 */
export async function catchUpWithLiveRelease(repository: Repository, store: ReleaseStore, settings: NewsroomSettings): Promise<void> {
  if (store.liveId() === undefined) return;
  if (settings.target === 'static') await reloadNginx(settings.reloadCommand).catch((error: Error) => console.warn(error.message));
  await mergeLiveCommit(repository, store, { name: SERVICE_ACTOR }).catch((error: Error) => console.warn(error.message));
}
