/**
 * Backup and restore at 1,000 synthetic articles with 200 pending messages. The original runs the git target (its
 * releases are a content check and a push, so the backup is measured, not builds); the restored server runs the
 * static target, so that "live" is a whole site built cold, as on a new server. Measured: the backup taken by the
 * running service and the archive's size; each save's time while backups run back to back (p50/p99); the restore onto
 * a fresh clone through to its first release live.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../admin/newsroom/database';
import { storeMessage } from '../admin/newsroom/visitor-messages';
import { approvedArticleRequest } from '../tests/support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../tests/support/newsroom-service';
import { generateArticles } from '../tests/support/synthetic-content';
import { mib, section } from './support';

const ARTICLES = 1000;
const PENDING_MESSAGES = 200;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

/** Runs a newsroom command in a checkout; resolves with its wall time in seconds. */
function timed(service: RunningNewsroom, script: string, args: string[] = []): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(service.root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
      cwd: service.root,
      env: service.env,
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`${script}: ${code}`))));
  });
}

export async function backupSection() {
  const withArticles = (root: string) => {
    generateArticles(path.join(root, 'content/news'), ARTICLES);
    execFileSync('git', ['add', '-A'], { cwd: root });
    execFileSync('git', ['commit', '-qm', `${ARTICLES} articles`], { cwd: root });
  };
  const original = await startNewsroomService('bench-backup-', {}, withArticles);
  let restored: RunningNewsroom | undefined;
  try {
    const db = openDatabase(original.data.database);
    for (let n = 0; n < PENDING_MESSAGES; n += 1)
      storeMessage(
        db,
        { kind: 'question', title: `咨询 ${n}`, content: '请联系我。', name: '张先生', phone: '', email: 'a@example.cn', consent: true },
        'zh',
      );
    db.close();
    const reviewer = await original.signIn(NEWSROOM_ACCOUNTS.reviewer);
    const save = async (n: number) => {
      const started = performance.now();
      const response = await original.api(reviewer, approvedArticleRequest(`bench-save-${n}`, `保存测试 ${n}`));
      if (response.status !== 200) throw new Error(`save ${n}: ${response.status}`);
      return performance.now() - started;
    };
    const quiet: number[] = [];
    for (let n = 0; n < 20; n += 1) quiet.push(await save(n));

    const backupSeconds = await timed(original, 'cms-backup');
    // Saves one after another while backups run back to back: what an editor feels during the nightly backup.
    const during: number[] = [];
    let backingUp = true;
    const backups = (async () => {
      for (let n = 0; n < 3; n += 1) await timed(original, 'cms-backup');
      backingUp = false;
    })();
    for (let n = 100; backingUp; n += 1) during.push(await save(n));
    await backups;
    const folder = path.join(original.data.dir, 'backups');
    const archive = path.join(
      folder,
      readdirSync(folder)
        .filter((name) => name.endsWith('.tar.gz'))
        .sort()
        .at(-1)!,
    );
    const bytes = Number(execFileSync('stat', ['-c', '%s', archive], { encoding: 'utf8' }));

    const restoreStarted = performance.now();
    let restoreOnly = 0;
    restored = await startNewsroomService(
      'bench-restored-',
      { CMS_DATA: `${original.root}.restored`, CMS_TARGET: 'static' },
      (root, env) => {
        execFileSync('git', ['fetch', '-q', `${original.root}.remote.git`, 'main'], { cwd: root });
        execFileSync('git', ['reset', '-q', '--hard', 'FETCH_HEAD'], { cwd: root });
        const started = performance.now();
        execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/cms-restore.ts', archive], { cwd: root, env, stdio: 'inherit' });
        restoreOnly = (performance.now() - started) / 1000;
      },
      600_000,
    );
    const restoreToLive = (performance.now() - restoreStarted) / 1000;
    const ms = (value: number) => `${Math.round(value)} ms`;
    section('backup', `Backup and restore at ${ARTICLES.toLocaleString('en')} articles with ${PENDING_MESSAGES} pending messages`, [
      '| Measure | Result | Budget |',
      '| --- | --- | --- |',
      `| npm run cms:backup, taken by the running service | ${backupSeconds.toFixed(1)} s | ≤ 30 s |`,
      `| Archive size | ${mib(bytes)} (${bytes.toLocaleString('en')} bytes) | |`,
      `| A save (persistEntry), no backup running: p50 / p99 of ${quiet.length} | ${ms(percentile(quiet, 50))} / ${ms(percentile(quiet, 99))} | |`,
      `| A save during backups: p50 / p99 of ${during.length} | ${ms(percentile(during, 50))} / ${ms(percentile(during, 99))} | |`,
      `| npm run cms:restore on a fresh clone | ${restoreOnly.toFixed(1)} s | |`,
      `| Clone ready → restore → first release live (static target: service start, content check, a cold site build) | ${restoreToLive.toFixed(1)} s | ≤ 5 min |`,
    ]);
  } finally {
    await restored?.stop();
    await original.stop();
    rmSync(`${original.root}.restored`, { recursive: true, force: true });
  }
}
