import assert from 'node:assert/strict';
import test from 'node:test';
import { SIZE_WIDTHS, widthsFor } from '../../lib/image-names';

test('a photo gets every width up to its own, each once, never wider than itself', () => {
  assert.deepEqual(widthsFor(1920), [...SIZE_WIDTHS]);
  assert.deepEqual(widthsFor(SIZE_WIDTHS.at(-1)!), [...SIZE_WIDTHS]);
  assert.deepEqual(widthsFor(700), [320, 640, 700]);
  assert.deepEqual(widthsFor(200), [200]);
});
