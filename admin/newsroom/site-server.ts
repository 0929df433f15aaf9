/**
 * The node target's public server: the current release's standalone server, run by the newsroom as a cluster worker.
 * The listening socket belongs to this (primary) process, so a switch starts the new release's worker, waits until it
 * listens, then lets the old one finish its requests and exit: no visitor's request fails, none waits for a restart.
 */
import cluster, { type Worker } from 'node:cluster';
import { setTimeout as sleep } from 'node:timers/promises';
import { DRAIN_MESSAGE } from '../../deploy/drain-message';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
/**
 * How long a replaced worker answers with `Connection: close` before it stops: longer than Node's keep-alive timeout
 * (5 s), so every kept-alive connection has ended by then, closed after an answer or idle by the timeout clients know
 * of. Closing idle connections at once would race with clients about to send on them.
 */
const DRAIN_MS = 6_000;

export class SiteServer {
  private worker: Worker | undefined;

  constructor(
    private readonly port: number,
    private readonly host: string,
  ) {}

  /** Starts `serverJs` (a release's server.js) and, once it listens, stops the previous worker. */
  async switchTo(serverJs: string): Promise<void> {
    cluster.setupPrimary({ exec: serverJs, silent: false });
    const next = cluster.fork({ PORT: String(this.port), HOSTNAME: this.host, NODE_ENV: 'production' });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        next.kill();
        reject(new Error(`the site server did not start within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      next.once('listening', () => {
        clearTimeout(timer);
        resolve();
      });
      next.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the site server exited with code ${code} before it listened`));
      });
    });
    const previous = this.worker;
    this.worker = next;
    // A worker that dies on its own is replaced from the same release.
    next.on('exit', () => {
      if (this.worker === next) void this.switchTo(serverJs).catch((error: unknown) => console.error(error));
    });
    if (previous) await stopWorker(previous);
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await stopWorker(worker);
  }
}

/** Drained, then disconnected, which closes the worker's server: it answers what it has accepted, then exits. */
async function stopWorker(worker: Worker): Promise<void> {
  if (worker.isDead()) return;
  worker.send(DRAIN_MESSAGE);
  await sleep(DRAIN_MS);
  return new Promise((resolve) => {
    if (worker.isDead()) return resolve();
    const timer = setTimeout(() => worker.kill(), STOP_TIMEOUT_MS);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    worker.disconnect();
  });
}
