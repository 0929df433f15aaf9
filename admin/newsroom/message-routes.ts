/** 留言管理: reviewers read, answer, refuse, publish and erase visitors' messages, and export them as CSV. */
import express, { type Express } from 'express';
import { isLocale } from '../../i18n/locales.mjs';
import type { Account } from './accounts';
import type { NewsroomContext } from './newsroom-context';
import { messagesCsv, visitorMessagePage, visitorMessagesPage } from './message-pages';
import { messagePage, t } from './pages';
import { closeMessage, erasePersonalData, findMessage, listMessages, pendingCount, setPublic } from './visitor-messages';

export function messageRoutes(app: Express, { db, settings, publisher, address, record, reviewer, page }: NewsroomContext): void {
  app.get('/admin/messages', reviewer, (_request, response) =>
    page(response, 200, visitorMessagesPage({ account: response.locals.account as Account, messages: listMessages(db) })),
  );
  app.get('/admin/messages.csv', reviewer, (request, response) => {
    record(request, 'message-export');
    response
      .type('text/csv; charset=utf-8')
      .attachment('visitor-messages.csv')
      .send(messagesCsv(listMessages(db)));
  });
  const notices = {
    answered: 'messages.answered',
    rejected: 'messages.rejected',
    erased: 'messages.erasedNotice',
    published: 'messages.publishedNotice',
    unpublished: 'messages.unpublishedNotice',
  } as const;
  const liveSince = () => {
    const live = publisher.store.liveId();
    return live === undefined ? undefined : Date.parse(publisher.store.info(live).builtAt);
  };
  app.get('/admin/messages/:id', reviewer, (request, response) => {
    const message = findMessage(db, Number(request.params.id));
    if (!message) return page(response, 404, messagePage(t('messages.notFound')));
    const done = notices[String(request.query.done) as keyof typeof notices];
    page(
      response,
      200,
      visitorMessagePage({
        account: response.locals.account as Account,
        pending: pendingCount(db),
        message,
        liveSince: liveSince(),
        buildsSite: settings.target !== 'git',
        notice: done ? t(done, { id: message.id }) : undefined,
      }),
    );
  });
  const staffForm = express.urlencoded({ extended: false, limit: '32kb' });
  for (const status of ['answered', 'rejected'] as const) {
    app.post(`/admin/messages/:id/${status === 'answered' ? 'answer' : 'reject'}`, reviewer, staffForm, (request, response) => {
      const id = Number(request.params.id);
      const text = String(request.body?.text ?? '').trim();
      if (!text) return page(response, 422, messagePage(t('messages.emptyText')));
      const account = response.locals.account as Account;
      if (!closeMessage(db, id, { status, answer: text, by: account.name }))
        return page(response, 404, messagePage(t('messages.notFound')));
      record(request, status === 'answered' ? 'message-answer' : 'message-reject', `#${id}`);
      response.redirect(303, `/admin/messages/${id}?done=${status}`);
    });
  }
  // 公开答复: the page is part of a release, so publishing asks for one, as an article's 发布 does.
  app.post('/admin/messages/:id/publish', reviewer, staffForm, (request, response) => {
    if (settings.target === 'git') return page(response, 409, messagePage(t('messages.publishElsewhere')));
    const id = Number(request.params.id);
    // A language publishes it on that language's page; `none` takes it off.
    const chosen: unknown = request.body?.locale;
    const publicLocale = chosen === 'none' ? null : isLocale(chosen) ? chosen : undefined;
    if (publicLocale === undefined || !setPublic(db, id, publicLocale)) return page(response, 404, messagePage(t('messages.notFound')));
    const account = response.locals.account as Account;
    record(request, publicLocale ? 'message-publish' : 'message-unpublish', `#${id}`, publicLocale);
    publisher
      .request({ reason: 'answers', by: account, address: address(request) })
      .catch((error: unknown) =>
        console.error(`公开答复的网站版本生成失败 / the release for published answers failed: ${(error as Error).message}`),
      );
    response.redirect(303, `/admin/messages/${id}?done=${publicLocale ? 'published' : 'unpublished'}`);
  });
  app.post('/admin/messages/:id/erase', reviewer, (request, response) => {
    const id = Number(request.params.id);
    if (!erasePersonalData(db, id)) return page(response, 404, messagePage(t('messages.notFound')));
    record(request, 'message-erase', `#${id}`);
    response.redirect(303, `/admin/messages/${id}?done=erased`);
  });
}
