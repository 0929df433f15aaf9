import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { checkContent } from '../../lib/content-check';
import { copyProject } from '../support/project-copy';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A throw-away content folder: the real content/ is never touched. */
function contentWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const article = (frontmatter: string) => `---\n${frontmatter}\n---\n\nBody.\n`;
const good = article('title: Good\ndate: 2021-02-10\ncategory: industry');

function errorsOf(files: Record<string, string>) {
  return checkContent(contentWith(files)).errors.map((e) => ({ file: path.basename(e.file), field: e.field, line: e.line }));
}

function messagesOf(files: Record<string, string>, publicDir?: string) {
  return checkContent(contentWith(files), publicDir).errors;
}

test('good content passes; a Chinese-only article is listed apart, not as a warning', () => {
  const report = checkContent(contentWith({ 'news/zh/a.mdx': good, 'news/en/a.mdx': good, 'news/zh/only.mdx': good }));
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.warnings, []);
  assert.deepEqual(
    report.untranslated.map((w) => [path.basename(w.file), w.field]),
    [['only.mdx', 'translation']],
  );
});

test('each bad field is reported with its file, field and line, in both languages', () => {
  assert.deepEqual(errorsOf({ 'news/zh/no-title.mdx': article('date: 2021-02-10\ncategory: industry') }), [
    { file: 'no-title.mdx', field: 'title', line: undefined },
  ]);
  assert.deepEqual(errorsOf({ 'news/zh/bad-date.mdx': article('title: T\ndate: 2025-13-45\ncategory: industry') }), [
    { file: 'bad-date.mdx', field: 'date', line: 3 },
  ]);
  assert.deepEqual(errorsOf({ 'news/zh/bad-cat.mdx': article('title: T\ndate: 2021-02-10\ncategory: sport') }), [
    { file: 'bad-cat.mdx', field: 'category', line: 4 },
  ]);
  assert.deepEqual(errorsOf({ 'news/zh/extra.mdx': article('title: T\ndate: 2021-02-10\ncategory: notice\nauthor: me') }), [
    { file: 'extra.mdx', field: 'author', line: 5 },
  ]);
  const [category] = messagesOf({ 'news/zh/bad-cat.mdx': article('title: T\ndate: 2021-02-10\ncategory: sport') });
  assert.match(category.zh, /栏目 category 的值“sport”不符合要求.*company（公司新闻） \| industry（业界新闻） \| notice（通知公告）/);
  assert.match(category.en, /category \(Category\) "sport" is not valid.*company \(Company news\)/);
});

test('broken YAML names the file and the line, without the word YAML in Chinese', () => {
  const [error] = messagesOf({ 'news/zh/yaml.mdx': article('title: "unclosed\ndate: 2021-02-10\ncategory: industry') });
  assert.equal(error.field, 'frontmatter');
  assert.equal(typeof error.line, 'number');
  assert.doesNotMatch(error.zh, /YAML/);
});

test('a full-width colon or a missing space after a colon is named at its own line', () => {
  const [fullWidth] = messagesOf({ 'news/zh/a.mdx': article('title：“标题”\ndate: 2021-02-10\ncategory: industry') });
  assert.deepEqual([fullWidth.field, fullWidth.line], ['frontmatter', 2]);
  assert.match(fullWidth.zh, /“title”后面用了中文冒号“：”/);
  const [noSpace] = messagesOf({ 'news/zh/a.mdx': article('title: T\ndate:2021-02-10\ncategory: industry') });
  assert.deepEqual([noSpace.field, noSpace.line], ['frontmatter', 3]);
  assert.match(noSpace.en, /no space after the colon of "date:"/);
});

test('a second attachments line next to the template’s [] says what to replace', () => {
  const [error] = messagesOf({
    'news/zh/a.mdx': article('title: T\ndate: 2021-02-10\ncategory: industry\nattachments: []\nattachments:\n  - file: /news/a/plan.pdf'),
  });
  assert.deepEqual([error.field, error.line], ['attachments', 6]);
  assert.match(error.zh, /attachments: \[\] 那一行替换为附件列表/);
});

test('a template left as it is cannot be published, but may stay a draft', () => {
  const template = (draft: boolean) =>
    `---\ntitle: "在此填写标题"\ndate: 2021-02-10\ncategory: company\ndraft: ${draft}\n---\n\nWrite the text here. Leave an empty line between paragraphs.\n`;
  assert.deepEqual(errorsOf({ 'news/zh/t.mdx': template(false) }), [
    { file: 't.mdx', field: 'title', line: 2 },
    { file: 't.mdx', field: 'body', line: 8 },
  ]);
  assert.deepEqual(errorsOf({ 'news/zh/t.mdx': template(true) }), []);
});

test('MDX syntax errors are reported at their line before contentlayer sees them', () => {
  const body = (text: string) => `${good}\n${text}\n`;
  const cases: [string, number, RegExp][] = [
    ['<Notice>\n\n未闭合', 9, /每个 <Notice> 都要有对应的结束标签/],
    ['多余的 { 花括号', 9, /花括号没有配对/],
    ['<Figure src=/news/a.jpg />', 9, /属性值须放在英文双引号中/],
    ['文字 </Notice>', 9, /多了一个结束标签/],
  ];
  for (const [text, line, zh] of cases) {
    const [error] = messagesOf({ 'news/zh/a.mdx': body(text) });
    assert.deepEqual([error.field, error.line], ['body', line], text);
    assert.match(error.zh, zh, text);
  }
});

test('an unknown component is named with the ones the site provides; imports are refused', () => {
  const errors = messagesOf({ 'news/zh/a.mdx': `${good}\n<Gallery />\n\nimport x from 'y'\n` });
  assert.deepEqual(
    errors.map((e) => [e.field, e.line]),
    [
      ['body', 9],
      ['body', 11],
    ],
  );
  assert.match(errors[0].en, /no component <Gallery>: the components are <Figure>, <Notice>, <Video>/);
});

test('files from another host are refused; an address written as code is refused as code', () => {
  const body = [
    "<Figure src='https://x.cn/a.jpg' />",
    '![](http://x.cn/c.png)',
    '<Figure src={"https://x.cn/b.jpg"} />',
    '<Video src="/v.mp4" poster={`//x.cn/p.jpg`} />',
  ];
  const errors = messagesOf({ 'news/zh/a.mdx': `${good}\n${body.join('\n\n')}\n` }, contentWith({ 'v.mp4': 'x' }));
  assert.deepEqual(
    errors
      .map((e) => [e.line, /其他网站/.test(e.zh) ? 'foreign' : /花括号/.test(e.zh) ? 'code' : e.zh])
      .sort(([a], [b]) => Number(a) - Number(b)),
    [
      [9, 'foreign'],
      [11, 'foreign'],
      [13, 'code'],
      [15, 'code'],
    ],
  );
});

test('covers, attachments and body images must exist with the exact case', () => {
  const root = contentWith({
    'news/zh/media.mdx': `---\ntitle: T\ndate: 2021-02-10\ncategory: industry\ncover: /news/media/cover.jpg\nattachments:\n  - file: /news/media/plan.pdf\n    name: 方案\n---\n\n![](/news/media/missing.png)\n\n<Figure src="/news/media/Visit.JPG" />\n`,
  });
  const publicDir = contentWith({ 'news/media/visit.jpg': 'x' });
  const report = checkContent(root, publicDir);
  assert.deepEqual(
    report.errors.map((e) => [e.field, e.line]),
    [
      ['cover', 5],
      ['attachments[1]', 7],
      ['body', 11],
      ['body', 13],
    ],
  );
  assert.match(report.errors[1].zh, /public\/news\/media\/plan\.pdf 不存在/);
  assert.match(report.errors[3].zh, /写的是 \/news\/media\/Visit\.JPG，实际文件是 \/news\/media\/visit\.jpg/);

  writeFileSync(path.join(publicDir, 'news/media/cover.jpg'), 'x');
  writeFileSync(path.join(publicDir, 'news/media/plan.pdf'), 'x');
  writeFileSync(path.join(publicDir, 'news/media/missing.png'), 'x');
  assert.deepEqual(
    checkContent(root, publicDir).errors.map((e) => e.field),
    ['body'],
  );
});

test('an upper-case or spaced file name is not a slug', () => {
  assert.deepEqual(
    errorsOf({ 'news/zh/Bad Name.mdx': good }).map((e) => e.field),
    ['slug'],
  );
});

test('the same slug twice in one locale fails both files', () => {
  assert.deepEqual(
    errorsOf({ 'news/zh/twice.mdx': good, 'news/zh/twice.md': good }).map((e) => e.field),
    ['slug', 'slug'],
  );
});

test('a translation must keep its category; an invalid category is reported only in its own file', () => {
  const other = article('title: T\ndate: 2021-02-10\ncategory: notice');
  assert.deepEqual(errorsOf({ 'news/zh/pair.mdx': good, 'news/en/pair.mdx': other }), [
    { file: 'pair.mdx', field: 'category', line: undefined },
  ]);
  const invalid = article('title: T\ndate: 2021-02-10\ncategory: sport');
  assert.deepEqual(
    checkContent(contentWith({ 'news/zh/pair.mdx': invalid, 'news/en/pair.mdx': good })).errors.map((e) =>
      e.file.split('/').slice(-2).join('/'),
    ),
    ['zh/pair.mdx'],
  );
});

test('npm run content:check reads CONTENT_DIR, exits non-zero on bad content and sums up translations', () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: root },
      encoding: 'utf8',
    });
  const bad = run(contentWith({ 'news/zh/bad.mdx': article('title: T\ndate: 2025-13-45\ncategory: industry') }));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /news\/zh\/bad\.mdx:3 {2}\[date\]/);
  assert.match(bad.stderr, /YYYY-MM-DD/);
  const root = contentWith({ 'news/zh/a.mdx': good, 'news/en/a.mdx': good, 'news/zh/b.mdx': good, 'news/zh/c.mdx': good });
  const passed = run(root);
  assert.equal(passed.status, 0, passed.stderr);
  assert.match(passed.stdout, /content check passed: 4 file/);
  assert.match(passed.stderr, /^2 篇中文文章没有英文版/m);
  assert.doesNotMatch(passed.stderr, /b\.mdx/);
  assert.match(run(root, '--verbose').stderr, /news\/zh\/b\.mdx {2}\[translation\]/);
});

test('a date in the future is a warning, not an error', () => {
  const report = checkContent(contentWith({ 'news/zh/later.mdx': article('title: T\ndate: 2999-01-01\ncategory: notice') }));
  assert.deepEqual(report.errors, []);
  assert.deepEqual(
    report.warnings.map((w) => [w.field, w.line]),
    [['date', 3]],
  );
});

test('npm run build refuses bad content before building anything', () => {
  // A copy, so that a build that wrongly went ahead could not overwrite this folder's build.
  const { root, env } = copyProject('build-refuses-');
  roots.push(root);
  const content = contentWith({
    'news/zh/bad.mdx': `${good}\n![](/news/bad/Photo.JPG)\n`,
    'pages/zh/about.mdx': '---\ntitle: T\n---\n\nText.\n',
  });
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, env: { ...env, CONTENT_DIR: content }, encoding: 'utf8' });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /news\/zh\/bad\.mdx:9 {2}\[body\]/);
  assert.match(run.stderr, /public\/news\/bad\/Photo\.JPG 不存在/);
  assert.match(run.stderr, /refers to public\/news\/bad\/Photo\.JPG, which does not exist/);
  assert.ok(!existsSync(path.join(root, '.contentlayer')), 'contentlayer2 never ran');
});
