import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Href } from '@/i18n/navigation';
import { SERVICE_PAGES, type ServicePage } from '@/lib/paths';
import Breadcrumb from './Breadcrumb';
import PageShell from './PageShell';
import type { LanguageSwitchTarget } from './SiteHeader';

/** A page below a service page (公开答复 below 联系我们): its own crumb and its own language switch. */
export interface ServiceSubpage {
  href: Href;
  crumb: string;
  switchTo: LanguageSwitchTarget;
}

/** The frame of the contact page, the site map, the legal notice and their subpages: breadcrumb, heading, one white card. */
export default async function ServicePageShell({
  page,
  subpage,
  title,
  children,
}: {
  page: ServicePage;
  subpage?: ServiceSubpage;
  title: string;
  children: ReactNode;
}) {
  const th = await getTranslations('Header');
  const ts = await getTranslations('ServicePages');
  return (
    <PageShell switchTo={subpage?.switchTo ?? { href: SERVICE_PAGES[page] }}>
      <div className="mx-auto max-w-4xl px-4 py-8">
        <Breadcrumb
          label={ts('breadcrumb')}
          items={[
            { href: '/', text: th('home') },
            { href: SERVICE_PAGES[page], text: ts(page) },
            ...(subpage ? [{ href: subpage.href, text: subpage.crumb }] : []),
          ]}
        />
        <h1 className="mt-4 mb-6 text-2xl font-bold text-brand">{title}</h1>
        <div className="rounded bg-white p-6 shadow-sm md:p-8">{children}</div>
      </div>
    </PageShell>
  );
}
