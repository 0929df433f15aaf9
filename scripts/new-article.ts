/**
 * npm run new:article -- <slug>
 * Creates content/news/zh/<slug>.mdx and content/news/en/<slug>.mdx from a commented template,
 * dated today, as drafts. Refuses a bad or existing slug, in Chinese and English.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content-check';
import { CATEGORIES, CONTENT_LOCALES, SLUG_PATTERN } from '../lib/content-rules';
import { todayInChina } from '../lib/dates';

function fail(zh: string, en: string): never {
  console.error(`错误：${zh}\nError: ${en}`);
  process.exit(1);
}


const templates = {
  zh: (slug: string) => `---
# 标题（必填）。Title (required).
title: "在此填写标题"
# 日期（必填），格式 YYYY-MM-DD。Date (required).
date: ${todayInChina()}
# 栏目（必填）：company 公司新闻 | industry 业界新闻 | notice 通知公告
category: company
# 来源（选填），例如 "内蒙古自治区科学技术厅"；不需要就留空 ""。
source: ""
# 摘要（选填），显示在列表和分享卡片上；留空则自动取正文开头。
summary: ""
# 封面图片（选填）：先把图片放进 public/news/${slug}/，再写 /news/${slug}/cover.jpg；不需要就留空 ""。
cover: ""
# 附件（选填）：先把文件放进 public/news/${slug}/，再按下面的格式填写；没有附件就保留 []。
#   attachments:
#     - file: /news/${slug}/方案.pdf
#       name: 实施方案
attachments: []
# 草稿：true 时不会发布；检查无误后改为 false。
draft: true
---

在此写正文。每段之间空一行。

## 小标题

{/* 正文中的图片：把图片放进 public/news/${slug}/，再把下面一行移到这个注释外面：
<Figure src="/news/${slug}/photo.jpg" alt="图片内容的文字说明" caption="图片下方的说明文字" />
*/}
`,
  en: (slug: string) => `---
# Title (required).
title: "Write the title here"
# Date (required), YYYY-MM-DD.
date: ${todayInChina()}
# Category (required, the same as the Chinese version): ${CATEGORIES.join(' | ')}
category: company
# Source (optional), e.g. "Department of Science and Technology of Inner Mongolia"; leave "" if none.
source: ""
# Summary (optional), shown in lists and share cards; when "" the opening of the text is used.
summary: ""
# Cover image (optional): put the image in public/news/${slug}/ and write /news/${slug}/cover.jpg; "" if none.
cover: ""
# Attachments (optional): put the files in public/news/${slug}/ and list them like this; keep [] if none.
#   attachments:
#     - file: /news/${slug}/plan.pdf
#       name: Implementation plan
attachments: []
# Draft: while true the article is not published; set it to false when it is ready.
draft: true
---

Write the text here. Leave an empty line between paragraphs.

## A heading

{/* An image in the text: put it in public/news/${slug}/, then move the next line out of this comment:
<Figure src="/news/${slug}/photo.jpg" alt="What the picture shows" caption="Caption under the picture" />
*/}
`,
};

const slug = process.argv[2];
if (!slug) {
  fail('请给出文章的 slug，例如：npm run new:article -- tech-conference-2026', 'give the article a slug, e.g. npm run new:article -- tech-conference-2026');
}
if (!SLUG_PATTERN.test(slug)) {
  fail(
    `“${slug}”不能作为 slug：只能用小写英文字母、数字和连字符（-），例如 tech-conference-2026`,
    `"${slug}" is not a valid slug: use lower-case letters, digits and hyphens only, e.g. tech-conference-2026`,
  );
}
const files = CONTENT_LOCALES.map((locale) => ({ locale, file: path.join(contentDir(), 'news', locale, `${slug}.mdx`) }));
const existing = files.filter(({ file }) => existsSync(file) || existsSync(file.replace(/\.mdx$/, '.md')));
if (existing.length > 0) {
  const list = existing.map(({ file }) => path.relative(process.cwd(), file)).join(', ');
  fail(`slug“${slug}”已被使用：${list}。请换一个 slug，或直接编辑已有文件。`, `the slug "${slug}" is already taken: ${list}. Choose another slug or edit the existing file.`);
}
for (const { locale, file } of files) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, templates[locale](slug));
}
const created = files.map(({ file }) => `  ${path.relative(process.cwd(), file)}`).join('\n');
console.log(`已创建 Created:\n${created}

下一步 Next steps:
  1. 填写标题、日期、栏目和正文 Fill in title, date, category and text.
  2. npm run dev → http://localhost:3000/zh/news/${slug} 预览 preview
  3. npm run content:check 检查 check
  4. 把 draft: true 改为 draft: false 后发布 Set draft: false to publish.`);
