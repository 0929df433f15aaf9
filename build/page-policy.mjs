// Each page's Content-Security-Policy, from the final bytes of its HTML: the hashes of its inline scripts, <style>
// elements and style="" attributes (security-headers.mjs turns them into the policy). A browser hashes an element's
// text exactly as it stands in the file, which is what parse5's text nodes hold for <script> and <style>.
import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { metaPolicy } from '../security-headers.mjs';

/** Types a browser runs as script (the HTML standard's JavaScript MIME types, "module", none); JSON-LD is inert data. */
const SCRIPT_TYPES = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

const hashOf = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const textOf = (element) => element.childNodes.map((child) => child.value ?? '').join('');

const attribute = (element, name) => element.attrs?.find((each) => each.name === name)?.value;

/** Elements in document order; <noscript> parsed as markup, as a browser without scripting sees it (its <style>). */
function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elementsOf(child.tagName === 'template' ? child.content : child);
  }
}

/**
 * The hashes a page's policy must allow, each once, in document order.
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[], styleAttributes: string[] }}
 */
export function inlineCodeHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  const styleAttributes = new Set();
  for (const element of elementsOf(parse(html, { scriptingEnabled: false }))) {
    const style = attribute(element, 'style');
    if (style !== undefined) styleAttributes.add(hashOf(style));
    if (element.tagName === 'script' && attribute(element, 'src') === undefined && SCRIPT_TYPES.test(attribute(element, 'type') ?? '')) {
      scripts.add(hashOf(textOf(element)));
    }
    if (element.tagName === 'style') styles.add(hashOf(textOf(element)));
  }
  return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
}

/**
 * The page with its policy as a <meta>, first in <head> after <meta charset>, before any script it must govern.
 * @param {string} html
 * @param {ReturnType<typeof inlineCodeHashes>} hashes
 */
export function withMetaPolicy(html, hashes) {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const head = document.childNodes.find((node) => node.tagName === 'html')?.childNodes.find((node) => node.tagName === 'head');
  const startTag = head?.sourceCodeLocation?.startTag;
  if (!startTag) throw new Error('a page without <head> in its file: its policy has nowhere to go');
  // A second run on the same files (without `next build` before it) would add a second, narrower policy.
  if (/<meta http-equiv="Content-Security-Policy"/i.test(html)) throw new Error('this page has a policy already: build it again');
  const first = head.childNodes.find((node) => node.tagName);
  const at =
    first?.tagName === 'meta' && attribute(first, 'charset') !== undefined ? first.sourceCodeLocation.endOffset : startTag.endOffset;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(hashes).replaceAll('"', '&quot;')}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
