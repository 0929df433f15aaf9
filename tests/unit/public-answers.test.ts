/** The 公开答复 file as a build reads it: per language, newest answer first, and a bad entry named with its fix. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { hasPublicAnswersPage, publicAnswers } from '../../lib/public-answers';
import { PUBLIC_ANSWERS_FILE_ENV } from '../../lib/visitor-message';

const dir = mkdtempSync(path.join(tmpdir(), 'public-answers-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'public-answers.json');
const entry = { kind: 'question', locale: 'zh', title: '问', content: '内容', answer: '答复', asked: '2026-11-02', answered: '2026-11-03' };

function withFile(entries: unknown, env: { api?: string } = { api: '/api/messages' }) {
  writeFileSync(file, JSON.stringify(entries));
  process.env[PUBLIC_ANSWERS_FILE_ENV] = file;
  if (env.api) process.env.MESSAGES_API = env.api;
  else delete process.env.MESSAGES_API;
}

test('answers are listed per language, newest answer first; the pages exist only where the site takes messages', () => {
  withFile([entry, { ...entry, title: '新', answered: '2026-11-20' }]);
  assert.deepEqual(
    publicAnswers('zh').map(({ title }) => title),
    ['新', '问'],
  );
  assert.deepEqual(publicAnswers('en'), []);
  withFile([entry, { ...entry, locale: 'en', title: 'In English' }]);
  assert.deepEqual(
    publicAnswers('en').map(({ title }) => title),
    ['In English'],
  );
  assert.equal(hasPublicAnswersPage(), true);
  // A site without the service has no such page at all.
  withFile([entry], {});
  assert.equal(hasPublicAnswersPage(), false);
});

test('a bad entry stops the build with the file, the entry, the field and what to do, in both languages', () => {
  withFile([entry, { ...entry, answered: 'yesterday' }]);
  assert.throws(
    () => publicAnswers('zh'),
    (error: Error) => {
      assert.ok(error.message.includes(file));
      assert.match(error.message, /第 2 条，字段 answered/);
      assert.match(error.message, /entry 2, field answered/);
      assert.match(error.message, /请在后台重新发布/);
      return true;
    },
  );
  // Personal data has no place in it: a stray field is refused, not carried along.
  withFile([{ ...entry, phone: '0472-1234567' }]);
  assert.throws(() => publicAnswers('zh'), /第 1 条，字段 phone/);
});
