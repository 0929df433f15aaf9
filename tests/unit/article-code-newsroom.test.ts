/** The real newsroom refuses an editor's save of an article whose body holds code: 422 at the line, nothing written. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { WRITES_A_FILE } from '../support/code-article';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';

let service: RunningNewsroom;
let editor: string;
before(async () => {
  service = await startNewsroomService('article-code-newsroom-');
  editor = await service.signIn(NEWSROOM_ACCOUNTS.editor);
});
after(() => service?.stop());

/** Decap's save of a new article as a draft in review, as the editor page sends it. */
const save = (slug: string, body: string) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    dataFiles: [
      { slug, path: `content/news/zh/${slug}.mdx`, raw: `---\ntitle: "代码"\ndate: 2026-11-30\ncategory: notice\n---\n\n${body}\n` },
    ],
    assets: [],
    options: { collectionName: 'news-zh', commitMessage: 'Create', useWorkflow: true, status: 'draft' },
  },
});

test("an editor's save of an article with code answers 422 at the line, in Chinese and English, and writes nothing", async () => {
  const branches = service.git('branch', '--list', '--all');
  const commits = service.git('rev-list', '--all', '--count');
  const cases: [string, string, RegExp][] = [
    [
      'runs-code',
      WRITES_A_FILE,
      /content\/news\/zh\/runs-code\.mdx 第 7 行：正文不能含代码[^]*runs-code\.mdx, line 7: the text cannot contain code/,
    ],
    [
      'script',
      '正文。\n\n<script>alert(1)</script>',
      /script\.mdx 第 9 行：本站没有组件 <script>[^]*line 9: the site has no component <script>/,
    ],
    ['alt-code', '<Figure src="/news/a/p.jpg" alt={process.pid} />', /alt-code\.mdx 第 7 行：<Figure> 的属性 alt 写在花括号/],
  ];
  for (const [slug, body, message] of cases) {
    const response = await service.api(editor, save(slug, body));
    assert.equal(response.status, 422, slug);
    assert.match(((await response.json()) as { error: string }).error, message);
  }
  assert.equal(service.git('branch', '--list', '--all'), branches, 'no branch');
  assert.equal(service.git('rev-list', '--all', '--count'), commits, 'no commit');
  assert.ok(service.alive());
});

test('the same save without code goes to its own branch', async () => {
  const response = await service.api(editor, save('plain-text', '正文，写明 \\{ 花括号 \\}。'));
  assert.equal(response.status, 200, await response.text());
  assert.match(service.git('branch', '--list'), /cms\/news-zh\/plain-text/);
  assert.equal(existsSync(path.join(service.root, 'ran-at-build.txt')), false);
});
