/** What a release is asked for, and the words a reviewer reads when it is refused or fails (publisher.ts). */
import type { Person } from './git';

export interface ReleaseRequest {
  /** A `cms/…` branch to publish; none for a rebuild (first start, 下线, 公开答复). */
  branch?: string;
  reason: 'initial' | 'publish' | 'unpublish' | 'answers';
  /** What a take-down removes (the article's files), for 网站版本; a publish names its branch. */
  articles?: string[];
  /** The commit to build instead of the published branch: a restored server's first release is what was live. */
  base?: string;
  by: Person;
  address: string | null;
}

/** What a request puts live or takes down, as the audit log names it. */
export const releasedArticles = ({ branch, articles }: ReleaseRequest) => [...(branch ? [branch] : []), ...(articles ?? [])];

/** Why an ask for a release was refused, for the person who asked: Chinese first, then English. */
export class ReleaseRefused extends Error {}

const DISK_FULL = /ENOSPC|No space left on device|SQLITE_FULL|database or disk is full/;

/** What the reviewer reads when a release fails: a full disk named as such, otherwise the cause's last words. */
export function refusalOf(error: unknown): ReleaseRefused {
  if (error instanceof ReleaseRefused) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (DISK_FULL.test(message))
    return new ReleaseRefused(
      '服务器磁盘已满，网站生成失败；网站仍是上一个版本，文章仍为“待发布”。请清理网站后台数据（CMS_DATA）所在的磁盘，再重新发布。\n' +
        "The server's disk is full and the site could not be built; the live site is unchanged and the articles still wait. " +
        'Free space on the disk of CMS_DATA, then publish again.',
    );
  return new ReleaseRefused(
    `网站生成失败，网站仍是上一个版本，文章仍为“待发布”。\nThe site could not be built; the live site is unchanged.\n${message.slice(-1500)}`,
  );
}
