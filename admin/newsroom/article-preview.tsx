/**
 * An unpublished article as staff check it before publishing. Its files (/admin/article-file/<slug>/<file>) come from
 * its own branch, the other language version's, else the published branch: the editor shows its pictures from there
 * (admin/editor.ts), where the site would 404 until it is published. Its whole-article preview
 * (/admin/preview/<locale>/<slug>, Decap's 预览 link in the editor's toolbar) shows the title, date, category, cover,
 * text with its pictures, and the attachments under the names visitors download them by. The body is turned into
 * HTML without running it (lib/article-html.ts). Signed-in staff only: nothing here is public yet.
 */
import path from 'node:path';
import type { Express, Request, Response } from 'express';
import { createTranslator } from 'next-intl';
import enMessages from '../../messages/en.json';
import zhMessages from '../../messages/zh.json';
import { articleBodyHtml } from '../../lib/article-html';
import { formatDate } from '../../lib/dates';
import {
  attachmentType,
  type Category,
  fileExtension,
  IMAGE_EXTENSIONS,
  newsFrontmatter,
  normalizeFrontmatter,
  SLUG_PATTERN,
} from '../../lib/content-schema';
import { readHeader, splitFrontmatter } from '../../lib/frontmatter';
import { downloadName } from '../../lib/media';
import { isLocale, LOCALE_TAGS, LOCALES, type Locale } from '../../i18n/locales.mjs';
import { ARTICLE_FILES_PATH, articleFileUrl } from '../article-files';
import { articleFile, collectionName, NEWS_MEDIA_ROOT, workflowBranch } from '../news-files';
import { handleAsync } from './http-errors';
import { firstFileAt } from './media-lookup';
import type { NewsroomContext } from './newsroom-context';
import { document, t } from './pages';

// The article's facts in its own language, as the site will show them; the newsroom's own words stay Chinese.
const siteMessages = { zh: zhMessages, en: enMessages } satisfies Record<Locale, unknown>;
const categoryName = (locale: Locale, category: Category) =>
  createTranslator({ locale, messages: siteMessages[locale], namespace: 'Categories' })(category);

const articleBranch = (locale: Locale, slug: string) => workflowBranch(collectionName(locale), slug);

// An upload is the staff's own, not yet public: never cached, never run (an SVG's script included).
const FILE_HEADERS = { 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" };
const isPicture = (file: string) => (IMAGE_EXTENSIONS as readonly string[]).includes(fileExtension(file));
const xmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const missingPicture = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="120" viewBox="0 0 640 120"><rect width="640" height="120" fill="#fde8e8"/><text x="320" y="66" font-family="sans-serif" font-size="20" text-anchor="middle" fill="#8a1c1c">${xmlText(text)}</text></svg>`;

function previewPage(locale: Locale, slug: string, source: string): string {
  const { header, body } = splitFrontmatter(source);
  const fields = newsFrontmatter.safeParse(normalizeFrontmatter(readHeader(header ?? '').data ?? {}));
  const article = fields.success ? fields.data : undefined;
  let html: string | undefined;
  try {
    html = articleBodyHtml(body, articleFileUrl);
  } catch {
    html = undefined;
  }
  return document(
    t('preview.title', { title: article?.title ?? slug }),
    <>
      <p className="preview-banner" role="status">
        {t('preview.banner')}
      </p>
      <main className="preview-article" lang={LOCALE_TAGS[locale].htmlLang}>
        <h1>{article?.title ?? slug}</h1>
        {article ? (
          <p className="preview-facts">
            {[formatDate(article.date, locale), categoryName(locale, article.category), article.source].filter(Boolean).join(' · ')}
          </p>
        ) : (
          <p className="problem">{t('preview.headerProblem')}</p>
        )}
        {/* The newsroom's own copy of an unpublished file: no sizes exist for it before the build. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        {article?.cover ? <img className="preview-cover" src={articleFileUrl(article.cover)} alt="" /> : null}
        {html === undefined ? (
          <p className="problem">{t('preview.bodyProblem')}</p>
        ) : (
          <div className="preview-body" dangerouslySetInnerHTML={{ __html: html }} />
        )}
        {article?.attachments?.length ? (
          <section aria-labelledby="preview-attachments">
            <h2 id="preview-attachments">{siteMessages[locale].Article.attachments}</h2>
            <ul>
              {article.attachments.map(({ file, name }) => (
                <li key={file}>
                  <a href={articleFileUrl(file)} download={downloadName({ file, name })}>
                    {name ?? path.basename(file)}
                  </a>{' '}
                  {attachmentType(file)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </>,
  );
}

export function articlePreviewRoutes(app: Express, { repository, signedIn, page }: NewsroomContext): void {
  const staffOnly = (request: Request, response: Response) => {
    if (signedIn(request)) return true;
    response.redirect(303, '/admin/');
    return false;
  };

  app.get(
    `${ARTICLE_FILES_PATH}/:slug/:file`,
    handleAsync(async (request, response, next) => {
      if (!staffOnly(request, response)) return;
      const { slug, file } = request.params;
      if (!SLUG_PATTERN.test(slug) || file.includes('/') || file.includes('\\') || file.startsWith('.')) return next();
      const branches = [...LOCALES.map((locale) => articleBranch(locale, slug)), repository.branch];
      const content = await firstFileAt(repository.root, branches, `${NEWS_MEDIA_ROOT}/${slug}/${file}`).catch(() => undefined);
      if (!content && isPicture(file))
        // Where a picture should be, the form shows which file is missing (the content check refuses it at publishing).
        return response
          .status(404)
          .type('svg')
          .set(FILE_HEADERS)
          .send(missingPicture(t('preview.missingPicture', { file })));
      if (!content)
        return page(
          response,
          404,
          document(t('preview.missingFile', { file }), <p className="problem">{t('preview.missingFile', { file })}</p>),
        );
      response
        .status(200)
        .type(path.extname(file))
        .set(FILE_HEADERS)
        .set('Content-Disposition', attachmentType(file) ? `attachment; filename*=UTF-8''${encodeURIComponent(file)}` : 'inline')
        .send(content);
    }),
  );

  app.get(
    '/admin/preview/:locale/:slug',
    handleAsync(async (request, response, next) => {
      if (!staffOnly(request, response)) return;
      const { locale, slug } = request.params;
      if (!isLocale(locale) || !SLUG_PATTERN.test(slug)) return next();
      const branches = [articleBranch(locale, slug), repository.branch];
      const source = await firstFileAt(repository.root, branches, articleFile(locale, slug)).catch(() => undefined);
      if (!source) return page(response, 404, document(t('preview.missing'), <p className="problem">{t('preview.missing')}</p>));
      page(response, 200, previewPage(locale, slug, source.toString('utf8')));
    }),
  );
}

/** Decap's preview link for an article: the newsroom's preview while it has unpublished changes, else its page on the site. */
export async function deployPreview(repository: NewsroomContext['repository'], locale: Locale, slug: string) {
  const unpublished = await firstFileAt(repository.root, [articleBranch(locale, slug)], articleFile(locale, slug)).catch(() => undefined);
  return { url: unpublished ? `/admin/preview/${locale}/${slug}` : `/${locale}/news/${slug}`, status: 'SUCCESS' };
}
