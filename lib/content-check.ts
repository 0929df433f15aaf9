/**
 * `npm run content:check`: reads every news file the way the build will (the header with a YAML
 * parser, the body with the MDX parser) and reports every problem at once, with its file, line,
 * field and fix, in Chinese and English. The build runs it first, so contentlayer2 and Next.js
 * only ever see content that will build and render. The rules for one file are in news-file-rules.ts;
 * the rules across files (a slug used twice, a translation in another category) are here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, isLocale, otherLocale } from '../i18n/locales.mjs';
import { contentRoot } from './content-schema';
import { type Bilingual, checkMessage, errorAt, type Finding } from './content-messages';
import { splitFrontmatter } from './frontmatter';
import { checkBody } from './mdx-problems';
import { checkDate, checkFields, checkFiles, checkHeader, checkPath, checkPlaceholders, headerFiles } from './news-file-rules';
import { filesBelow, PublicFiles } from './public-files';

/** A problem found in one file, described in both languages for editors. */
export type ContentProblem = Bilingual & { file: string; field: string; line?: number };

export interface ContentReport {
  files: number;
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** Articles in the default language without a translation: allowed, so listed apart from the warnings. */
  untranslated: ContentProblem[];
}

interface ParsedNews {
  file: string;
  locale: string;
  slug: string;
  /** Null when the file's category is missing or invalid (already reported). */
  category: string | null;
}

/** Every problem of one news file, and its place in the site when its path is valid. */
function checkNewsFile(
  relative: string,
  source: string,
  publicFiles: PublicFiles,
): { findings: Finding[]; parsed?: Omit<ParsedNews, 'file'> } {
  const { location, findings } = checkPath(relative);
  if (!location) return { findings };
  const { header: headerText, body, linesBeforeBody } = splitFrontmatter(source);
  if (!headerText?.trim()) return { findings: [...findings, errorAt('frontmatter', 1, checkMessage('noHeader'))] };
  const bodyText = { text: body, linesBefore: linesBeforeBody };

  const { header, findings: headerFindings } = checkHeader(headerText);
  findings.push(...headerFindings);
  let category: string | null = null;
  const files = [];
  if (header?.data) {
    const { given, invalid, findings: fieldFindings } = checkFields({ ...header, data: header.data });
    findings.push(...fieldFindings, ...checkPlaceholders(given, header.lineOf, bodyText), ...checkDate(given, header.lineOf, invalid));
    files.push(...headerFiles(given, header, invalid));
    if (!invalid.has('category') && typeof given.category === 'string') category = given.category;
  }
  const bodyResult = checkBody(bodyText);
  findings.push(...bodyResult.findings, ...checkFiles([...files, ...bodyResult.files], publicFiles));
  return { findings, parsed: { ...location, category } };
}

/** The same slug twice in one language, and a translation filed under another category than its original. */
function crossFileProblems(parsed: ParsedNews[]): { errors: ContentProblem[]; untranslated: ContentProblem[] } {
  const errors: ContentProblem[] = [];
  const untranslated: ContentProblem[] = [];
  const bySlug = new Map<string, ParsedNews[]>();
  for (const entry of parsed) {
    const key = `${entry.locale}/${entry.slug}`;
    bySlug.set(key, [...(bySlug.get(key) ?? []), entry]);
  }
  for (const [key, entries] of bySlug) {
    if (entries.length < 2) continue;
    const files = entries.map((entry) => entry.file).join(', ');
    for (const entry of entries)
      errors.push({ file: entry.file, field: 'slug', ...checkMessage('duplicateSlug', { key, count: entries.length, files }) });
  }
  for (const entry of parsed) {
    if (entry.locale === DEFAULT_LOCALE && isLocale(entry.locale)) {
      if (!bySlug.has(`${otherLocale(entry.locale)}/${entry.slug}`)) {
        untranslated.push({ file: entry.file, field: 'translation', ...checkMessage('untranslated') });
      }
      continue;
    }
    const original = bySlug.get(`${DEFAULT_LOCALE}/${entry.slug}`)?.[0];
    // Only two valid categories can differ: an invalid one has been reported in its own file.
    if (original?.category && entry.category && original.category !== entry.category) {
      errors.push({
        file: entry.file,
        field: 'category',
        ...checkMessage('categoryDiffers', { category: entry.category, twinCategory: original.category, twin: original.file }),
      });
    }
  }
  return { errors, untranslated };
}

/** Validates every news file under `root` the way the build does, and reports all problems at once. */
export function checkContent(root: string = path.resolve(contentRoot()), publicDir = path.resolve('public')): ContentReport {
  const report: ContentReport = { files: 0, errors: [], warnings: [], untranslated: [] };
  const parsed: ParsedNews[] = [];
  const publicFiles = new PublicFiles(publicDir);
  const newsFiles = filesBelow(path.join(root, 'news')).map((relative) => `news/${relative}`);
  const shown = path.relative(process.cwd(), root) || '.';
  for (const relative of newsFiles) {
    const file = path.join(shown, relative);
    const result = checkNewsFile(relative, readFileSync(path.join(root, relative), 'utf8'), publicFiles);
    for (const { severity, ...problem } of result.findings)
      (severity === 'error' ? report.errors : report.warnings).push({ file, ...problem });
    if (result.parsed) parsed.push({ file, ...result.parsed });
  }
  const across = crossFileProblems(parsed);
  report.errors.push(...across.errors);
  report.untranslated.push(...across.untranslated);
  report.files = newsFiles.length;
  return report;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  [${problem.field}]\n    ${problem.zh}\n    ${problem.en}`;
}
