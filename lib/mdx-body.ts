/**
 * An article body read by the MDX toolchain (remark-parse + remark-mdx + remark-gfm, the parser
 * contentlayer2 compiles with): its plain-text summary, the components it uses and the files it
 * embeds. Imported by contentlayer.config.ts, so only relative imports.
 */
import type { Program } from 'estree';
import type { Definition, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The components an article may use (besides Markdown), as `components/mdx` provides them. */
export const ARTICLE_COMPONENTS = ['Figure', 'Notice', 'Video'] as const;
export type ArticleComponentName = (typeof ARTICLE_COMPONENTS)[number];

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

function proseOf(node: Nodes): string {
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

/** A file an article embeds: `src`/`poster` of a component, `href` of a `<source>`, a Markdown image. */
export interface EmbeddedResource {
  /** The address as written, or null when it is an expression whose value is not fixed text. */
  url: string | null;
  /** Where the editor wrote it, the same in both languages: `<Figure src>`, `<Video poster>`, `![](…)`. */
  where: string;
  line: number | undefined;
}

/** A component the body uses, with its line. */
export interface UsedComponent {
  name: string;
  line: number | undefined;
}

export interface BodyFacts {
  components: UsedComponent[];
  resources: EmbeddedResource[];
  /** Lines of `import`/`export` statements: articles cannot import code. */
  esm: number[];
}

const RESOURCE_ATTRIBUTES = new Set(['src', 'poster', 'srcSet', 'srcset']);

/** The value of a string literal or a template without placeholders, written as an expression. */
function fixedText(program: Program | null | undefined): string | null {
  const statement = program?.body[0];
  if (program?.body.length !== 1 || statement?.type !== 'ExpressionStatement') return null;
  const { expression } = statement;
  if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) return expression.quasis[0].value.cooked ?? null;
  return null;
}

function attributeValue(attribute: MdxJsxAttribute): string | null {
  const { value } = attribute;
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return fixedText(value.data?.estree);
}

function isResourceAttribute(element: MdxJsxFlowElement | MdxJsxTextElement, attribute: MdxJsxAttribute): boolean {
  return RESOURCE_ATTRIBUTES.has(attribute.name) || (attribute.name === 'href' && element.name === 'source');
}

/** What a body uses and embeds, with lines counted from the start of the body. */
export function bodyFacts(tree: Root): BodyFacts {
  const facts: BodyFacts = { components: [], resources: [], esm: [] };
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm') facts.esm.push(line ?? 0);
    if (node.type === 'image') facts.resources.push({ url: node.url, where: `![](${node.url})`, line });
    if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier)?.url ?? '';
      facts.resources.push({ url, where: `![](${url})`, line });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name) facts.components.push({ name: node.name, line });
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && isResourceAttribute(node, attribute)) {
          const attributeLine = attribute.position?.start.line ?? line;
          facts.resources.push({ url: attributeValue(attribute), where: `<${node.name ?? ''} ${attribute.name}>`, line: attributeLine });
        }
      }
    }
  });
  return facts;
}

/** True for a component name the site provides, or a plain HTML element (lower-case, like `<br />`). */
export function isKnownComponent(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name) || (ARTICLE_COMPONENTS as readonly string[]).includes(name);
}
