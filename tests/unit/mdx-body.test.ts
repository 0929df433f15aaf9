import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embeddedResources, parseMdx, summarize } from '../../lib/mdx-body';

const summary = (body: string, maxLength?: number) => summarize(parseMdx(body), maxLength);

test('a summary is the text of the body, Markdown marks removed', () => {
  assert.equal(summary('## 标题\n\n**会议**在[呼和浩特](https://example.org)召开。'), '标题 会议在呼和浩特召开。');
  assert.equal(summary('Use `snake_case` and snake_case names.'), 'Use snake_case and snake_case names.');
  assert.equal(summary('- 一\n- 二\n\n> 引文'), '一 二 引文');
  assert.equal(summary('字'.repeat(200), 10), `${'字'.repeat(10)}…`);
});

test('comments, JSX, expressions, imports, exports, tables, code and images never reach a summary', () => {
  assert.equal(summary('{/* 编辑备注：不要发布 */}\n\n正文开始。'), '正文开始。');
  assert.equal(summary('<Notice title="提示">通知内容</Notice>\n\n正文。'), '正文。');
  assert.equal(summary('a {1 + 1} b'), 'a b');
  assert.equal(summary("import x from 'y'\nexport const z = 1\n\n正文。"), '正文。');
  assert.equal(summary('| a | b |\n| - | - |\n| c | d |\n\nText after table'), 'Text after table');
  assert.equal(summary('```\ncode\n```\n\n![图](/a.png) 文字'), '文字');
});

test('embedded files: component addresses written as text, Markdown images and image references', () => {
  const resources = embeddedResources(
    parseMdx(
      [
        '<Figure src="/a.jpg" />',
        "<Figure src='https://x.cn/b.jpg' />",
        '<Figure src={"https://x.cn/c.jpg"} />',
        '<Video src="/v.mp4" poster="/p.jpg" caption="/not-a-file" />',
        '![](https://x.cn/d.png)',
        '![ref][d]',
        '',
        '[d]: /e.png',
      ].join('\n\n'),
    ),
  );
  assert.deepEqual(
    resources.map(({ url, where, line }) => [url, where, line]),
    [
      ['/a.jpg', '<Figure src>', 1],
      ['https://x.cn/b.jpg', '<Figure src>', 3],
      ['/v.mp4', '<Video src>', 7],
      ['/p.jpg', '<Video poster>', 7],
      ['https://x.cn/d.png', '![](https://x.cn/d.png)', 9],
      ['/e.png', '![](/e.png)', 11],
    ],
  );
});

test('a syntax error is thrown with its place', () => {
  assert.throws(() => parseMdx('a { b'), { ruleId: 'unexpected-eof' });
  assert.throws(() => parseMdx('<Notice>\n\ntext'), { ruleId: 'end-tag-mismatch' });
});
