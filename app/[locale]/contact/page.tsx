import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import JsonLd from '@/components/JsonLd';
import MessageForm from '@/components/MessageForm';
import MessageLookup from '@/components/MessageLookup';
import { Link } from '@/i18n/navigation';
import ServicePageShell from '@/components/ServicePageShell';
import { resolveLocale } from '@/lib/locale-params';
import { PUBLIC_ANSWERS_PATH, SERVICE_PAGES } from '@/lib/paths';
import { messagesApi } from '@/lib/public-answers';
import { pageMetadata } from '@/lib/seo';
import { contactOrganizationData } from '@/lib/structured-data';
import { siteConfig } from '@/site.config';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Contact' });
  return pageMetadata({
    locale,
    path: SERVICE_PAGES.contact,
    title: t('title'),
    description: t('description', { name: siteConfig.name[locale] }),
  });
}

export default async function ContactPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Contact' });
  const { address, postcode, email, officeHours } = siteConfig.contact;
  const linkClass = 'text-brand underline-offset-4 hover:underline';
  // A link inside a sentence is underlined: colour alone does not tell it apart.
  const inlineLinkClass = 'text-brand underline underline-offset-2';
  // Only the facts the identity config sets: an unset one leaves no empty row.
  const facts = [
    { label: t('organization'), value: siteConfig.name[locale] },
    {
      label: t('phone'),
      value: (
        <a href={`tel:${siteConfig.phone}`} className={linkClass}>
          {siteConfig.phone}
        </a>
      ),
    },
    address && { label: t('address'), value: address[locale] },
    postcode && { label: t('postcode'), value: postcode },
    email && {
      label: t('email'),
      value: (
        <a href={`mailto:${email}`} className={linkClass}>
          {email}
        </a>
      ),
    },
    officeHours && { label: t('officeHours'), value: officeHours[locale] },
  ].filter((fact) => !!fact);

  // 在线留言 only where the newsroom service answers /api/messages (deploy/): a static or Vercel build without it has none.
  const api = messagesApi();
  const tm = await getTranslations({ locale, namespace: 'MessageForm' });
  // The form's words as the messages have them (plain text, filled in by the form).
  const { MessageForm: formLabels, MessageLookup: lookupLabels } = await getMessages({ locale });
  const tl = await getTranslations({ locale, namespace: 'MessageLookup' });

  return (
    <ServicePageShell page="contact" title={t('title')}>
      <JsonLd data={contactOrganizationData(locale)} />
      <dl className="contact-facts grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="font-semibold text-slate-700">{fact.label}</dt>
            <dd className="text-slate-900">{fact.value}</dd>
          </div>
        ))}
      </dl>
      {api ? (
        <section aria-labelledby="message-heading" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="message-heading" className="mb-2 text-xl font-bold text-slate-900">
            {tm('heading')}
          </h2>
          <p className="mb-4 text-slate-700">
            {tm('intro')}{' '}
            <a href="#lookup-heading" className={inlineLinkClass}>
              {tm('lookupLink')}
            </a>
          </p>
          <p className="without-script message-problem hidden">{tm('noScript', { phone: siteConfig.phone })}</p>
          <MessageForm
            api={api}
            locale={locale}
            labels={formLabels}
            phone={siteConfig.phone}
            consent={tm.rich('consent', {
              link: (chunks) => (
                <Link href={SERVICE_PAGES.legal} className={inlineLinkClass}>
                  {chunks}
                </Link>
              ),
            })}
          />
        </section>
      ) : null}
      {api ? (
        <section aria-labelledby="lookup-heading" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="lookup-heading" className="mb-2 text-xl font-bold text-slate-900">
            {tl('heading')}
          </h2>
          <p className="mb-4 text-slate-700">
            {tl('intro')}{' '}
            <Link href={PUBLIC_ANSWERS_PATH} className={inlineLinkClass}>
              {tl('answersLink')}
            </Link>
          </p>
          <p className="without-script message-problem hidden">{tm('noScript', { phone: siteConfig.phone })}</p>
          <MessageLookup api={api} labels={lookupLabels} phone={siteConfig.phone} />
        </section>
      ) : null}
    </ServicePageShell>
  );
}
