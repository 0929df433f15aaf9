/**
 * The content contract's rule that an article's body holds no code. MDX compiles `{…}`, `import`/`export` and JSX
 * attribute expressions into JavaScript that the build runs with the server's rights, and lowercase JSX becomes any
 * HTML element, `<script>` included, which the page's CSP would then hash and allow. So a body may hold only Markdown,
 * the site's components and a few text-marking HTML elements, each with the attributes it takes, written as literal
 * text (`name="…"`): the one form the browser editor writes and the editor guide shows. The single exception is an
 * editor's note, `{/* … *\/}`: an expression of comments alone compiles to nothing.
 * Imported by contentlayer.config.ts, so only relative imports.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The site's components (components/mdx) and the attributes each takes. */
export const ARTICLE_COMPONENTS = {
  Figure: ['src', 'alt', 'caption'],
  Notice: ['title'],
  Video: ['src', 'poster', 'caption'],
} as const;
export type ArticleComponentName = keyof typeof ARTICLE_COMPONENTS;

/** HTML elements that only mark text, without attributes: a line break, sub- and superscript, and the like. */
export const ARTICLE_HTML_ELEMENTS = ['br', 'sub', 'sup', 'small', 'mark', 'del', 'ins', 'u', 'kbd'] as const;

const allowedAttributes = new Map<string, readonly string[]>([
  ...Object.entries(ARTICLE_COMPONENTS),
  ...ARTICLE_HTML_ELEMENTS.map((name) => [name, []] as const),
]);

/** Code in a body, what form it takes, at its line in the body. `tag` is the element as written, `<Figure>`. */
export type CodeUse = { line: number | undefined } & (
  | { kind: 'esm' | 'expression' }
  | { kind: 'element' | 'spread'; tag: string }
  | { kind: 'attributeExpression'; tag: string; name: string }
  | { kind: 'attribute'; tag: string; name: string; allowed: readonly string[] }
);

/** Every place a body holds code or markup outside the allow-lists, in the order of the text. */
export function codeInBody(tree: Root): CodeUse[] {
  const uses: CodeUse[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm') uses.push({ kind: 'esm', line });
    // An estree is always attached by remark-mdx; without one, nothing shows the expression is harmless.
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.data?.estree?.body.length !== 0)
      uses.push({ kind: 'expression', line });
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const tag = `<${node.name ?? ''}>`;
    const allowed = node.name ? allowedAttributes.get(node.name) : undefined;
    if (!allowed) uses.push({ kind: 'element', tag, line });
    for (const attribute of node.attributes) {
      const at = attribute.position?.start.line ?? line;
      if (attribute.type === 'mdxJsxExpressionAttribute') uses.push({ kind: 'spread', tag, line: at });
      else if (attribute.value !== null && typeof attribute.value === 'object')
        uses.push({ kind: 'attributeExpression', tag, name: attribute.name, line: at });
      else if (allowed && !allowed.includes(attribute.name)) uses.push({ kind: 'attribute', tag, name: attribute.name, allowed, line: at });
    }
  });
  return uses;
}
