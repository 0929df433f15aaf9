/** 网站版本 (the releases, with rollback) and 操作日志 (the audit log and its CSV), for reviewers. */
import type { Express } from 'express';
import type { Account } from './accounts';
import { auditCsv, auditEntries } from './audit';
import { lastBackup } from './backup';
import { BackupStatus } from './backup-status';
import type { NewsroomContext } from './newsroom-context';
import { messagePage, t } from './pages';
import { articleTitles } from './audit-words';
import { handleAsync } from './http-errors';
import { auditPage, releaseArticles, releasesPage, type ReleaseRow } from './release-pages';
import { differenceSentences, rollbackPage } from './rollback-pages';
import { articleDifferences, liveDifferences } from './site-differences';
import { pendingCount } from './visitor-messages';

export function releaseRoutes(app: Express, { db, settings, repository, publisher, address, reviewer, page }: NewsroomContext): void {
  app.get(
    '/admin/releases',
    reviewer,
    handleAsync(async (request, response) => {
      const releases = db.prepare('select * from releases order by id desc limit 50').all() as ReleaseRow[];
      const differences = await liveDifferences(repository, publisher.store);
      const live = publisher.store.liveCommit();
      const titles = await articleTitles(
        repository,
        [...releases.flatMap(releaseArticles), ...differences.map(({ target }) => target)],
        live ? [live] : [],
      );
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
          titles,
          differences: differenceSentences('differences', differences, titles),
        }),
      );
    }),
  );
  // First what the rollback will change, then the rollback itself (a POST from that page).
  app.get(
    '/admin/releases/:id/rollback',
    reviewer,
    handleAsync(async (request, response) => {
      const id = Number(request.params.id);
      const live = publisher.store.liveCommit();
      if (!publisher.store.ids().includes(id) || id === publisher.store.liveId() || !live)
        return page(response, 404, messagePage(t('releases.noRollback', { id: request.params.id })));
      const target = publisher.store.info(id);
      const differences = await articleDifferences(repository.root, live, target.commit);
      const titles = await articleTitles(
        repository,
        differences.map(({ target: file }) => file),
        [live, target.commit],
      );
      page(
        response,
        200,
        rollbackPage({
          account: response.locals.account as Account,
          pending: pendingCount(db),
          id,
          builtAt: target.builtAt,
          sentences: differenceSentences('rollback', differences, titles),
        }),
      );
    }),
  );
  app.post('/admin/releases/:id/rollback', reviewer, async (request, response) => {
    try {
      const id = await publisher.rollBack(response.locals.account as Account, address(request), Number(request.params.id));
      response.redirect(303, `/admin/releases?rolledBack=${id}`);
    } catch (error) {
      page(response, 409, messagePage((error as Error).message));
    }
  });
  app.get(
    '/admin/audit',
    reviewer,
    handleAsync(async (_request, response) => {
      const entries = auditEntries(db);
      const titles = await articleTitles(
        repository,
        entries.map(({ target }) => target),
      );
      page(response, 200, auditPage({ account: response.locals.account as Account, pending: pendingCount(db), entries, titles }));
    }),
  );
  app.get('/admin/audit.csv', reviewer, (_request, response) => {
    const header = (['at', 'actor', 'address', 'action', 'target', 'detail'] as const).map((key) => t(`audit.${key}`));
    const csv = auditCsv(db, ['#', ...header], (action) => t(`audit.actions.${action}`));
    response.type('text/csv; charset=utf-8').attachment('newsroom-audit-log.csv').send(csv);
  });
}
