/** 网站版本's line about the last backup (backup.ts): its time and size, and a warning when it is old or missing. */
import type { BackupRecord } from './backup';
import { chinaTime, t } from './pages';

/** Older than this, a reviewer is warned: the daily timer has missed at least one run. */
export const BACKUP_STALE_MS = 2 * 24 * 60 * 60 * 1000;

export function BackupStatus({ last, now }: { last?: BackupRecord; now: number }) {
  if (!last)
    return (
      <p className="problem" role="alert">
        {t('backup.none')}
      </p>
    );
  const stale = now - Date.parse(last.at) > BACKUP_STALE_MS;
  const text = t('backup.last', { time: chinaTime(last.at), size: `${(last.bytes / 1024 / 1024).toFixed(1)} MB` });
  return stale ? (
    <p className="problem" role="alert">
      {text} {t('backup.stale')}
    </p>
  ) : (
    <p>{text}</p>
  );
}
