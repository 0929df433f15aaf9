import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { SERVICE_PAGES, type ServicePage } from '@/lib/paths';
import { siteConfig } from '@/site.config';
import QrCode from './QrCode';

/** Year of the build: the site is rebuilt whenever content changes. */
const copyrightYear = new Date().getFullYear();

export default async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations('Footer');
  const ts = await getTranslations('ServicePages');
  const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

  return (
    <footer className="site-footer mt-12 bg-slate-800 text-slate-100 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-[1fr_auto]">
        <section aria-labelledby="friendly-links-heading">
          <h2 id="friendly-links-heading" className="mb-3 text-base font-semibold text-white">
            {t('friendlyLinks')}
          </h2>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {siteConfig.friendlyLinks.map((link) => (
              <li key={link.url}>
                <a href={link.url} {...external} className="underline-offset-4 hover:underline">
                  {link.name[locale]}
                  <span className="sr-only">{t('opensInNewWindow')}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
        <figure className="flex flex-col items-center gap-2 justify-self-center md:justify-self-end">
          <QrCode value={siteConfig.qrCodeUrl} label={t('qrCodeLabel', { url: siteConfig.qrCodeUrl })} className="h-28 w-28 bg-white p-1" />
          <figcaption className="text-sm">{t('scanToLearnMore')}</figcaption>
        </figure>
      </div>
      <div className="border-t border-slate-600">
        <div className="mx-auto flex max-w-6xl flex-col items-center gap-1 px-4 py-4 text-center text-sm text-slate-200">
          <nav aria-label={ts('navigation')} className="mb-2">
            <ul className="flex flex-wrap justify-center gap-x-6 gap-y-1">
              {(Object.keys(SERVICE_PAGES) as ServicePage[]).map((page) => (
                <li key={page}>
                  <Link href={SERVICE_PAGES[page]} className="text-white underline-offset-4 hover:underline">
                    {ts(page)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <p>{t('copyright', { year: copyrightYear, name: siteConfig.name[locale] })}</p>
          <p>
            {t('phoneLabel')}
            <a href={`tel:${siteConfig.phone}`} className="hover:underline">
              {siteConfig.phone}
            </a>
          </p>
          <p className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1">
            <a href={siteConfig.icp.url} {...external} className="hover:underline">
              {siteConfig.icp.number}
            </a>
            <a href={siteConfig.publicSecurity.url} {...external} className="inline-flex items-center gap-1 hover:underline">
              {/* eslint-disable-next-line @next/next/no-img-element -- a 20px static SVG badge needs no optimisation */}
              <img src={siteConfig.publicSecurity.badge} alt="" width={20} height={20} className="h-5 w-5" />
              {siteConfig.publicSecurity.number}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
