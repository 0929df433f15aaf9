/**
 * What a request to Decap's API would write, and the guard that lets it write only articles and uploads of the
 * content contract (admin/config.ts refusedWrite), and articles only with a body free of code (lib/mdx-code.ts), in both
 * modes.
 */
import type { RequestHandler } from 'express';
import { codeRefusal } from '../lib/mdx-problems';
import { ADMIN_UPLOAD_LIMIT, refusedWrite } from './config';
import { refusalText } from './news-files';

/** A request to Decap's proxy API: an action and its parameters. */
export interface DecapRequest {
  action?: string;
  params?: Record<string, unknown>;
}

interface Write {
  path: string;
  /** Where decap-server moves the file to (an article renamed). */
  newPath?: string;
  content?: string;
  encoding?: string;
  /** An article's text. */
  raw?: string;
}
export type WriteKind = 'entry' | 'upload' | 'delete';

/** Every file a request to Decap's API would write or delete, with what kind of file it must be. */
export function writesOf(body: DecapRequest): { kind: WriteKind; file: Write }[] {
  const params = body.params ?? {};
  switch (body.action) {
    case 'persistEntry': {
      const entries = (params.dataFiles as Write[] | undefined) ?? [params.entry as Write];
      return [
        ...entries.flatMap((file) =>
          [file, ...(file.newPath ? [{ path: file.newPath }] : [])].map((write) => ({ kind: 'entry' as const, file: write })),
        ),
        ...((params.assets as Write[]) ?? []).map((file) => ({ kind: 'upload' as const, file })),
      ];
    }
    case 'persistMedia':
      return [{ kind: 'upload', file: params.asset as Write }];
    case 'deleteFile':
      return [{ kind: 'delete', file: { path: params.path as string } }];
    case 'deleteFiles':
      return (params.paths as string[]).map((file) => ({ kind: 'delete' as const, file: { path: file } }));
    default:
      return [];
  }
}

/** The JSON body limit of the API: the largest upload, base64-encoded, and room for the article. */
export const API_BODY_LIMIT = `${Math.ceil((ADMIN_UPLOAD_LIMIT * 4) / 3 / 1024 / 1024) + 5}mb`;

/** Refuses (422, in Chinese and English) a request that would write anything but an article or its own uploads. */
export const guardWrites: RequestHandler = (request, response, next) => {
  const writes = writesOf(request.body as DecapRequest);
  // Files saved with an article go into its own folder, public/news/<its slug>/.
  const articleSlug = writes
    .find(({ kind }) => kind === 'entry')
    ?.file.path.split('/')
    .pop()
    ?.replace(/\.mdx$/, '');
  for (const { kind, file } of writes) {
    const bytes = file.content ? Buffer.byteLength(file.content, 'base64') : 0;
    const refusal =
      refusedWrite(kind, file.path, bytes, kind === 'upload' ? articleSlug : undefined) ??
      (typeof file.raw === 'string' ? codeRefusal(file.path, file.raw) : undefined);
    if (refusal) {
      console.error(`拒绝 / refused: ${refusal.zh} / ${refusal.en}`);
      response.status(422).json({ error: refusalText(refusal) });
      return;
    }
  }
  next();
};
