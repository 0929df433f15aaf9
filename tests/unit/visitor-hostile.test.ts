/**
 * What an attacker sends to the real newsroom service, without signing in, and what a visitor's text becomes in a
 * reviewer's hands: no request stops the service or shows a stack; one IPv6 /64 is one address for the limits; the
 * CSVs carry no formula; the notification command gets one line.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { addressKey } from '../../admin/newsroom/address-key';
import { VISITOR_LIMITS } from '../../admin/newsroom/visitor-messages';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';
import { solvedChallenge } from '../support/visitor-challenge';

let service: RunningNewsroom;
let notified = '';
before(async () => {
  service = await startNewsroomService('newsroom-hostile-', {
    // Its line on the service's stderr says that the file is written.
    MESSAGES_NOTIFY_COMMAND: 'printf "%s|" "$MESSAGE_TITLE" >> notified.txt && echo "notified: $MESSAGE_TITLE" >&2',
  });
  notified = path.join(service.root, 'notified.txt');
});
after(() => service.stop());

const message = { kind: 'question', title: '办事指南', content: '想了解流程。', phone: '0472-1234567', consent: true, locale: 'zh' };
const post = (pathname: string, body: string, from = '192.0.2.1') =>
  service.request(pathname, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body });
const LEAKS = /\bat \S+ \(|node_modules|\/tmp\/|\.ts:\d+|Error:/;

test('hostile bodies get 4xx without a stack, and the service keeps serving sign-in and 在线留言', async () => {
  const hostile = [
    '{"phone":{"toString":1}}',
    '{"title":{"toString":1},"content":{"valueOf":1},"name":[],"email":{"toString":{}}}',
    JSON.stringify({ ...message, phone: { toString: 1 }, altcha: 'x' }),
    JSON.stringify({ ...message, title: ['a', 'b'], consent: 'true' }),
    '{"__proto__":{"consent":true},"constructor":{"prototype":{"x":1}}}',
    '[1,2,3]',
    'null',
    '"text"',
    '{"kind":',
    JSON.stringify({ ...message, altcha: Buffer.from('{"challenge":{"signature":"s"},"solution":1}').toString('base64') }),
    JSON.stringify({ ...message, content: '字'.repeat(20_000) }),
  ];
  for (const body of hostile) {
    const response = await post('/api/messages', body);
    const text = await response.text();
    assert.ok(response.status >= 400 && response.status < 500, `${body.slice(0, 60)}: ${response.status} ${text}`);
    assert.doesNotMatch(text, LEAKS, body.slice(0, 60));
  }
  for (const body of ['{"code":{"toString":1}}', '{"code":["ABCD"]}', '{"code":', 'null']) {
    const response = await post('/api/messages/lookup', body);
    assert.ok(response.status >= 400 && response.status < 500, `${body}: ${response.status}`);
    assert.doesNotMatch(await response.text(), LEAKS);
  }
  const cookie = await service.signIn(NEWSROOM_ACCOUNTS.editor);
  const malformed = await service.request('/api/v1', {
    method: 'POST',
    cookie,
    headers: { 'content-type': 'application/json' },
    body: '{"action":',
  });
  assert.equal(malformed.status, 400);
  const answer = await malformed.text();
  assert.doesNotMatch(answer, LEAKS);
  assert.match(answer, /请求的内容无法读取/);
  assert.ok(service.alive(), service.output());
  assert.equal((await service.request('/api/messages/challenge')).status, 200);
  await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
});

test('one IPv6 /64 is one address for the message limit', async () => {
  assert.equal(addressKey('2001:db8:1:2:aaaa::1'), addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
  assert.notEqual(addressKey('2001:db8:1:2::1'), addressKey('2001:db8:1:3::1'));
  assert.equal(addressKey('::ffff:192.0.2.7'), '192.0.2.7');
  const messages = `${service.origin}/api/messages`;
  for (let i = 1; i <= VISITOR_LIMITS.message; i++) {
    const sent = await post('/api/messages', JSON.stringify({ ...message, altcha: await solvedChallenge(messages) }), `2001:db8:1:2::${i}`);
    assert.equal(sent.status, 201, await sent.text());
  }
  const next = await post('/api/messages', JSON.stringify({ ...message, altcha: await solvedChallenge(messages) }), '2001:db8:1:2:ffff::9');
  assert.equal(next.status, 429, 'another address of the same /64');
  const elsewhere = await post('/api/messages', JSON.stringify({ ...message, altcha: await solvedChallenge(messages) }), '2001:db8:1:3::1');
  assert.equal(elsewhere.status, 201, 'the next /64');
});

test('the CSVs carry no formula, and the notification command gets the title on one line', async () => {
  const messages = `${service.origin}/api/messages`;
  const formula = '=HYPERLINK("http://example.invalid","点击")';
  const sent = await post(
    '/api/messages',
    JSON.stringify({ ...message, title: `${formula}\n第二行`, altcha: await solvedChallenge(messages) }),
    '198.51.100.1',
  );
  assert.equal(sent.status, 201, await sent.text());
  await service.request('/admin/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name: '@SUM(1+1)', password: 'wrong-password' }).toString(),
  });
  const cookie = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
  const messagesCsv = await (await service.request('/admin/messages.csv', { cookie })).text();
  assert.ok(messagesCsv.includes(`"'${formula.replaceAll('"', '""')}`), messagesCsv);
  const auditCsv = await (await service.request('/admin/audit.csv', { cookie })).text();
  assert.match(auditCsv, /,'@SUM\(1\+1\),/);
  for (const csv of [messagesCsv, auditCsv]) for (const cell of csv.split(/,|\n/)) assert.doesNotMatch(cell.replace(/^"/, ''), /^[=+@]/);
  await service.printed(/notified: =HYPERLINK/);
  assert.ok(readFileSync(notified, 'utf8').includes(`${formula} 第二行|`), 'one line');
});
