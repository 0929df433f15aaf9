/** nginx told to load the live release (CMS_RELOAD_COMMAND): its files and, through its policy map, their headers. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export async function reloadNginx(command: string | undefined): Promise<void> {
  if (!command) return;
  try {
    await exec('sh', ['-c', command]);
  } catch (error) {
    throw new Error(`nginx 未能重新加载 / nginx did not reload: ${(error as Error).message}`);
  }
}
