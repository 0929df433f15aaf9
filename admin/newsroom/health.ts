/**
 * GET /admin/health, for the organization's monitoring: no session, no names, no personal data. 200 with the live
 * release's id and age and the last backup's age; 503 when the last finished release failed or nothing is live.
 */
import type { RequestHandler } from 'express';
import { lastBackup } from './backup';
import type { Db } from './database';
import type { ReleaseStore } from './release-store';

const ageSeconds = (at: string | undefined) => (at === undefined ? null : Math.round((Date.now() - Date.parse(at)) / 1000));

export function healthCheck(db: Db, store: ReleaseStore): RequestHandler {
  return (_request, response) => {
    const live = store.liveId();
    const last = db.prepare("select id, status from releases where status != 'building' order by id desc limit 1").get() as
      { id: number; status: 'released' | 'failed' } | undefined;
    const healthy = live !== undefined && last?.status !== 'failed';
    response.status(healthy ? 200 : 503).json({
      status: healthy ? 'ok' : 'failing',
      liveRelease: live ?? null,
      liveReleaseAgeSeconds: live === undefined ? null : ageSeconds(store.info(live).builtAt),
      lastRelease: last ?? null,
      lastBackupAgeSeconds: ageSeconds(lastBackup(store.dataDir)?.at),
    });
  };
}
