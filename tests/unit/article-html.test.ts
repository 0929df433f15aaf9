import assert from 'node:assert/strict';
import test from 'node:test';
import { articleBodyHtml } from '../../lib/article-html';

const fileUrl = (sitePath: string) => `/files${sitePath}`;

test('the three components become the elements they render, their files at the given address', () => {
  const html = articleBodyHtml(
    '正文 **重点**\n\n<Figure src="/news/a/会议现场.jpg" alt="会议现场" caption="主会场" />\n\n<Notice title="注意">\n请按时 *到场*\n</Notice>\n\n<Video src="/news/a/clip.mp4" poster="/news/a/poster.jpg" />\n',
    fileUrl,
  );
  assert.match(html, /<p>正文 <strong>重点<\/strong><\/p>/);
  assert.match(
    html,
    /<figure class="article-figure"><img src="\/files\/news\/a\/会议现场.jpg" alt="会议现场"><figcaption>主会场<\/figcaption><\/figure>/,
  );
  assert.match(
    html,
    /<aside role="note" class="article-notice"><p class="article-notice-title">注意<\/p><p>请按时 <em>到场<\/em><\/p><\/aside>/,
  );
  assert.match(html, /<video controls preload="metadata" poster="\/files\/news\/a\/poster.jpg" src="\/files\/news\/a\/clip.mp4"><\/video>/);
});

test('nothing of the body runs or passes through: expressions, imports, other tags, raw HTML and attribute expressions', () => {
  const html = articleBodyHtml(
    'a {process.exit(1)} b\n\nimport fs from "node:fs"\n\n<script>alert(1)</script>\n\n<Evil />\n\n<Figure src={"/etc/passwd"} alt="x" />\n\n<img src="x" onerror="alert(1)" />\n',
    fileUrl,
  );
  assert.doesNotMatch(html, /process|import|script|alert|Evil|passwd|onerror|<img/);
  assert.match(html, /<p>a  b<\/p>/);
});

test('an MDX syntax error is thrown with its line', () => {
  assert.throws(
    () => articleBodyHtml('第一行\n\n<Figure src="/news/a/x.jpg"\n', fileUrl),
    (error: { line?: number }) => error.line !== undefined,
  );
});
