/** The editor of `npm run admin` (Decap CMS on the local git backend) as an editor uses it, for the browser tests. */
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { decapPhrase, messages, recordRequests } from './support';

/** Into the editor of `npm run admin`; returns the requests it made to other hosts. */
export async function logIn(page: Page) {
  // The editor's own page, and the pictures it shows from memory while they upload.
  const { foreign } = recordRequests(
    page,
    (url) => ['localhost', '127.0.0.1'].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol),
  );
  await page.goto('/admin/');
  // The local backend's only "login": a button, since the editor runs on the editor's own machine.
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('link', { name: messages.zh.Admin.collections.zh, exact: true })).toBeVisible();
  return foreign;
}

/** A file chosen in Decap's media dialog. */
export async function upload(page: Page, chooseButton: string, file: string) {
  await page.getByRole('button', { name: chooseButton }).last().click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: decapPhrase('local', 'mediaLibrary.mediaLibraryModal.chooseSelected') }).click();
}

/** On an editor's own machine Decap's 发布 only saves the files, and says so: 保存 (admin/decap-zh.ts). */
export async function save(page: Page) {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即保存' }).click();
  await expect(page.getByText('含未保存的修改')).toBeHidden();
}

/** npm run content:check in the project copy `root`: throws, with its report, unless it passes. */
export function contentCheck(root: string, env: NodeJS.ProcessEnv) {
  execFileSync('npx', ['tsx', 'scripts/content-check.ts'], { cwd: root, env, stdio: 'pipe' });
}
