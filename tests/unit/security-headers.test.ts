import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { nginxHeaderDirectives, pageHeaders, securityHeaders } from '../../security-headers.mjs';

const generated = {
  'deploy/security-headers.conf': nginxHeaderDirectives(securityHeaders),
  'deploy/page-headers.conf': nginxHeaderDirectives([...securityHeaders, ...pageHeaders]),
};

for (const [file, directives] of Object.entries(generated)) {
  test(`${file} matches security-headers.mjs (run \`npm run nginx:headers\`)`, () => {
    assert.ok(readFileSync(file, 'utf8').includes(directives), `${file} is out of date: run \`npm run nginx:headers\``);
  });
}
