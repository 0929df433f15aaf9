/**
 * The files an unpublished article uses, wherever they are. Decap reads them only from the article's own branch, but a
 * new language version shares its pictures and attachments with the other version, whose files may be on the
 * published branch already: that article could not be opened (加载内容失败). Here a file is read from the article's
 * branch, else from the published branch; a file that is on neither is answered empty (Decap shows a broken picture),
 * so that the form still opens; the content check names the missing file when the article is published.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** A media file as decap-server's readMediaFile answers it. */
export interface DecapMediaFile {
  id: string;
  content: string;
  encoding: 'base64';
  path: string;
  name: string;
}

/** A file as `branch` holds it; undefined when it has none. */
async function fileAt(root: string, branch: string, file: string): Promise<Buffer | undefined> {
  try {
    const { stdout } = await exec('git', ['show', `${branch}:${file}`], { cwd: root, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

/** The file as the first of `branches` that has it holds it. */
export async function firstFileAt(root: string, branches: string[], file: string): Promise<Buffer | undefined> {
  for (const branch of branches) {
    const content = await fileAt(root, branch, file);
    if (content) return content;
  }
  return undefined;
}

/** The file for the article on `articleBranch`: its own, else the published one, else an empty one. */
export async function articleMediaFile(
  root: string,
  articleBranch: string,
  publishedBranch: string,
  file: string,
): Promise<DecapMediaFile> {
  const content = (await firstFileAt(root, [articleBranch, publishedBranch], file)) ?? Buffer.alloc(0);
  return {
    id: createHash('sha256').update(content).digest('hex'),
    content: content.toString('base64'),
    encoding: 'base64',
    path: file,
    name: path.basename(file),
  };
}
