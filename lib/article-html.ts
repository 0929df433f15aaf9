/**
 * An article body as HTML without running it: the MDX toolchain's syntax tree (lib/mdx-body.ts) turned into HTML
 * elements, the site's three components (Figure, Notice, Video) into the elements they render, from their literal
 * attributes only. Expressions, imports and any other tag are left out, raw HTML is escaped: nothing of the body is
 * executed or passed through, so the newsroom can show an unpublished article that the content check has not seen.
 * `fileUrl` says where a file the body names (/news/<slug>/…) is fetched from.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';
import { parseMdx } from './mdx-body';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** The attributes of a component written as plain strings (`name="value"`): the only ones an article may have. */
function literalAttributes(node: Jsx): Record<string, string> {
  return Object.fromEntries(
    node.attributes
      .filter((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      .map((attribute) => [attribute.name, attribute.value as string]),
  );
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const caption = (value: string | undefined) => (value ? [element('figcaption', {}, [text(value)])] : []);

function component(fileUrl: (sitePath: string) => string): Handler {
  return (state: State, node: Jsx) => {
    const { src, alt, caption: said, title, poster } = literalAttributes(node);
    switch (node.name) {
      case 'Figure':
        return src
          ? element('figure', { className: ['article-figure'] }, [
              element('img', { src: fileUrl(src), alt: alt ?? said ?? '' }),
              ...caption(said),
            ])
          : undefined;
      case 'Video':
        return src
          ? element('figure', { className: ['article-video'] }, [
              element('video', { controls: true, preload: 'metadata', poster: poster ? fileUrl(poster) : undefined, src: fileUrl(src) }),
              ...caption(said),
            ])
          : undefined;
      case 'Notice':
        return element('aside', { role: 'note', className: ['article-notice'] }, [
          ...(title ? [element('p', { className: ['article-notice-title'] }, [text(title)])] : []),
          ...state.all(node),
        ]);
      default:
        return undefined;
    }
  };
}

const nothing: Handler = () => undefined;

/** The body's HTML; throws the parser's VFileMessage (with its line) when it is not valid MDX. */
export function articleBodyHtml(body: string, fileUrl: (sitePath: string) => string): string {
  const handle = component(fileUrl);
  const tree = toHast(parseMdx(body) as Nodes, {
    allowDangerousHtml: false,
    handlers: {
      mdxJsxFlowElement: handle,
      mdxJsxTextElement: handle,
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
      mdxjsEsm: nothing,
      image: (state, node) => element('img', { src: fileUrl(node.url), alt: node.alt ?? '' }),
    },
  });
  return toHtml(tree);
}
