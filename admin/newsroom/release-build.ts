/**
 * A release's build: the content check on the build worktree, then the site built from the merged commit (static:
 * `scripts/build.mjs static`, node: `scripts/build.mjs node`; git: the commit pushed) and moved into its release
 * folder, sealed. Every failure, of the child process or of a file write, rejects: the release fails, the process
 * does not.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { NODE_MANIFEST, STATIC_CSP_MAP, STATIC_MANIFEST, standaloneServerPath } from '../../build/paths.mjs';
import { checkMessage } from '../../lib/content-messages';
import { PUBLIC_ANSWERS_FILE_ENV } from '../../lib/visitor-message';
import type { Db } from './database';
import { git, type Repository } from './git';
import type { ReleaseInfo, ReleaseStore } from './release-store';
import type { NewsroomSettings } from './settings';
import { MESSAGES_PATH } from './visitor-api';
import { publicAnswersForBuild } from './visitor-messages';

export interface StepTiming {
  step: string;
  seconds: number;
}

const exec = promisify(execFile);
export const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** The content check's errors from its output (npm run content:check): the blocks under its error label. */
export function contentCheckErrors(output: string): string {
  const label = checkMessage('errorLabel').zh;
  return output
    .split(/\n(?=\S)/)
    .filter((block) => block.startsWith(label))
    .join('\n')
    .trim();
}

export class ReleaseBuilder {
  constructor(
    private readonly db: Db,
    private readonly settings: NewsroomSettings,
    private readonly repository: Repository,
    private readonly store: ReleaseStore,
  ) {}

  /** The content check on the worktree, as `npm run content:check` reports it; undefined when it passes. */
  async contentCheck(): Promise<string | undefined> {
    try {
      await exec(path.join(this.repository.worktree, 'node_modules/.bin/tsx'), ['scripts/content-check.ts'], {
        cwd: this.repository.worktree,
        env: { ...process.env, PWD: this.repository.worktree },
        maxBuffer: 16 * 1024 * 1024,
      });
      return undefined;
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return contentCheckErrors(`${stderr}\n${stdout}`) || `${stderr}${stdout}`.trim().slice(-2000);
    }
  }

  /** The release folder of `commit`, sealed: the built site (or, for git, only the commit it pushed). */
  async build(id: number, commit: string, steps: StepTiming[]): Promise<ReleaseInfo> {
    const { target } = this.settings;
    const worktree = this.repository.worktree;
    const folder = this.store.folder(id);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const info: ReleaseInfo = { id, commit, builtAt: new Date().toISOString() };
    if (target === 'git') {
      const checking = performance.now();
      const refusal = await this.contentCheck();
      if (refusal) throw new Error(refusal);
      steps.push({ step: 'content-check', seconds: seconds(checking) });
      const pushing = performance.now();
      const last = this.store.liveCommit();
      await git(worktree, [
        'push',
        last ? `--force-with-lease=${this.repository.branch}:${last}` : '--force-with-lease',
        this.settings.gitRemote,
        `${commit}:refs/heads/${this.repository.branch}`,
      ]);
      steps.push({ step: 'push', seconds: seconds(pushing) });
      this.store.seal(info);
      return info;
    }
    const timings = path.join(folder, 'build-timings.json');
    // The 公开答复 of this release, kept with it: a rollback serves the answers it was built with.
    const answers = path.join(folder, 'public-answers.json');
    writeFileSync(answers, `${JSON.stringify(publicAnswersForBuild(this.db), null, 2)}\n`);
    await this.runBuild(target, { timings, answers }, path.join(folder, 'build.log'));
    steps.push(...(JSON.parse(readFileSync(timings, 'utf8')) as StepTiming[]));
    if (target === 'static') {
      renameSync(path.join(worktree, 'out'), path.join(folder, 'site'));
      copyFileSync(path.join(worktree, STATIC_CSP_MAP), path.join(folder, 'static-csp.conf'));
      copyFileSync(path.join(worktree, STATIC_MANIFEST), path.join(folder, 'static-manifest.json'));
    } else {
      // The standalone server mirrors the worktree's place under the filesystem root (its tracing root).
      const server = standaloneServerPath(worktree, path.parse(worktree).root);
      renameSync(path.join(worktree, '.next/standalone'), path.join(folder, 'server'));
      copyFileSync(path.join(worktree, NODE_MANIFEST), path.join(folder, 'node-manifest.json'));
      info.server = path.join('server', path.relative(path.join(worktree, '.next/standalone'), server));
    }
    this.store.seal(info);
    return info;
  }

  private runBuild(target: 'static' | 'node', files: { timings: string; answers: string }, log: string): Promise<void> {
    const worktree = this.repository.worktree;
    return new Promise((resolve, reject) => {
      const output: Buffer[] = [];
      const child = spawn(process.execPath, ['scripts/build.mjs', target], {
        cwd: worktree,
        env: {
          ...process.env,
          PWD: worktree,
          SITE_URL: this.settings.siteUrl,
          // The documented nginx passes the contact page's messages to this service (deploy/nginx-newsroom.conf).
          MESSAGES_API: MESSAGES_PATH,
          [PUBLIC_ANSWERS_FILE_ENV]: files.answers,
          BUILD_TIMINGS_FILE: files.timings,
          // Editors change content, not code: the code was type-checked where it was developed.
          BUILD_TYPECHECKED: '1',
          // node_modules is a link out of the worktree: Turbopack resolves from the filesystem root.
          TURBOPACK_ROOT: path.parse(worktree).root,
          NEXT_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        const text = Buffer.concat(output).toString('utf8');
        // A failure to keep the log (its folder gone, a full disk) fails this release, never the process.
        try {
          writeFileSync(log, text);
        } catch (error) {
          return reject(error instanceof Error ? error : new Error(String(error)));
        }
        if (code === 0) resolve();
        else reject(new Error(contentCheckErrors(text) || text.slice(-1500)));
      });
    });
  }
}
