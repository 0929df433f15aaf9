/**
 * Publishing is a release. A reviewer's 发布 (or 下线, or the first start) asks for one; asks that arrive while a
 * release is being built wait and go into the next one, together. A release:
 * 1. merges each article's `cms/…` branch into the published branch in the build worktree, and runs the content check
 *    on it: an article that fails is refused with the check's own words and stays 待发布;
 * 2. builds the merged commit (static: `npm run build:static`; node: `npm run build`; git: nothing, CI builds it),
 *    with the worktree's build caches from the previous release and the 公开答复 published in 留言管理;
 * 3. moves the result into CMS_DATA/releases/<id>/ and makes it live (release-store.ts), then merges the commit into
 *    the published branch. A failure before go-live leaves the live site, the branch and the articles as they were;
 *    a failed merge after it leaves the new release live and is merged by the next release (live-merge.ts).
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { NODE_MANIFEST, STATIC_CSP_MAP, STATIC_MANIFEST, standaloneServerPath } from '../../build/paths.mjs';
import { assertPolicyMap } from '../../build/policy-map.mjs';
import { checkMessage } from '../../lib/content-messages';
import { PUBLIC_ANSWERS_FILE_ENV } from '../../lib/visitor-message';
import { MESSAGES_PATH } from './visitor-api';
import { publicAnswersForBuild } from './visitor-messages';
import { audit } from './audit';
import type { Db } from './database';
import { git, type Person, type Repository } from './git';
import { mergeLiveCommit, noteUnmerged } from './live-merge';
import { type ReleaseInfo, ReleaseStore } from './release-store';
import type { NewsroomSettings } from './settings';
import type { SiteServer } from './site-server';
import { isApproved } from './stale-approval';

export interface ReleaseRequest {
  /** A `cms/…` branch to publish; none for a rebuild (first start, 下线, 公开答复). */
  branch?: string;
  reason: 'initial' | 'publish' | 'unpublish' | 'answers';
  by: Person;
  address: string | null;
}

export interface StepTiming {
  step: string;
  seconds: number;
}

/** Why an ask for a release was refused, for the person who asked: Chinese first, then English. */
export class ReleaseRefused extends Error {}

interface Waiting {
  request: ReleaseRequest;
  resolve(releaseId: number): void;
  reject(error: Error): void;
}

const exec = promisify(execFile);
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** The content check's errors from its output (npm run content:check): the blocks under its error label. */
export function contentCheckErrors(output: string): string {
  const label = checkMessage('errorLabel').zh;
  return output
    .split(/\n(?=\S)/)
    .filter((block) => block.startsWith(label))
    .join('\n')
    .trim();
}

/** The running service's process id, which it writes on start. */
export const pidFile = (dataDir: string) => path.join(dataDir, 'newsroom.pid');

function signalService(dataDir: string) {
  try {
    process.kill(Number(readFileSync(pidFile(dataDir), 'utf8')), 'SIGHUP');
  } catch {
    // No service running: it serves `current` when it starts.
  }
}

export class Publisher {
  private waiting: Waiting[] = [];
  private running: Promise<void> | undefined;
  readonly store: ReleaseStore;

  constructor(
    private readonly db: Db,
    private readonly settings: NewsroomSettings,
    private readonly repository: Repository,
    private readonly siteServer?: SiteServer,
  ) {
    this.store = new ReleaseStore(settings.dataDir);
  }

  /** Resolves with the id of the release that made the request live; rejects with the reason it was refused. */
  request(request: ReleaseRequest): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.running ??= this.drain().finally(() => {
        this.running = undefined;
      });
    });
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Resolves once no release is building or waiting. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0);
      await this.release(batch).catch((error: unknown) => {
        for (const { reject } of batch) reject(error instanceof Error ? error : new Error(String(error)));
      });
    }
  }

  private async release(batch: Waiting[]): Promise<void> {
    const started = performance.now();
    const steps: StepTiming[] = [];
    const { by: reviewer, address } = batch[batch.length - 1].request;
    await this.repository.ensureWorktree();
    await mergeLiveCommit(this.repository, this.store, reviewer).catch((error: Error) => {
      throw new ReleaseRefused(error.message);
    });

    // 1. Each article on its own, checked as it would be published.
    let accepted: Waiting[] = [];
    let merging = performance.now();
    for (const waiting of batch) {
      const { branch } = waiting.request;
      if (!branch) {
        accepted.push(waiting);
        continue;
      }
      const refusal = await this.repository.lock.runExclusive(async () => {
        // Only what a reviewer approved: a save after the approval took it back to review (stale-approval.ts).
        if (!(await isApproved(this.repository, branch)))
          return `没有这篇待发布的文章：${branch}\nThere is no such article waiting: ${branch}`;
        const { conflicts } = await this.repository.prepareCandidate([branch], waiting.request.by);
        if (conflicts.length > 0)
          return `这篇文章与已发布的内容冲突，请重新保存后再发布：${branch}\nThis article conflicts with what is published: save it again, then publish: ${branch}`;
        return this.contentCheck();
      });
      if (refusal) {
        audit(this.db, {
          actor: waiting.request.by.name,
          address: waiting.request.address,
          action: 'publish-refused',
          target: branch,
          detail: refusal,
        });
        waiting.reject(new ReleaseRefused(refusal));
      } else {
        accepted.push(waiting);
      }
    }
    steps.push({ step: 'check', seconds: seconds(merging) });
    if (accepted.length === 0) return;

    merging = performance.now();
    const branches = accepted.flatMap(({ request }) => (request.branch ? [request.branch] : []));
    const { commit, conflicts } = await this.repository.lock.runExclusive(() => this.repository.prepareCandidate(branches, reviewer));
    if (conflicts.length > 0) {
      // Each merged alone; together they conflict: the later ones wait for the next release.
      const later = accepted.filter(({ request }) => request.branch && conflicts.includes(request.branch));
      accepted = accepted.filter((waiting) => !later.includes(waiting));
      this.waiting.push(...later);
    }
    steps.push({ step: 'merge', seconds: seconds(merging) });

    const reason = accepted.some(({ request }) => request.reason === 'publish') ? 'publish' : accepted[0].request.reason;
    const id = Number(
      this.db
        .prepare("insert into releases (started_at, status, reason, actor, commit_sha) values (?, 'building', ?, ?, ?)")
        .run(new Date().toISOString(), reason, reviewer.name, commit).lastInsertRowid,
    );
    this.store.building.add(id);
    try {
      const info = await this.build(id, commit, steps);
      const switching = performance.now();
      await this.goLive(info);
      steps.push({ step: 'switch', seconds: seconds(switching) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.finish(id, 'failed', started, steps, message);
      audit(this.db, { actor: reviewer.name, address, action: 'release-failed', target: `#${id}`, detail: message.slice(0, 2000) });
      rmSync(this.store.folder(id), { recursive: true, force: true });
      throw new ReleaseRefused(
        `网站生成失败，网站仍是上一个版本，文章仍为“待发布”。\nThe site could not be built; the live site is unchanged.\n${message.slice(-1500)}`,
      );
    } finally {
      this.store.building.delete(id);
    }
    // Live from here on: a failed merge is noted, never undone (live-merge.ts).
    const publishing = performance.now();
    const unmerged = await this.repository.publishCommit(commit, branches, reviewer).then(
      () => undefined,
      (error: unknown) => noteUnmerged(this.db, id, reviewer, address, error),
    );
    steps.push({ step: 'publish-branch', seconds: seconds(publishing) });
    this.finish(id, 'released', started, steps, unmerged);
    this.store.prune();
    const detail = `${((performance.now() - started) / 1000).toFixed(1)} s · ${steps.map(({ step, seconds }) => `${step} ${seconds} s`).join(' · ')}`;
    audit(this.db, { actor: reviewer.name, address, action: 'release', target: `#${id}`, detail });
    console.log(`网站版本 #${id} 已上线 / release #${id} is live (${detail})`);
    for (const { request, resolve } of accepted) {
      if (request.branch)
        audit(this.db, { actor: request.by.name, address: request.address, action: 'publish', target: request.branch, detail: `#${id}` });
      resolve(id);
    }
  }

  private finish(id: number, status: 'released' | 'failed', started: number, steps: StepTiming[], message?: string) {
    this.db
      .prepare('update releases set status = ?, finished_at = ?, duration_ms = ?, steps = ?, message = ? where id = ?')
      .run(status, new Date().toISOString(), Math.round(performance.now() - started), JSON.stringify(steps), message ?? null, id);
  }

  /** The content check on the worktree, as `npm run content:check` reports it; undefined when it passes. */
  private async contentCheck(): Promise<string | undefined> {
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
  private async build(id: number, commit: string, steps: StepTiming[]): Promise<ReleaseInfo> {
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
      const last = this.liveCommit();
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

  private liveCommit(): string | undefined {
    const live = this.store.liveId();
    return live === undefined ? undefined : this.store.info(live).commit;
  }

  /** Makes a sealed release live, the way its target serves it. */
  async goLive(info: ReleaseInfo): Promise<void> {
    const previous = this.store.liveId();
    if (this.settings.target === 'node') {
      if (this.siteServer) {
        await this.siteServer.switchTo(path.join(this.store.folder(info.id), info.server!));
        this.store.switchTo(info.id);
      } else {
        // A shell's rollback: the running service serves the new `current` when told (server.ts, SIGHUP).
        this.store.switchTo(info.id);
        signalService(this.settings.dataDir);
      }
      return;
    }
    // nginx loads the map as root: a release whose map holds anything but entries never goes live.
    if (this.settings.target === 'static') assertPolicyMap(path.join(this.store.folder(info.id), 'static-csp.conf'));
    this.store.switchTo(info.id);
    if (this.settings.target === 'static' && this.settings.reloadCommand) {
      try {
        await exec('sh', ['-c', this.settings.reloadCommand]);
      } catch (error) {
        const problem = `nginx 未能重新加载 / nginx did not reload: ${(error as Error).message}`;
        // The first release comes before nginx can start (it includes the release's policy map): it loads it then.
        if (previous === undefined) return console.warn(problem);
        this.store.switchTo(previous);
        throw new Error(problem);
      }
    }
  }

  /** Makes a kept release live again (the previous one by default); queued behind a running build. */
  async rollBack(by: Person, address: string | null, to?: number): Promise<number> {
    const live = this.store.liveId();
    const target = to ?? this.store.ids().find((id) => live === undefined || id < live);
    if (target === undefined || !this.store.ids().includes(target)) {
      throw new ReleaseRefused(
        `没有可以回滚到的版本：${to ?? '（上一个）'}\nThere is no such release to roll back to: ${to ?? '(previous)'}`,
      );
    }
    await this.idle();
    const info = this.store.info(target);
    if (this.settings.target === 'git') {
      const last = this.liveCommit();
      await git(this.repository.root, [
        'push',
        `--force-with-lease=${this.repository.branch}:${last ?? ''}`,
        this.settings.gitRemote,
        `${info.commit}:refs/heads/${this.repository.branch}`,
      ]);
    }
    await this.goLive(info);
    audit(this.db, {
      actor: by.name,
      address,
      action: 'rollback',
      target: `#${target}`,
      detail: live === undefined ? null : `#${live} → #${target}`,
    });
    return target;
  }

  /** On start: the live release served again (node target), or release 1 built when there is none. */
  async start(): Promise<void> {
    const live = this.store.liveId();
    if (live !== undefined && existsSync(path.join(this.store.folder(live), 'release.json'))) {
      if (this.settings.target === 'node') await this.goLive(this.store.info(live));
      return;
    }
    await this.request({ reason: 'initial', by: { name: 'newsroom' }, address: null });
  }
}
