import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import JsonLd from '@/components/JsonLd';
import ServicePageShell from '@/components/ServicePageShell';
import { resolveLocale } from '@/lib/locale-params';
import { SERVICE_PAGES } from '@/lib/paths';
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
    </ServicePageShell>
  );
}
