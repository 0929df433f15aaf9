/**
 * An article body read by the MDX toolchain (remark-parse + remark-mdx + remark-gfm, the parser
 * contentlayer2 compiles with): its plain-text summary and the files it embeds. Imported by
 * contentlayer.config.ts, so only relative imports.
 */
import type { Definition, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The MDX syntax tree of a body. Throws a VFileMessage (with line and column) on a syntax error. */
export function parseMdx(body: string): Root {
  return parser.parse(body);
}

/** Nodes whose text never reaches a summary: code, markup, components, expressions, imports, tables, images. */
const NOT_PROSE = new Set([
  'code',
  'html',
  'table',
  'image',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

/** The words of a node a reader reads: no code, markup, components or images. */
export function proseOf(node: Nodes): string {
  if (NOT_PROSE.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (!('children' in node)) return '';
  // Blocks are separated by a space; inline pieces of one paragraph run together.
  const separator = node.type === 'paragraph' || node.type === 'heading' ? '' : ' ';
  return node.children.map((child) => proseOf(child as Nodes)).join(separator);
}

/** The opening words of the text, for descriptions, feeds and lists of articles that give no summary. */
export function summarize(tree: Root, maxLength = 120): string {
  const text = proseOf(tree).replace(/\s+/g, ' ').trim();
  const characters = Array.from(text);
  if (characters.length <= maxLength) return text;
  return `${characters.slice(0, maxLength).join('').trimEnd()}…`;
}

/** A file an article embeds: `src`/`poster` of a component, a Markdown image. */
export interface EmbeddedResource {
  /** The address as written. */
  url: string;
  /** Where the editor wrote it, the same in both languages: `<Figure src>`, `<Video poster>`, `![](…)`. */
  where: string;
  line: number | undefined;
}

const RESOURCE_ATTRIBUTES = new Set(['src', 'poster']);

/**
 * The files a body embeds, with lines counted from the start of the body. An address written as an expression is
 * not among them: the rule against code (mdx-code.ts) refuses it.
 */
export function embeddedResources(tree: Root): EmbeddedResource[] {
  const resources: EmbeddedResource[] = [];
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'image') resources.push({ url: node.url, where: `![](${node.url})`, line });
    if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier)?.url ?? '';
      resources.push({ url, where: `![](${url})`, line });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && RESOURCE_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') {
          const where = `<${node.name ?? ''} ${attribute.name}>`;
          resources.push({ url: attribute.value, where, line: attribute.position?.start.line ?? line });
        }
      }
    }
  });
  return resources;
}
