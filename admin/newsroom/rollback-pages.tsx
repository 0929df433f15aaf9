/**
 * A rollback asked for and its consequences told: the confirmation names what the site will show instead, and after a
 * rollback 网站版本 and the editor's bar name the articles the live site shows differently from the newsroom
 * (site-differences.ts).
 */
import type { Account } from './accounts';
import { describeTarget } from './audit-words';
import { chinaTime, document, Frame, t } from './pages';
import type { ArticleDifference } from './site-differences';

/** Each difference as a sentence, in the words of `namespace`. */
export function differenceSentences(
  namespace: 'rollback' | 'differences',
  differences: ArticleDifference[],
  titles: Map<string, string>,
): string[] {
  return differences.map(({ target, change }) => {
    const values = { article: describeTarget(target, titles) };
    return namespace === 'rollback' ? t(`rollback.${change}`, values) : t(`differences.${change}`, values);
  });
}

export function LiveDifferences({ sentences }: { sentences: string[] }) {
  if (sentences.length === 0) return null;
  return (
    <section className="notice live-differences" role="status">
      <p>{t('differences.heading')}</p>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p>{t('differences.next')}</p>
    </section>
  );
}

export function rollbackPage({
  account,
  pending,
  id,
  builtAt,
  sentences,
}: {
  account: Account;
  pending: number;
  id: number;
  builtAt: string;
  sentences: string[];
}) {
  return document(
    t('rollback.heading', { id }),
    <Frame account={account} pending={pending}>
      <h1>{t('rollback.heading', { id })}</h1>
      <p>{t('rollback.intro', { id, time: chinaTime(builtAt) })}</p>
      {sentences.length === 0 ? (
        <p>{t('rollback.none')}</p>
      ) : (
        <>
          <p>{t('rollback.changesHeading')}</p>
          <ul className="rollback-changes">
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      <form method="post" action={`/admin/releases/${id}/rollback`} className="rollback-confirm">
        <button type="submit">{t('rollback.confirm')}</button> <a href="/admin/releases">{t('rollback.cancel')}</a>
      </form>
    </Frame>,
  );
}
