/**
 * 公开答复: the messages a reviewer chose to publish with their answers, for the public /<locale>/messages pages. The
 * newsroom writes them into each release (PUBLIC_ANSWERS_FILE) before it builds; a build without it has none.
 */
import { readFileSync } from 'node:fs';
import { cache } from 'react';
import type { Locale } from '@/i18n/locales.mjs';
import { PUBLIC_ANSWERS_FILE_ENV } from './visitor-message';
import { publicAnswer, type PublicAnswer } from './visitor-message-schema';

/** Every published answer in the file, newest answer first; a bad entry stops the build with its place and a fix. */
const allPublicAnswers = cache((): PublicAnswer[] => {
  const file = process.env[PUBLIC_ANSWERS_FILE_ENV];
  if (!file) return [];
  const fix = '这个文件由网站后台在每次生成网站时写出：请在后台重新发布。 / The newsroom writes this file for each release: publish again.';
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: 公开答复文件无法读取 / the published answers cannot be read: ${(error as Error).message}\n${fix}`);
  }
  if (!Array.isArray(entries)) throw new Error(`${file}: 应是一个列表 / should be a list\n${fix}`);
  return entries
    .map((entry, index) => {
      const parsed = publicAnswer.safeParse(entry);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      // A field that is not in the schema (a name, a phone) is named itself: nothing else is carried to the page.
      const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
      throw new Error(
        `${file}: 第 ${index + 1} 条，字段 ${field}：${issue.message} / entry ${index + 1}, field ${field}: ${issue.message}\n${fix}`,
      );
    })
    .sort((a, b) => b.answered.localeCompare(a.answered) || b.asked.localeCompare(a.asked));
});

export function publicAnswers(locale: Locale): PublicAnswer[] {
  return allPublicAnswers().filter((answer) => answer.locale === locale);
}

/** Where this build's contact page sends messages (MESSAGES_API, set by the newsroom's builds), if anywhere. */
export function messagesApi(): string | undefined {
  return process.env.MESSAGES_API || undefined;
}

/** The 公开答复 pages come with the form (next.config.mjs builds their route only then). */
export function hasPublicAnswersPage(): boolean {
  return messagesApi() !== undefined;
}
