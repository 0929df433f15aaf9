/**
 * Decap's API (/api/v1) in the newsroom: signed-in people only, confined to their articles (decap-scope.ts), writes
 * guarded (write-guard.ts) and decided by role (api-rules.ts); each request runs in the repository lock as its
 * person's commit; 发布 and 下线 become releases (publisher.ts).
 */
import express, { type Express } from 'express';
import { API_BODY_LIMIT, type DecapRequest, guardWrites } from '../write-guard';
import { normalizeUploads } from '../photo-uploads';
import type { Account } from './accounts';
import { decide } from './api-rules';
import { confineToArticles } from './decap-scope';
import { authorEnv } from './git';
import { handleAsync, serverErrorMessage } from './http-errors';
import { articleMediaFile } from './media-lookup';
import { deployPreview } from './article-preview';
import { collectionLocale, workflowBranch } from '../news-files';
import type { NewsroomContext } from './newsroom-context';
import { t } from './pages';
import { ReleaseRefused } from './release-request';
import { saveDismissingApproval } from './stale-approval';

export function decapApi(
  app: Express,
  decap: Express,
  { settings, repository, publisher, address, record, signedIn }: NewsroomContext,
): void {
  app.post(
    '/api/v1',
    (request, response, next) => {
      const account = signedIn(request);
      if (!account) return response.status(401).json({ error: t('refused.signedOut') });
      response.locals.account = account;
      next();
    },
    express.json({ limit: API_BODY_LIMIT }),
    confineToArticles({ root: repository.root, branch: repository.branch, dataDir: settings.dataDir }),
    guardWrites,
    normalizeUploads,
    handleAsync(async (request, response) => {
      const account = response.locals.account as Account;
      const body = request.body as DecapRequest;
      const decision = decide(body, account.role);
      if (decision.refused) {
        for (const { action, target } of decision.records) record(request, action, target);
        return response.status(403).json({ error: decision.refused });
      }
      if (body.action === 'unpublishedEntryMediaFile') {
        // From the article's branch, else the published one (a language version shares the other's files).
        const params = body.params as { collection: string; slug: string; path: string };
        return response.json(
          await articleMediaFile(repository.root, workflowBranch(params.collection, params.slug), repository.branch, params.path),
        );
      }
      if (body.action === 'getDeployPreview') {
        const { collection, slug } = body.params as { collection: string; slug: string };
        return response.json(await deployPreview(repository, collectionLocale(collection)!, slug));
      }
      if (body.action === 'publishUnpublishedEntry') {
        const params = body.params as { collection: string; slug: string };
        try {
          const id = await publisher.request({
            branch: workflowBranch(params.collection, params.slug),
            reason: 'publish',
            by: account,
            address: address(request),
          });
          return response.json({ message: `release #${id}` });
        } catch (error) {
          return response.status(error instanceof ReleaseRefused ? 422 : 500).json({ error: (error as Error).message });
        }
      }
      // Decap's answer is held until the request's own work is done (a take-down's release).
      let held: unknown;
      let passedOn: unknown;
      const dismissed = await repository.lock.runExclusive(() =>
        saveDismissingApproval(
          repository,
          decision.saves,
          () =>
            new Promise<void>((resolve) => {
              Object.assign(process.env, authorEnv(account));
              const json = response.json.bind(response);
              response.json = (value: unknown) => {
                held = value;
                response.json = json;
                resolve();
                return response;
              };
              response.once('close', resolve);
              // Decap passing the request on means it failed (or knew no route): never a success to record.
              decap(request, response, (error?: unknown) => {
                passedOn = error ?? new Error(`decap-server did not answer ${body.action}`);
                resolve();
              });
            }),
          () => !response.headersSent && response.statusCode < 400,
        ),
      );
      if (response.headersSent) return;
      if (passedOn) throw passedOn;
      if (response.statusCode < 400) {
        for (const { action, target } of decision.records) record(request, action, target);
        if (dismissed && decision.saves) record(request, 'approval-dismissed', decision.saves);
        if (decision.unpublishes) {
          try {
            const articles = decision.records
              .filter(({ action }) => action === 'unpublish')
              .flatMap(({ target }) => (target ? [target] : []));
            await publisher.request({ reason: 'unpublish', articles, by: account, address: address(request) });
          } catch (error) {
            return response.status(500).json({ error: (error as Error).message });
          }
        }
      }
      // decap-server answers any failure with 500 "Unknown error": the person reads what happened and what to do.
      if (response.statusCode >= 500) return response.json({ error: serverErrorMessage() });
      response.json(held);
    }),
  );
}
