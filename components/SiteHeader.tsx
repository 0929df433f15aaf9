import { getLocale, getTranslations } from 'next-intl/server';
import { type Href, Link } from '@/i18n/navigation';
import { otherLocale } from '@/i18n/locales.mjs';
import { NEWS_PATH, SEARCH_PATH } from '@/lib/paths';
import { siteConfig } from '@/site.config';
import Logo from './Logo';
import MobileMenu from './MobileMenu';
import ReadingModeToggle from './ReadingModeToggle';

/** Where the language switch leads: the same page in the other language, or a fallback. */
export interface LanguageSwitchTarget {
  href: Href;
  /** True when the page has no translation and the switch leads somewhere else instead. */
  fallback?: boolean;
}

export type Section = 'home' | 'news' | 'search';

export default async function SiteHeader({ switchTo, section }: { switchTo: LanguageSwitchTarget; section?: Section }) {
  const t = await getTranslations('Header');
  const tr = await getTranslations('ReadingMode');
  const locale = await getLocale();
  const target = otherLocale(locale);
  const navItems: { section: Section; href: Href; label: string }[] = [
    { section: 'home', href: '/', label: t('home') },
    { section: 'news', href: NEWS_PATH, label: t('news') },
    { section: 'search', href: SEARCH_PATH, label: t('search') },
  ];

  return (
    <header className="bg-brand text-white print:hidden">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      {/* A slim bar above the header, as on most public-sector sites; without JavaScript the switch cannot work, so the bar is hidden. */}
      <div className="needs-script bg-brand-dark">
        <div className="mx-auto flex max-w-6xl justify-end px-4 py-1">
          <ReadingModeToggle label={tr('label')} description={tr('description')} />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href="/"
          className="flex min-w-0 flex-1 items-center gap-3 md:flex-none"
          aria-label={t('homeLink', { name: siteConfig.name[locale] })}
        >
          <Logo className="h-10 w-10 shrink-0 rounded-[10px] ring-2 ring-white/80" />
          <span className="min-w-0">
            <span className="block text-sm leading-tight font-bold sm:text-xl">{siteConfig.name[locale]}</span>
          </span>
        </Link>
        <MobileMenu label={t('menu')}>
          <nav aria-label={t('mainNavigation')}>
            <ul className="flex flex-col gap-1 py-2 md:flex-row md:items-center md:gap-2 md:py-0">
              {navItems.map((item) => (
                <li key={item.section}>
                  <Link
                    href={item.href}
                    aria-current={item.section === section ? 'page' : undefined}
                    className="block rounded px-3 py-2 text-base hover:bg-white/15 aria-[current=page]:bg-white/20 aria-[current=page]:font-semibold"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link
                  href={switchTo.href}
                  locale={target}
                  hrefLang={target}
                  lang={target}
                  title={switchTo.fallback ? t('switchFallbackNote') : t('switchTitle')}
                  className="block rounded border border-white/70 px-3 py-1.5 text-sm font-semibold hover:bg-white hover:text-brand md:ml-2"
                >
                  {t('switchLabel')}
                  {switchTo.fallback ? (
                    <span lang={locale} className="ml-2 text-xs font-normal">
                      {t('switchFallbackNote')}
                    </span>
                  ) : null}
                </Link>
              </li>
            </ul>
          </nav>
        </MobileMenu>
      </div>
    </header>
  );
}
