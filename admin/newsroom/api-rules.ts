/**
 * Who may ask Decap's API for what in the newsroom, enforced on the server whatever the browser shows, and what each
 * write is called in the audit log. Anything that changes the published branch itself is a reviewer's: publishing,
 * taking down, uploading or deleting outside an article's review.
 */
import { contentRoot } from '../../lib/content-schema';
import type { Role } from './accounts';
import type { AuditAction } from './audit';
import { t } from './pages';
import type { DecapRequest } from '../write-guard';

/** Decap's editorial workflow states, in order: 草稿 → 待审核 → 待发布. */
const EDITOR_STATUSES = ['draft', 'pending_review'];

export interface ApiDecision {
  refused?: string;
  /** What to record once the request has succeeded. */
  records: { action: AuditAction; target: string }[];
  /** The request takes an article off the site: a release follows it. */
  unpublishes?: boolean;
}

const isArticle = (file: string) => file.startsWith(`${contentRoot()}/news/`) && file.endsWith('.mdx');
const entryKey = (params: Record<string, unknown>) => `${String(params.collection ?? params.collectionName)}/${String(params.slug)}`;

export function decide(body: DecapRequest, role: Role): ApiDecision {
  const params = body.params ?? {};
  const reviewerOnly = (what: string): ApiDecision => ({ refused: t('refused.reviewerOnly', { what }), records: [] });
  switch (body.action) {
    case 'persistEntry': {
      const options = (params.options ?? {}) as { useWorkflow?: boolean; status?: string; collectionName?: string };
      const files = (params.dataFiles as { path: string; slug: string }[] | undefined) ?? [params.entry as { path: string; slug: string }];
      if (!options.useWorkflow) return { refused: t('refused.direct'), records: [] };
      if (role === 'editor' && options.status && !EDITOR_STATUSES.includes(options.status))
        return { refused: t('refused.editorStatus'), records: [] };
      const assets = (params.assets as { path: string }[] | undefined) ?? [];
      return {
        records: [
          { action: 'save', target: `${options.collectionName}/${files[0]?.slug}` },
          ...assets.map(({ path }) => ({ action: 'upload' as const, target: path })),
        ],
      };
    }
    case 'updateUnpublishedEntryStatus': {
      const status = String(params.newStatus);
      if (role === 'editor' && !EDITOR_STATUSES.includes(status)) return reviewerOnly(t('audit.actions.approve'));
      const action = status === 'pending_publish' ? 'approve' : status === 'pending_review' ? 'submit' : 'return';
      return { records: [{ action, target: entryKey(params) }] };
    }
    case 'publishUnpublishedEntry':
      return role === 'reviewer' ? { records: [] } : reviewerOnly(t('audit.actions.publish'));
    case 'deleteUnpublishedEntry':
      return { records: [{ action: 'delete', target: entryKey(params) }] };
    case 'persistMedia': {
      if (role !== 'reviewer') return reviewerOnly(t('audit.actions.upload'));
      return { records: [{ action: 'upload', target: (params.asset as { path: string }).path }] };
    }
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = body.action === 'deleteFile' ? [String(params.path)] : (params.paths as string[]);
      const unpublishes = paths.some(isArticle);
      if (role !== 'reviewer') return reviewerOnly(t(unpublishes ? 'audit.actions.unpublish' : 'audit.actions.delete'));
      return {
        records: paths.map((path) => ({ action: isArticle(path) ? ('unpublish' as const) : ('delete' as const), target: path })),
        unpublishes,
      };
    }
    default:
      // Everything else only reads.
      return { records: [] };
  }
}
