/** The MDX body of an article read by the MDX parser, and what editors must fix in it, at its line in the file. */
import type { VFileMessage } from 'vfile-message';
import { isPublicPath } from './content-schema';
import { type CheckMessageKey, checkMessage, errorAt, type Finding } from './content-messages';
import { ARTICLE_COMPONENTS, bodyFacts, isKnownComponent, parseMdx } from './mdx-body';

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

/** Syntax, components, imports and embedded addresses of the body; the site files it embeds, to be looked up. */
export function checkBody(body: Body): { findings: Finding[]; files: FileReference[] } {
  let tree;
  try {
    tree = parseMdx(body.text);
  } catch (caught) {
    return { findings: [syntaxFinding(caught as VFileMessage, body.linesBefore)], files: [] };
  }
  const lineInFile = (line: number | undefined) => (line === undefined ? undefined : body.linesBefore + line);
  const facts = bodyFacts(tree);
  const known = ARTICLE_COMPONENTS.map((name) => `<${name}>`).join(', ');
  const findings: Finding[] = [
    ...facts.components
      .filter(({ name }) => !isKnownComponent(name))
      .map(({ name, line }) => errorAt('body', lineInFile(line), checkMessage('unknownComponent', { tag: `<${name}>`, known }))),
    ...facts.esm.map((line) => errorAt('body', lineInFile(line), checkMessage('importExport'))),
  ];
  const files: FileReference[] = [];
  for (const { url, where, line } of facts.resources) {
    if (url === null) findings.push(errorAt('body', lineInFile(line), checkMessage('expressionResource', { where })));
    else if (!isPublicPath(url)) findings.push(errorAt('body', lineInFile(line), checkMessage('foreignResource', { where, url })));
    else files.push({ field: 'body', line: lineInFile(line), where, sitePath: url });
  }
  return { findings, files };
}
