/**
 * Baidu's URL submission (普通收录 API): which article URLs are new or changed since the last push,
 * and how they are sent. Pure logic; scripts/seo-push.ts does the reading, sending and recording.
 */
import { createHash } from 'node:crypto';

/** The API takes at most this many URLs per call. */
export const BAIDU_BATCH_LIMIT = 2000;

/** What was last pushed: each URL with the fingerprint of the article it showed. */
export type PushRecord = Record<string, string>;

/** Changes whenever anything visible in the article changes: its fields or its text. */
export function fingerprint(article: { title: string; date: string; category: string; body: { raw: string } }): string {
  const { title, date, category, body } = article;
  return createHash('sha256')
    .update(JSON.stringify([title, date, category, body.raw]))
    .digest('hex')
    .slice(0, 16);
}

/** URLs never pushed, or pushed when the article looked different, in the order given. */
export function pendingUrls(current: PushRecord, pushed: PushRecord): string[] {
  return Object.keys(current).filter((url) => pushed[url] !== current[url]);
}

export function batches<T>(items: readonly T[], size = BAIDU_BATCH_LIMIT): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/** Baidu's answer: accepted URLs and the day's remaining quota, or an error code and message. */
export interface BaiduAnswer {
  success?: number;
  remain?: number;
  not_same_site?: string[];
  not_valid?: string[];
  error?: number;
  message?: string;
}

/** The URLs of a batch that Baidu accepted: all but those it names as invalid or of another site. */
export function acceptedUrls(batch: readonly string[], answer: BaiduAnswer): string[] {
  if (answer.error !== undefined) return [];
  const refused = new Set([...(answer.not_same_site ?? []), ...(answer.not_valid ?? [])]);
  return batch.filter((url) => !refused.has(url));
}
