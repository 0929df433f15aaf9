/** The MDX body of an article read by the MDX parser, and what editors must fix in it, at its line in the file. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { contentRoot, isPublicPath } from './content-schema';
import type { Locale } from '../i18n/locales.mjs';
import { type Bilingual, type CheckMessageKey, checkMessage, errorAt, type Finding } from './content-messages';
import { splitFrontmatter } from './frontmatter';
import { embeddedResources, parseMdx } from './mdx-body';
import { ARTICLE_COMPONENTS, ARTICLE_HTML_ELEMENTS, codeInBody, type CodeUse } from './mdx-code';

/** The body's text and the number of lines of the file before it. */
export interface Body {
  text: string;
  linesBefore: number;
}

/** A file the body embeds, to be looked up under public/. */
export interface FileReference {
  field: string;
  line: number | undefined;
  where: string;
  sitePath: string;
}

/** The problem an MDX syntax error stands for, in the editor's words, at the line where it starts. */
function syntaxFinding(message: VFileMessage, linesBefore: number): Finding {
  // An unclosed tag is reported at the end of the text; its reason names where the tag opens, "(4:1-4:9)".
  const line = message.line ?? Number(/\((\d+):\d+-/.exec(message.reason)?.[1] ?? Number.NaN);
  const key: CheckMessageKey =
    message.ruleId === 'end-tag-mismatch' || (message.ruleId === 'unexpected-eof' && message.source === 'mdast-util-mdx-jsx')
      ? 'mdxUnclosed'
      : message.ruleId === 'unexpected-closing-slash'
        ? 'mdxStrayClosing'
        : message.source === 'micromark-extension-mdx-expression'
          ? 'mdxBrace'
          : message.source === 'micromark-extension-mdx-jsx'
            ? 'mdxAttribute'
            : 'mdxSyntax';
  const problem = checkMessage(key, { tag: /`(<[^`]+>)`/.exec(message.reason)?.[1] ?? '' });
  return errorAt('body', Number.isNaN(line) ? undefined : linesBefore + line, {
    zh: `${problem.zh}（${message.reason}）`,
    en: `${problem.en} (${message.reason})`,
  });
}

/** The message for each form of code in a body. */
const CODE_MESSAGES: Record<CodeUse['kind'], CheckMessageKey> = {
  esm: 'importExport',
  expression: 'codeExpression',
  element: 'unknownComponent',
  spread: 'codeSpread',
  attributeExpression: 'codeAttribute',
  attribute: 'unknownAttribute',
};

/** Where a body holds code, each with what to write instead, at its line in the file. */
function codeFindings(tree: Root, linesBefore: number): Finding[] {
  const tags = (names: readonly string[]) => names.map((name) => `<${name}>`).join(', ');
  const known = { known: tags(Object.keys(ARTICLE_COMPONENTS)), html: tags(ARTICLE_HTML_ELEMENTS) };
  return codeInBody(tree).map(({ line, ...use }) => {
    const allowed = 'allowed' in use ? use.allowed : undefined;
    // An HTML element takes no attributes at all: its message says so rather than list none.
    const key = allowed?.length === 0 ? 'htmlAttribute' : CODE_MESSAGES[use.kind];
    const values = { ...known, ...use, allowed: allowed?.join(' ') ?? '' };
    return errorAt('body', line === undefined ? undefined : linesBefore + line, checkMessage(key, values));
  });
}

/** Syntax, code and embedded addresses of the body; the site files it embeds, to be looked up. */
export function checkBody(body: Body): { findings: Finding[]; files: FileReference[] } {
  let tree;
  try {
    tree = parseMdx(body.text);
  } catch (caught) {
    return { findings: [syntaxFinding(caught as VFileMessage, body.linesBefore)], files: [] };
  }
  const lineInFile = (line: number | undefined) => (line === undefined ? undefined : body.linesBefore + line);
  const findings = codeFindings(tree, body.linesBefore);
  const files: FileReference[] = [];
  for (const { url, where, line } of embeddedResources(tree)) {
    if (!isPublicPath(url)) findings.push(errorAt('body', lineInFile(line), checkMessage('foreignResource', { where, url })));
    else files.push({ field: 'body', line: lineInFile(line), where, sitePath: url });
  }
  return { findings, files };
}

/** The code in a file as one text per language, each finding named with the file and line; undefined for none. */
function refusalOf(file: string, findings: Finding[]): Bilingual | undefined {
  if (findings.length === 0) return undefined;
  const say = (locale: Locale) =>
    findings.map((finding) => checkMessage('atLine', { file, line: finding.line ?? '?', problem: finding[locale] })[locale]).join('\n');
  return { zh: say('zh'), en: say('en') };
}

/**
 * Why an article's text may not be saved, in both languages: the code in its body, each at its line in the file;
 * undefined when it holds none. A body that does not parse cannot be compiled either: the content check reports it.
 */
export function codeRefusal(file: string, source: string): Bilingual | undefined {
  const { body, linesBeforeBody } = splitFrontmatter(source);
  let tree;
  try {
    tree = parseMdx(body);
  } catch {
    return undefined;
  }
  return refusalOf(file, codeFindings(tree, linesBeforeBody));
}

/**
 * A remark plugin for contentlayer2's compile, which refuses a body with code even in a build that skips the content
 * check. contentlayer2 compiles the whole file, header included, so the lines are the file's.
 */
export function remarkRefuseCode() {
  return (tree: Root, file: VFile) => {
    const document = (file.data as { rawDocumentData?: { sourceFilePath: string } }).rawDocumentData;
    const name = document ? `${contentRoot()}/${document.sourceFilePath}` : file.path;
    const refusal = refusalOf(name, codeFindings(tree, 0));
    if (refusal) throw new Error(`${refusal.zh}\n${refusal.en}`);
  };
}
