/**
 * The one way an MDX file's header is read: split off as gray-matter splits it for contentlayer2 (a unit test compares
 * the two), then parsed with the `yaml` library, which knows each field's line. Import-free of Node, so the browser
 * editor reads files with it too.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

const DELIMITER = '---';

/**
 * The header text (from the newline after the opening ---, so that its line n is the file's line n) and the body,
 * with the number of lines before it. `header` is null when the file does not start with a header.
 */
export function splitFrontmatter(source: string): { header: string | null; body: string; linesBeforeBody: number } {
  if (!source.startsWith(DELIMITER) || source.charAt(DELIMITER.length) === '-') return { header: null, body: source, linesBeforeBody: 0 };
  // Text after the opening --- on its line names a language for gray-matter: never part of the header.
  const afterOpening = source.slice(DELIMITER.length);
  const language = afterOpening.slice(0, Math.max(afterOpening.search(/\r?\n/), 0));
  const rest = language.trim() ? afterOpening.slice(language.length) : afterOpening;
  const closing = rest.indexOf(`\n${DELIMITER}`);
  const header = closing === -1 ? rest : rest.slice(0, closing);
  const body =
    closing === -1
      ? ''
      : rest
          .slice(closing + 1 + DELIMITER.length)
          .replace(/^\r/, '')
          .replace(/^\n/, '');
  return { header, body, linesBeforeBody: source.slice(0, source.length - body.length).split('\n').length - 1 };
}

/** The header read as YAML: its fields (null when it is not valid YAML fields), the line of each, and what went wrong. */
export interface Header {
  data: Record<string, unknown> | null;
  lineOf: (key: string) => number | undefined;
  lineOfListItem: (key: string, index: number) => number | undefined;
  errors: { code: 'duplicateKey' | 'syntax' | 'notFields'; key?: string; line?: number }[];
}

/** YAML 1.2's core schema: a date such as 2026-11-27 stays the string the file shows. */
export function readHeader(header: string): Header {
  const lines = new LineCounter();
  const document = parseDocument(header, { schema: 'core', lineCounter: lines, uniqueKeys: true });
  const errors: Header['errors'] = document.errors.map((yamlError) => {
    const line = yamlError.linePos?.[0].line;
    const key = yamlError.code === 'DUPLICATE_KEY' && line ? /^([\w-]+)\s*:/.exec(header.split('\n')[line - 1])?.[1] : undefined;
    return key ? { code: 'duplicateKey', key, line } : { code: 'syntax', line };
  });
  const map = isMap(document.contents) ? document.contents : null;
  if (errors.length === 0 && !map) errors.push({ code: 'notFields', line: 2 });
  const lineAt = (node: unknown) => {
    const offset = (node as { range?: [number] } | null | undefined)?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  const lineOf = (key: string) => lineAt(map?.items.find((item) => (item.key as { value?: unknown } | null)?.value === key)?.key);
  const lineOfListItem = (key: string, index: number) => {
    const list = map?.get(key, true);
    return (isSeq(list) ? lineAt(list.items[index]) : undefined) ?? lineOf(key);
  };
  const data = errors.length === 0 ? (document.toJS() as Record<string, unknown>) : null;
  return { data, lineOf, lineOfListItem, errors };
}
