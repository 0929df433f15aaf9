import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import matter from 'gray-matter';
import { readHeader, splitFrontmatter } from '../../lib/frontmatter';
import { filesBelow } from '../../lib/public-files';

/** contentlayer2 splits each file with gray-matter: the content check and the editor must see the same header and body. */
function graySplit(source: string) {
  const split = matter(source, { engines: { yaml: () => ({}) } });
  return { header: split.matter, body: split.content };
}

const samples: Record<string, string> = {
  ordinary: '---\ntitle: "T"\ndate: 2026-01-01\n---\n\nBody\n',
  'CRLF line ends': '---\r\ntitle: T\r\n---\r\nBody\r\n',
  'no closing line': '---\ntitle: T\n',
  'a language after the opening line': '---yaml\ntitle: T\n---\nBody',
  'four dashes are no header': '----\ntitle: T\n---\nBody',
  'no header at all': 'Body only\n',
  'an empty header': '---\n---\nBody',
  'a body with a rule': '---\ntitle: T\n---\nText\n\n---\n\nMore',
};

test('the header and body are split exactly as gray-matter (contentlayer2) splits them', () => {
  const files = ['content', 'e2e/fixture/content'].flatMap((root) =>
    filesBelow(root)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => path.join(root, file)),
  );
  assert.ok(files.length > 10);
  const sources = { ...samples, ...Object.fromEntries(files.map((file) => [file, readFileSync(file, 'utf8')])) };
  for (const [name, source] of Object.entries(sources)) {
    const ours = splitFrontmatter(source);
    const theirs = graySplit(source);
    assert.equal(ours.header ?? '', theirs.header, `${name}: header`);
    assert.equal(ours.body, theirs.body, `${name}: body`);
  }
});

test('the body starts on the line after the closing ---, and header lines are file lines', () => {
  const source = '---\ntitle: T\ndate: 2026-01-01\n---\n\nBody\n';
  const { header, body, linesBeforeBody } = splitFrontmatter(source);
  assert.equal(source.split('\n')[linesBeforeBody], body.split('\n')[0]);
  assert.equal(readHeader(header!).lineOf('date'), 3);
  assert.equal(source.split('\n')[2], 'date: 2026-01-01');
});

test('a header that is not fields, or not YAML, is reported with its line', () => {
  assert.deepEqual(readHeader('\ntitle: T\ntitle: U\n').errors, [{ code: 'duplicateKey', key: 'title', line: 3 }]);
  assert.equal(readHeader('\n- a list\n').errors[0].code, 'notFields');
  assert.equal(readHeader('\ntitle: "open\n').errors[0].code, 'syntax');
  assert.equal(readHeader('\ndate: 2026-11-27\n').data?.date, '2026-11-27', 'a date stays the text the file shows');
});
