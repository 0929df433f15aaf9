import { getTranslations } from 'next-intl/server';

/** The section banner: 新闻动态 NEWS, title in the page's language and its counterpart beside it. */
export default async function NewsBanner() {
  const t = await getTranslations('News');
  return (
    <div className="news-banner bg-gradient-to-r from-brand-dark via-brand to-sky-700 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-baseline gap-3 px-4 py-8 md:py-12">
        <p className="text-2xl font-bold tracking-wide md:text-3xl">{t('bannerTitle')}</p>
        <p className="text-lg font-light tracking-[0.2em] uppercase opacity-90 md:text-xl">{t('bannerSubtitle')}</p>
      </div>
    </div>
  );
}
