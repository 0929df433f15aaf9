/** 留言管理: the list of visitors' messages, one message with its actions, and the CSV export. */
import { type Locale, LOCALES } from '../../i18n/locales.mjs';
import { PUBLIC_ANSWERS_PATH } from '../../lib/paths';
import type { Account } from './accounts';
import { spreadsheetCsv } from './audit';
import { chinaTime, document, Frame, ScrollTable, t } from './pages';
import type { StoredMessage } from './visitor-messages';

/** Where a published answer shows on the site. */
const answersPage = (locale: Locale) => `/${locale}${PUBLIC_ANSWERS_PATH}`;
/** The page in the office's words: 中文网站的“公开答复”页面, not its address. */
const answersPageName = (locale: Locale) => t('messages.answersPage', { language: t(`messages.languages.${locale}`) });

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
              <td>{message.public_locale ? answersPageName(message.public_locale) : t('messages.notPublic')}</td>
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
                  { page: answersPageName(message.public_locale) },
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
                    {answersPageName(locale)}
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
