import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { nginxHeaderDirectives } from '../../security-headers.mjs';

test('deploy/security-headers.conf matches security-headers.mjs (run `npm run nginx:headers`)', () => {
  const file = readFileSync('deploy/security-headers.conf', 'utf8');
  assert.ok(file.includes(nginxHeaderDirectives()), 'deploy/security-headers.conf is out of date: run `npm run nginx:headers`');
});
