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
import { DEFAULT_LOCALE, type Locale, LOCALE_TAGS, LOCALES } from '../../i18n/locales.mjs';
import type { Account } from './accounts';
import { type AuditEntry, spreadsheetCsv } from './audit';
import { KEPT_RELEASES } from './release-store';
import type { ReleaseRequest } from './publisher';
import type { StoredMessage } from './visitor-messages';
import { PUBLIC_ANSWERS_PATH } from '../../lib/paths';

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

/** The newsroom's own pages a reviewer has, linked from the editor's bar and from each of them, with the messages waiting. */
export const reviewerLinks = (pending: number) => [
  {
    href: '/admin/messages',
    label: pending > 0 ? `${t('nav.messages')}（${t('messages.pending', { count: pending })}）` : t('nav.messages'),
  },
  { href: '/admin/releases', label: t('nav.releases') },
  { href: '/admin/audit', label: t('nav.audit') },
];

/** Which of the reviewer's pages a path is, for the words of a refusal. */
export function reviewerPageOf(path: string): 'messages' | 'releases' | 'audit' {
  return path.startsWith('/admin/messages') ? 'messages' : path.startsWith('/admin/releases') ? 'releases' : 'audit';
}

function Frame({ account, pending, children }: { account: Account; pending: number; children: ReactNode }) {
  return (
    <>
      <header className="bar">
        <Brand />
        <nav>
          <a href="/admin/">{t('nav.editor')}</a>
          {account.role === 'reviewer'
            ? reviewerLinks(pending).map(({ href, label }) => (
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

/** A table that scrolls in its own box on a phone, with its column headings. */
function ScrollTable({ className, head, children }: { className?: string; head: string[]; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className={className}>
        <thead>
          <tr>
            {head.map((label, column) => (
              <th key={column}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

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

/** Where a published answer shows on the site. */
const answersPage = (locale: Locale) => `/${locale}${PUBLIC_ANSWERS_PATH}`;

export function visitorMessagesPage({ account, messages }: { account: Account; messages: StoredMessage[] }) {
  const pending = messages.filter(({ status }) => status === 'pending').length;
  return document(
    t('messages.heading'),
    <Frame account={account} pending={pending}>
      <h1>{t('messages.heading')}</h1>
      <p>
        {t('messages.intro')} <strong>{t('messages.pending', { count: pending })}</strong>{' '}
        <a href="/admin/messages.csv">{t('messages.export')}</a>
      </p>
      {messages.length === 0 ? (
        <p>{t('messages.none')}</p>
      ) : (
        <ScrollTable
          head={[
            t('messages.id'),
            t('messages.receivedAt'),
            t('messages.kind'),
            t('messages.title'),
            t('messages.status'),
            t('messages.public'),
          ]}
        >
          {messages.map((message) => (
            <tr key={message.id} data-status={message.status}>
              <td>#{message.id}</td>
              <td>{chinaTime(message.created_at)}</td>
              <td>{t(`messages.kinds.${message.kind}`)}</td>
              <td>
                <a href={`/admin/messages/${message.id}`}>{message.title}</a>
              </td>
              <td>{t(`messages.statuses.${message.status}`)}</td>
              <td>{message.public_locale ? answersPage(message.public_locale) : t('messages.notPublic')}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </Frame>,
  );
}

export function visitorMessagePage({
  account,
  pending,
  message,
  liveSince,
  buildsSite,
  notice,
}: {
  account: Account;
  pending: number;
  message: StoredMessage;
  /** When the live release was built (ms): a message published after it waits for the next one. */
  liveSince: number | undefined;
  /** Whether this service builds the site (not the git target), and so the 公开答复 pages. */
  buildsSite: boolean;
  notice?: string;
}) {
  const personal = (value: string | null) =>
    message.personal_erased_at !== null
      ? t('messages.erased', { time: chinaTime(message.personal_erased_at) })
      : (value ?? t('messages.notGiven'));
  const heading = `#${message.id} ${message.title}`;
  return document(
    heading,
    <Frame account={account} pending={pending}>
      <p>
        <a href="/admin/messages">{t('messages.heading')}</a>
      </p>
      <h1>{heading}</h1>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <dl className="message-facts">
        <dt>{t('messages.status')}</dt>
        <dd>{t(`messages.statuses.${message.status}`)}</dd>
        <dt>{t('messages.kind')}</dt>
        <dd>{t(`messages.kinds.${message.kind}`)}</dd>
        <dt>{t('messages.receivedAt')}</dt>
        <dd>{chinaTime(message.created_at)}</dd>
        <dt>{t('messages.language')}</dt>
        <dd>{t(`messages.languages.${message.locale}`)}</dd>
        <dt>{t('messages.name')}</dt>
        <dd>{personal(message.name)}</dd>
        <dt>{t('messages.phone')}</dt>
        <dd>{personal(message.phone)}</dd>
        <dt>{t('messages.email')}</dt>
        <dd>{personal(message.email)}</dd>
      </dl>
      <h2>{t('messages.content')}</h2>
      <p className="message-text">{message.content}</p>
      {message.status !== 'pending' ? (
        <>
          <h2>{t('messages.answer')}</h2>
          <p className="message-text">{message.answer}</p>
          <p className="hint">{t('messages.answeredBy', { name: message.answered_by ?? '', time: chinaTime(message.answered_at ?? 0) })}</p>
        </>
      ) : (
        <>
          <form method="post" action={`/admin/messages/${message.id}/answer`} className="message-form">
            <label htmlFor="answer">{t('messages.answerLabel')}</label>
            <textarea id="answer" name="text" rows={6} required />
            <button type="submit">{t('messages.answerSubmit')}</button>
          </form>
          <form method="post" action={`/admin/messages/${message.id}/reject`} className="message-form">
            <label htmlFor="reason">{t('messages.rejectLabel')}</label>
            <textarea id="reason" name="text" rows={3} required />
            <button type="submit">{t('messages.rejectSubmit')}</button>
          </form>
        </>
      )}
      {message.status === 'answered' && !buildsSite ? (
        <section className="message-form">
          <h2>{t('messages.publishHeading')}</h2>
          <p>{t('messages.publishElsewhere')}</p>
        </section>
      ) : null}
      {message.status === 'answered' && buildsSite ? (
        <form method="post" action={`/admin/messages/${message.id}/publish`} className="message-form">
          <h2>{t('messages.publishHeading')}</h2>
          {message.public_locale ? (
            <>
              <p role="status">
                {t(
                  liveSince !== undefined && (message.published_at ?? Infinity) <= liveSince
                    ? 'messages.publicLive'
                    : 'messages.publicWaiting',
                  { page: answersPage(message.public_locale) },
                )}
              </p>
              <button type="submit" name="locale" value="none">
                {t('messages.unpublishSubmit')}
              </button>
            </>
          ) : (
            <>
              <p>{t('messages.publishIntro')}</p>
              <label htmlFor="public-locale">{t('messages.publishLocale')}</label>
              <select id="public-locale" name="locale" defaultValue={message.locale}>
                {LOCALES.map((locale) => (
                  <option key={locale} value={locale}>
                    {t(`messages.languages.${locale}`)} {answersPage(locale)}
                  </option>
                ))}
              </select>
              <button type="submit">{t('messages.publishSubmit')}</button>
            </>
          )}
        </form>
      ) : null}
      {message.personal_erased_at === null && (message.name || message.phone || message.email) ? (
        <form method="post" action={`/admin/messages/${message.id}/erase`} className="message-form">
          <h2>{t('messages.eraseHeading')}</h2>
          <p>{t('messages.eraseIntro')}</p>
          <button type="submit">{t('messages.eraseSubmit')}</button>
        </form>
      ) : null}
    </Frame>,
  );
}

/** The messages for the office, as a spreadsheet opens them (a byte-order mark for the Chinese). */
export function messagesCsv(messages: StoredMessage[]): string {
  const columns = [
    'id',
    'receivedAt',
    'kind',
    'status',
    'language',
    'title',
    'content',
    'name',
    'phone',
    'email',
    'answer',
    'public',
  ] as const;
  const rows = messages.map((message) => [
    message.id,
    chinaTime(message.created_at),
    t(`messages.kinds.${message.kind}`),
    t(`messages.statuses.${message.status}`),
    t(`messages.languages.${message.locale}`),
    message.title,
    message.content,
    message.name ?? '',
    message.phone ?? '',
    message.email ?? '',
    message.answer ?? '',
    message.public_locale ? answersPage(message.public_locale) : '',
  ]);
  return spreadsheetCsv([columns.map((column) => t(`messages.${column}`)), ...rows]);
}
