/**
 * The newsroom's git: the checkout whose branches Decap's local git mode checks out (its working tree, never built
 * from) and the build worktree in CMS_DATA, which only ever holds a detached commit of the published branch.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Mutex } from 'async-mutex';

const exec = promisify(execFile);

/** Decap's branch of an unpublished article: cms/<collection>/<slug>. */
export const ARTICLE_BRANCH_PREFIX = 'cms/';

export interface Person {
  name: string;
}

/** Who a commit is by: the signed-in person, with an address of the newsroom's own (git requires one). */
export function authorEnv(person: Person): Record<string, string> {
  const email = `${person.name}@newsroom.invalid`;
  return { GIT_AUTHOR_NAME: person.name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: person.name, GIT_COMMITTER_EMAIL: email };
}

export async function git(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

export class Repository {
  /**
   * One git operation at a time on the checkout: Decap's requests (which check branches out) and the newsroom's own
   * merges. Decap's API is served inside it, so that the commit author set for a request is that request's.
   */
  readonly lock = new Mutex();

  constructor(
    readonly root: string,
    readonly branch: string,
    readonly worktree: string,
  ) {}

  /**
   * The checkout and the build worktree in `dataDir`. The published branch is the one checked out at the first start,
   * kept in `dataDir`: a service killed while Decap had an article's branch checked out finds the published branch
   * again, instead of taking the article's unreviewed branch for it.
   */
  static async open(root: string, dataDir: string): Promise<Repository> {
    const remembered = path.join(dataDir, 'published-branch');
    const head = await git(root, ['symbolic-ref', '--short', 'HEAD']);
    const branch = existsSync(remembered) ? readFileSync(remembered, 'utf8').trim() : head;
    if (branch.startsWith(ARTICLE_BRANCH_PREFIX)) {
      throw new Error(
        `代码目录停在文章的分支 ${branch} 上，不是网站的发布分支。请先切回发布分支（例如 git checkout main），再启动网站后台。\n` +
          `The checkout is on the article branch ${branch}, not the site's published branch. Check the published branch out ` +
          `first (for example git checkout main), then start the newsroom.`,
      );
    }
    if (head !== branch) {
      await git(root, ['checkout', branch]);
      console.warn(`已从文章分支 ${head} 切回发布分支 ${branch} / back on the published branch ${branch} (was ${head})`);
    }
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(remembered, `${branch}\n`);
    // git quotes non-ASCII paths ("\344\274…") in the diffs Decap reads, and Decap looks files up by them as they are:
    // a Chinese file name made its article impossible to open.
    await git(root, ['config', 'core.quotePath', 'false']);
    return new Repository(root, branch, path.join(dataDir, 'worktree'));
  }

  /** The build worktree, made on first use; node_modules is the checkout's (the same package-lock). */
  async ensureWorktree(): Promise<void> {
    if (!existsSync(path.join(this.worktree, '.git'))) {
      await git(this.root, ['worktree', 'prune']);
      await git(this.root, ['worktree', 'add', '--detach', this.worktree, this.branch]);
    }
    const modules = path.join(this.worktree, 'node_modules');
    if (!existsSync(modules)) symlinkSync(path.join(this.root, 'node_modules'), modules);
  }

  /**
   * The commit a release is built from, in the worktree: the published branch (or `base`, a restored server's live
   * commit) with each `cms/…` branch merged in, by the reviewer. Returns the branches that merged and those that did
   * not (a conflict).
   */
  async prepareCandidate(branches: string[], reviewer: Person, base = this.branch): Promise<{ commit: string; conflicts: string[] }> {
    const conflicts: string[] = [];
    await git(this.worktree, ['checkout', '--detach', '--force', base]);
    // Untracked files only (an interrupted merge's); ignored ones are the build caches, kept between releases.
    await git(this.worktree, ['clean', '-fdq']);
    for (const branch of branches) {
      try {
        await git(this.worktree, ['merge', '--no-ff', '--no-edit', '-m', `发布 Publish ${branch}`, branch], authorEnv(reviewer));
      } catch {
        await git(this.worktree, ['merge', '--abort']).catch(() => undefined);
        conflicts.push(branch);
      }
    }
    return { commit: await git(this.worktree, ['rev-parse', 'HEAD']), conflicts };
  }

  /** Once a release is live: its commit joins the published branch, and the merged `cms/…` branches are done. */
  async publishCommit(commit: string, branches: string[], reviewer: Person): Promise<void> {
    await this.lock.runExclusive(async () => {
      if ((await git(this.root, ['symbolic-ref', '--short', 'HEAD'])) !== this.branch) await git(this.root, ['checkout', this.branch]);
      await git(this.root, ['merge', '--no-edit', '-m', `发布 Publish`, commit], authorEnv(reviewer)).catch(async (error: unknown) => {
        // A fast-forward writes the files before it moves the branch: when the move fails, the files go back (without
        // moving any ref, which may be what failed), so that Decap's next checkout finds a clean tree.
        await git(this.root, ['read-tree', '-u', '--reset', 'HEAD']);
        throw error;
      });
      for (const branch of branches) await git(this.root, ['branch', '-D', branch]);
    });
  }

  async branchExists(branch: string): Promise<boolean> {
    return git(this.root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).then(
      () => true,
      () => false,
    );
  }
}
