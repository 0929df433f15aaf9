/**
 * Settings that would lose data are refused by the real service before it touches anything, with the setting and
 * the fix in Chinese and English; a service killed while an article's branch was checked out comes back on the
 * published branch.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { refusedStart, type RunningNewsroom, type Settings, startNewsroomService } from '../support/newsroom-service';

const git = (root: string, ...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((cleanup) => cleanup()));

async function refused(env: Settings, prepare?: (root: string) => void) {
  const result = await refusedStart('newsroom-refused-', env, prepare);
  cleanups.push(result.remove);
  assert.equal(result.code, 2, result.output);
  // Nothing touched: no release, no build worktree, no commit.
  for (const folder of ['.cms/releases/1', '.cms/worktree', '.cms/current', '.cms/published-branch', 'data'])
    assert.ok(!existsSync(path.join(result.root, folder)), folder);
  assert.equal(git(result.root, 'rev-list', '--count', 'HEAD'), '1');
  return result.output;
}

test('a CMS_DATA inside the checkout that git does not ignore', async () => {
  const output = await refused({ CMS_DATA: 'data' });
  assert.match(output, /CMS_DATA（.*data）在代码目录中，但 git 不忽略它/);
  assert.match(output, /Set CMS_DATA outside the checkout/);
});

test('releases on another filesystem than CMS_DATA', async () => {
  const elsewhere = mkdtempSync('/dev/shm/newsroom-releases-');
  cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
  const output = await refused({}, (root) => {
    mkdirSync(path.join(root, '.cms'), { recursive: true });
    symlinkSync(elsewhere, path.join(root, '.cms/releases'));
  });
  assert.match(output, /不在同一个文件系统上/);
  assert.match(output, /on another filesystem/);
});

test('a checkout with uncommitted changes', async () => {
  const output = await refused({}, (root) => writeFileSync(path.join(root, 'notes.txt'), '草稿\n'));
  assert.match(output, /有未提交的修改[\s\S]*notes\.txt/);
  assert.match(output, /uncommitted changes/);
});

test('a SITE_URL that is not an absolute http(s) address', async () => {
  const output = await refused({ SITE_URL: 'www.example.cn' });
  assert.match(output, /SITE_URL 未设置或不是网站地址/);
});

test("killed while an article's branch was checked out, the service comes back on the published branch", async () => {
  const service: RunningNewsroom = await startNewsroomService('newsroom-restart-');
  cleanups.push(() => void service.stop());
  service.git('checkout', '-q', '-b', 'cms/news-zh/left-checked-out');
  await service.restart('SIGKILL');
  assert.equal(service.git('symbolic-ref', '--short', 'HEAD'), 'main');
  assert.match(service.output(), /切回发布分支 main/);
  await service.stop();
});
