/**
 * The newsroom's records in the office's words. The audit log stores what the code knows (a branch cms/news-en/<slug>,
 * a file content/news/en/<slug>.mdx, a Decap key news-en/<slug>, build step ids, the service's own name); 操作日志 and
 * 网站版本 show the article's title and language, the steps in Chinese and the person instead. Titles are read from
 * git at once (one `git cat-file --batch`): the article's own branch, else the published branch.
 */
import { execFile } from 'node:child_process';
import zhMessages from '../../messages/zh.json';
import { readHeader, splitFrontmatter } from '../../lib/frontmatter';
import { isLocale, type Locale } from '../../i18n/locales.mjs';
import { articleFile, collectionLocale, collectionName, NEWS_MEDIA_ROOT, workflowBranch } from '../news-files';
import { SERVICE_ACTOR } from './audit';
import type { Repository } from './git';
import { t } from './pages';

type StepId = keyof typeof zhMessages.Newsroom.steps;

type ArticleRef = { locale: Locale; slug: string; file?: undefined } | { locale?: undefined; slug: string; file: string };

/** The article (or an article's file) a recorded target names, in any of the ways the code names it. */
export function articleRef(target: string | null): ArticleRef | undefined {
  if (!target) return undefined;
  const key = /^(?:cms\/)?(news-[a-z]+)\/([a-z0-9-]+)$/.exec(target);
  const locale = key ? collectionLocale(key[1]) : undefined;
  if (key && locale) return { locale, slug: key[2] };
  const path = /^content\/news\/([a-z]+)\/([a-z0-9-]+)\.mdx$/.exec(target);
  if (path && isLocale(path[1])) return { locale: path[1], slug: path[2] };
  const upload = new RegExp(`^${NEWS_MEDIA_ROOT}/([a-z0-9-]+)/([^/]+)$`).exec(target);
  return upload ? { slug: upload[1], file: upload[2] } : undefined;
}

const titleKey = (locale: Locale, slug: string) => `${locale}/${slug}`;

/** The titles of the articles `targets` name, by `<locale>/<slug>`: from their branches, or from `commits` (older releases). */
export function articleTitles(repository: Repository, targets: (string | null)[], commits: string[] = []): Promise<Map<string, string>> {
  const articles = new Map<string, { locale: Locale; slug: string }>();
  for (const ref of targets.map(articleRef)) if (ref?.locale) articles.set(titleKey(ref.locale, ref.slug), ref);
  const asked = [...articles.values()].flatMap(({ locale, slug }) =>
    [workflowBranch(collectionName(locale), slug), repository.branch, ...commits].map((branch) => ({
      key: titleKey(locale, slug),
      object: `${branch}:${articleFile(locale, slug)}`,
    })),
  );
  if (asked.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      ['cat-file', '--batch'],
      { cwd: repository.root, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => {
        const titles = new Map<string, string>();
        if (error) return resolve(titles);
        let offset = 0;
        for (const { key, object } of asked) {
          const end = stdout.indexOf(10, offset);
          const header = stdout.subarray(offset, end).toString();
          offset = end + 1;
          if (header.endsWith(' missing') || header.startsWith(object)) continue;
          const size = Number(header.split(' ')[2]);
          const source = stdout.subarray(offset, offset + size).toString('utf8');
          offset += size + 1;
          const title = readHeader(splitFrontmatter(source).header ?? '').data?.title;
          if (!titles.has(key) && typeof title === 'string' && title.trim()) titles.set(key, title.trim());
        }
        resolve(titles);
      },
    );
    child.stdin?.end(asked.map(({ object }) => `${object}\n`).join(''));
  });
}

/** 《标题》（英文版）, or the file of such an article; anything else as recorded. */
export function describeTarget(target: string | null, titles: Map<string, string>): string {
  const ref = articleRef(target);
  if (!ref) return target ?? '';
  if (ref.file !== undefined) return t('audit.articleFile', { file: ref.file, slug: ref.slug });
  const title = titles.get(titleKey(ref.locale, ref.slug)) ?? ref.slug;
  return t('audit.article', { title, language: t(`messages.languages.${ref.locale}`) });
}

/** A release's steps (`check 0.5 s · merge 0.1 s …`) in Chinese; any other detail as recorded. */
export function describeDetail(detail: string | null): string {
  if (!detail) return '';
  return detail
    .replace(/^(\d+(?:\.\d+)?) s\b/, '$1 秒')
    .replaceAll(/\b([a-z]+(?:-[a-z]+)*) (\d+(?:\.\d+)?) s\b/g, (whole, step: string, seconds: string) =>
      step in zhMessages.Newsroom.steps ? `${t(`steps.${step as StepId}`)} ${seconds} 秒` : whole,
    );
}

/** Who did it: a person's name; the service itself, or a command on the server, said so. */
export function describeActor(actor: string | null, address: string | null): string {
  if (actor === null || actor === SERVICE_ACTOR) return t('audit.service');
  return address === null ? t('audit.shellUser', { user: actor }) : actor;
}
