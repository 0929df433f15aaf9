import assert from 'node:assert/strict';
import { test } from 'node:test';
import { visit } from 'unist-util-visit';
import { remarkLeadPicture } from '../../lib/lead-picture';
import { parseMdx } from '../../lib/mdx-body';

/** Each picture of a body, in order, and whether the plugin marked it. */
function pictures(body: string) {
  const tree = parseMdx(body);
  remarkLeadPicture()(tree);
  const found: { picture: string; priority: boolean }[] = [];
  visit(tree, (node) => {
    if (node.type === 'image') found.push({ picture: node.url, priority: node.data?.hProperties?.priority === true });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      found.push({
        picture: node.name ?? '',
        priority: node.attributes.some((attribute) => 'name' in attribute && attribute.name === 'priority'),
      });
  });
  return found;
}

const lead = '会议总结了过去一年的工作，部署了下一阶段的重点任务。';

test('a picture that opens the text is marked, only the first, a Figure or a Markdown image alike', () => {
  assert.deepEqual(
    pictures(`## 导语\n\n${lead}\n\n<Figure src="/news/a/1.jpg" alt="一" />\n\n![二](/news/a/2.jpg)\n\n<Figure src="/news/a/3.jpg" />\n`),
    [
      { picture: 'Figure', priority: true },
      { picture: '/news/a/2.jpg', priority: false },
      { picture: 'Figure', priority: false },
    ],
  );
  assert.deepEqual(pictures(`![一](/news/a/1.jpg)\n\n${lead}\n\n<Figure src="/news/a/2.jpg" />\n`), [
    { picture: '/news/a/1.jpg', priority: true },
    { picture: 'Figure', priority: false },
  ]);
});

test('a first picture below a first screen of text, or after a video or a table, stays lazy like the others', () => {
  const screenOfText = Array.from({ length: 8 }, () => lead).join('\n\n');
  assert.deepEqual(pictures(`${screenOfText}\n\n<Figure src="/news/a/1.jpg" />\n`), [{ picture: 'Figure', priority: false }]);
  // The same number of characters in English is half the width: still in the first screen.
  const englishText = 'The meeting reviewed the year. '.repeat(12);
  assert.deepEqual(pictures(`${englishText}\n\n<Figure src="/news/a/1.jpg" />\n`), [{ picture: 'Figure', priority: true }]);
  assert.deepEqual(pictures(`<Video src="/news/a/clip.mp4" />\n\n<Figure src="/news/a/1.jpg" />\n`), [
    { picture: 'Video', priority: false },
    { picture: 'Figure', priority: false },
  ]);
  assert.deepEqual(pictures(`| 项目 | 说明 |\n| --- | --- |\n| A | B |\n\n![一](/news/a/1.jpg)\n`), [
    { picture: '/news/a/1.jpg', priority: false },
  ]);
});
