/**
 * A checkout for the newsroom's tests and benchmark: a copy of the project (project-copy.ts) whose content/ is
 * `content` (the fixture's by default) plus e2e/fixture/public's files, made a git repository on `main` with one
 * commit, as a server's clone is.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyProject } from './project-copy';

export function newsroomCheckout(prefix: string, content = 'e2e/fixture/content'): { root: string; env: NodeJS.ProcessEnv } {
  const { root, env } = copyProject(prefix);
  rmSync(path.join(root, 'content/news'), { recursive: true, force: true });
  cpSync(path.join(content, 'news'), path.join(root, 'content/news'), { recursive: true });
  cpSync('e2e/fixture/public', path.join(root, 'public'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Set-up');
  git('config', 'user.email', 'set-up@newsroom.invalid');
  git('add', '-A');
  git('commit', '-qm', 'The site as it stands');
  const checkoutEnv = { ...env };
  delete checkoutEnv.CONTENT_DIR;
  return { root, env: checkoutEnv };
}
