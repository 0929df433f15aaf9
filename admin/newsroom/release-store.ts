/**
 * The releases on disk: each in CMS_DATA/releases/<id>/, the live one named by the symlink CMS_DATA/current, which
 * is switched by renaming a new link over it (atomic: a visitor's request sees the old release or the new one).
 * The last KEPT releases stay, for rollback.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const KEPT_RELEASES = 5;

/** What a release folder says about itself (release.json). */
export interface ReleaseInfo {
  id: number;
  commit: string;
  builtAt: string;
  /** node target: the standalone server's server.js, relative to the release folder. */
  server?: string;
}

export class ReleaseStore {
  readonly releases: string;
  readonly current: string;

  constructor(readonly dataDir: string) {
    this.releases = path.join(dataDir, 'releases');
    this.current = path.join(dataDir, 'current');
    mkdirSync(this.releases, { recursive: true });
  }

  folder(id: number): string {
    return path.join(this.releases, String(id));
  }

  /** The kept releases, newest first. */
  ids(): number[] {
    return readdirSync(this.releases)
      .filter((name) => /^\d+$/.test(name) && existsSync(path.join(this.releases, name, 'release.json')))
      .map(Number)
      .sort((a, b) => b - a);
  }

  info(id: number): ReleaseInfo {
    return JSON.parse(readFileSync(path.join(this.folder(id), 'release.json'), 'utf8')) as ReleaseInfo;
  }

  liveId(): number | undefined {
    if (!existsSync(this.current)) return undefined;
    return Number(path.basename(readlinkSync(this.current)));
  }

  /** The commit the live release was built from. */
  liveCommit(): string | undefined {
    const live = this.liveId();
    return live === undefined ? undefined : this.info(live).commit;
  }

  /** Marks a finished release folder complete: only then is it a release (an interrupted build leaves none). */
  seal(info: ReleaseInfo): void {
    writeFileSync(path.join(this.folder(info.id), 'release.json'), `${JSON.stringify(info, null, 2)}\n`);
  }

  /** Makes a release live: a new link, renamed over `current`. */
  switchTo(id: number): void {
    const link = `${this.current}.next`;
    rmSync(link, { force: true });
    symlinkSync(path.join('releases', String(id)), link);
    renameSync(link, this.current);
  }

  /** Deletes all but the newest KEPT releases, never the live one, and any unsealed leftover. */
  prune(): void {
    const live = this.liveId();
    const kept = new Set(this.ids().slice(0, KEPT_RELEASES));
    for (const name of readdirSync(this.releases)) {
      const id = Number(name);
      if (id !== live && !kept.has(id) && !this.building.has(id)) rmSync(path.join(this.releases, name), { recursive: true, force: true });
    }
  }

  /** Folders being filled now, which prune() leaves alone. */
  readonly building = new Set<number>();
}
