/**
 * Where the newsroom serves the files of an article that may not be published yet (admin/newsroom/article-preview.tsx):
 * the site answers /news/<slug>/<file> only once the article is live. In the editor, pictures are shown from there
 * (every <img> Decap renders with a site path is pointed at it), so that staff see them before publishing.
 * No Node imports: the editor's page script uses this file.
 */
import { UPLOADS_PATH } from '../lib/paths';

export const ARTICLE_FILES_PATH = '/admin/article-file';

/** The newsroom's address of a file an article names (/news/<slug>/<file>); any other address as it is. */
export function articleFileUrl(sitePath: string): string {
  const [, slug, file, ...rest] = sitePath.startsWith(`${UPLOADS_PATH}/`) ? sitePath.slice(1).split('/') : [];
  return slug && file && rest.length === 0 ? `${ARTICLE_FILES_PATH}/${slug}/${encodeURIComponent(file)}` : sitePath;
}

/** Points every picture the editor shows at the newsroom's copy: now and whenever Decap renders another. */
export function showUnpublishedPictures() {
  const repoint = (image: HTMLImageElement) => {
    const source = image.getAttribute('src') ?? '';
    const target = articleFileUrl(source);
    // Only a change: setting the same value again is a mutation too, which would call this again, for ever.
    if (target !== source) image.setAttribute('src', target);
  };
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'attributes') repoint(change.target as HTMLImageElement);
      for (const node of change.addedNodes)
        if (node instanceof HTMLElement) (node instanceof HTMLImageElement ? [node] : [...node.querySelectorAll('img')]).forEach(repoint);
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
}
