// npm run verify:live -- <site-url> [--manifest FILE] [--concurrency N]: the live tamper check (lib/live-check.ts).
// Exits 1 on any finding, 0 on a clean site, 2 when it cannot run. VERIFY_LIVE_ALERT, a shell command, is run with the
// report on its standard input whenever the site is not shown clean: a finding, or a check that could not run (no
// manifest is no all-clear). deploy/verify-live.service runs this every 10 minutes. On a newsroom server the manifest
// is the live release's (CMS_DATA/current), found without --manifest.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirOf } from '../admin/newsroom/settings';
import { checkLiveSite, formatReport, liveManifestFiles, newestManifest, readManifest, type ReleaseManifest } from '../lib/live-check';

function alert(report: string) {
  const command = process.env.VERIFY_LIVE_ALERT;
  if (!command) return;
  const run = spawnSync('sh', ['-c', command], { input: report, stdio: ['pipe', 'inherit', 'inherit'] });
  if (run.status !== 0) console.error(`告警命令失败 / the alert command failed (exit ${run.status ?? run.signal}): ${command}`);
}

function fail(message: string): never {
  const report = `✗ 篡改检查无法运行 / the tamper check could not run\n${message}\n`;
  process.stderr.write(report);
  alert(report);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { manifest: { type: 'string' }, concurrency: { type: 'string', default: '16' } },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values, positionals } = options();
const siteUrl = positionals[0];
if (positionals.length !== 1 || !URL.canParse(siteUrl)) {
  fail('用法 / usage: npm run verify:live -- <网站地址 site-url, e.g. https://www.example.cn> [--manifest FILE] [--concurrency N]');
}
const candidates = values.manifest ? [values.manifest] : liveManifestFiles(process.cwd(), path.join(dataDirOf(), 'current'));
let manifest: ReleaseManifest | undefined;
try {
  manifest = values.manifest ? readManifest(values.manifest) : newestManifest(candidates);
} catch (error) {
  fail(`构建清单无法读取 / the release manifest cannot be read (${candidates.join(', ')}): ${(error as Error).message}`);
}
if (!manifest) {
  fail(
    `没有构建清单：先运行 npm run build:static 或 npm run build，或用 --manifest 指定 / no release manifest: build first, or pass --manifest (${candidates.join(', ')})`,
  );
}
const concurrency = Number.parseInt(values.concurrency, 10);
if (!(concurrency > 0)) fail('--concurrency 须为正整数 / must be a positive whole number');

async function main(checked: ReleaseManifest) {
  const result = await checkLiveSite(siteUrl, checked, { concurrency });
  const report = formatReport(siteUrl, checked, result);
  process.stdout.write(report);
  if (result.findings.length > 0) alert(report);
  process.exit(result.findings.length > 0 ? 1 : 0);
}

main(manifest).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
