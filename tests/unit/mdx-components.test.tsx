import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import Notice from '../../components/mdx/Notice';
import Video from '../../components/mdx/Video';

test('Video plays a file of this site with a caption, and refuses other hosts', () => {
  const html = renderToStaticMarkup(<Video src="/news/a/clip.mp4" poster="/news/a/poster.jpg" caption="现场视频" />);
  assert.match(html, /<video controls="" preload="metadata" playsinline="" poster="\/news\/a\/poster.jpg"/i);
  assert.match(html, /<source src="\/news\/a\/clip.mp4" type="video\/mp4"\/>/);
  assert.match(html, /<figcaption[^>]*>现场视频<\/figcaption>/);
  assert.equal(renderToStaticMarkup(<Video src="https://example.com/clip.mp4" />), '');
});

test('Notice is a highlighted note with an optional title', () => {
  const html = renderToStaticMarkup(
    <Notice title="注意">
      <p>请按时提交。</p>
    </Notice>,
  );
  assert.match(html, /^<aside role="note"[^>]*><p[^>]*>注意<\/p><div[^>]*><p>请按时提交。<\/p><\/div><\/aside>$/);
});
