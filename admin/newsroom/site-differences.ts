/**
 * Which articles two states of the site show differently, from git: a rollback's confirmation says what the site will
 * show instead, and after a rollback (when the live release is older than the published branch) 网站版本 and the
 * editor's bar say which articles the live site shows differently from their state in the newsroom, until the next
 * publish puts the published branch live again.
 */
import { contentRoot } from '../../lib/content-schema';
import { type Repository, git } from './git';
import type { ReleaseStore } from './release-store';

export interface ArticleDifference {
  /** content/news/<locale>/<slug>.mdx, as the audit log names an article's file. */
  target: string;
  /** Going from the first state to the second, the article appears, goes, or its text changes. */
  change: 'appears' | 'goes' | 'changes';
}

const CHANGES: Record<string, ArticleDifference['change']> = { A: 'appears', D: 'goes', M: 'changes' };

/** The articles whose files differ between commits `from` and `to`. */
export async function articleDifferences(root: string, from: string, to: string): Promise<ArticleDifference[]> {
  const output = await git(root, ['diff', '--name-status', '--no-renames', from, to, '--', `${contentRoot()}/news`]);
  return output
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [status, target] = line.split('\t');
      const change = CHANGES[status];
      return change && target.endsWith('.mdx') ? [{ target, change }] : [];
    });
}

/**
 * After a rollback: what the live site shows that the newsroom's published articles do not (`goes` when the next
 * publish goes live), or what it lacks; empty when the live release is the published branch.
 */
export async function liveDifferences(repository: Repository, store: ReleaseStore): Promise<ArticleDifference[]> {
  const live = store.liveCommit();
  if (!live) return [];
  const head = await git(repository.root, ['rev-parse', repository.branch]);
  if (head === live) return [];
  // A release built from the branch's head and later merges is not behind it: nothing to say.
  const behind = await git(repository.root, ['merge-base', '--is-ancestor', head, live]).then(
    () => false,
    () => true,
  );
  return behind ? articleDifferences(repository.root, live, head) : [];
}
