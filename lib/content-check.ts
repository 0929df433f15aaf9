/**
 * `npm run content:check`: reads every news file the way the build will (the header with a YAML
 * parser, the body with the MDX parser) and reports every problem at once, with its file, line,
 * field and fix, in Chinese and English. The build runs it first, so contentlayer2 and Next.js
 * only ever see content that will build and render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { createTranslator } from 'next-intl';
import type { VFileMessage } from 'vfile-message';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import enMessages from '../messages/en.json';
import zhMessages from '../messages/zh.json';
import {
  ATTACHMENT_TYPES,
  CATEGORIES,
  CONTENT_LOCALES,
  contentRoot,
  IMAGE_EXTENSIONS,
  isContentLocale,
  isPublicPath,
  NEWS_FIELDS,
  type NewsField,
  newsFrontmatter,
  normalizeFrontmatter,
  parseNewsPath,
  SLUG_PATTERN,
  TEMPLATE_PLACEHOLDERS,
} from './content-schema';
import { todayInChina } from './dates';
import { ARTICLE_COMPONENTS, bodyFacts, isKnownComponent, parseMdx } from './mdx-body';

/** A problem found in one file, described in both languages for editors. */
export interface ContentProblem {
  file: string;
  field: string;
  line?: number;
  zh: string;
  en: string;
}

export interface ContentReport {
  files: number;
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** Chinese articles without an English version: allowed, so listed apart from the warnings. */
  untranslated: ContentProblem[];
}

type Bilingual = Pick<ContentProblem, 'zh' | 'en'>;
type Values = Record<string, string | number>;
type CheckKey = keyof typeof zhMessages.ContentCheck;

const catalogs = { zh: zhMessages, en: enMessages };
const check = {
  zh: createTranslator({ locale: 'zh', messages: zhMessages, namespace: 'ContentCheck' }),
  en: createTranslator({ locale: 'en', messages: enMessages, namespace: 'ContentCheck' }),
};
const fields = {
  zh: createTranslator({ locale: 'zh', messages: zhMessages, namespace: 'ContentFields' }),
  en: createTranslator({ locale: 'en', messages: enMessages, namespace: 'ContentFields' }),
};

/** A message of the ContentCheck catalogue in both languages. */
export function say(key: CheckKey, values: Values = {}): Bilingual {
  return { zh: check.zh(key, values), en: check.en(key, values) };
}

/** A field's label and help text, as editors see them here and in the browser editor. */
export function fieldText(field: NewsField, locale: 'zh' | 'en'): { label: string; help: string } {
  const listSeparator = locale === 'zh' ? '、' : ', ';
  const values = {
    options: CATEGORIES.map((category) =>
      locale === 'zh' ? `${category}（${catalogs.zh.Categories[category]}）` : `${category} (${catalogs.en.Categories[category]})`,
    ).join(' | '),
    imageTypes: IMAGE_EXTENSIONS.join(listSeparator),
    attachmentTypes: Object.values(ATTACHMENT_TYPES).join(listSeparator),
  };
  return { label: fields[locale](`${field}.label`), help: fields[locale](`${field}.help`, values) };
}

function sayAboutField(key: CheckKey, field: NewsField, values: Values = {}): Bilingual {
  const [zh, en] = (['zh', 'en'] as const).map((locale) => check[locale](key, { field, ...fieldText(field, locale), ...values }));
  return { zh, en };
}

/** Every file below a folder, relative to it, with forward slashes. */
export function filesBelow(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
  } catch {
    return [];
  }
}

/** Finds a site path under public/ with the exact case the Linux server needs, reading each folder once. */
class PublicFiles {
  private listings = new Map<string, string[]>();

  constructor(private root: string) {}

  private list(dir: string): string[] {
    let entries = this.listings.get(dir);
    if (!entries) {
      try {
        entries = readdirSync(dir);
      } catch {
        entries = [];
      }
      this.listings.set(dir, entries);
    }
    return entries;
  }

  /** 'ok', 'missing', or the path as it really is when only the case differs. */
  find(sitePath: string): 'ok' | 'missing' | { actual: string } {
    let segments: string[];
    try {
      segments = decodeURI(sitePath).split('/').filter(Boolean);
    } catch {
      return 'missing';
    }
    let dir = this.root;
    let actual = '';
    let caseDiffers = false;
    for (const segment of segments) {
      const entries = this.list(dir);
      const name = entries.includes(segment) ? segment : entries.find((entry) => entry.toLowerCase() === segment.toLowerCase());
      if (!name) return 'missing';
      caseDiffers ||= name !== segment;
      dir = path.join(dir, name);
      actual += `/${name}`;
    }
    return caseDiffers ? { actual } : 'ok';
  }
}

/** Office-worker mistakes in the header that a YAML parser reports badly: caught first, by line. */
function headerTypos(header: string): { line: number; problem: Bilingual }[] {
  return header.split('\n').flatMap((text, index) => {
    const fullWidth = /^([A-Za-z_][\w-]*)\s*：/.exec(text);
    if (fullWidth) return [{ line: index + 1, problem: say('fullWidthColon', { key: fullWidth[1] }) }];
    const noSpace = /^([A-Za-z_][\w-]*):(?=\S)/.exec(text);
    if (noSpace) return [{ line: index + 1, problem: say('colonSpace', { key: noSpace[1] }) }];
    return [];
  });
}

function displayValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

interface ParsedNews {
  file: string;
  locale: string;
  slug: string;
  /** Null when the file's category is missing or invalid (already reported). */
  category: string | null;
}

/** One file's problems; `report` collects them. */
function checkNewsFile(
  file: string,
  relative: string,
  source: string,
  publicFiles: PublicFiles,
  report: (kind: 'error' | 'warning', field: string, line: number | undefined, problem: Bilingual) => void,
): ParsedNews | null {
  const error = (field: string, line: number | undefined, problem: Bilingual) => report('error', field, line, problem);
  const location = parseNewsPath(relative);
  if (!location) {
    error('path', undefined, say(/\.mdx?$/.test(relative) ? 'badPath' : 'badExtension'));
    return null;
  }
  if (!isContentLocale(location.locale))
    error('locale', undefined, say('badLocale', { locale: location.locale, expected: CONTENT_LOCALES.join(', ') }));
  if (!SLUG_PATTERN.test(location.slug)) error('slug', undefined, say('badSlug', { slug: location.slug }));

  // gray-matter only splits the file (the same split contentlayer2 makes); the header is parsed below.
  const split = matter(source, { engines: { yaml: () => ({}) } });
  if (!split.matter.trim()) {
    error('frontmatter', 1, say('noHeader'));
    return null;
  }
  // The header text starts with the newline after the first ---, so its line n is the file's line n.
  const header = split.matter;
  const bodyOffset = source.slice(0, source.length - split.content.length).split('\n').length - 1;

  const typos = headerTypos(header);
  typos.forEach(({ line, problem }) => error('frontmatter', line, problem));
  let data: Record<string, unknown> | null = null;
  let document: Document | null = null;
  const lines = new LineCounter();
  if (typos.length === 0) {
    document = parseDocument(header, { schema: 'core', lineCounter: lines, uniqueKeys: true });
    for (const yamlError of document.errors) {
      const line = yamlError.linePos?.[0].line;
      const key = yamlError.code === 'DUPLICATE_KEY' && line ? /^([\w-]+)\s*:/.exec(header.split('\n')[line - 1])?.[1] : undefined;
      if (yamlError.code === 'DUPLICATE_KEY' && key === 'attachments') error('attachments', line, say('duplicateAttachments'));
      else if (yamlError.code === 'DUPLICATE_KEY' && key) error(key, line, say('duplicateKey', { key }));
      else error('frontmatter', line, say('headerSyntax'));
    }
    if (document.errors.length === 0) {
      if (isMap(document.contents)) data = document.toJS() as Record<string, unknown>;
      else error('frontmatter', 2, say('headerNotFields'));
    }
  }

  const lineOfPair = (key: string): number | undefined => {
    if (!isMap(document?.contents)) return undefined;
    const pair = document.contents.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    const offset = (pair?.key as { range?: [number] } | null)?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  const lineOfAttachment = (index: number): number | undefined => {
    const list = isMap(document?.contents) ? document.contents.get('attachments', true) : undefined;
    const offset = isSeq(list) ? (list.items[index] as { range?: [number] } | undefined)?.range?.[0] : undefined;
    return offset === undefined ? lineOfPair('attachments') : lines.linePos(offset).line;
  };

  let category: string | null = null;
  if (data) {
    const given = normalizeFrontmatter(data);
    const result = newsFrontmatter.safeParse(given);
    const reported = new Set<string>();
    for (const issue of result.success ? [] : result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) error(key, lineOfPair(key), say('unknownField', { field: key, allowed: NEWS_FIELDS.join(', ') }));
        continue;
      }
      const field = String(issue.path[0]) as NewsField;
      if (field === 'attachments' && typeof issue.path[1] === 'number') {
        const index = issue.path[1];
        const name = `attachments[${index + 1}]`;
        if (!reported.has(name)) error(name, lineOfAttachment(index), sayAboutField('invalidAttachment', field, { index: index + 1 }));
        reported.add(name);
      } else if (!reported.has(field)) {
        reported.add(field);
        if (given[field] === undefined) error(field, lineOfPair(field), sayAboutField('missingField', field));
        else error(field, lineOfPair(field), sayAboutField('invalidField', field, { value: displayValue(given[field]) }));
      }
    }
    if (!reported.has('category') && typeof given.category === 'string') category = given.category;

    const publishing = given.draft !== true;
    if (publishing) {
      const title = Object.values(TEMPLATE_PLACEHOLDERS).find((placeholder) => placeholder.title === given.title)?.title;
      if (title) error('title', lineOfPair('title'), sayAboutField('placeholder', 'title', { text: title }));
      for (const { body } of Object.values(TEMPLATE_PLACEHOLDERS)) {
        const at = split.content.indexOf(body);
        if (at !== -1) error('body', bodyOffset + split.content.slice(0, at).split('\n').length, say('bodyPlaceholder', { text: body }));
      }
    }

    if (!reported.has('cover') && typeof given.cover === 'string') fileProblem('cover', lineOfPair('cover'), 'cover', given.cover);
    if (!reported.has('attachments') && Array.isArray(given.attachments)) {
      given.attachments.forEach((attachment: { file?: unknown }, index) => {
        const name = `attachments[${index + 1}]`;
        if (!reported.has(name) && typeof attachment.file === 'string') fileProblem(name, lineOfAttachment(index), name, attachment.file);
      });
    }
    if (!reported.has('date') && typeof given.date === 'string' && given.date > todayInChina()) {
      report('warning', 'date', lineOfPair('date'), say('futureDate', { date: given.date }));
    }
  }

  let tree;
  try {
    tree = parseMdx(split.content);
  } catch (caught) {
    const message = caught as VFileMessage;
    // An unclosed tag is reported at the end of the text; its reason names where the tag opens, "(4:1-4:9)".
    const line = message.line ?? Number(/\((\d+):\d+-/.exec(message.reason)?.[1] ?? Number.NaN);
    const ruleKey: CheckKey =
      message.ruleId === 'end-tag-mismatch' || (message.ruleId === 'unexpected-eof' && message.source === 'mdast-util-mdx-jsx')
        ? 'mdxUnclosed'
        : message.ruleId === 'unexpected-closing-slash'
          ? 'mdxStrayClosing'
          : message.source === 'micromark-extension-mdx-expression'
            ? 'mdxBrace'
            : message.source === 'micromark-extension-mdx-jsx'
              ? 'mdxAttribute'
              : 'mdxSyntax';
    const tag = /`(<[^`]+>)`/.exec(message.reason)?.[1] ?? '';
    const problem = say(ruleKey, { tag });
    error('body', Number.isNaN(line) ? undefined : bodyOffset + line, {
      zh: `${problem.zh}（${message.reason}）`,
      en: `${problem.en} (${message.reason})`,
    });
    return { file, ...location, category };
  }

  const facts = bodyFacts(tree);
  const bodyLine = (line: number | undefined) => (line === undefined ? undefined : bodyOffset + line);
  const known = ARTICLE_COMPONENTS.map((name) => `<${name}>`).join(', ');
  for (const { name, line } of facts.components) {
    if (!isKnownComponent(name)) error('body', bodyLine(line), say('unknownComponent', { tag: `<${name}>`, known }));
  }
  for (const line of facts.esm) error('body', bodyLine(line), say('importExport'));
  for (const { url, where, line } of facts.resources) {
    if (url === null) error('body', bodyLine(line), say('expressionResource', { where }));
    else if (!isPublicPath(url)) error('body', bodyLine(line), say('foreignResource', { where, url }));
    else fileProblem('body', bodyLine(line), where, url);
  }
  return { file, ...location, category };

  // Hoisted so the body checks share it with the header checks above.
  function fileProblem(field: string, line: number | undefined, where: string, sitePath: string) {
    const found = publicFiles.find(sitePath);
    if (found === 'missing') error(field, line, say('missingFile', { where, path: sitePath }));
    else if (found !== 'ok') error(field, line, say('caseMismatch', { where, path: sitePath, actual: found.actual }));
  }
}

/** Validates every news file under `root` the way the build does, and reports all problems at once. */
export function checkContent(root: string = path.resolve(contentRoot()), publicDir = path.resolve('public')): ContentReport {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const untranslated: ContentProblem[] = [];
  const parsed: ParsedNews[] = [];
  const publicFiles = new PublicFiles(publicDir);
  const newsFiles = filesBelow(path.join(root, 'news')).map((relative) => `news/${relative}`);
  const shown = path.relative(process.cwd(), root) || '.';

  for (const relative of newsFiles) {
    const file = path.join(shown, relative);
    const source = readFileSync(path.join(root, relative), 'utf8');
    const entry = checkNewsFile(file, relative, source, publicFiles, (kind, field, line, problem) => {
      (kind === 'error' ? errors : warnings).push({ file, field, line, ...problem });
    });
    if (entry) parsed.push(entry);
  }

  const bySlug = new Map<string, ParsedNews[]>();
  for (const entry of parsed) {
    const key = `${entry.locale}/${entry.slug}`;
    bySlug.set(key, [...(bySlug.get(key) ?? []), entry]);
  }
  for (const [key, entries] of bySlug) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      errors.push({
        file: entry.file,
        field: 'slug',
        ...say('duplicateSlug', { key, count: entries.length, files: entries.map((e) => e.file).join(', ') }),
      });
    }
  }

  for (const entry of parsed) {
    if (entry.locale === 'zh') {
      if (!bySlug.has(`en/${entry.slug}`)) untranslated.push({ file: entry.file, field: 'translation', ...say('untranslated') });
      continue;
    }
    const twin = bySlug.get(`zh/${entry.slug}`)?.[0];
    // Only two valid categories can differ: an invalid one has been reported in its own file.
    if (twin?.category && entry.category && twin.category !== entry.category) {
      errors.push({
        file: entry.file,
        field: 'category',
        ...say('categoryDiffers', { category: entry.category, twinCategory: twin.category, twin: twin.file }),
      });
    }
  }

  return { files: newsFiles.length, errors, warnings, untranslated };
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  [${problem.field}]\n    ${problem.zh}\n    ${problem.en}`;
}
