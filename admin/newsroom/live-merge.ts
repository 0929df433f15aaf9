/**
 * After go-live, a release's commit joins the published branch (git.ts, publishCommit). That step can fail (a stale
 * lock file, a full disk, an article's branch deleted while its release built). The release stays live then: removing
 * it would leave visitors a 404 and nginx no policy map. The release says what happened, the audit log has it, and the
 * next release merges it first, so that it is built on what visitors see.
 */
import { audit } from './audit';
import type { Db } from './database';
import { git, type Person, type Repository } from './git';
import type { ReleaseStore } from './release-store';

const isAncestor = (root: string, commit: string, of: string) =>
  git(root, ['merge-base', '--is-ancestor', commit, of]).then(
    () => true,
    () => false,
  );

/** Audits a live release whose commit is not yet in the published branch; returns what its release row says. */
export function noteUnmerged(db: Db, id: number, by: Person, address: string | null, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).slice(-1500);
  audit(db, { actor: by.name, address, action: 'release-unmerged', target: `#${id}`, detail: reason });
  return (
    `已上线，但未能并入已发布分支，下一次发布时会先并入：${reason}\n` +
    `Live, but not merged into the published branch; the next release merges it first: ${reason}`
  );
}

/**
 * The live release's commit merged into the published branch, with the `cms/…` branches it contains, when an earlier
 * merge failed; nothing otherwise. Throws when it fails again: a release built without it would drop live articles.
 */
export async function mergeLiveCommit(repository: Repository, store: ReleaseStore, by: Person): Promise<void> {
  const live = store.liveId();
  if (live === undefined) return;
  const { commit } = store.info(live);
  if (await isAncestor(repository.root, commit, repository.branch)) return;
  const merged = await git(repository.root, ['for-each-ref', `--merged=${commit}`, '--format=%(refname:short)', 'refs/heads/cms/']);
  try {
    await repository.publishCommit(commit, merged.split('\n').filter(Boolean), by);
  } catch (error) {
    const reason = (error as Error).message.slice(-1500);
    throw new Error(
      `线上版本 #${live} 仍未并入已发布分支 ${repository.branch}，请先排除原因：${reason}\n` +
        `Live release #${live} is still not merged into ${repository.branch}; remove the cause first: ${reason}`,
    );
  }
}
