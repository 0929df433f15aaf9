/**
 * Settings that would lose data, refused before the service touches anything: each problem names the setting and the
 * fix, in Chinese and English. Decap's local git mode runs `git add .` in the checkout, so whatever git does not
 * ignore there is committed into an article's branch and deleted from disk by the next branch switch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NewsroomSettings } from './settings';

const gitIn = (root: string, args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function isIgnored(root: string, file: string): boolean {
  try {
    gitIn(root, ['check-ignore', '-q', '--no-index', file]);
    return true;
  } catch {
    return false;
  }
}

function dataDirProblem(root: string, dataDir: string): string | undefined {
  const inside = path.relative(root, dataDir);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  if (inside === '') return `CMS_DATA 不能是代码目录本身：${dataDir}\nCMS_DATA cannot be the checkout itself: ${dataDir}`;
  if (isIgnored(root, `${inside}/`)) return undefined;
  return (
    `CMS_DATA（${dataDir}）在代码目录中，但 git 不忽略它：编辑保存文章时，数据库和网站版本会被提交进文章的分支，随后从磁盘上被删除。` +
    `请把 CMS_DATA 设到代码目录之外（例如 /var/lib/imic-site），或不设置它（默认 .cms/，已被忽略）。\n` +
    `CMS_DATA (${dataDir}) is inside the checkout and git does not ignore it: an editor's save would commit the database and the ` +
    `releases into the article's branch, and the next branch switch would delete them from disk. Set CMS_DATA outside the ` +
    `checkout (for example /var/lib/imic-site), or leave it unset (the default .cms/ is ignored).`
  );
}

/** The build moves the built site into releases/ and `current` is switched by rename: one filesystem for all. */
function filesystemProblem(dataDir: string): string | undefined {
  if (!existsSync(dataDir)) return undefined;
  const device = statSync(dataDir).dev;
  const apart = ['releases', 'worktree']
    .map((name) => path.join(dataDir, name))
    .filter((folder) => existsSync(folder) && statSync(folder).dev !== device);
  if (apart.length === 0) return undefined;
  return (
    `CMS_DATA 中的 ${apart.join('、')} 与 ${dataDir} 不在同一个文件系统上：发布时网站版本靠改名切换，跨文件系统做不到一步完成。` +
    `请把它们放到同一个磁盘分区（挂载 CMS_DATA 整个目录，而不是其中的子目录）。\n` +
    `${apart.join(', ')} in CMS_DATA are on another filesystem than ${dataDir}: a release goes live by a rename, which cannot be ` +
    `atomic across filesystems. Put them on one partition (mount CMS_DATA as a whole, not a folder inside it).`
  );
}

/** Uncommitted changes would be committed by Decap's `git add .` into the next article saved. */
function checkoutProblem(root: string): string | undefined {
  const changed = gitIn(root, ['status', '--porcelain=v1', '--untracked-files=all'])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  if (changed.length === 0) return undefined;
  const shown = changed.slice(0, 10).join('\n  ');
  const more = changed.length > 10 ? `\n  …（+${changed.length - 10}）` : '';
  return (
    `代码目录 ${root} 有未提交的修改；编辑保存文章时它们会被一起提交。请先提交或移走它们（git status 查看，git stash -u 暂存）：\n  ${shown}${more}\n` +
    `The checkout ${root} has uncommitted changes, which an editor's save would commit with the article. Commit or move them ` +
    `first (see git status; git stash -u puts them aside).`
  );
}

/**
 * What a killed service leaves in the checkout, undone: git's lock files (no git of ours runs before the service does)
 * and an interrupted merge of the published branch (the newsroom's own: Decap rebases, it never merges). The
 * release that merge belonged to is live, and the next release merges it again (live-merge.ts).
 */
function finishInterruptedGit(root: string): void {
  const gitDirs = gitIn(root, ['worktree', 'list', '--porcelain'])
    .split('\n')
    .filter((line) => line.startsWith('worktree '))
    .map((line) => line.slice('worktree '.length))
    .filter((folder) => existsSync(folder))
    .map((folder) => gitIn(folder, ['rev-parse', '--absolute-git-dir']).trim());
  for (const gitDir of gitDirs) {
    const lock = path.join(gitDir, 'index.lock');
    if (existsSync(lock)) {
      rmSync(lock);
      console.warn(`已删除中断留下的 ${lock} / removed ${lock}, left by an interrupted git`);
    }
  }
  if (existsSync(path.join(gitIn(root, ['rev-parse', '--absolute-git-dir']).trim(), 'MERGE_HEAD'))) {
    gitIn(root, ['merge', '--abort']);
    console.warn('已撤销被中断的合并 / an interrupted merge was undone');
  }
}

/** Every reason not to start with these settings in this checkout; empty when it is safe. */
export function unsafeSettings(settings: NewsroomSettings, root: string): string[] {
  const dataProblems = [dataDirProblem(root, settings.dataDir), filesystemProblem(settings.dataDir)].filter(
    (problem): problem is string => problem !== undefined,
  );
  if (dataProblems.length > 0) return dataProblems;
  finishInterruptedGit(root);
  const checkout = checkoutProblem(root);
  return checkout ? [checkout] : [];
}
