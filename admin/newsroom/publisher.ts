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
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { assertPolicyMap } from '../../build/policy-map.mjs';
import { audit, SERVICE_ACTOR } from './audit';
import type { Db } from './database';
import { git, type Person, type Repository } from './git';
import { mergeLiveCommit, noteUnmerged } from './live-merge';
import { ReleaseBuilder, seconds, type StepTiming } from './release-build';
import { type ReleaseInfo, ReleaseStore } from './release-store';
import { releasedArticles, ReleaseRefused, type ReleaseRequest, refusalOf } from './release-request';
import { type NewsroomSettings, RESTORED_LIVE_COMMIT } from './settings';
import type { SiteServer } from './site-server';
import { reloadNginx } from './nginx-reload';
import { isApproved } from './stale-approval';

interface Waiting {
  request: ReleaseRequest;
  resolve(releaseId: number): void;
  reject(error: Error): void;
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
  private readonly builder: ReleaseBuilder;

  constructor(
    private readonly db: Db,
    private readonly settings: NewsroomSettings,
    private readonly repository: Repository,
    private readonly siteServer?: SiteServer,
  ) {
    this.store = new ReleaseStore(settings.dataDir);
    this.builder = new ReleaseBuilder(db, settings, repository, this.store);
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
        for (const { reject } of batch) reject(refusalOf(error));
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
        return this.builder.contentCheck();
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
    const base = batch.find(({ request }) => request.base)?.request.base;
    const { commit, conflicts } = await this.repository.lock.runExclusive(() => this.repository.prepareCandidate(branches, reviewer, base));
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
        .prepare("insert into releases (started_at, status, reason, actor, commit_sha, articles) values (?, 'building', ?, ?, ?, ?)")
        .run(
          new Date().toISOString(),
          reason,
          reviewer.name,
          commit,
          JSON.stringify(accepted.flatMap(({ request }) => releasedArticles(request))),
        ).lastInsertRowid,
    );
    this.store.building.add(id);
    try {
      const info = await this.builder.build(id, commit, steps);
      const switching = performance.now();
      await this.goLive(info);
      steps.push({ step: 'switch', seconds: seconds(switching) });
    } catch (error) {
      rmSync(this.store.folder(id), { recursive: true, force: true });
      const message = error instanceof Error ? error.message : String(error);
      try {
        this.finish(id, 'failed', started, steps, message);
        audit(this.db, { actor: reviewer.name, address, action: 'release-failed', target: `#${id}`, detail: message.slice(0, 2000) });
      } catch (recording) {
        // A full disk refuses the record too: the reviewer is told all the same.
        console.error(`网站版本 #${id} 的失败未能记录 / release #${id}'s failure could not be recorded: ${(recording as Error).message}`);
      }
      throw refusalOf(error);
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
    if (this.settings.target !== 'static') return;
    await reloadNginx(this.settings.reloadCommand).catch((error: Error) => {
      // The first release comes before nginx can start (it includes the release's policy map): it loads it then.
      if (previous === undefined) return console.warn(error.message);
      this.store.switchTo(previous);
      throw error;
    });
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
      const last = this.store.liveCommit();
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
    // After a restore (restore.ts): the commit that was live, which a rollback may have left behind the branch's head.
    const restored = path.join(this.settings.dataDir, RESTORED_LIVE_COMMIT);
    const base = existsSync(restored) ? readFileSync(restored, 'utf8').trim() : undefined;
    await this.request({ reason: 'initial', by: { name: SERVICE_ACTOR }, address: null, base });
    rmSync(restored, { force: true });
  }
}
