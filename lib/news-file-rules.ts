/**
 * The rules for one news file, each returning what it finds: where the file lives, how its header is typed, its fields
 * against the content schema, the template's placeholders, its date, and the files it names.
 */
import { isLocale, LOCALES } from '../i18n/locales.mjs';
import {
  NEWS_FIELDS,
  type NewsField,
  newsFrontmatter,
  normalizeFrontmatter,
  parseNewsPath,
  SLUG_PATTERN,
  TEMPLATE_PLACEHOLDERS,
} from './content-schema';
import { checkMessage, errorAt, fieldCheckMessage, type Finding } from './content-messages';
import { todayInChina } from './dates';
import { type Header, readHeader } from './frontmatter';
import type { Body, FileReference } from './mdx-problems';
import type { PublicFiles } from './public-files';

/** The file's place in the site from its path, news/<locale>/<slug>.mdx; null when the path cannot be one. */
export function checkPath(relative: string): { location: { locale: string; slug: string } | null; findings: Finding[] } {
  const location = parseNewsPath(relative);
  if (!location)
    return { location, findings: [errorAt('path', undefined, checkMessage(/\.mdx?$/.test(relative) ? 'badPath' : 'badExtension'))] };
  const findings: Finding[] = [];
  if (!isLocale(location.locale)) {
    findings.push(errorAt('locale', undefined, checkMessage('badLocale', { locale: location.locale, expected: LOCALES.join(', ') })));
  }
  if (!SLUG_PATTERN.test(location.slug)) findings.push(errorAt('slug', undefined, checkMessage('badSlug', { slug: location.slug })));
  return { location, findings };
}

/** Office-worker mistakes that a YAML parser reports badly, caught first by line; then the header read as YAML. */
export function checkHeader(text: string): { header: Header | null; findings: Finding[] } {
  const typos = text.split('\n').flatMap((line, index) => {
    const fullWidth = /^([A-Za-z_][\w-]*)\s*：/.exec(line);
    if (fullWidth) return [errorAt('frontmatter', index + 1, checkMessage('fullWidthColon', { key: fullWidth[1] }))];
    const noSpace = /^([A-Za-z_][\w-]*):(?=\S)/.exec(line);
    if (noSpace) return [errorAt('frontmatter', index + 1, checkMessage('colonSpace', { key: noSpace[1] }))];
    return [];
  });
  if (typos.length > 0) return { header: null, findings: typos };
  const header = readHeader(text);
  const findings = header.errors.map(({ code, key, line }) => {
    if (code === 'duplicateKey' && key === 'attachments') return errorAt('attachments', line, checkMessage('duplicateAttachments'));
    if (code === 'duplicateKey' && key) return errorAt(key, line, checkMessage('duplicateKey', { key }));
    return errorAt('frontmatter', line, checkMessage(code === 'notFields' ? 'headerNotFields' : 'headerSyntax'));
  });
  return { header, findings };
}

function displayValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields against the content schema; `valid` lists the fields (and attachments[n]) that passed. */
export function checkFields({ data, lineOf, lineOfListItem }: Header & { data: Record<string, unknown> }): {
  given: Record<string, unknown>;
  invalid: Set<string>;
  findings: Finding[];
} {
  const given = normalizeFrontmatter(data);
  const result = newsFrontmatter.safeParse(given);
  const invalid = new Set<string>();
  const findings: Finding[] = [];
  for (const issue of result.success ? [] : result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        findings.push(errorAt(key, lineOf(key), checkMessage('unknownField', { field: key, allowed: NEWS_FIELDS.join(', ') })));
      continue;
    }
    const field = String(issue.path[0]) as NewsField;
    const index = issue.path[1];
    const name = field === 'attachments' && typeof index === 'number' ? `attachments[${index + 1}]` : field;
    if (invalid.has(name)) continue;
    invalid.add(name);
    if (name !== field)
      findings.push(
        errorAt(name, lineOfListItem(field, Number(index)), fieldCheckMessage('invalidAttachment', field, { index: Number(index) + 1 })),
      );
    else if (given[field] === undefined) findings.push(errorAt(field, lineOf(field), fieldCheckMessage('missingField', field)));
    else findings.push(errorAt(field, lineOf(field), fieldCheckMessage('invalidField', field, { value: displayValue(given[field]) })));
  }
  return { given, invalid, findings };
}

/** What the new-article template wrote and nobody replaced: refused unless the article is still a draft. */
export function checkPlaceholders(given: Record<string, unknown>, lineOf: Header['lineOf'], body: Body): Finding[] {
  if (given.draft === true) return [];
  const findings: Finding[] = [];
  const title = Object.values(TEMPLATE_PLACEHOLDERS).find((placeholder) => placeholder.title === given.title)?.title;
  if (title) findings.push(errorAt('title', lineOf('title'), fieldCheckMessage('placeholder', 'title', { text: title })));
  for (const { body: placeholder } of Object.values(TEMPLATE_PLACEHOLDERS)) {
    const at = body.text.indexOf(placeholder);
    if (at !== -1)
      findings.push(
        errorAt(
          'body',
          body.linesBefore + body.text.slice(0, at).split('\n').length,
          checkMessage('bodyPlaceholder', { text: placeholder }),
        ),
      );
  }
  return findings;
}

/** A date after today in China is published, but warned about: it may be a typing error. */
export function checkDate(given: Record<string, unknown>, lineOf: Header['lineOf'], invalid: Set<string>): Finding[] {
  if (invalid.has('date') || typeof given.date !== 'string' || given.date <= todayInChina()) return [];
  return [{ ...errorAt('date', lineOf('date'), checkMessage('futureDate', { date: given.date })), severity: 'warning' }];
}

/** The cover and the attachments the header names, for the public-file lookup; fields already refused are left out. */
export function headerFiles(given: Record<string, unknown>, header: Header, invalid: Set<string>): FileReference[] {
  const files: FileReference[] = [];
  if (!invalid.has('cover') && typeof given.cover === 'string')
    files.push({ field: 'cover', line: header.lineOf('cover'), where: 'cover', sitePath: given.cover });
  if (Array.isArray(given.attachments)) {
    given.attachments.forEach((attachment: { file?: unknown }, index) => {
      const name = `attachments[${index + 1}]`;
      if (!invalid.has(name) && typeof attachment.file === 'string') {
        files.push({ field: name, line: header.lineOfListItem('attachments', index), where: name, sitePath: attachment.file });
      }
    });
  }
  return files;
}

/** Each named file under public/, with the exact case a Linux server needs. */
export function checkFiles(files: FileReference[], publicFiles: PublicFiles): Finding[] {
  return files.flatMap(({ field, line, where, sitePath }) => {
    const found = publicFiles.find(sitePath);
    if (found === 'missing') return [errorAt(field, line, checkMessage('missingFile', { where, path: sitePath }))];
    if (found !== 'ok') return [errorAt(field, line, checkMessage('caseMismatch', { where, path: sitePath, actual: found.actual }))];
    return [];
  });
}
