/**
 * The newsroom's own pages, rendered on the server with React (no script of their own): what they share (the
 * document, the reviewers' frame, a scrolling table), the sign-in page and the one-message page. The releases and the
 * audit log are in release-pages.tsx, 留言管理 in message-pages.tsx. Their words are the Newsroom messages; the
 * organization's name and logo come from site.config.ts.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'next-intl';
import zhMessages from '../../messages/zh.json';
import Logo from '../../components/Logo';
import { siteConfig } from '../../site.config';
import { DEFAULT_LOCALE, LOCALE_TAGS } from '../../i18n/locales.mjs';
import type { Account } from './accounts';

export const t = createTranslator({ locale: 'zh', messages: zhMessages, namespace: 'Newsroom' });

/** A time as people in China read it, to the second. */
export const chinaTime = (at: string | number) =>
  new Intl.DateTimeFormat(LOCALE_TAGS[DEFAULT_LOCALE].htmlLang, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(new Date(at));

export function document(title: string, body: ReactNode): string {
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

export function Frame({ account, pending, children }: { account: Account; pending: number; children: ReactNode }) {
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
export function ScrollTable({ className, head, children }: { className?: string; head: string[]; children: ReactNode }) {
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
