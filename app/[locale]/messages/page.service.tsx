import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import FormattedDate from '@/components/FormattedDate';
import ServicePageShell from '@/components/ServicePageShell';
import { Link } from '@/i18n/navigation';
import { resolveLocale } from '@/lib/locale-params';
import { PUBLIC_ANSWERS_PATH, SERVICE_PAGES } from '@/lib/paths';
import { publicAnswers } from '@/lib/public-answers';
import { pageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'PublicAnswers' });
  return pageMetadata({
    locale,
    path: PUBLIC_ANSWERS_PATH,
    title: t('title'),
    description: t('description'),
  });
}

/**
 * 公开答复: the questions and answers a reviewer published from 留言管理, without the writers' names or contacts, each
 * on the page of the language it was answered in. Only in builds for the newsroom service (next.config.mjs,
 * pageExtensions).
 */
export default async function PublicAnswersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'PublicAnswers' });
  const tk = await getTranslations({ locale, namespace: 'MessageForm.kinds' });
  const answers = publicAnswers(locale);

  return (
    <ServicePageShell
      page="contact"
      subpage={{ href: PUBLIC_ANSWERS_PATH, crumb: t('title'), switchTo: { href: PUBLIC_ANSWERS_PATH } }}
      title={t('title')}
    >
      <p className="mb-6 text-slate-700">
        {t('intro')}{' '}
        <Link href={SERVICE_PAGES.contact} className="text-brand underline underline-offset-2">
          {t('writeLink')}
        </Link>
      </p>
      {answers.length === 0 ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <ol className="public-answers flex flex-col gap-6">
          {answers.map((answer, index) => (
            <li key={index} className="border-t border-slate-200 pt-5 first:border-t-0 first:pt-0">
              <article aria-labelledby={`answer-${index}`}>
                <h2 id={`answer-${index}`} className="text-lg font-bold text-slate-900">
                  {answer.title}
                </h2>
                <p className="mt-1 text-sm text-slate-600">
                  {tk(answer.kind)} · {t('asked')} <FormattedDate date={answer.asked} /> · {t('answered')}{' '}
                  <FormattedDate date={answer.answered} />
                </p>
                <dl className="mt-3 grid gap-x-4 gap-y-3 sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold text-slate-700">{t('question')}</dt>
                  <dd className="whitespace-pre-line text-slate-900">{answer.content}</dd>
                  <dt className="font-semibold text-brand">{t('answer')}</dt>
                  <dd className="whitespace-pre-line text-slate-900">{answer.answer}</dd>
                </dl>
              </article>
            </li>
          ))}
        </ol>
      )}
    </ServicePageShell>
  );
}
