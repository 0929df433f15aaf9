import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraPageNumbers, pageCount, pageItems, parsePageParam } from '../../lib/pagination';

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
