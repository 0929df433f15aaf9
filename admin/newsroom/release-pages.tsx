/** 网站版本 (the releases, with rollback and the last backup) and 操作日志 (the audit log), for reviewers. */
import type { ReactNode } from 'react';
import type { Account } from './accounts';
import type { AuditEntry } from './audit';
import { chinaTime, document, Frame, ScrollTable, t } from './pages';
import type { ReleaseRequest } from './publisher';
import { KEPT_RELEASES } from './release-store';

export interface ReleaseRow {
  id: number;
  started_at: string;
  status: 'building' | 'released' | 'failed';
  reason: ReleaseRequest['reason'];
  actor: string | null;
  duration_ms: number | null;
  message: string | null;
}

export function releasesPage({
  account,
  pending,
  releases,
  live,
  kept,
  notice,
  backup,
}: {
  account: Account;
  pending: number;
  releases: ReleaseRow[];
  live?: number;
  kept: number[];
  notice?: string;
  backup: ReactNode;
}) {
  return document(
    t('releases.heading'),
    <Frame account={account} pending={pending}>
      <h1>{t('releases.heading')}</h1>
      <p>{t('releases.intro', { kept: KEPT_RELEASES })}</p>
      {backup}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {releases.length === 0 ? (
        <p>{t('releases.none')}</p>
      ) : (
        <ScrollTable
          head={[
            t('releases.id'),
            t('releases.startedAt'),
            t('releases.reason'),
            t('releases.actor'),
            t('releases.status'),
            t('releases.duration'),
            '',
          ]}
        >
          {releases.map((release) => (
            <tr key={release.id} className={release.id === live ? 'live' : undefined}>
              <td>#{release.id}</td>
              <td>{chinaTime(release.started_at)}</td>
              <td>{t(`releases.reasons.${release.reason}`)}</td>
              <td>{release.actor}</td>
              <td>
                {t(`releases.statuses.${release.status}`)}
                {release.message ? <pre>{release.message.slice(0, 600)}</pre> : null}
              </td>
              <td>{release.duration_ms === null ? '' : `${(release.duration_ms / 1000).toFixed(1)} s`}</td>
              <td>
                {release.id === live ? (
                  <strong>{t('releases.live')}</strong>
                ) : kept.includes(release.id) ? (
                  <form method="post" action={`/admin/releases/${release.id}/rollback`}>
                    <button type="submit">{t('releases.rollBack')}</button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </Frame>,
  );
}

export function auditPage({ account, pending, entries }: { account: Account; pending: number; entries: AuditEntry[] }) {
  return document(
    t('audit.heading'),
    <Frame account={account} pending={pending}>
      <h1>{t('audit.heading')}</h1>
      <p>
        {t('audit.intro')} <a href="/admin/audit.csv">{t('audit.export')}</a>
      </p>
      <ScrollTable
        className="audit"
        head={[t('audit.at'), t('audit.actor'), t('audit.address'), t('audit.action'), t('audit.target'), t('audit.detail')]}
      >
        {entries.map((entry) => (
          <tr key={entry.id} data-action={entry.action}>
            <td>{chinaTime(entry.at)}</td>
            <td>{entry.actor ?? t('audit.service')}</td>
            <td>{entry.address ?? t('audit.shell')}</td>
            <td>{t(`audit.actions.${entry.action}`)}</td>
            <td>{entry.target}</td>
            <td>{entry.detail}</td>
          </tr>
        ))}
      </ScrollTable>
    </Frame>,
  );
}
