/** 网站版本 (the releases, with rollback) and 操作日志 (the audit log and its CSV), for reviewers. */
import type { Express } from 'express';
import type { Account } from './accounts';
import { auditCsv, auditEntries } from './audit';
import { lastBackup } from './backup';
import { BackupStatus } from './backup-status';
import type { NewsroomContext } from './newsroom-context';
import { messagePage, t } from './pages';
import { auditPage, releasesPage, type ReleaseRow } from './release-pages';
import { pendingCount } from './visitor-messages';

export function releaseRoutes(app: Express, { db, settings, publisher, address, reviewer, page }: NewsroomContext): void {
  app.get('/admin/releases', reviewer, (request, response) => {
    const releases = db.prepare('select * from releases order by id desc limit 50').all() as ReleaseRow[];
    const rolledBack = Number(request.query.rolledBack);
    page(
      response,
      200,
      releasesPage({
        account: response.locals.account as Account,
        pending: pendingCount(db),
        releases,
        live: publisher.store.liveId(),
        kept: publisher.store.ids(),
        notice: Number.isInteger(rolledBack) && rolledBack > 0 ? t('releases.rolledBack', { id: rolledBack }) : undefined,
        backup: BackupStatus({ last: lastBackup(settings.dataDir), now: Date.now() }),
      }),
    );
  });
  app.post('/admin/releases/:id/rollback', reviewer, async (request, response) => {
    try {
      const id = await publisher.rollBack(response.locals.account as Account, address(request), Number(request.params.id));
      response.redirect(303, `/admin/releases?rolledBack=${id}`);
    } catch (error) {
      page(response, 409, messagePage((error as Error).message));
    }
  });
  app.get('/admin/audit', reviewer, (_request, response) =>
    page(response, 200, auditPage({ account: response.locals.account as Account, pending: pendingCount(db), entries: auditEntries(db) })),
  );
  app.get('/admin/audit.csv', reviewer, (_request, response) => {
    const header = (['at', 'actor', 'address', 'action', 'target', 'detail'] as const).map((key) => t(`audit.${key}`));
    const csv = auditCsv(db, ['#', ...header], (action) => t(`audit.actions.${action}`));
    response.type('text/csv; charset=utf-8').attachment('newsroom-audit-log.csv').send(csv);
  });
}
