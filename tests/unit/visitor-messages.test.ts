/**
 * 在线留言 on the newsroom's service, through its HTTP API on a real express app and a real SQLite database: the
 * challenge, every refusal (with nothing stored), the 查询码, the limits, and the retention of personal data.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import express from 'express';
import { openDatabase } from '../../admin/newsroom/database';
import { visitorMessagePage } from '../../admin/newsroom/message-pages';
import { visitorApi } from '../../admin/newsroom/visitor-api';
import {
  applyRetention,
  closeMessage,
  erasePersonalData,
  findMessage,
  publicAnswersForBuild,
  setPublic,
  storeMessage,
  VISITOR_LIMITS,
} from '../../admin/newsroom/visitor-messages';
import { LOOKUP_CODE_PATTERN, MESSAGE_LIMITS } from '../../lib/visitor-message';
import { publicAnswer } from '../../lib/visitor-message-schema';
import zh from '../../messages/zh.json';
import { solvedChallenge } from '../support/visitor-challenge';

const dir = mkdtempSync(path.join(tmpdir(), 'visitor-messages-'));
const db = openDatabase(path.join(dir, 'newsroom.sqlite'));
let api = '';
let server: ReturnType<ReturnType<typeof express>['listen']>;
before(async () => {
  const app = express();
  app.use('/api/messages', visitorApi(db, { addressHashKey: 'a-test-key' }));
  await new Promise<void>((resolve) => (server = app.listen(0, '127.0.0.1', resolve)));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const stored = () => (db.prepare('select count(*) as count from visitor_messages').get() as { count: number }).count;
const message = {
  kind: 'question',
  title: '办事指南在哪里看？',
  content: '想了解项目申报的流程。',
  name: '张三',
  phone: '0472-1234567',
  consent: true,
};

const solved = () => solvedChallenge(api);
const send = (body: object) => fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const lookUp = (code: string) =>
  fetch(`${api}/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });

test('a message with a solved challenge is stored and gets a 查询码; the same challenge again is refused', async () => {
  const altcha = await solved();
  const response = await send({ ...message, locale: 'zh', altcha });
  assert.equal(response.status, 201);
  const { code } = (await response.json()) as { code: string };
  assert.match(code, LOOKUP_CODE_PATTERN);
  assert.equal(stored(), 1);
  // Only its hash is kept.
  assert.equal((db.prepare('select count(*) as count from visitor_messages where code_hash = ?').get(code) as { count: number }).count, 0);

  const replay = await send({ ...message, altcha });
  assert.equal(replay.status, 409);
  assert.deepEqual(await replay.json(), { problem: 'replayed' });
  assert.equal(stored(), 1);

  const found = await lookUp(code.toLowerCase().replace(/(.{4})/g, '$1-'));
  assert.equal(found.status, 200);
  assert.deepEqual(Object.keys(await found.json()).sort(), ['answer', 'answered_at', 'created_at', 'status', 'title']);
});

test('each refusal says why and stores nothing: no challenge, a forged one, too long, no way to reply, no consent', async () => {
  const before = stored();
  const missing = await send(message);
  assert.equal(missing.status, 400);
  assert.deepEqual(await missing.json(), { problem: 'challenge' });
  const forged = Buffer.from(JSON.stringify({ challenge: { parameters: {}, signature: 'x' }, solution: { counter: 1 } })).toString(
    'base64',
  );
  assert.equal((await send({ ...message, altcha: forged })).status, 400);

  const altcha = await solved();
  const tooLong = await send({ ...message, content: '字'.repeat(MESSAGE_LIMITS.content + 1), altcha });
  assert.equal(tooLong.status, 422);
  assert.deepEqual(await tooLong.json(), { problem: 'fields', fields: [{ field: 'content', problem: 'tooLong' }] });
  const noReply = await send({ ...message, phone: '', altcha });
  assert.deepEqual(((await noReply.json()) as { fields: unknown }).fields, [{ field: 'phone', problem: 'noReply' }]);
  const noConsent = await send({ ...message, consent: false, altcha });
  assert.deepEqual(((await noConsent.json()) as { fields: unknown }).fields, [{ field: 'consent', problem: 'noConsent' }]);
  assert.equal(stored(), before);
  // The challenge was not spent on the refused fields: the corrected message goes through with it.
  assert.equal((await send({ ...message, content: '字'.repeat(MESSAGE_LIMITS.content), altcha })).status, 201);
});

test('one address sends at most 5 messages an hour, and is kept only as a keyed hash', async () => {
  db.exec('delete from visitor_requests');
  for (let sent = 0; sent < VISITOR_LIMITS.message; sent++) assert.equal((await send({ ...message, altcha: await solved() })).status, 201);
  const before = stored();
  const sixth = await send({ ...message, altcha: await solved() });
  assert.equal(sixth.status, 429);
  assert.deepEqual(await sixth.json(), { problem: 'tooMany' });
  assert.equal(stored(), before);
  const hashes = db.prepare('select address_hash from visitor_requests').all() as { address_hash: string }[];
  assert.ok(hashes.every(({ address_hash }) => /^[0-9a-f]{64}$/.test(address_hash) && !address_hash.includes('127.0.0.1')));
  db.exec('delete from visitor_requests');
});

test('a wrong 查询码 and one that does not exist get the same answer', async () => {
  const wrong = await lookUp('ABCDEFGHJKMN');
  const malformed = await lookUp('not a code');
  assert.equal(wrong.status, 404);
  assert.equal(malformed.status, 404);
  assert.deepEqual(await wrong.json(), await malformed.json());
});

test('after the retention period the name, phone and email of a closed message are erased; question and answer stay', () => {
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const id = (db.prepare('select min(id) as id from visitor_messages').get() as { id: number }).id;
  assert.ok(closeMessage(db, id, { status: 'answered', answer: '请见网站“办事指南”栏目。', by: 'rita' }, now));
  const open = (db.prepare("select min(id) as id from visitor_messages where status = 'pending'").get() as { id: number }).id;
  assert.equal(applyRetention(db, 180, now + 179 * day), 0);
  assert.equal(findMessage(db, id)?.name, '张三');
  assert.equal(applyRetention(db, 180, now + 181 * day), 1);
  const erased = findMessage(db, id)!;
  assert.deepEqual([erased.name, erased.phone, erased.email], [null, null, null]);
  assert.equal(erased.answer, '请见网站“办事指南”栏目。');
  assert.equal(erased.content, message.content);
  // A message still waiting for its answer keeps the way to reply.
  assert.equal(findMessage(db, open)?.phone, message.phone);
  // On request, at once.
  assert.ok(erasePersonalData(db, open));
  assert.equal(findMessage(db, open)?.phone, null);
});

test('only an answered message can be published; a build gets its question and answer without name, phone or email', () => {
  db.exec('delete from visitor_messages');
  const answered = storeMessage(db, { ...message, consent: true, kind: 'question', email: 'zhang@example.cn' }, 'zh').id;
  const refused = storeMessage(db, { ...message, consent: true, kind: 'complaint', email: '' }, 'zh').id;
  const waiting = storeMessage(db, { ...message, consent: true, kind: 'other', email: '' }, 'en').id;
  closeMessage(db, answered, { status: 'answered', answer: '办事指南在“服务”栏目。', by: 'rita' });
  closeMessage(db, refused, { status: 'rejected', answer: '与本单位职责无关。', by: 'rita' });
  assert.equal(setPublic(db, refused, 'zh'), false);
  assert.equal(setPublic(db, waiting, 'en'), false);
  assert.equal(setPublic(db, answered, 'en'), true);
  const [published, ...others] = publicAnswersForBuild(db);
  assert.deepEqual(others, []);
  assert.deepEqual(Object.keys(published).sort(), ['answer', 'answered', 'asked', 'content', 'kind', 'locale', 'title']);
  assert.equal(published.locale, 'en');
  const text = JSON.stringify(published);
  for (const personal of [message.name, message.phone, 'zhang@example.cn']) assert.ok(!text.includes(personal), personal);
  // The file the build reads is checked with the same schema.
  assert.ok(publicAnswer.safeParse(published).success);
  assert.equal(setPublic(db, answered, null), true);
  assert.deepEqual(publicAnswersForBuild(db), []);
});

test('an answered message offers publishing where the service builds the site, and says why not on the git target', () => {
  db.exec('delete from visitor_messages');
  const id = storeMessage(db, { ...message, consent: true, kind: 'question', email: '' }, 'zh').id;
  closeMessage(db, id, { status: 'answered', answer: '见“服务”栏目。', by: 'rita' });
  const page = (buildsSite: boolean) =>
    visitorMessagePage({
      account: { name: 'rita', role: 'reviewer' },
      pending: 0,
      message: findMessage(db, id)!,
      liveSince: 0,
      buildsSite,
    });
  assert.ok(page(true).includes(`action="/admin/messages/${id}/publish"`));
  assert.ok(!page(false).includes(`action="/admin/messages/${id}/publish"`));
  assert.ok(page(false).includes(zh.Newsroom.messages.publishElsewhere));
});
