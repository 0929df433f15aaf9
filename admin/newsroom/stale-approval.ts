/**
 * An approval is of what the reviewer saw. decap-server keeps an entry's workflow state as its branch's description
 * (`branch.cms/<collection>/<slug>.description` = `decap-cms/<status>`) and leaves it as it was when a save changes
 * the entry, so a change after 待发布 would be published unseen. As a code host dismisses a stale approval, a save to
 * an approved entry takes it back to 待审核, inside the same repository lock as the save; publishing asks for 待发布.
 */
import { git, type Repository } from './git';

// Decap's default label prefix; the newsroom refuses any other (decap-scope.ts).
const label = (status: 'pending_review' | 'pending_publish') => `decap-cms/${status}`;
const descriptionKey = (branch: string) => `branch.${branch}.description`;

/** Whether a `cms/…` branch is approved (待发布) now. */
export async function isApproved(repository: Repository, branch: string): Promise<boolean> {
  const description = await git(repository.root, ['config', '--get', descriptionKey(branch)]).catch(() => '');
  return description === label('pending_publish') && (await repository.branchExists(branch));
}

/**
 * Runs a save (`run`, inside the repository lock) and, if it changed an approved branch and `succeeded()`, takes the
 * branch back to review. Returns whether it did.
 */
export async function saveDismissingApproval(
  repository: Repository,
  branch: string | undefined,
  run: () => Promise<void>,
  succeeded: () => boolean,
): Promise<boolean> {
  const approved = branch !== undefined && (await isApproved(repository, branch));
  await run();
  if (!approved || !succeeded()) return false;
  await git(repository.root, ['config', descriptionKey(branch), label('pending_review')]);
  return true;
}
