// npm run verify:live -- <site-url> [--manifest FILE] [--concurrency N]: the live tamper check (lib/live-check.ts).
// Exits 1 on any finding, 0 on a clean site, 2 when it cannot run. VERIFY_LIVE_ALERT, a shell command, is run with the
// report on its standard input when something is found (deploy/verify-live.service runs this every 10 minutes).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { NODE_MANIFEST, STATIC_MANIFEST } from '../build/paths.mjs';
import { checkLiveSite, formatReport, newestManifest, readManifest } from '../lib/live-check';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { manifest: { type: 'string' }, concurrency: { type: 'string', default: '16' } },
});
const siteUrl = positionals[0];
if (positionals.length !== 1 || !URL.canParse(siteUrl)) {
  fail('用法 / usage: npm run verify:live -- <网站地址 site-url, e.g. https://www.example.cn> [--manifest FILE] [--concurrency N]');
}
const manifest = values.manifest ? readManifest(values.manifest) : newestManifest([STATIC_MANIFEST, NODE_MANIFEST]);
if (!manifest) {
  fail(
    `没有构建清单：先运行 npm run build:static 或 npm run build，或用 --manifest 指定 / no release manifest: build first, or pass --manifest (${STATIC_MANIFEST}, ${NODE_MANIFEST})`,
  );
}
const concurrency = Number.parseInt(values.concurrency, 10);
if (!(concurrency > 0)) fail('--concurrency 须为正整数 / must be a positive whole number');

async function main(checked: NonNullable<typeof manifest>) {
  const result = await checkLiveSite(siteUrl, checked, { concurrency });
  const report = formatReport(siteUrl, checked, result);
  process.stdout.write(report);
  const alert = process.env.VERIFY_LIVE_ALERT;
  if (result.findings.length > 0 && alert) {
    const run = spawnSync('sh', ['-c', alert], { input: report, stdio: ['pipe', 'inherit', 'inherit'] });
    if (run.status !== 0) console.error(`告警命令失败 / the alert command failed (exit ${run.status ?? run.signal}): ${alert}`);
  }
  process.exit(result.findings.length > 0 ? 1 : 0);
}

void main(manifest);
