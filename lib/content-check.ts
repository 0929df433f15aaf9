import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {
  type AttachmentEntry,
  type ContentProblem,
  isPublicPath,
  parseNewsPath,
  validateNewsFrontmatter,
  validateNewsPath,
} from './content-rules';
import { todayInChina } from './dates';

export interface ContentReport {
  files: number;
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** 1-based line of `field:` in the file, so editors can jump straight to it. */
function lineOf(source: string, field: string): number | undefined {
  const name = field.replace(/\[\d+\]$/, '');
  const index = source.split('\n').findIndex((line) => line.startsWith(`${name}:`));
  return index === -1 ? undefined : index + 1;
}

/** 1-based line of the first occurrence of `text`. */
function lineContaining(source: string, text: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.includes(text));
  return index === -1 ? undefined : index + 1;
}

/** Site paths of images and videos in an article body: Markdown images and src="…" of Figure and Video. */
function bodyMediaPaths(mdx: string): string[] {
  const body = mdx.replace(/\{\/\*[\s\S]*?\*\/\}/g, ''); // MDX comments are not shown
  const markdown = [...body.matchAll(/!\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)/g)].map((match) => match[1]);
  const jsx = [...body.matchAll(/\b(?:src|poster)="([^"]+)"/g)].map((match) => match[1]);
  return [...markdown, ...jsx];
}



interface ParsedNews {
  file: string;
  locale: string;
  slug: string;
  category: unknown;
}

/** Validates every news file under `root` the way the build does, and reports all problems at once. */
export function checkContent(root: string = contentDir(), publicDir = path.resolve('public')): ContentReport {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const parsed: ParsedNews[] = [];
  const newsFiles = listFiles(path.join(root, 'news'));

  for (const absolute of newsFiles) {
    const relative = path.relative(root, absolute).replaceAll('\\', '/');
    const file = path.join(path.relative(process.cwd(), root) || '.', relative);
    if (!/\.mdx?$/.test(relative)) {
      errors.push({ file, field: 'path', zh: '新闻文件须以 .mdx 结尾', en: 'news files must end in .mdx' });
      continue;
    }
    errors.push(...validateNewsPath(relative).map((problem) => ({ file, ...problem })));

    const source = readFileSync(absolute, 'utf8');
    let data: Record<string, unknown>;
    let body: string;
    try {
      // CORE_SCHEMA keeps 2025-13-45 a string: the default schema would roll it over into a real date.
      const parsed = matter(source, { engines: { yaml: (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object } });
      data = parsed.data;
      body = parsed.content;
    } catch (error) {
      const mark = (error as { mark?: { line?: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? String(error);
      errors.push({
        file,
        field: 'frontmatter',
        line: mark?.line === undefined ? undefined : mark.line + 2,
        zh: `开头的 --- 区块不是有效的 YAML（${reason}）：检查冒号、引号和缩进`,
        en: `the --- block at the top is not valid YAML (${reason}): check colons, quotes and indentation`,
      });
      continue;
    }
    const fieldProblems = validateNewsFrontmatter(data);
    for (const problem of fieldProblems) {
      errors.push({ file, line: lineOf(source, problem.field), ...problem });
    }
    const inPublic = (sitePath: string) => existsSync(path.join(publicDir, decodeURI(sitePath)));
    if (isPublicPath(data.cover) && !inPublic(data.cover)) {
      errors.push({
        file,
        line: lineOf(source, 'cover'),
        field: 'cover',
        zh: `封面图片 public${data.cover} 不存在：请把图片放到该位置，或改正路径`,
        en: `cover image public${data.cover} does not exist: put the image there or correct the path`,
      });
    }
    if (Array.isArray(data.attachments) && !fieldProblems.some((problem) => problem.field.startsWith('attachments'))) {
      (data.attachments as AttachmentEntry[]).forEach((attachment, index) => {
        if (!inPublic(attachment.file)) {
          errors.push({
            file,
            line: lineContaining(source, attachment.file),
            field: `attachments[${index + 1}]`,
            zh: `附件 public${attachment.file} 不存在：请把文件放到该位置，或改正路径`,
            en: `attachment public${attachment.file} does not exist: put the file there or correct the path`,
          });
        }
      });
    }
    for (const media of bodyMediaPaths(body)) {
      if (!isPublicPath(media)) {
        errors.push({
          file,
          line: lineContaining(source, media),
          field: 'body',
          zh: `正文中的“${media}”不是本站文件：图片和视频须放在 public/ 下，以 / 开头引用（不得引用其他网站）`,
          en: `"${media}" in the text is not a file of this site: images and videos belong in public/ and are referenced from / (never from another host)`,
        });
      } else if (!inPublic(media)) {
        warnings.push({
          file,
          line: lineContaining(source, media),
          field: 'body',
          zh: `正文引用的文件 public${media} 不存在，页面上会显示为空白`,
          en: `the text refers to public${media}, which does not exist; it will show as a gap on the page`,
        });
      }
    }
    if (typeof data.date === 'string' && data.date > todayInChina() && !fieldProblems.some((problem) => problem.field === 'date')) {
      warnings.push({
        file,
        line: lineOf(source, 'date'),
        field: 'date',
        zh: `日期 ${data.date} 晚于今天，请确认是否写错`,
        en: `date ${data.date} is in the future: check it is not a typing mistake`,
      });
    }
    const location = parseNewsPath(relative);
    if (location) parsed.push({ file, ...location, category: data.category });
  }

  const bySlug = new Map<string, ParsedNews[]>();
  for (const entry of parsed) {
    const key = `${entry.locale}/${entry.slug}`;
    bySlug.set(key, [...(bySlug.get(key) ?? []), entry]);
  }
  for (const [key, entries] of bySlug) {
    if (entries.length > 1) {
      for (const entry of entries) {
        errors.push({
          file: entry.file,
          field: 'slug',
          zh: `同一语言中 slug“${key}”出现了 ${entries.length} 次：${entries.map((e) => e.file).join('、')}`,
          en: `slug "${key}" is used ${entries.length} times in one locale: ${entries.map((e) => e.file).join(', ')}`,
        });
      }
    }
  }

  for (const entry of parsed.filter((item) => item.locale !== 'zh')) {
    const twin = bySlug.get(`zh/${entry.slug}`)?.[0];
    if (twin && twin.category !== entry.category) {
      errors.push({
        file: entry.file,
        field: 'category',
        zh: `栏目“${String(entry.category)}”与中文版 ${twin.file} 的“${String(twin.category)}”不一致`,
        en: `category "${String(entry.category)}" differs from "${String(twin.category)}" in its Chinese twin ${twin.file}`,
      });
    }
  }
  for (const entry of parsed.filter((item) => item.locale === 'zh')) {
    if (!bySlug.has(`en/${entry.slug}`)) {
      warnings.push({
        file: entry.file,
        field: 'translation',
        zh: '没有英文版（可以只发中文；英文访客会看到英文新闻列表）',
        en: 'has no English version (allowed; English visitors are sent to the English news list)',
      });
    }
  }

  return { files: newsFiles.length, errors, warnings };
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  [${problem.field}]\n    ${problem.zh}\n    ${problem.en}`;
}
