import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import MdxContent from '@/components/MdxContent';
import ServicePageShell from '@/components/ServicePageShell';
import { getPage } from '@/lib/content';
import { resolveLocale } from '@/lib/locale-params';
import { SERVICE_PAGES } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/site.config';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Legal' });
  return pageMetadata({ locale, path: SERVICE_PAGES.legal, title: getPage(locale, 'legal').title, description: t('description') });
}

/** 网站声明: the editors' text from content/pages/<locale>/legal.mdx, then the holder and filing numbers from the identity config. */
export default async function LegalPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Legal' });
  const tf = await getTranslations({ locale, namespace: 'Footer' });
  const legal = getPage(locale, 'legal');
  const external = { target: '_blank', rel: 'noopener noreferrer', className: 'text-brand underline underline-offset-2' } as const;

  return (
    <ServicePageShell page="legal" title={legal.title}>
      <div className="article-body">
        <MdxContent code={legal.body.code} />
      </div>
      <section aria-labelledby="filing-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="filing-heading" className="mb-3 text-lg font-bold text-slate-900">
          {t('filingHeading')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-700">{t('holder')}</dt>
          <dd>{siteConfig.name[locale]}</dd>
          {[
            { label: t('icp'), filing: siteConfig.icp },
            { label: t('publicSecurity'), filing: siteConfig.publicSecurity },
          ].map(({ label, filing }) => (
            <Fragment key={filing.url}>
              <dt className="font-semibold text-slate-700">{label}</dt>
              <dd>
                <a href={filing.url} {...external}>
                  {filing.number}
                  <span className="sr-only">{tf('opensInNewWindow')}</span>
                </a>
              </dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </ServicePageShell>
  );
}
