/** 网站版本 (the releases, with rollback and the last backup) and 操作日志 (the audit log), for reviewers. */
import type { ReactNode } from 'react';
import type { Account } from './accounts';
import type { AuditEntry } from './audit';
import { describeActor, describeDetail, describeTarget } from './audit-words';
import { LiveDifferences } from './rollback-pages';
import { chinaTime, document, Frame, ScrollTable, t } from './pages';
import type { ReleaseRequest } from './release-request';
import { KEPT_RELEASES } from './release-store';

export interface ReleaseRow {
  id: number;
  started_at: string;
  status: 'building' | 'released' | 'failed';
  reason: ReleaseRequest['reason'];
  actor: string | null;
  duration_ms: number | null;
  message: string | null;
  articles: string | null;
}

export function releasesPage({
  account,
  pending,
  releases,
  live,
  kept,
  notice,
  backup,
  titles,
  differences,
}: {
  account: Account;
  pending: number;
  releases: ReleaseRow[];
  titles: Map<string, string>;
  differences: string[];
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
      <LiveDifferences sentences={differences} />
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
              <td>
                {t(`releases.reasons.${release.reason}`)}
                {releaseArticles(release).map((target) => (
                  <span key={target} className="release-article">
                    {describeTarget(target, titles)}
                  </span>
                ))}
              </td>
              <td>{describeActor(release.actor, '')}</td>
              <td>
                {t(`releases.statuses.${release.status}`)}
                {release.message ? <pre>{release.message.slice(0, 600)}</pre> : null}
              </td>
              <td>{release.duration_ms === null ? '' : `${(release.duration_ms / 1000).toFixed(1)} s`}</td>
              <td>
                {release.id === live ? (
                  <strong>{t('releases.live')}</strong>
                ) : kept.includes(release.id) ? (
                  <form method="get" action={`/admin/releases/${release.id}/rollback`}>
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

/** The articles a release published or took down: the branches and files it recorded. */
export const releaseArticles = (release: ReleaseRow): string[] => (release.articles ? (JSON.parse(release.articles) as string[]) : []);

export function auditPage({
  account,
  pending,
  entries,
  titles,
}: {
  account: Account;
  pending: number;
  entries: AuditEntry[];
  titles: Map<string, string>;
}) {
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
            <td>{describeActor(entry.actor, entry.address)}</td>
            <td>{entry.address ?? t('audit.shell')}</td>
            <td>{t(`audit.actions.${entry.action}`)}</td>
            <td>{describeTarget(entry.target, titles)}</td>
            <td>{describeDetail(entry.detail)}</td>
          </tr>
        ))}
      </ScrollTable>
    </Frame>,
  );
}
