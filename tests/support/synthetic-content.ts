import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Locale, LOCALES } from '../../i18n/locales.mjs';
import { CATEGORIES } from '../../lib/content-schema';

const paragraphs: Record<Locale, string[]> = {
  zh: [
    '这是一篇用于性能测试的合成文章，内容不代表任何真实事件。',
    '本段落用于模拟正常长度的新闻正文，包括科技、创新与成果转化等常见词语。',
    '| 项目 | 说明 |\n| --- | --- |\n| 类型 | 合成测试 |',
  ],
  en: [
    'This is a synthetic article for performance tests; it describes no real event.',
    'This paragraph stands in for a normal news body, with common words such as science, innovation and technology transfer.',
    '| Item | Note |\n| --- | --- |\n| Type | Synthetic test |',
  ],
};

const titles: Record<Locale, (number: number) => string> = {
  zh: (number) => `合成测试文章 第${number}号`,
  en: (number) => `Synthetic test article no. ${number}`,
};

const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = 26 * 365;

/** Writes `count` synthetic articles into `newsDir` (half per language, translated pairs, spread over categories and days). */
export function generateArticles(newsDir: string, count: number) {
  const pairs = Math.floor(count / 2);
  for (const locale of LOCALES) {
    mkdirSync(path.join(newsDir, locale), { recursive: true });
    for (let index = 0; index < pairs; index += 1) {
      // Spread over 2000–2025, so that no size of archive reaches a future date (which the check would warn about).
      const date = new Date(FIRST_DAY + Math.floor((index * DAYS) / pairs) * 86_400_000).toISOString().slice(0, 10);
      const title = titles[locale](index + 1);
      const body = Array.from({ length: 4 }, (_, n) => paragraphs[locale][n % paragraphs[locale].length]).join('\n\n');
      writeFileSync(
        path.join(newsDir, locale, `synthetic-${index + 1}.mdx`),
        `---\ntitle: "${title}"\ndate: ${date}\ncategory: ${CATEGORIES[index % CATEGORIES.length]}\n---\n\n${body}\n`,
      );
    }
  }
}
