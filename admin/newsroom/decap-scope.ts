/**
 * What a request to Decap's API may reach, before the roles (api-rules.ts) and the write guard look at it. decap-server
 * reads any file inside the repository (the newsroom's database in .cms/, .git) and takes the caller's branch, so the
 * newsroom lets through only the actions its editor sends, on the published branch, about one article of ours and its
 * own uploads (admin/news-files.ts), none of them through a link that leads elsewhere. Anything else is refused.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { handleAsync } from './http-errors';
import type { Locale } from '../../i18n/locales.mjs';
import { contentRoot, SLUG_PATTERN } from '../../lib/content-schema';
import {
  articleFile,
  collectionLocale,
  NEWS_MEDIA_ROOT,
  newsFileOf,
  newsFolderOf,
  type Refusal,
  refusalOf,
  refusalText,
} from '../news-files';

const file = z.looseObject({ path: z.string() });
const entry = { collection: z.string(), slug: z.string() };
// Decap's label prefix is the configured one (none): a request's own prefix could make any label read as 待发布.
const requestParams = z.looseObject({ branch: z.string(), cmsLabelPrefix: z.literal('').optional() });
const params = <Shape extends z.ZodRawShape>(shape: Shape) => requestParams.extend(shape);
const dataFile = z.looseObject({ slug: z.string(), path: z.string(), newPath: z.string().optional() });
const commit = z.looseObject({ commitMessage: z.string() });
const status = z.enum(['draft', 'pending_review', 'pending_publish']);

/** The actions Decap's proxy backend sends that decap-server's local git mode answers, with what they carry. */
const decapRequest = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('entriesByFolder'),
    params: params({ folder: z.string(), extension: z.literal('mdx'), depth: z.number() }),
  }),
  z.object({ action: z.literal('entriesByFiles'), params: params({ files: z.array(file) }) }),
  z.object({ action: z.literal('getEntry'), params: params({ path: z.string() }) }),
  z.object({ action: z.literal('unpublishedEntries'), params: params({}) }),
  z.object({
    action: z.literal('unpublishedEntry'),
    params: params({ id: z.string().optional(), collection: z.string().optional(), slug: z.string().optional() }),
  }),
  z.object({ action: z.literal('unpublishedEntryDataFile'), params: params({ ...entry, path: z.string() }) }),
  z.object({ action: z.literal('unpublishedEntryMediaFile'), params: params({ ...entry, path: z.string() }) }),
  z.object({ action: z.literal('deleteUnpublishedEntry'), params: params(entry) }),
  z.object({ action: z.literal('updateUnpublishedEntryStatus'), params: params({ ...entry, newStatus: status }) }),
  z.object({ action: z.literal('publishUnpublishedEntry'), params: params(entry) }),
  z.object({ action: z.literal('getDeployPreview'), params: params(entry) }),
  z.object({
    action: z.literal('persistEntry'),
    params: params({
      entry: dataFile.optional(),
      dataFiles: z.array(dataFile).optional(),
      assets: z.array(file),
      options: z.looseObject({ collectionName: z.string(), useWorkflow: z.boolean(), status }),
    }),
  }),
  z.object({ action: z.literal('getMedia'), params: params({ mediaFolder: z.string() }) }),
  z.object({ action: z.literal('getMediaFile'), params: params({ path: z.string() }) }),
  z.object({ action: z.literal('persistMedia'), params: params({ asset: file, options: commit }) }),
  z.object({ action: z.literal('deleteFile'), params: params({ path: z.string(), options: commit }) }),
  z.object({ action: z.literal('deleteFiles'), params: params({ paths: z.array(z.string()), options: commit }) }),
]);
type DecapRequest = z.infer<typeof decapRequest>;

/** A path a request names, in the field it names it, and whether it is one this request may reach. */
interface Reach {
  field: string;
  file: string;
  allowed: boolean;
  /** The article it must belong to, for the refusal. */
  entry?: string;
}

const anyNewsFile = (file: string) => newsFileOf(file) !== undefined;
const uploadOf = (file: string, slug?: string) => {
  const found = newsFileOf(file);
  return found?.kind === 'upload' && (slug === undefined || found.slug === slug);
};

/** The article a request is about, by its collection and slug, or the refusal when it is none of ours. */
function article(collection: string, slug: string): { locale: Locale; slug: string } | Refusal {
  const locale = collectionLocale(collection);
  return locale && SLUG_PATTERN.test(slug) ? { locale, slug } : refusalOf('entryKey', { entry: `${collection}/${slug}` });
}
const isRefusal = (value: object): value is Refusal => 'zh' in value;

/** Every path the request reaches, or its refusal. */
function reachOf(request: DecapRequest): Reach[] | Refusal {
  const { action, params } = request;
  switch (action) {
    case 'entriesByFolder':
      return [{ field: 'params.folder', file: params.folder, allowed: newsFolderOf(params.folder)?.kind === 'articles' }];
    case 'entriesByFiles':
      return params.files.map(({ path: file }, index) => ({ field: `params.files[${index}].path`, file, allowed: anyNewsFile(file) }));
    case 'getEntry':
      return [{ field: 'params.path', file: params.path, allowed: newsFileOf(params.path)?.kind === 'article' }];
    case 'getMedia':
      return [{ field: 'params.mediaFolder', file: params.mediaFolder, allowed: newsFolderOf(params.mediaFolder)?.kind === 'uploads' }];
    case 'getMediaFile':
      return [{ field: 'params.path', file: params.path, allowed: uploadOf(params.path) }];
    case 'persistMedia':
      return [{ field: 'params.asset.path', file: params.asset.path, allowed: uploadOf(params.asset.path) }];
    case 'deleteFile':
      return [{ field: 'params.path', file: params.path, allowed: anyNewsFile(params.path) }];
    case 'deleteFiles':
      return params.paths.map((file, index) => ({ field: `params.paths[${index}]`, file, allowed: anyNewsFile(file) }));
    case 'unpublishedEntries':
      return [];
    case 'unpublishedEntry': {
      // As decap-server reads it: an id is `<collection>/<slug>`, split at its first slash, and wins over the two.
      const slash = params.id?.indexOf('/') ?? -1;
      const found = params.id
        ? article(params.id.slice(0, Math.max(slash, 0)), params.id.slice(slash + 1))
        : article(params.collection ?? '', params.slug ?? '');
      return isRefusal(found) ? found : [];
    }
    case 'unpublishedEntryDataFile':
    case 'unpublishedEntryMediaFile': {
      const found = article(params.collection, params.slug);
      if (isRefusal(found)) return found;
      const own =
        action === 'unpublishedEntryDataFile' ? params.path === articleFile(found.locale, found.slug) : uploadOf(params.path, found.slug);
      return [{ field: 'params.path', file: params.path, allowed: own, entry: `${params.collection}/${params.slug}` }];
    }
    case 'persistEntry': {
      const files = params.dataFiles ?? (params.entry ? [params.entry] : []);
      if (files.length !== 1) return refusalOf('oneArticle', { count: files.length });
      const [saved] = files as [z.infer<typeof dataFile>];
      if (saved.newPath !== undefined) return refusalOf('rename', { file: saved.newPath });
      const found = article(params.options.collectionName, saved.slug);
      if (isRefusal(found)) return found;
      const entryKey = `${params.options.collectionName}/${saved.slug}`;
      return [
        {
          field: 'params.dataFiles[0].path',
          file: saved.path,
          allowed: saved.path === articleFile(found.locale, found.slug),
          entry: entryKey,
        },
        ...params.assets.map(({ path: file }, index) => ({
          field: `params.assets[${index}].path`,
          file,
          allowed: uploadOf(file, found.slug),
          entry: entryKey,
        })),
      ];
    }
    default: {
      const found = article(params.collection, params.slug);
      return isRefusal(found) ? found : [];
    }
  }
}

/** The real place of a path, or of its nearest existing folder (a file about to be written). */
async function realPlace(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch {
    const parent = path.dirname(target);
    return parent === target ? target : path.join(await realPlace(parent), path.basename(target));
  }
}
const inside = (folder: string, target: string) => target === folder || target.startsWith(`${folder}${path.sep}`);

/** Refuses (403, or 422 for a malformed request; Chinese and English) whatever the newsroom's editor may not reach. */
export function confineToArticles({ root, branch, dataDir }: { root: string; branch: string; dataDir: string }): RequestHandler {
  return handleAsync(async (request, response, next) => {
    const refuse = (status: number, refusal: Refusal) => {
      console.error(`拒绝 / refused: ${refusal.zh} / ${refusal.en}`);
      response.status(status).json({ error: refusalText(refusal) });
    };
    const parsed = decapRequest.safeParse(request.body);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const action: unknown = (request.body as { action?: unknown } | undefined)?.action;
      if (issue?.path.length === 1 && issue.path[0] === 'action')
        return refuse(403, refusalOf('action', { action: typeof action === 'string' ? action : JSON.stringify(action ?? null) }));
      return refuse(422, refusalOf('malformed', { field: issue?.path.join('.') ?? '', problem: issue?.message ?? '' }));
    }
    if (parsed.data.params.branch !== branch) return refuse(403, refusalOf('branch', { branch, given: parsed.data.params.branch }));
    const reach = reachOf(parsed.data);
    if (isRefusal(reach)) return refuse(403, reach);
    const values = (found: Reach) => ({ field: found.field, file: found.file, entry: found.entry ?? '', root: contentRoot() });
    const outside = reach.find(({ allowed }) => !allowed);
    if (outside) return refuse(403, refusalOf(outside.entry ? 'ownArticle' : 'read', values(outside)));
    // A link inside the articles' folders must not lead out of them, into the newsroom's data or anywhere else.
    const [articles, uploads, data] = await Promise.all(
      [path.join(root, contentRoot(), 'news'), path.join(root, NEWS_MEDIA_ROOT), dataDir].map(realPlace),
    );
    for (const found of reach) {
      const place = await realPlace(path.join(root, found.file));
      if (!(inside(articles, place) || inside(uploads, place)) || inside(data, place)) return refuse(403, refusalOf('link', values(found)));
    }
    next();
  });
}
