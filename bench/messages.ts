/**
 * 在线留言 under load, through the server's nginx to the newsroom service and its SQLite database: 1,000 valid messages
 * from 20 concurrent clients, their challenges fetched and solved before the clock starts. Every 201 must have its own
 * row (the 查询码's hash), none twice. Then messages sent while a release is being built, to show that building (a
 * child process) never blocks the service. Each client sends from addresses of its own on loopback (127.0.1.x), as
 * 200 visitors would, each within the limit of 5 messages an hour: nginx passes the address on, the service counts it.
 */
import { request } from 'node:http';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import Database from 'better-sqlite3';
import { codeHash, VISITOR_LIMITS } from '../admin/newsroom/visitor-messages';
import { reviewerSession, runningNewsroom, until } from './newsroom';
import { section } from './support';

const NGINX_PORT = 8297;
const MESSAGES = 1000;
const CLIENTS = 20;
/** Sent one after another while the release builds, from addresses the load did not use. */
const DURING_BUILD = 25;

const address = (index: number) => `127.0.1.${1 + index}`;

/**
 * A request from a given local address (fetch cannot choose one), on a connection of its own as a visitor's would be
 * (nginx also closes a keep-alive connection after 1,000 requests).
 */
function send(url: string, localAddress: string, body?: object): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // As a browser's fetch from the contact page: the service refuses a write from another origin.
    const headers = body ? { 'content-type': 'application/json', origin: new URL(url).origin } : {};
    const sent = request(url, { method: body ? 'POST' : 'GET', localAddress, agent: false, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    sent.on('error', reject);
    sent.end(body ? JSON.stringify(body) : undefined);
  });
}

/** `count` challenges from the service, solved as the widget solves them, a few at a time (PBKDF2 runs on libuv's pool). */
async function solvedChallenges(api: string, count: number): Promise<string[]> {
  const solved: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next++ < count) {
      const challenge = JSON.parse((await send(`${api}/challenge`, '127.0.0.1')).body) as Challenge;
      const solution = await solveChallenge({ challenge, deriveKey });
      if (!solution) throw new Error('a challenge could not be solved');
      solved.push(Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return solved;
}

const message = (index: number, altcha: string) => ({
  kind: 'question',
  locale: 'zh',
  title: `压力测试留言 ${index}`,
  content: `第 ${index} 条：基准测试写入的留言。`,
  phone: '0472-0000000',
  consent: true,
  altcha,
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function messagesSection() {
  console.log('在线留言: a newsroom with the fixture site, release 1…');
  const newsroom = await runningNewsroom('bench-messages-', NGINX_PORT);
  const api = `${newsroom.origin}/api/messages`;
  try {
    console.log(`Solving ${MESSAGES + DURING_BUILD} challenges before the timing starts…`);
    const solving = performance.now();
    const challenges = await solvedChallenges(api, MESSAGES + DURING_BUILD);
    const solveSeconds = (performance.now() - solving) / 1000;

    const perClient = MESSAGES / CLIENTS;
    const addressesPerClient = Math.ceil(perClient / VISITOR_LIMITS.message);
    const times: number[] = [];
    const codes: string[] = [];
    const refusals: string[] = [];
    const load = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let sent = 0; sent < perClient; sent++) {
          const index = client * perClient + sent;
          const from = address(client * addressesPerClient + Math.floor(sent / VISITOR_LIMITS.message));
          const started = performance.now();
          const response = await send(api, from, message(index, challenges[index]));
          times.push(performance.now() - started);
          if (response.status === 201) codes.push((JSON.parse(response.body) as { code: string }).code);
          else refusals.push(`${response.status} ${response.body}`);
        }
      }),
    );
    const loadSeconds = (performance.now() - load) / 1000;

    const db = new Database(newsroom.data.database, { readonly: true });
    const rows = db.prepare('select code_hash, title from visitor_messages').all() as { code_hash: string; title: string }[];
    const storedHashes = new Set(rows.map((row) => row.code_hash));
    const lost = codes.filter((code) => !storedHashes.has(codeHash(code))).length;
    const duplicated = rows.length - new Set(rows.map((row) => row.title)).size;
    times.sort((a, b) => a - b);

    // A published answer asks for a release, which builds in a child process; messages keep coming meanwhile.
    const reviewer = await reviewerSession(newsroom.origin);
    for (const [step, fields] of [
      ['answer', { text: '基准测试的答复。' }],
      ['publish', { locale: 'zh' }],
    ] as const) {
      const done = await reviewer.form(`/admin/messages/1/${step}`, fields);
      if (done.status !== 303) throw new Error(`${step}: ${done.status} ${await done.text()}`);
    }
    const building = () =>
      (db.prepare("select count(*) as count from releases where status = 'building'").get() as { count: number }).count > 0;
    await until(building, 60, 'the release to start building');
    const duringBuild: number[] = [];
    for (let index = 0; index < DURING_BUILD && building(); index++) {
      const started = performance.now();
      const response = await send(api, address(200 + Math.floor(index / 5)), message(MESSAGES + index, challenges[MESSAGES + index]));
      if (response.status !== 201) throw new Error(`during the build: ${response.status} ${response.body}`);
      duringBuild.push(performance.now() - started);
    }
    const stillBuilding = building();
    await until(() => !building(), 900, 'the release');
    const release = db
      .prepare("select status, duration_ms / 1000.0 as seconds from releases where reason = 'answers' order by id desc limit 1")
      .get() as {
      status: string;
      seconds: number;
    };
    if (release.status !== 'released') throw new Error(`the release: ${release.status}`);
    db.close();
    duringBuild.sort((a, b) => a - b);

    section(
      'messages',
      `在线留言: ${MESSAGES.toLocaleString('en')} messages from ${CLIENTS} concurrent clients, and messages during a release build`,
      [
        `Through nginx (deploy/nginx-newsroom.conf) to the service (npm run cms) and SQLite; ${CLIENTS} clients, each from ${addressesPerClient} loopback addresses of its own (${VISITOR_LIMITS.message} messages an hour each). The ${(MESSAGES + DURING_BUILD).toLocaleString('en')} challenges were fetched and solved beforehand (${solveSeconds.toFixed(0)} s, PBKDF2 as the widget does it).`,
        '',
        '| messages sent | stored (201) | refused | lost (201 without its row) | duplicated rows | wall time | p50 | p95 | p99 | max |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        `| ${MESSAGES.toLocaleString('en')} | ${codes.length.toLocaleString('en')} | ${refusals.length} | ${lost} | ${duplicated} | ${loadSeconds.toFixed(1)} s (${(MESSAGES / loadSeconds).toFixed(0)} a second) | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(percentile(times, 99))} | ${ms(times.at(-1)!)} |`,
        '',
        `While a release was being built (${release.seconds.toFixed(0)} s, asked for by a published answer): ${duringBuild.length} messages sent one after another, all stored, the release ${stillBuilding ? 'still building after the last' : 'finished before the last'}; p50 ${ms(percentile(duringBuild, 50))}, max ${ms(duringBuild.at(-1)!)}.`,
        ...(refusals.length ? ['', `Refused: ${[...new Set(refusals)].slice(0, 3).join('; ')}`] : []),
      ],
    );
  } finally {
    await newsroom.close();
  }
}
