import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, isoDay } from '../../lib/dates';

test('Chinese dates are written YYYY-MM-DD', () => {
  assert.equal(formatDate('2021-02-10T00:00:00.000Z', 'zh'), '2021-02-10');
});

test('English dates are written out, day first', () => {
  assert.equal(formatDate('2021-02-10T00:00:00.000Z', 'en'), '10 February 2021');
});

test('the day never shifts with the machine time zone', () => {
  const before = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  try {
    assert.equal(formatDate('2026-01-01T00:00:00.000Z', 'en'), '1 January 2026');
    assert.equal(isoDay('2026-01-01T00:00:00.000Z'), '2026-01-01');
  } finally {
    process.env.TZ = before;
  }
});
