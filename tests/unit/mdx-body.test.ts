import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyFacts, isKnownComponent, parseMdx, summarize } from '../../lib/mdx-body';

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

test('body facts: components, embedded files however they are written, and imports', () => {
  const facts = bodyFacts(
    parseMdx(
      [
        '<Figure src="/a.jpg" />',
        "<Figure src='https://x.cn/b.jpg' />",
        '<Figure src={"https://x.cn/c.jpg"} />',
        '<Video src={`/v.mp4`} poster={poster} />',
        '<video><source href="//x.cn/v.mp4" /></video>',
        '![](https://x.cn/d.png)',
        '![ref][d]',
        '',
        '[d]: /e.png',
        "import x from 'y'",
      ].join('\n\n'),
    ),
  );
  assert.deepEqual(
    facts.resources.map(({ url, line }) => [url, line]),
    [
      ['/a.jpg', 1],
      ['https://x.cn/b.jpg', 3],
      ['https://x.cn/c.jpg', 5],
      ['/v.mp4', 7],
      [null, 7],
      ['//x.cn/v.mp4', 9],
      ['https://x.cn/d.png', 11],
      ['/e.png', 13],
    ],
  );
  assert.deepEqual(
    facts.components.map((c) => c.name),
    ['Figure', 'Figure', 'Figure', 'Video', 'video', 'source'],
  );
  assert.deepEqual(facts.esm, [19]);
});

test('known components are the site’s and plain HTML elements', () => {
  assert.ok(isKnownComponent('Figure'));
  assert.ok(isKnownComponent('br'));
  assert.ok(!isKnownComponent('Gallery'));
  assert.ok(!isKnownComponent('Figure.Caption'));
});

test('a syntax error is thrown with its place', () => {
  assert.throws(() => parseMdx('a { b'), { ruleId: 'unexpected-eof' });
  assert.throws(() => parseMdx('<Notice>\n\ntext'), { ruleId: 'end-tag-mismatch' });
});
