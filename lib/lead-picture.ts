/**
 * An article page shows no cover: when a picture opens the text, it is the page's largest paint. A remark plugin for
 * contentlayer2's compile marks that picture `priority` (eager, fetchpriority high: components/SizedImage.tsx); every
 * other picture stays lazy, the first one too when text or a video already fills a phone's first screen.
 */
import type { Image, Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { EXIT, visit } from 'unist-util-visit';
import { proseOf } from './mdx-body';

const PICTURE_COMPONENT = 'Figure';
/** A phone's first screen (390×844) holds about ten lines of twenty Chinese characters under the title. */
const FIRST_SCREEN_TEXT = 400;
/** Blocks that fill a screen of their own: what follows them is not in the first one. */
const SCREEN_FILLERS = new Set(['mdxJsxFlowElement', 'table', 'code', 'html']);
/** Chinese characters and full-width punctuation take two columns of text, Latin letters one. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

type Picture = Image | MdxJsxFlowElement | MdxJsxTextElement;

const isPicture = (node: Nodes): node is Picture =>
  node.type === 'image' || ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === PICTURE_COMPONENT);

const textWidth = (text: string) => Array.from(text).reduce((width, character) => width + (WIDE.test(character) ? 2 : 1), 0);

function firstPicture(block: RootContent): Picture | undefined {
  let found: Picture | undefined;
  visit(block, (node) => {
    if (!isPicture(node)) return undefined;
    found = node;
    return EXIT;
  });
  return found;
}

function markPriority(picture: Picture) {
  if (picture.type === 'image') {
    // A Markdown image becomes an <img>, drawn by components/mdx/ArticleImage.tsx with these properties as props.
    picture.data = { ...picture.data, hProperties: { ...picture.data?.hProperties, priority: true } };
  } else {
    picture.attributes.push({ type: 'mdxJsxAttribute', name: 'priority', value: null });
  }
}

export function remarkLeadPicture() {
  return (tree: Root) => {
    let textBefore = 0;
    for (const block of tree.children) {
      const picture = firstPicture(block);
      if (picture) {
        markPriority(picture);
        return;
      }
      textBefore += textWidth(proseOf(block));
      if (SCREEN_FILLERS.has(block.type) || textBefore > FIRST_SCREEN_TEXT) return;
    }
  };
}
