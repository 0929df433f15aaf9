import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SERVICE_PAGES, type ServicePage } from '@/lib/paths';
import Breadcrumb from './Breadcrumb';
import PageShell from './PageShell';

/** The frame of the contact page, the site map and the legal notice: breadcrumb, heading, one white card. */
export default async function ServicePageShell({ page, title, children }: { page: ServicePage; title: string; children: ReactNode }) {
  const th = await getTranslations('Header');
  const ts = await getTranslations('ServicePages');
  return (
    <PageShell switchTo={{ href: SERVICE_PAGES[page] }}>
      <div className="mx-auto max-w-4xl px-4 py-8">
        <Breadcrumb
          label={ts('breadcrumb')}
          items={[
            { href: '/', text: th('home') },
            { href: SERVICE_PAGES[page], text: ts(page) },
          ]}
        />
        <h1 className="mt-4 mb-6 text-2xl font-bold text-brand">{title}</h1>
        <div className="rounded bg-white p-6 shadow-sm md:p-8">{children}</div>
      </div>
    </PageShell>
  );
}
