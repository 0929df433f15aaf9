import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraPageNumbers, GAP, pageCount, pageItems, pageWindow, parsePageParam } from '../../lib/pagination';

const items = Array.from({ length: 23 }, (_, index) => index + 1);

test('ten items a page, the last page holds the rest', () => {
  assert.equal(pageCount(items.length), 3);
  assert.deepEqual(pageItems(items, 1), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(pageItems(items, 3), [21, 22, 23]);
});

test('a page past the end, zero or fractional does not exist', () => {
  assert.equal(pageItems(items, 4), null);
  assert.equal(pageItems(items, 0), null);
  assert.equal(pageItems(items, 1.5), null);
});

test('an empty list still has its first page', () => {
  assert.equal(pageCount(0), 1);
  assert.deepEqual(pageItems([], 1), []);
  assert.deepEqual(extraPageNumbers(0), []);
});

test('only pages after the first get their own /page/N URL', () => {
  assert.deepEqual(extraPageNumbers(23), [2, 3]);
  assert.deepEqual(extraPageNumbers(10), []);
  assert.deepEqual(extraPageNumbers(11), [2]);
});

test('page segments are parsed strictly', () => {
  assert.equal(parsePageParam('2'), 2);
  assert.equal(parsePageParam('12'), 12);
  for (const bad of ['1', '0', '02', '2x', '-1', '']) assert.equal(parsePageParam(bad), null, bad);
});

test('the page window shows first, last, current and two on each side, with gaps', () => {
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(2, 5), [1, 2, 3, 4, 5]);
  assert.deepEqual(pageWindow(1, 500), [1, 2, 3, GAP, 500]);
  assert.deepEqual(pageWindow(250, 500), [1, GAP, 248, 249, 250, 251, 252, GAP, 500]);
  assert.deepEqual(pageWindow(500, 500), [1, GAP, 498, 499, 500]);
  // A gap that would hide one number shows the number.
  assert.deepEqual(pageWindow(5, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(pageWindow(6, 12), [1, GAP, 4, 5, 6, 7, 8, GAP, 12]);
});

test('the page window is never longer than nine entries', () => {
  for (const total of [1, 7, 50, 20_000]) {
    for (let current = 1; current <= total; current += Math.ceil(total / 13))
      assert.ok(pageWindow(current, total).length <= 9, `${current}/${total}`);
  }
});
