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
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
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
export function fieldText(field: NewsField, locale: 'zh' | 'en'): { label: string; help: string; editorHelp: string } {
  const listSeparator = locale === 'zh' ? '、' : ', ';
  const values = {
    options: CATEGORIES.map((category) =>
      locale === 'zh' ? `${category}（${catalogs.zh.Categories[category]}）` : `${category} (${catalogs.en.Categories[category]})`,
    ).join(' | '),
    imageTypes: IMAGE_EXTENSIONS.join(listSeparator),
    attachmentTypes: Object.values(ATTACHMENT_TYPES).join(listSeparator),
  };
  const help = fields[locale](`${field}.help`, values);
  // Help that speaks of typing the header by hand has a version for the browser editor's form.
  const editorKey = `${field}.editor` as `${'cover' | 'attachments' | 'draft'}.editor`;
  const editorHelp = fields[locale].has(editorKey) ? fields[locale](editorKey, values) : help;
  return { label: fields[locale](`${field}.label`), help, editorHelp };
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

type Report = (kind: 'error' | 'warning', field: string, line: number | undefined, problem: Bilingual) => void;

/** The header read as YAML, with the line of each field; null data when it could not be read (already reported). */
interface Header {
  data: Record<string, unknown> | null;
  lineOf: (key: string) => number | undefined;
  lineOfAttachment: (index: number) => number | undefined;
}

function readHeader(header: string, report: Report): Header {
  const typos = headerTypos(header);
  typos.forEach(({ line, problem }) => report('error', 'frontmatter', line, problem));
  if (typos.length > 0) return { data: null, lineOf: () => undefined, lineOfAttachment: () => undefined };

  const lines = new LineCounter();
  const document = parseDocument(header, { schema: 'core', lineCounter: lines, uniqueKeys: true });
  for (const yamlError of document.errors) {
    const line = yamlError.linePos?.[0].line;
    const key = yamlError.code === 'DUPLICATE_KEY' && line ? /^([\w-]+)\s*:/.exec(header.split('\n')[line - 1])?.[1] : undefined;
    if (key === 'attachments') report('error', 'attachments', line, say('duplicateAttachments'));
    else if (key) report('error', key, line, say('duplicateKey', { key }));
    else report('error', 'frontmatter', line, say('headerSyntax'));
  }
  const map = isMap(document.contents) ? document.contents : null;
  if (document.errors.length === 0 && !map) report('error', 'frontmatter', 2, say('headerNotFields'));
  const lineAt = (node: unknown) => {
    const offset = (node as { range?: [number] } | null | undefined)?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  const lineOf = (key: string) => lineAt(map?.items.find((item) => (item.key as { value?: unknown } | null)?.value === key)?.key);
  const lineOfAttachment = (index: number) => {
    const list = map?.get('attachments', true);
    return (isSeq(list) ? lineAt(list.items[index]) : undefined) ?? lineOf('attachments');
  };
  const data = document.errors.length === 0 && map ? (document.toJS() as Record<string, unknown>) : null;
  return { data, lineOf, lineOfAttachment };
}

/**
 * The fields against the schema, the template placeholders, and the files they name. Returns the
 * given fields and the names already reported, so later checks do not report a field twice.
 */
function checkFields(
  { data, lineOf, lineOfAttachment }: Header,
  body: { text: string; offset: number },
  report: Report,
  fileProblem: (field: string, line: number | undefined, where: string, sitePath: string) => void,
): { category: string | null } {
  if (!data) return { category: null };
  const error = (field: string, line: number | undefined, problem: Bilingual) => report('error', field, line, problem);
  const given = normalizeFrontmatter(data);
  const result = newsFrontmatter.safeParse(given);
  const reported = new Set<string>();
  for (const issue of result.success ? [] : result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) error(key, lineOf(key), say('unknownField', { field: key, allowed: NEWS_FIELDS.join(', ') }));
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
      if (given[field] === undefined) error(field, lineOf(field), sayAboutField('missingField', field));
      else error(field, lineOf(field), sayAboutField('invalidField', field, { value: displayValue(given[field]) }));
    }
  }

  if (given.draft !== true) {
    const title = Object.values(TEMPLATE_PLACEHOLDERS).find((placeholder) => placeholder.title === given.title)?.title;
    if (title) error('title', lineOf('title'), sayAboutField('placeholder', 'title', { text: title }));
    for (const { body: placeholder } of Object.values(TEMPLATE_PLACEHOLDERS)) {
      const at = body.text.indexOf(placeholder);
      if (at !== -1) error('body', body.offset + body.text.slice(0, at).split('\n').length, say('bodyPlaceholder', { text: placeholder }));
    }
  }

  if (!reported.has('cover') && typeof given.cover === 'string') fileProblem('cover', lineOf('cover'), 'cover', given.cover);
  if (Array.isArray(given.attachments)) {
    given.attachments.forEach((attachment: { file?: unknown }, index) => {
      const name = `attachments[${index + 1}]`;
      if (!reported.has(name) && typeof attachment.file === 'string') fileProblem(name, lineOfAttachment(index), name, attachment.file);
    });
  }
  if (!reported.has('date') && typeof given.date === 'string' && given.date > todayInChina()) {
    report('warning', 'date', lineOf('date'), say('futureDate', { date: given.date }));
  }
  return { category: !reported.has('category') && typeof given.category === 'string' ? given.category : null };
}

/** The problem an MDX syntax error stands for, in the editor's words, at the line where it starts. */
function syntaxProblem(message: VFileMessage): { line: number | undefined; problem: Bilingual } {
  // An unclosed tag is reported at the end of the text; its reason names where the tag opens, "(4:1-4:9)".
  const line = message.line ?? Number(/\((\d+):\d+-/.exec(message.reason)?.[1] ?? Number.NaN);
  const key: CheckKey =
    message.ruleId === 'end-tag-mismatch' || (message.ruleId === 'unexpected-eof' && message.source === 'mdast-util-mdx-jsx')
      ? 'mdxUnclosed'
      : message.ruleId === 'unexpected-closing-slash'
        ? 'mdxStrayClosing'
        : message.source === 'micromark-extension-mdx-expression'
          ? 'mdxBrace'
          : message.source === 'micromark-extension-mdx-jsx'
            ? 'mdxAttribute'
            : 'mdxSyntax';
  const problem = say(key, { tag: /`(<[^`]+>)`/.exec(message.reason)?.[1] ?? '' });
  return {
    line: Number.isNaN(line) ? undefined : line,
    problem: { zh: `${problem.zh}（${message.reason}）`, en: `${problem.en} (${message.reason})` },
  };
}

/** The body read by the MDX parser: syntax, components, imports, and the files it embeds. */
function checkBody(
  body: { text: string; offset: number },
  report: Report,
  fileProblem: (field: string, line: number | undefined, where: string, sitePath: string) => void,
) {
  const bodyLine = (line: number | undefined) => (line === undefined ? undefined : body.offset + line);
  let tree;
  try {
    tree = parseMdx(body.text);
  } catch (caught) {
    const { line, problem } = syntaxProblem(caught as VFileMessage);
    report('error', 'body', bodyLine(line), problem);
    return;
  }
  const facts = bodyFacts(tree);
  const known = ARTICLE_COMPONENTS.map((name) => `<${name}>`).join(', ');
  for (const { name, line } of facts.components) {
    if (!isKnownComponent(name)) report('error', 'body', bodyLine(line), say('unknownComponent', { tag: `<${name}>`, known }));
  }
  for (const line of facts.esm) report('error', 'body', bodyLine(line), say('importExport'));
  for (const { url, where, line } of facts.resources) {
    if (url === null) report('error', 'body', bodyLine(line), say('expressionResource', { where }));
    else if (!isPublicPath(url)) report('error', 'body', bodyLine(line), say('foreignResource', { where, url }));
    else fileProblem('body', bodyLine(line), where, url);
  }
}

/** One file's problems, given to `report`; its place in the site when its path is valid. */
function checkNewsFile(file: string, relative: string, source: string, publicFiles: PublicFiles, report: Report): ParsedNews | null {
  const location = parseNewsPath(relative);
  if (!location) {
    report('error', 'path', undefined, say(/\.mdx?$/.test(relative) ? 'badPath' : 'badExtension'));
    return null;
  }
  if (!isContentLocale(location.locale)) {
    report('error', 'locale', undefined, say('badLocale', { locale: location.locale, expected: CONTENT_LOCALES.join(', ') }));
  }
  if (!SLUG_PATTERN.test(location.slug)) report('error', 'slug', undefined, say('badSlug', { slug: location.slug }));

  // gray-matter only splits the file (the same split contentlayer2 makes); the header is parsed by readHeader.
  const split = matter(source, { engines: { yaml: () => ({}) } });
  if (!split.matter.trim()) {
    report('error', 'frontmatter', 1, say('noHeader'));
    return null;
  }
  // The header text starts with the newline after the first ---, so its line n is the file's line n.
  const body = { text: split.content, offset: source.slice(0, source.length - split.content.length).split('\n').length - 1 };
  const fileProblem = (field: string, line: number | undefined, where: string, sitePath: string) => {
    const found = publicFiles.find(sitePath);
    if (found === 'missing') report('error', field, line, say('missingFile', { where, path: sitePath }));
    else if (found !== 'ok') report('error', field, line, say('caseMismatch', { where, path: sitePath, actual: found.actual }));
  };
  const { category } = checkFields(readHeader(split.matter, report), body, report, fileProblem);
  checkBody(body, report, fileProblem);
  return { file, ...location, category };
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
