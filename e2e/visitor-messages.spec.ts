/**
 * 在线留言 as it runs on a server: a newsroom checkout (npm run cms on a free port, CMS_TARGET=static), its release 1
 * built with the form (the newsroom's builds set MESSAGES_API), and nginx with deploy/nginx-newsroom.conf passing
 * /api/messages and /admin/ to the service. A visitor solves the challenge in Chromium and sends a message, a
 * reviewer answers it in the newsroom, and the visitor reads the answer with the 查询码; published, the answer is on
 * /zh/messages after the release it asks for.
 * One checkout and one service for the whole file: its tests run in order, in one worker.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type Browser, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { VISITOR_LIMITS } from '../admin/newsroom/visitor-messages';
import { approvedArticleRequest, type NewsroomData, publishRequest } from '../tests/support/newsroom-copy';
import { type NewsroomBehindNginx, newsroomPorts, startNewsroomBehindNginx } from './newsroom-server';
import { message, messages, recordPolicyViolations, recordRequests, siteConfig, test } from './support';

test.describe.configure({ mode: 'serial' });

const ports = newsroomPorts();
const site = ports.site;
const reviewer = { name: 'rita', password: 'reviewer-password-1', role: 'reviewer' } as const;
const form = messages.zh.MessageForm;
const lookup = messages.zh.MessageLookup;
const question = {
  title: '项目申报材料怎么交？',
  content: '想了解项目申报需要提交哪些材料。',
  name: '王小明',
  phone: '0472-1234567',
  email: 'xiaoming@example.cn',
};
const answer = '申报材料清单见“通知公告”栏目。';
const newsroom = messages.zh.Newsroom;
/** Not foreign: the site behind nginx, and what the page makes itself (the widget's worker, inline images). */
const ownRequest = (url: URL) => url.host === `127.0.0.1:${ports.nginx}` || ['data:', 'blob:'].includes(url.protocol);

let server: NewsroomBehindNginx;
let data: NewsroomData;
/** Where the test's notification command writes a line for each new message. */
const notifiedFile = () => path.join(data.dir, 'notified.txt');

test.beforeAll(async ({}, testInfo) => {
  // Release 1 is a build of the whole fixture site.
  testInfo.setTimeout(300_000);
  server = await startNewsroomBehindNginx({
    prefix: 'site-messages-',
    ports,
    accounts: [reviewer],
    readyPath: '/zh/contact',
    // The notification a server would mail: here a line in a file, for each new message.
    settings: (newsroomData: NewsroomData) => ({
      MESSAGES_NOTIFY_COMMAND: `printf '%s %s\\n' "$MESSAGE_ID" "$MESSAGE_TITLE" >> ${path.join(newsroomData.dir, 'notified.txt')}`,
    }),
  });
  ({ data } = server);
});

test.afterAll(async () => {
  await server?.stop();
});

test.use({ baseURL: site, timezoneId: 'Asia/Shanghai' });

/** What the service stored, read as an operator would, from its SQLite file. */
function count(rows: 'visitor_messages' | "visitor_requests where kind = 'message'"): number {
  const db = new Database(data.database, { readonly: true });
  try {
    return (db.prepare(`select count(*) as count from ${rows}`).get() as { count: number }).count;
  } finally {
    db.close();
  }
}
const notified = () => (existsSync(notifiedFile()) ? readFileSync(notifiedFile(), 'utf8') : '');

/** The form's fields filled in as a visitor would: no consent and no spam check yet. */
async function fillMessage(page: Page, values: { title: string; content: string; name?: string; phone?: string; email?: string }) {
  await page.getByLabel(form.title, { exact: true }).fill(values.title);
  await page.getByLabel(form.content, { exact: true }).fill(values.content);
  for (const field of ['name', 'phone', 'email'] as const) {
    const value = values[field];
    if (value) await page.getByLabel(form[field], { exact: true }).fill(value);
  }
}

/** The reviewer, signed in to the newsroom in a page of its own. */
async function reviewerPage(browser: Browser): Promise<Page> {
  const staff = await browser.newPage({ baseURL: site });
  await staff.goto('/admin/');
  await staff.getByLabel(newsroom.signIn.name).fill(reviewer.name);
  await staff.getByLabel(newsroom.signIn.password).fill(reviewer.password);
  await staff.getByRole('button', { name: newsroom.signIn.submit }).click();
  // The page below the newsroom's links is Decap's editor: 5 MB to load and start, on a busy machine more than 5 s.
  await expect(staff.getByRole('link', { name: newsroom.nav.messages })).toBeVisible({ timeout: 30_000 });
  return staff;
}
/** A message sent from /zh/contact as a visitor sends it: filled in, consent given, the spam check passed. */
async function sendMessage(page: Page, values: Parameters<typeof fillMessage>[1]) {
  await page.goto('/zh/contact');
  await fillMessage(page, values);
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  // The widget's checkbox is drawn over by its label: a visitor clicks the words.
  await page.getByText(form.widget.label).click();
  await expect(page.getByText(form.widget.verified)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: form.submit }).click();
}

test('a visitor sends a message and gets a 查询码; a reviewer answers; the code shows the answer', async ({ page }) => {
  test.setTimeout(120_000);
  const { foreign } = recordRequests(page, ownRequest);
  const violations = await recordPolicyViolations(page);
  await sendMessage(page, question);
  await expect(page.getByRole('status')).toContainText(form.sent);
  const code = (await page.locator('.message-code').textContent()) ?? '';
  expect(code).toMatch(/^[A-Z2-9]{12}$/);
  // The notification command ran for it, with its number and title (no personal data).
  await expect.poll(notified).toBe(`1 ${question.title}\n`);

  // Before an answer: waiting.
  await page.getByLabel(lookup.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: lookup.submit, exact: true }).click();
  await expect(page.locator('.message-result')).toContainText(lookup.statuses.pending);

  // The reviewer answers in the newsroom.
  const staff = await reviewerPage(page.context().browser()!);
  await staff.goto('/admin/messages');
  await expect(staff.getByText(newsroom.messages.pending.replace('{count}', '1')).first()).toBeVisible();
  await staff.getByRole('link', { name: question.title }).click();
  await expect(staff.getByText(question.phone)).toBeVisible();
  await staff.getByLabel(newsroom.messages.answerLabel).fill(answer);
  await staff.getByRole('button', { name: newsroom.messages.answerSubmit, exact: true }).click();
  await expect(staff.getByRole('status')).toHaveText(newsroom.messages.answered.replace('{id}', '1'));
  await staff.close();

  await page.getByRole('button', { name: lookup.submit, exact: true }).click();
  await expect(page.locator('.message-result')).toContainText(lookup.statuses.answered);
  await expect(page.locator('.message-result')).toContainText(answer);
  // Nobody else: a wrong code gets what an unknown one gets.
  await page.getByLabel(lookup.code, { exact: true }).fill(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`);
  await page.getByRole('button', { name: lookup.submit, exact: true }).click();
  await expect(page.getByText(lookup.notFound)).toBeVisible();
  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('a published answer is on /zh/messages after the next release, without name, phone or email', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const staff = await reviewerPage(browser);
  await staff.goto('/admin/messages/1');
  await expect(staff.getByLabel(newsroom.messages.publishLocale)).toHaveValue('zh');
  await staff.getByRole('button', { name: newsroom.messages.publishSubmit }).click();
  await expect(staff.getByRole('status').first()).toHaveText(newsroom.messages.publishedNotice.replace('{id}', '1'));
  // Part of the next release, like an article: the message page says so until that release is live.
  const answersPage = newsroom.messages.answersPage.replace('{language}', newsroom.messages.languages.zh);
  const livePage = newsroom.messages.publicLive.replace('{page}', answersPage);
  await expect(async () => {
    await staff.reload();
    await expect(staff.getByText(livePage)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 200_000, intervals: [2000] });
  await staff.goto('/admin/audit');
  await expect(staff.getByRole('cell', { name: newsroom.audit.actions['message-publish'], exact: true })).toBeVisible();
  await staff.close();

  const { foreign } = recordRequests(page, ownRequest);
  const violations = await recordPolicyViolations(page);
  await page.goto('/zh/contact');
  await page.getByRole('link', { name: lookup.answersLink }).click();
  await expect(page).toHaveURL(/\/zh\/messages$/);
  const published = page.getByRole('article', { name: question.title });
  await expect(published).toContainText(question.content);
  await expect(published).toContainText(answer);
  await expect(published).toContainText(form.kinds.question);
  const text = (await page.locator('main').textContent()) ?? '';
  for (const personal of [question.name, question.phone, question.email]) expect(text).not.toContain(personal);
  // Answered in Chinese: the English page has none yet.
  await page.goto('/en/messages');
  await expect(page.getByText(messages.en.PublicAnswers.none)).toBeVisible();
  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('a refused message says what to change and keeps what was typed; a direct POST without a challenge is refused', async ({ page }) => {
  await page.goto('/zh/contact');
  await fillMessage(page, { title: '没有联系方式的留言', content: '这条留言既没有电话也没有邮箱。' });
  await page.getByRole('button', { name: form.submit }).click();
  await expect(page.getByText(form.errors.noReply)).toBeVisible();
  await expect(page.getByText(form.errors.noConsent)).toBeVisible();
  await expect(page.getByLabel(form.title, { exact: true })).toHaveValue('没有联系方式的留言');
  // Straight to the API, without a challenge: refused through nginx too.
  const direct = await page.request.post('/api/messages', {
    data: { kind: 'question', ...question, consent: true },
    headers: { origin: site },
    failOnStatusCode: false,
  });
  expect(direct.status()).toBe(400);
});

test('on a phone the 查询码 comes into view with the focus, and the consent box is a 24×24 target', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zh/contact');
  const consent = page.getByRole('checkbox', { name: /我已阅读并同意/ });
  const box = await consent.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
  await sendMessage(page, { title: '手机上的留言', content: '在手机上发送。', phone: question.phone });
  const sent = page.getByRole('status');
  await expect(sent).toContainText(form.sent);
  await expect(page.locator('.message-code')).toBeInViewport({ ratio: 1 });
  await expect(sent).toBeFocused();
});

test('the sixth message in an hour from one address is refused, says so with the phone, keeps the text and is not stored', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Every message so far came from this address (127.0.0.1, as nginx passes it on): fill its hour up in the browser.
  const alreadySent = count("visitor_requests where kind = 'message'");
  for (let sent = alreadySent; sent < VISITOR_LIMITS.message; sent++) {
    await sendMessage(page, { title: `第 ${sent + 1} 条留言`, content: '同一地址的留言。', phone: question.phone });
    await expect(page.getByRole('status')).toContainText(form.sent);
  }
  const stored = count('visitor_messages');
  await sendMessage(page, { title: '第六条留言', content: '一小时内的第六条。', phone: question.phone });
  await expect(page.getByText(message('zh', 'MessageForm.refusals.tooMany', { phone: siteConfig.phone }))).toBeVisible();
  await expect(page.getByLabel(form.content, { exact: true })).toHaveValue('一小时内的第六条。');
  expect(count('visitor_messages')).toBe(stored);
  expect(notified().trim().split('\n')).toHaveLength(stored);
});

test('without JavaScript the contact page offers the phone instead of a form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: site });
  const page = await context.newPage();
  await page.goto('/zh/contact');
  const note = page.getByText(form.noScript.replace('{phone}', siteConfig.phone));
  await expect(note).toHaveCount(2);
  for (const each of await note.all()) await expect(each).toBeVisible();
  // Nothing to half-send: neither form shows.
  await expect(page.getByRole('button', { name: form.submit })).toBeHidden();
  await expect(page.getByRole('button', { name: lookup.submit, exact: true })).toBeHidden();
  await context.close();
});

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: the form, the lookup and the published answers pass axe`, async ({ page, expectAccessible }) => {
    await page.goto(`/${locale}/contact`);
    await expect(page.getByRole('button', { name: messages[locale].MessageForm.submit })).toBeVisible();
    // The widget is drawn (its colours are light-dark(), which needs the page's color-scheme once compiled).
    await expect(page.locator('.altcha-main')).toHaveCSS('border-top-style', 'solid');
    await expectAccessible(`${locale} contact with the message form`);
    await page.goto(`/${locale}/messages`);
    await expect(page.getByRole('heading', { level: 1, name: messages[locale].PublicAnswers.title })).toBeVisible();
    await expectAccessible(`${locale} published answers`);
  });
}

test('a release whose folder vanishes while it builds fails; the service keeps answering sign-in and 在线留言', async ({ page }) => {
  test.setTimeout(240_000);
  const staff = page.request;
  const headers = { origin: site };
  expect((await staff.post('/admin/sign-in', { form: reviewer, headers, maxRedirects: 0 })).status()).toBe(303);
  expect((await staff.post('/api/v1', { data: approvedArticleRequest('vanishing-release', '消失的版本'), headers })).status()).toBe(200);
  const releases = path.join(data.dir, 'releases');
  const next = Math.max(...readdirSync(releases).map(Number)) + 1;
  const publishing = staff.post('/api/v1', {
    data: publishRequest('vanishing-release'),
    headers,
    timeout: 200_000,
    failOnStatusCode: false,
  });
  // What a mistaken rm, or CMS_DATA committed into an article's branch, did to a build: its log had nowhere to go.
  await expect.poll(() => existsSync(path.join(releases, String(next))), { timeout: 60_000 }).toBe(true);
  rmSync(path.join(releases, String(next)), { recursive: true, force: true });
  const published = await publishing;
  expect(published.status()).toBe(422);
  expect(await published.text()).toContain('网站生成失败');
  expect((await staff.get('/api/messages/challenge')).status()).toBe(200);
  expect((await staff.get('/admin/releases', { maxRedirects: 0 })).status()).toBe(200);
  expect(path.basename(readlinkSync(path.join(data.dir, 'current')))).not.toBe(String(next));
});
