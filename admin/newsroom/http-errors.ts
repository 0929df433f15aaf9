/**
 * Errors of the newsroom's HTTP handlers. Express 4 does not catch a rejected async handler (the process would exit),
 * so every async handler is wrapped; every error then reaches one final handler, which logs it and answers in
 * Chinese and English, never with a stack or a file path.
 */
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { createTranslator } from 'next-intl';
import en from '../../messages/en.json';
import { messagePage, t } from './pages';

const inEnglish = createTranslator({ locale: 'en', messages: en, namespace: 'Newsroom.errors' });

const bilingual = (key: 'malformed' | 'tooLarge' | 'server') => `${t(`errors.${key}`)}\n${inEnglish(key)}`;

/** What a person reads when the server failed: what happened and what to do, in Chinese and English. */
export const serverErrorMessage = () => bilingual('server');

/** An async handler whose rejection goes to the error handler, as a thrown error does. */
export const handleAsync =
  (handler: (request: Request, response: Response, next: NextFunction) => Promise<unknown>): RequestHandler =>
  (request, response, next) => {
    handler(request, response, next).catch(next);
  };

/** body-parser's refusals: a body that is not JSON or form data, too large, or in a charset it cannot read. */
function clientProblem(error: { status?: number; type?: string }): 'tooLarge' | 'malformed' | undefined {
  if (error.status === 413 || error.type === 'entity.too.large') return 'tooLarge';
  if (error.status !== undefined && error.status >= 400 && error.status < 500) return 'malformed';
  return undefined;
}

export const finalErrorHandler: ErrorRequestHandler = (error: Error & { status?: number; type?: string }, request, response, next) => {
  if (response.headersSent) return next(error);
  const problem = clientProblem(error);
  if (!problem) console.error(`请求出错 / a request failed: ${request.method} ${request.path}\n${error.stack ?? error.message}`);
  const status = problem === 'tooLarge' ? 413 : problem ? 400 : 500;
  const key = problem ?? 'server';
  const message = bilingual(key);
  response.status(status).set('Cache-Control', 'no-store');
  if (request.path.startsWith('/api/') || request.accepts(['html', 'json']) === 'json') response.json({ error: message, problem: key });
  else response.type('html').send(messagePage(message));
};
