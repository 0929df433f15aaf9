/**
 * How `npm run cms:backup` reaches a running service: a Unix socket in CMS_DATA, readable by the service's user only.
 * The repository lock that Decap's requests take lives in the service's process, so the service takes the backup
 * itself; a command of its own could not hold that lock. One line of JSON each way.
 */
import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { BackupRecord } from './backup';

export const backupSocket = (dataDir: string) => path.join(dataDir, 'newsroom.sock');
/** Linux keeps a socket's path in 108 bytes, its end included; a longer one would be cut short, silently. */
const SOCKET_PATH_BYTES = 107;

type Answer = { record: BackupRecord } | { error: string };

/** Serves backup requests on CMS_DATA/newsroom.sock (a socket left by a killed service is replaced). */
export function serveBackups(dataDir: string, backUp: (to?: string) => Promise<BackupRecord>): Promise<net.Server> {
  const socket = backupSocket(dataDir);
  if (Buffer.byteLength(socket) > SOCKET_PATH_BYTES)
    throw new Error(
      `CMS_DATA 的路径太长（${socket} 超过 ${SOCKET_PATH_BYTES} 字节），备份命令无法连接网站后台。请用较短的 CMS_DATA（例如 /var/lib/imic-site）。\n` +
        `CMS_DATA's path is too long (${socket} is over ${SOCKET_PATH_BYTES} bytes) for the backup command to reach the newsroom. ` +
        `Use a shorter CMS_DATA (for example /var/lib/imic-site).`,
    );
  rmSync(socket, { force: true });
  const server = net.createServer((connection) => {
    let asked = '';
    connection.on('error', () => undefined);
    connection.on('data', (chunk) => {
      asked += String(chunk);
      if (!asked.includes('\n')) return;
      connection.removeAllListeners('data');
      // Whatever arrives is answered, never thrown: a bad request must not end the service.
      Promise.resolve()
        .then(() => backUp((JSON.parse(asked) as { to?: string }).to))
        .then(
          (record) => connection.end(`${JSON.stringify({ record } satisfies Answer)}\n`),
          (error: unknown) => {
            console.error(`备份失败 / the backup failed: ${(error as Error).message}`);
            connection.end(`${JSON.stringify({ error: (error as Error).message } satisfies Answer)}\n`);
          },
        );
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => {
      chmodSync(socket, 0o600);
      server.unref();
      resolve(server);
    });
  });
}

/** The running service's backup, or undefined when no service listens (the command then takes it itself). */
export function askServiceForBackup(dataDir: string, to?: string): Promise<BackupRecord | undefined> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const connection = net.connect(backupSocket(dataDir));
    connection.on('connect', () => connection.write(`${JSON.stringify({ to })}\n`));
    connection.on('data', (chunk) => (answer += String(chunk)));
    connection.on('end', () => {
      try {
        const parsed = JSON.parse(answer) as Answer;
        if ('error' in parsed) reject(new Error(parsed.error));
        else resolve(parsed.record);
      } catch {
        reject(new Error('网站后台在备份完成前退出。\nThe newsroom exited before the backup was complete.'));
      }
    });
    connection.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(undefined);
      else reject(error);
    });
  });
}

/** Whether a service is running on CMS_DATA (it answers on its socket). */
export const serviceRunning = (dataDir: string) =>
  new Promise<boolean>((resolve) => {
    const connection = net.connect(backupSocket(dataDir));
    connection.on('connect', () => {
      connection.destroy();
      resolve(true);
    });
    connection.on('error', () => resolve(false));
  });
