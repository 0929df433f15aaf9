/**
 * An article's body holds no code (lib/mdx-code.ts): `npm run content:check` refuses each form at its line with the
 * fix, contentlayer2's compile refuses it too, and every build runs the content check first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { TARGETS } from '../../build/steps.mjs';
import { checkContent } from '../../lib/content-check';
import { WRITES_A_FILE } from '../support/code-article';
import { copyProject } from '../support/project-copy';

const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const HEADER = '---\ntitle: "代码"\ndate: 2021-02-10\ncategory: industry\n---\n\n';
/** The line of the file where a body's first line is. */
const BODY_LINE = 7;

function contentFolder(bodies: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'article-code-'));
  folders.push(root);
  mkdirSync(path.join(root, 'news/zh'), { recursive: true });
  for (const [slug, body] of Object.entries(bodies)) writeFileSync(path.join(root, `news/zh/${slug}.mdx`), `${HEADER}${body}\n`);
  return root;
}

const errorsOf = (body: string) => checkContent(contentFolder({ a: `正文。\n\n${body}` }), contentFolder({})).errors;

test('each form of code in a body is refused at its line, in Chinese and English, with what to write instead', () => {
  const cases: [string, RegExp, RegExp][] = [
    [WRITES_A_FILE, /正文不能含代码：花括号/, /cannot contain code/],
    ['{1 + 1} and {"text"}', /正文不能含代码/, /cannot contain code/],
    ['{\n  process.exit(1)\n}', /正文不能含代码/, /cannot contain code/],
    [
      '<Figure src="/news/a/p.jpg" alt={process.env.HOME} />',
      /<Figure> 的属性 alt 写在花括号.*例如 alt="……"/,
      /put its value in double quotes/,
    ],
    ['<Figure src={"/news/a/p.jpg"} />', /<Figure> 的属性 src 写在花括号/, /attribute src of <Figure>/],
    ['<Figure {...props} />', /<Figure> 中的 \{……\} 是代码/, /write each attribute as name="text"/],
    [
      '<Notice dangerouslySetInnerHTML={{ __html: "<script></script>" }}>x</Notice>',
      /属性 dangerouslySetInnerHTML 写在花括号/,
      /curly braces/,
    ],
    ['<Notice dangerouslySetInnerHTML="x">x</Notice>', /<Notice> 没有属性 dangerouslySetInnerHTML.*可用的属性为 title/, /delete it/],
    ['<Figure src="/news/a/p.jpg" onError="alert(1)" />', /<Figure> 没有属性 onError/, /no attribute onError/],
    ['<script>alert(1)</script>', /本站没有组件 <script>.*<Figure>.*<br>/, /HTML elements <br>/],
    ['<img src="/x.png" onerror="alert(1)" />', /本站没有组件 <img>/, /no component <img>/],
    ['<style>{"body{}"}</style>', /本站没有组件 <style>/, /no component <style>/],
    ['<iframe src="https://x.cn/" />', /本站没有组件 <iframe>/, /no component <iframe>/],
    ['<object data="x" />', /本站没有组件 <object>/, /no component <object>/],
    ['<>fragment</>', /本站没有组件 <>/, /no component <>/],
    ['<br class="x" />', /<br> 不能带属性：删除 class/, /takes no attributes/],
    ['export const a = 1', /import 或 export/, /import or export/],
  ];
  for (const [body, zh, en] of cases) {
    const errors = errorsOf(body);
    assert.ok(errors.length > 0, body);
    for (const error of errors) assert.deepEqual([error.field, error.line], ['body', BODY_LINE + 2], body);
    assert.ok(
      errors.some((error) => zh.test(error.zh) && en.test(error.en)),
      `${body}\n${errors.map((e) => e.zh).join('\n')}`,
    );
  }
});

test('what articles write stays allowed: components with text attributes, text-marking HTML, notes to editors', () => {
  const body = [
    '{/* 编辑备注：发布前核对日期 */}',
    '<Notice title="提示">请按时报名。</Notice>',
    '<Figure src="https://x.cn/a.jpg" alt="会场" caption="会场一角" />',
    'H<sub>2</sub>O 与 m<sup>2</sup>，第一行<br />第二行，<mark>重点</mark>',
  ].join('\n\n');
  // The Figure's address is refused as another host's file, not as code.
  assert.deepEqual(
    errorsOf(body).map((error) => error.en.split(' ').slice(0, 3).join(' ')),
    ['<Figure src> points'],
  );
  assert.deepEqual(checkContent(path.resolve('content')).errors, [], 'the real content passes');
});

test('every build runs the content check before anything compiles the MDX', () => {
  for (const steps of Object.values(TARGETS)) assert.equal(steps[0], 'content-check');
  const root = contentFolder({ code: WRITES_A_FILE });
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/content-check.ts'], {
    env: { ...process.env, CONTENT_DIR: root },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, new RegExp(`news/zh/code\\.mdx:${BODY_LINE}  \\[body\\]\\n {4}正文不能含代码`));
});

test('contentlayer2 refuses to compile a body with code, even in a build that skips the content check', () => {
  const { root, env } = copyProject('article-code-contentlayer-');
  folders.push(root);
  const content = contentFolder({ code: WRITES_A_FILE, plain: '正文。' });
  const run = spawnSync('node_modules/.bin/contentlayer2', ['build'], {
    cwd: root,
    env: { ...env, PWD: root, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  const output = run.stdout + run.stderr;
  assert.notEqual(run.status, 0, output);
  assert.match(output, new RegExp(`${content}/news/zh/code\\.mdx 第 ${BODY_LINE} 行：正文不能含代码`));
  assert.match(output, new RegExp(`code\\.mdx, line ${BODY_LINE}: the text cannot contain code`));
  const generated = path.join(root, '.contentlayer/generated/News');
  assert.deepEqual(existsSync(generated) ? readdirSync(generated).filter((name) => name.includes('code')) : [], []);
  assert.equal(existsSync(path.join(root, 'ran-at-build.txt')), false);
});
