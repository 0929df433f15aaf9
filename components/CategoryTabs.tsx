import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { CATEGORIES, type Category } from '@/lib/content';
import { newsListPath } from '@/lib/paths';

export default async function CategoryTabs({ current }: { current?: Category }) {
  const t = await getTranslations('News');
  const tc = await getTranslations('Categories');
  const tabs: { key: string; category?: Category; label: string }[] = [
    { key: 'all', label: t('all') },
    ...CATEGORIES.map((category) => ({ key: category, category, label: tc(category) })),
  ];
  return (
    <nav aria-label={t('categoriesLabel')} className="print:hidden">
      <ul className="flex flex-row flex-wrap gap-1 md:flex-col">
        {tabs.map((tab) => (
          <li key={tab.key} className="shrink-0">
            <Link
              href={newsListPath(tab.category)}
              aria-current={tab.category === current ? 'page' : undefined}
              className="block rounded px-4 py-2 text-slate-700 hover:bg-brand/10 aria-[current=page]:bg-brand aria-[current=page]:text-white"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
