import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/paths';
import FormattedDate from './FormattedDate';
import SizedImage from './SizedImage';

export default async function NewsList({ articles }: { articles: Article[] }) {
  const t = await getTranslations('News');
  if (articles.length === 0) return <p className="py-8 text-slate-600">{t('empty')}</p>;
  return (
    <ul className="news-list divide-y divide-slate-200">
      {articles.map((article, index) => (
        <li key={article.slug} className="py-5">
          <article className="flex flex-col gap-2 md:flex-row md:gap-6">
            <FormattedDate date={article.date} className="shrink-0 text-sm text-slate-600 md:w-40 md:pt-1 md:text-base" />
            <div className="min-w-0 flex-1">
              <h2 className="text-lg leading-snug font-semibold">
                <Link href={articlePath(article.slug)} className="hover:text-brand hover:underline">
                  {article.title}
                </Link>
                {article.draft ? <span className="ml-2 rounded bg-amber-200 px-2 text-sm text-amber-900">{t('draft')}</span> : null}
              </h2>
              <p className="mt-1 line-clamp-2 text-slate-700">{article.description}</p>
            </div>
            {article.coverImage ? (
              <SizedImage
                image={article.coverImage}
                alt=""
                sizes="(min-width: 768px) 10rem, 100vw"
                // The first cover is the list's largest paint on a phone.
                priority={index === 0}
                className="news-cover aspect-[4/3] w-full rounded object-cover"
                pictureClassName="order-first w-full shrink-0 md:order-last md:w-40"
              />
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
