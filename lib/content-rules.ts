/**
 * The rules every news file must follow. Pure functions, shared by the content
 * check (which fails the build) and the contentlayer schema.
 */
export const CATEGORIES = ['company', 'industry', 'notice'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CONTENT_LOCALES = ['zh', 'en'] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const NEWS_FIELDS = ['title', 'date', 'category', 'source', 'summary', 'cover', 'attachments', 'draft'] as const;

/** Files an article may offer for download, by extension, with the label shown to readers. */
const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: 'PDF',
  doc: 'DOC',
  docx: 'DOCX',
  xls: 'XLS',
  xlsx: 'XLSX',
};

export interface AttachmentEntry {
  file: string;
  name?: string;
}

/** A problem found in one file, described in both languages for editors. */
export interface ContentProblem {
  file: string;
  field: string;
  line?: number;
  zh: string;
  en: string;
}

function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** True for a real calendar date written exactly as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type FieldProblem = Omit<ContentProblem, 'file' | 'line'>;

export function validateNewsFrontmatter(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Optional text may be left empty ("") as the new-article template does; empty means "not given".
  const optionalText = (field: 'source' | 'summary') => {
    const value = data[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      problems.push({
        field,
        zh: `“${field}”须为文字，请加英文双引号，例如 ${field}: "……"`,
        en: `"${field}" must be text: put it in double quotes, e.g. ${field}: "…"`,
      });
    }
  };

  if (typeof data.title !== 'string' || data.title.trim() === '') {
    problems.push({ field: 'title', zh: '缺少标题 title（必填，文字）', en: 'missing title (required text)' });
  }

  if (data.date === undefined) {
    problems.push({ field: 'date', zh: '缺少日期 date（必填，格式 YYYY-MM-DD）', en: 'missing date (required, YYYY-MM-DD)' });
  } else if (typeof data.date !== 'string' || !isIsoDate(data.date)) {
    problems.push({
      field: 'date',
      zh: `日期“${String(data.date)}”无效，应为真实日期，格式 YYYY-MM-DD，例如 2021-02-10`,
      en: `date "${String(data.date)}" is not a real date in YYYY-MM-DD form, e.g. 2021-02-10`,
    });
  }

  if (data.category === undefined) {
    problems.push({
      field: 'category',
      zh: `缺少栏目 category（必填：${CATEGORIES.join(' | ')}）`,
      en: `missing category (required: ${CATEGORIES.join(' | ')})`,
    });
  } else if (!isCategory(data.category)) {
    problems.push({
      field: 'category',
      zh: `栏目“${String(data.category)}”不存在，应为 ${CATEGORIES.join(' | ')} 之一`,
      en: `unknown category "${String(data.category)}", expected one of ${CATEGORIES.join(' | ')}`,
    });
  }

  optionalText('source');
  optionalText('summary');

  if (data.cover !== undefined && data.cover !== null && data.cover !== '' && !isPublicPath(data.cover)) {
    problems.push({
      field: 'cover',
      zh: `封面“${String(data.cover)}”应为网站内的图片路径，以 / 开头，例如 /news/<slug>/cover.jpg`,
      en: `cover "${String(data.cover)}" must be a path on this site starting with /, e.g. /news/<slug>/cover.jpg`,
    });
  }

  for (const problem of attachmentProblems(data.attachments)) problems.push(problem);

  if (data.draft !== undefined && typeof data.draft !== 'boolean') {
    problems.push({ field: 'draft', zh: 'draft 只能是 true 或 false', en: 'draft must be true or false' });
  }

  for (const field of Object.keys(data)) {
    if (!(NEWS_FIELDS as readonly string[]).includes(field)) {
      problems.push({
        field,
        zh: `未知字段“${field}”，可用字段：${NEWS_FIELDS.join('、')}`,
        en: `unknown field "${field}", allowed: ${NEWS_FIELDS.join(', ')}`,
      });
    }
  }
  return problems;
}

/** A file under public/, addressed from the site root; never another host. */
export function isPublicPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('..');
}

export function attachmentType(file: string): string | undefined {
  return ATTACHMENT_TYPES[file.split('.').pop()?.toLowerCase() ?? ''];
}

function attachmentProblems(value: unknown): FieldProblem[] {
  if (value === undefined || value === null) return [];
  const hint = {
    zh: '附件 attachments 应为列表，每项写 file（以 / 开头的文件路径）和可选的 name，例如：\n      attachments:\n        - file: /news/<slug>/plan.pdf\n          name: 实施方案',
    en: 'attachments must be a list of items with file (a path starting with /) and an optional name, e.g.:\n      attachments:\n        - file: /news/<slug>/plan.pdf\n          name: Implementation plan',
  };
  if (!Array.isArray(value)) return [{ field: 'attachments', ...hint }];
  return value.flatMap((item: unknown, index) => {
    const entry = item as Partial<AttachmentEntry> | null;
    if (!entry || typeof entry !== 'object' || !isPublicPath(entry.file) || (entry.name !== undefined && typeof entry.name !== 'string')) {
      return [{ field: `attachments[${index + 1}]`, ...hint }];
    }
    if (!attachmentType(entry.file)) {
      return [{
        field: `attachments[${index + 1}]`,
        zh: `附件“${entry.file}”的类型不支持，可用：${Object.values(ATTACHMENT_TYPES).join('、')}`,
        en: `attachment "${entry.file}" has an unsupported type; allowed: ${Object.values(ATTACHMENT_TYPES).join(', ')}`,
      }];
    }
    return [];
  });
}

/** Where a news file lives says its locale and slug: news/<locale>/<slug>.mdx */
export function parseNewsPath(relativePath: string): { locale: string; slug: string } | null {
  const match = /^news\/([^/]+)\/([^/]+)\.mdx?$/.exec(relativePath.replaceAll('\\', '/'));
  return match ? { locale: match[1], slug: match[2] } : null;
}

export function validateNewsPath(relativePath: string): FieldProblem[] {
  const parsed = parseNewsPath(relativePath);
  if (!parsed) {
    return [{
      field: 'path',
      zh: '新闻文件须放在 content/news/<语言>/<slug>.mdx',
      en: 'news files belong in content/news/<locale>/<slug>.mdx',
    }];
  }
  const problems: FieldProblem[] = [];
  if (!(CONTENT_LOCALES as readonly string[]).includes(parsed.locale)) {
    problems.push({
      field: 'locale',
      zh: `语言文件夹“${parsed.locale}”不存在，应为 ${CONTENT_LOCALES.join(' 或 ')}`,
      en: `unknown locale folder "${parsed.locale}", expected ${CONTENT_LOCALES.join(' or ')}`,
    });
  }
  if (!SLUG_PATTERN.test(parsed.slug)) {
    problems.push({
      field: 'slug',
      zh: `文件名“${parsed.slug}”不合规：只能用小写英文字母、数字和连字符，例如 tech-conference-2021`,
      en: `file name "${parsed.slug}" is not a valid slug: use lower-case letters, digits and hyphens, e.g. tech-conference-2021`,
    });
  }
  return problems;
}

/** Plain-text summary from a Markdown body, for articles that give none. */
export function deriveSummary(markdown: string, maxLength = 120): string {
  const text = markdown
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/^\s*\|.*\|\s*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(text);
  if (characters.length <= maxLength) return text;
  return `${characters.slice(0, maxLength).join('').trimEnd()}…`;
}
