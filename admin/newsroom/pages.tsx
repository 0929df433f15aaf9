/**
 * The newsroom's own pages, rendered on the server with React (no script of their own): the sign-in page, the site's
 * releases and the audit log. Their words are the Newsroom messages; the organization's name and logo come from
 * site.config.ts.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'next-intl';
import zhMessages from '../../messages/zh.json';
import Logo from '../../components/Logo';
import { siteConfig } from '../../site.config';
import { DEFAULT_LOCALE, LOCALE_TAGS } from '../../i18n/locales.mjs';
import type { Account } from './accounts';
import type { AuditEntry } from './audit';
import { KEPT_RELEASES } from './release-store';

export const t = createTranslator({ locale: 'zh', messages: zhMessages, namespace: 'Newsroom' });

/** A time as people in China read it, to the second. */
export const chinaTime = (at: string | number) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(at));

function document(title: string, body: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(
    <html lang={LOCALE_TAGS[DEFAULT_LOCALE].htmlLang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · ${siteConfig.shortName.zh}`}</title>
        <link rel="stylesheet" href="/admin/newsroom.css" />
      </head>
      <body>{body}</body>
    </html>,
  )}`;
}

function Brand() {
  return (
    <div className="brand">
      <Logo className="logo" />
      <span>
        {siteConfig.name.zh}
        <small>{t('title')}</small>
      </span>
    </div>
  );
}

export function signInPage({ name = '', problem }: { name?: string; problem?: string }): string {
  return document(
    t('signIn.heading'),
    <main className="sign-in">
      <Brand />
      <h1>{t('signIn.heading')}</h1>
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <form method="post" action="/admin/sign-in">
        <label htmlFor="name">{t('signIn.name')}</label>
        <input id="name" name="name" autoComplete="username" required defaultValue={name} autoFocus={!name} />
        <label htmlFor="password">{t('signIn.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required autoFocus={!!name} />
        <button type="submit">{t('signIn.submit')}</button>
      </form>
      <p className="hint">{t('signIn.hint')}</p>
    </main>,
  );
}

/** A refusal or a failure, with the way back to the editor. */
export function messagePage(problem: string): string {
  return document(
    t('title'),
    <main className="sign-in">
      <Brand />
      <p className="problem" role="alert">
        {problem}
      </p>
      <p>
        <a href="/admin/">{t('nav.editor')}</a>
      </p>
    </main>,
  );
}

/** The newsroom's own pages a reviewer has, linked from the editor's bar and from each of them. */
export const reviewerLinks = () => [
  { href: '/admin/releases', label: t('nav.releases') },
  { href: '/admin/audit', label: t('nav.audit') },
];

function Frame({ account, children }: { account: Account; children: ReactNode }) {
  return (
    <>
      <header className="bar">
        <Brand />
        <nav>
          <a href="/admin/">{t('nav.editor')}</a>
          {account.role === 'reviewer'
            ? reviewerLinks().map(({ href, label }) => (
                <a key={href} href={href}>
                  {label}
                </a>
              ))
            : null}
          <span>
            {account.name}（{t(`roles.${account.role}`)}）
          </span>
          <form method="post" action="/admin/sign-out">
            <button type="submit">{t('nav.signOut')}</button>
          </form>
        </nav>
      </header>
      <main>{children}</main>
    </>
  );
}

export interface ReleaseRow {
  id: number;
  started_at: string;
  status: 'building' | 'released' | 'failed';
  reason: 'initial' | 'publish' | 'unpublish';
  actor: string | null;
  duration_ms: number | null;
  message: string | null;
}

export function releasesPage({
  account,
  releases,
  live,
  kept,
  notice,
}: {
  account: Account;
  releases: ReleaseRow[];
  live?: number;
  kept: number[];
  notice?: string;
}) {
  return document(
    t('releases.heading'),
    <Frame account={account}>
      <h1>{t('releases.heading')}</h1>
      <p>{t('releases.intro', { kept: KEPT_RELEASES })}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {releases.length === 0 ? (
        <p>{t('releases.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{t('releases.id')}</th>
                <th>{t('releases.startedAt')}</th>
                <th>{t('releases.reason')}</th>
                <th>{t('releases.actor')}</th>
                <th>{t('releases.status')}</th>
                <th>{t('releases.duration')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
    </Frame>,
  );
}

export function auditPage({ account, entries }: { account: Account; entries: AuditEntry[] }) {
  return document(
    t('audit.heading'),
    <Frame account={account}>
      <h1>{t('audit.heading')}</h1>
      <p>
        {t('audit.intro')} <a href="/admin/audit.csv">{t('audit.export')}</a>
      </p>
      <div className="table-scroll">
        <table className="audit">
          <thead>
            <tr>
              <th>{t('audit.at')}</th>
              <th>{t('audit.actor')}</th>
              <th>{t('audit.address')}</th>
              <th>{t('audit.action')}</th>
              <th>{t('audit.target')}</th>
              <th>{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </Frame>,
  );
}
