/**
 * systemd's stop (SIGTERM): the service takes no new connection, lets a release that is building finish and answer
 * the reviewer who asked for it (TimeoutStopSec in deploy/imic-site-newsroom.service is its budget), then exits 0
 * (1 after an uncaught exception, process-errors.ts).
 * Without it Node would exit at once, leaving the reviewer without an answer and the release half-built.
 */
import type { ServerResponse } from 'node:http';
import type { Server } from 'node:http';
import type { Db } from './database';

export function stopOnSigterm(server: Server, releases: { idle(): Promise<void>; busy: boolean }, db: Db): void {
  const open = new Set<ServerResponse>();
  server.on('request', (_request, response: ServerResponse) => {
    open.add(response);
    response.once('close', () => open.delete(response));
  });
  process.once('SIGTERM', () => {
    console.log(
      releases.busy ? '正在停止：等待正在生成的网站版本完成 / stopping: waiting for the release being built' : '正在停止 / stopping',
    );
    // Each answer still to come is the last on its connection, so that the server can close once they are sent.
    for (const response of open) if (!response.headersSent) response.setHeader('Connection', 'close');
    server.close(
      () =>
        void releases.idle().then(() => {
          db.close();
          console.log('网站后台已停止 / the newsroom has stopped');
          process.exit(process.exitCode ?? 0);
        }),
    );
  });
}
