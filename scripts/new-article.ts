/**
 * npm run new:article -- <slug>
 * Creates content/news/zh/<slug>.mdx and content/news/en/<slug>.mdx from a commented template,
 * dated today, as drafts. Refuses a bad or existing slug, in Chinese and English.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fieldLabelAndHelp } from '../lib/content-messages';
import { type Locale, LOCALES } from '../i18n/locales.mjs';
import {
  contentRoot,
  isRequired,
  NEWS_FIELDS,
  SLUG_PATTERN,
  QUOTED_FIELDS,
  TEMPLATE_FIELDS,
  TEMPLATE_PLACEHOLDERS,
} from '../lib/content-schema';
import { todayInChina } from '../lib/dates';
import { articleUploadsPath } from '../lib/paths';

function fail(zh: string, en: string): never {
  console.error(`错误：${zh}\nError: ${en}`);
  process.exit(1);
}

/** Words of the template that are not field labels or help texts. */
const templateWords = {
  zh: {
    required: '（必填）',
    optional: '（选填）',
    heading: '小标题',
    figure: '正文中的图片：把图片放进 public/news/{slug}/，再把下面一行移到这个注释外面：',
    alt: '图片内容的文字说明',
    caption: '图片下方的说明文字',
  },
  en: {
    required: ' (required)',
    optional: ' (optional)',
    heading: 'A heading',
    figure: 'An image in the text: put it in public/news/{slug}/, then move the next line out of this comment:',
    alt: 'What the picture shows',
    caption: 'Caption under the picture',
  },
};

/** The header's lines come from the content schema: each field with its label, rule and help as a comment. */
function articleTemplate(locale: Locale, slug: string, today: string): string {
  const words = templateWords[locale];
  const header = NEWS_FIELDS.flatMap((field) => {
    const { label, help } = fieldLabelAndHelp(field, locale);
    const { value: given, example = [] } = TEMPLATE_FIELDS[field]({ locale, slug, today });
    const value = (QUOTED_FIELDS as readonly string[]).includes(field) ? JSON.stringify(given) : given;
    const rule = isRequired(field) ? words.required : words.optional;
    return [`# ${label}${rule}: ${help}`, ...example.map((line) => `#   ${line}`), `${field}: ${value}`];
  });
  return `---
${header.join('\n')}
---

${TEMPLATE_PLACEHOLDERS[locale].body}

## ${words.heading}

{/* ${words.figure.replace('{slug}', slug)}
<Figure src="${articleUploadsPath(slug)}/photo.jpg" alt="${words.alt}" caption="${words.caption}" />
*/}
`;
}

// One positional argument; a slug such as "-week" must reach the slug rule, not an option parser.
const [slug] = process.argv.slice(2);
if (!slug) {
  fail(
    '请给出文章的 slug，例如：npm run new:article -- tech-conference-2026',
    'give the article a slug, e.g. npm run new:article -- tech-conference-2026',
  );
}
if (!SLUG_PATTERN.test(slug)) {
  fail(
    `“${slug}”不能作为 slug：只能用小写英文字母、数字和连字符（-），例如 tech-conference-2026`,
    `"${slug}" is not a valid slug: use lower-case letters, digits and hyphens only, e.g. tech-conference-2026`,
  );
}
const files = LOCALES.map((locale) => ({ locale, file: path.join(contentRoot(), 'news', locale, `${slug}.mdx`) }));
const existing = files.filter(({ file }) => existsSync(file) || existsSync(file.replace(/\.mdx$/, '.md')));
if (existing.length > 0) {
  const list = existing.map(({ file }) => path.relative(process.cwd(), file)).join(', ');
  fail(
    `slug“${slug}”已被使用：${list}。请换一个 slug，或直接编辑已有文件。`,
    `the slug "${slug}" is already taken: ${list}. Choose another slug or edit the existing file.`,
  );
}
for (const { locale, file } of files) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, articleTemplate(locale, slug, todayInChina()));
}
const created = files.map(({ file }) => `  ${path.relative(process.cwd(), file)}`).join('\n');
console.log(`已创建 Created:\n${created}

下一步 Next steps:
  1. 填写标题、日期、栏目和正文 Fill in title, date, category and text.
  2. npm run content:check 检查 check
  3. npm run dev → http://localhost:3000/zh/news/${slug} 预览 preview
  4. 把 draft: true 改为 draft: false 后发布 Set draft: false to publish.`);
