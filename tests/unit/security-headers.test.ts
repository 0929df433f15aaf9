import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { nginxGeneratedFiles } from '../../deploy/nginx-rules.mjs';
import { LOCALES } from '../../i18n/locales.mjs';
import { pageHeaders, securityHeaders } from '../../security-headers.mjs';

const generated = nginxGeneratedFiles();

for (const [file, text] of Object.entries(generated)) {
  test(`${file} is exactly what its rule generates (run \`npm run nginx:config\`)`, () => {
    assert.equal(readFileSync(file, 'utf8'), text, `${file} is out of date: run \`npm run nginx:config\``);
  });
}

/** The header names a file of add_header lines sends, in order. */
const headerNames = (text: string) => [...text.matchAll(/^add_header (\S+) /gm)].map(([, name]) => name);

test('nginx sends every security header, and pages also get the page headers', () => {
  const keys = securityHeaders.map(({ key }) => key);
  assert.deepEqual(headerNames(readFileSync('deploy/security-headers.conf', 'utf8')), keys);
  assert.deepEqual(headerNames(readFileSync('deploy/page-headers.conf', 'utf8')), [...keys, ...pageHeaders.map(({ key }) => key)]);
});

test('nginx knows every language: the feeds of each, and no other', () => {
  const patterns = [...readFileSync('deploy/locale-locations.conf', 'utf8').matchAll(/^location ~ (\S+) \{/gm)].map(
    ([, pattern]) => new RegExp(pattern),
  );
  const served = (path: string) => patterns.some((pattern) => pattern.test(path));
  for (const locale of LOCALES) for (const feed of ['feed.xml', 'atom.xml']) assert.ok(served(`/${locale}/${feed}`), `/${locale}/${feed}`);
  assert.ok(!served('/fr/feed.xml'));
});

test('the nginx configuration includes every generated file', () => {
  const conf = ['deploy/nginx.conf', 'deploy/http.conf', 'deploy/site.conf'].map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const file of Object.keys(generated)) assert.ok(conf.includes(`include ${file.replace('deploy/', '')};`), file);
});
