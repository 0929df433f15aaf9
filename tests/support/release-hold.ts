/**
 * Holds the real newsroom service at one step of a release, for a test to kill it there. Whatever holds (a git hook,
 * the reload command, a build step's process) says where it is through a FIFO and then waits to be killed, but only
 * at the step the file hold-at names: every other step passes.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, createReadStream, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { approvedArticleRequest, publishRequest } from './newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom } from './newsroom-service';

export interface ReleaseHold {
  /** A shell script that holds at `step`. */
  script(step: string): string;
  /** Installs that script as an executable file. */
  install(file: string, step: string, filter?: (script: string) => string): void;
  /** The settings that make a release's build steps (node processes: content-check, contentlayer, next-export) hold. */
  buildStepEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** Holds at `step` from now on; resolves with the step once a release has reached it. */
  holdAt(step: string): Promise<string>;
  /** No step holds any more. */
  release(): void;
}

export function releaseHold(folder: string): ReleaseHold {
  const fifo = path.join(folder, 'step.fifo');
  const holdAtFile = path.join(folder, 'hold-at');
  execFileSync('mkfifo', [fifo]);
  const script = (step: string) =>
    `#!/bin/sh\n[ "$(cat ${holdAtFile} 2>/dev/null)" = "${step}" ] || exit 0\necho ${step} > ${fifo}\nexec sleep 600\n`;
  return {
    script,
    install(file, step, filter = (text) => text) {
      writeFileSync(file, filter(script(step)));
      chmodSync(file, 0o755);
    },
    buildStepEnv: (env) => ({
      ...env,
      NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import ${path.join(__dirname, 'hold-build-step.mjs')}`.trim(),
      RELEASE_HOLD_AT: holdAtFile,
      RELEASE_HOLD_FIFO: fifo,
    }),
    holdAt(step) {
      writeFileSync(holdAtFile, step);
      return new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        createReadStream(fifo)
          .on('data', (chunk) => chunks.push(Buffer.from(chunk)))
          .on('end', () => resolve(Buffer.concat(chunks).toString('utf8').trim()))
          .on('error', reject);
      });
    },
    release: () => rmSync(holdAtFile, { force: true }),
  };
}

/** A reviewer publishes a new article `slug`; the service is killed (SIGKILL, its process group) at `step`, and started again. */
export async function killedWhilePublishing(service: RunningNewsroom, hold: ReleaseHold, step: string, slug: string): Promise<void> {
  const reviewer = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
  const saved = await service.api(reviewer, approvedArticleRequest(slug, `中断测试 ${step}`));
  if (saved.status !== 200) throw new Error(`the article was not saved: ${saved.status} ${await saved.text()}`);
  const held = hold.holdAt(step);
  // The reviewer's publish waits for its release: it ends with the process.
  const publishing = service.api(reviewer, publishRequest(slug)).catch(() => undefined);
  if ((await held) !== step) throw new Error(`held at another step than ${step}`);
  // Nothing holds after the restart (the service's start runs the reload command).
  hold.release();
  await service.restart('SIGKILL');
  await publishing;
}
