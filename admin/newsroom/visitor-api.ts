/**
 * The visitors' side of 在线留言, under /api/messages on the site's own origin (nginx passes it to the newsroom): a
 * proof-of-work challenge (ALTCHA, made and checked here; nothing from another host), sending a message, and looking
 * one up by its 查询码. No session and no cookie: a visitor is never signed in. Every refusal names its reason for the
 * form to say in the visitor's language.
 */
import { spawn } from 'node:child_process';
import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { type Challenge, createChallenge, randomInt, type Solution, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales.mjs';
import { LOOKUP_CODE_PATTERN, normalizeLookupCode } from '../../lib/visitor-message';
import { lookupRequest, messageProblems } from '../../lib/visitor-message-schema';
import { addressKey } from './address-key';
import { handleAsync } from './http-errors';
import type { Db } from './database';
import { addressHash, challengeSecret, countRequest, lookUpMessage, storeMessage, useChallenge, withinLimit } from './visitor-messages';

/** A challenge lasts 10 minutes. Its work (PBKDF2, 500 rounds, a few hundred tries) takes well under a second. */
const CHALLENGE_MS = 10 * 60 * 1000;
const CHALLENGE = { algorithm: 'PBKDF2/SHA-256', cost: 500, counter: () => randomInt(200, 400) } as const;

/** Where the site's own origin reaches this API (nginx passes it on). */
export const MESSAGES_PATH = '/api/messages';

export type VisitorRefusal = 'challenge' | 'replayed' | 'tooMany' | 'fields' | 'notFound';

export function issueChallenge(db: Db, now = Date.now()): Promise<Challenge> {
  const secret = challengeSecret(db);
  return createChallenge({
    algorithm: CHALLENGE.algorithm,
    cost: CHALLENGE.cost,
    counter: CHALLENGE.counter(),
    deriveKey,
    expiresAt: new Date(now + CHALLENGE_MS),
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: `${secret}:key`,
  });
}

/** The parts of the widget's answer this service reads; altcha-lib checks the rest. */
const widgetAnswer = z.object({
  challenge: z.looseObject({ signature: z.string().min(1), parameters: z.looseObject({ expiresAt: z.number().optional() }) }),
  solution: z.looseObject({}),
});

/** The widget's answer (base64 JSON of the challenge and its solution) checked; its signature, once it passed. */
async function verifiedChallenge(db: Db, payload: unknown): Promise<{ signature: string; expiresAt: number } | undefined> {
  if (typeof payload !== 'string' || payload.length > 4096) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = widgetAnswer.safeParse(json);
  if (!parsed.success) return undefined;
  const answer = parsed.data;
  const { challenge, solution } = answer as unknown as { challenge: Challenge; solution: Solution };
  const secret = challengeSecret(db);
  const result = await verifySolution({
    challenge,
    solution,
    deriveKey,
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: `${secret}:key`,
  }).catch(() => undefined);
  if (!result?.verified) return undefined;
  return { signature: answer.challenge.signature, expiresAt: (answer.challenge.parameters.expiresAt ?? 0) * 1000 };
}

function notify(command: string | undefined, message: { id: number; kind: string; title: string }) {
  if (!command) return;
  const child = spawn('sh', ['-c', command], {
    // One line: a title's line breaks (or other control characters) would be commands' separators in a careless script.
    env: {
      ...process.env,
      MESSAGE_ID: String(message.id),
      MESSAGE_KIND: message.kind,
      MESSAGE_TITLE: message.title.replace(/\p{Cc}+/gu, ' '),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('error', (error) => console.error(`留言通知命令失败 / the message notification failed: ${error.message}`));
  child.on('exit', (code) => {
    if (code) console.error(`留言通知命令退出码 ${code} / the message notification exited with ${code}`);
  });
}

/** `addressHashKey`: the key of the visitors' address hashes, kept outside the database (key-file.ts). */
export function visitorApi(db: Db, options: { notifyCommand?: string; addressHashKey: string }): Router {
  const router = Router();
  // Made now, not at a visitor's first request, which could meet a full disk.
  challengeSecret(db);
  const refuse = (response: Response, status: number, problem: VisitorRefusal, extra: object = {}) =>
    response.status(status).json({ problem, ...extra });
  const from = (request: Request) => addressHash(options.addressHashKey, addressKey(request.ip ?? ''));

  router.get(
    '/challenge',
    handleAsync(async (_request, response) => {
      response.json(await issueChallenge(db));
    }),
  );

  router.post(
    '/',
    express.json({ limit: '16kb' }),
    handleAsync(async (request, response) => {
      const hash = from(request);
      if (!withinLimit(db, 'message', hash)) return refuse(response, 429, 'tooMany');
      const body = (request.body ?? {}) as Record<string, unknown>;
      const checked = messageProblems(body);
      if (Array.isArray(checked)) return refuse(response, 422, 'fields', { fields: checked });
      const challenge = await verifiedChallenge(db, body.altcha);
      if (!challenge) return refuse(response, 400, 'challenge');
      if (!useChallenge(db, challenge.signature, challenge.expiresAt)) return refuse(response, 409, 'replayed');
      const locale = isLocale(body.locale) ? body.locale : DEFAULT_LOCALE;
      const stored = storeMessage(db, checked, locale);
      countRequest(db, 'message', hash);
      notify(options.notifyCommand, { id: stored.id, kind: checked.kind, title: checked.title });
      response.status(201).json({ code: stored.code });
    }),
  );

  router.post('/lookup', express.json({ limit: '1kb' }), (request, response) => {
    const hash = from(request);
    if (!withinLimit(db, 'lookup', hash)) return refuse(response, 429, 'tooMany');
    countRequest(db, 'lookup', hash);
    const given = lookupRequest.safeParse(request.body);
    const code = given.success ? normalizeLookupCode(given.data.code) : '';
    // A wrong code and one that never existed get the same answer.
    const found = LOOKUP_CODE_PATTERN.test(code) ? lookUpMessage(db, code) : undefined;
    if (!found) return refuse(response, 404, 'notFound');
    response.json(found);
  });

  return router;
}
