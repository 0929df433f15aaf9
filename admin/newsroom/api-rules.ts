/**
 * Who may ask Decap's API for what in the newsroom, enforced on the server whatever the browser shows, and what each
 * write is called in the audit log. Anything that changes the published branch itself is a reviewer's: publishing,
 * taking down, uploading or deleting outside an article's review.
 */
import { contentRoot } from '../../lib/content-schema';
import type { Role } from './accounts';
import type { AuditAction } from './audit';
import { t } from './pages';
import { refusalOf, refusalText } from '../news-files';
import type { DecapRequest } from '../write-guard';

export interface ApiDecision {
  refused?: string;
  /** What to record once the request has succeeded, or, for some refusals, about the attempt. */
  records: { action: AuditAction; target: string }[];
  /** The request takes an article off the site: a release follows it. */
  unpublishes?: boolean;
  /** The `cms/…` branch a save changes: an approval of it no longer holds (stale-approval.ts). */
  saves?: string;
}

const isArticle = (file: string) => file.startsWith(`${contentRoot()}/news/`) && file.endsWith('.mdx');
// The request's shape was checked before (decap-scope.ts).
const entryKey = (params: Record<string, unknown>) => `${params.collection as string}/${params.slug as string}`;
/** Publishing is a reviewer's: an editor who tries is told the way, and the attempt is in the audit log. */
const publishRefused = (target: string): ApiDecision => ({
  refused: refusalText(refusalOf('publishIsReviewers')),
  records: [{ action: 'publish-refused-role', target }],
});

export function decide(body: DecapRequest, role: Role): ApiDecision {
  const params = body.params ?? {};
  const reviewerOnly = (what: string): ApiDecision => ({ refused: t('refused.reviewerOnly', { what }), records: [] });
  switch (body.action) {
    case 'persistEntry': {
      const options = (params.options ?? {}) as { useWorkflow?: boolean; status?: string; collectionName?: string };
      const files = (params.dataFiles as { path: string; slug: string }[] | undefined) ?? [params.entry as { path: string; slug: string }];
      const target = `${options.collectionName}/${files[0]?.slug}`;
      if (!options.useWorkflow) return { refused: t('refused.direct'), records: [] };
      // Decap's editorial workflow states, in order: 草稿 → 待审核 → 待发布; the last is a reviewer's. Decap sends an
      // entry's state with each save (待发布 for an approved one): an editor's save is never an approval, so it is sent
      // on as 待审核, which a new branch starts in; an approved one goes back to review (stale-approval.ts).
      if (role === 'editor' && options.status === 'pending_publish') options.status = 'pending_review';
      const assets = (params.assets as { path: string }[] | undefined) ?? [];
      return {
        records: [{ action: 'save', target }, ...assets.map(({ path }) => ({ action: 'upload' as const, target: path }))],
        saves: `cms/${target}`,
      };
    }
    case 'updateUnpublishedEntryStatus': {
      const status = params.newStatus as string;
      if (role === 'editor' && status === 'pending_publish') return publishRefused(entryKey(params));
      const action = status === 'pending_publish' ? 'approve' : status === 'pending_review' ? 'submit' : 'return';
      return { records: [{ action, target: entryKey(params) }] };
    }
    case 'publishUnpublishedEntry':
      return role === 'reviewer' ? { records: [] } : publishRefused(entryKey(params));
    case 'deleteUnpublishedEntry':
      return { records: [{ action: 'delete', target: entryKey(params) }] };
    case 'persistMedia': {
      if (role !== 'reviewer') return reviewerOnly(t('audit.actions.upload'));
      return { records: [{ action: 'upload', target: (params.asset as { path: string }).path }] };
    }
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = body.action === 'deleteFile' ? [params.path as string] : (params.paths as string[]);
      const unpublishes = paths.some(isArticle);
      if (role !== 'reviewer') return reviewerOnly(t(unpublishes ? 'audit.actions.unpublish' : 'audit.actions.delete'));
      return {
        records: paths.map((path) => ({ action: isArticle(path) ? ('unpublish' as const) : ('delete' as const), target: path })),
        unpublishes,
      };
    }
    default:
      // Everything else only reads (decap-scope.ts lets through no other action).
      return { records: [] };
  }
}
