/** Throughput and latency of the Node server and of nginx serving the static export, and memory under load. */
import autocannon from 'autocannon';
import { mib, NEXT_PORT, NGINX_PORT, samplePages, section, sleep, startServer, stop, treeRss, waitFor } from './support';

async function autocannonRun(url: string, connections: number, duration: number) {
  const result = await autocannon({ url, connections, duration });
  return {
    requests: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

export async function servingSection() {
  const next = startServer('npx', ['next', 'start', '-p', String(NEXT_PORT), '-H', '127.0.0.1']);
  const nginx = startServer('nginx', ['-p', process.cwd(), '-c', 'deploy/nginx.conf', '-g', 'daemon off;']);
  try {
    await waitFor(`http://127.0.0.1:${NEXT_PORT}/zh`);
    await waitFor(`http://127.0.0.1:${NGINX_PORT}/zh`);
    const viaNext = await autocannonRun(`http://127.0.0.1:${NEXT_PORT}${samplePages['article zh']}`, 50, 10);
    const viaNginx = await autocannonRun(`http://127.0.0.1:${NGINX_PORT}${samplePages['article zh']}`, 50, 10);
    const before = treeRss(next.pid!);
    const soak = await autocannonRun(`http://127.0.0.1:${NEXT_PORT}${samplePages['article zh']}`, 100, 60);
    await sleep(2000);
    const after = treeRss(next.pid!);
    const row = (name: string, r: Awaited<ReturnType<typeof autocannonRun>>) =>
      `| ${name} | ${Math.round(r.requests)} | ${r.p50} ms | ${r.p99} ms | ${r.total} | ${r.errors} | ${r.non2xx} |`;
    section('serve', `Serving ${samplePages['article zh']} (autocannon, one run, loopback)`, [
      '| server | requests/s | p50 | p99 | requests | errors | non-2xx |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      row('next start, 50 connections, 10 s', viaNext),
      row('nginx + static export, 50 connections, 10 s', viaNginx),
      row('next start, 100 connections, 60 s', soak),
      '',
      `nginx / next start throughput: **${(viaNginx.requests / viaNext.requests).toFixed(1)}×**.`,
      `next start memory (whole process tree RSS) before the 60 s run: ${mib(before)}; after: ${mib(after)} (${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(1)} %).`,
    ]);
  } finally {
    stop(next);
    stop(nginx);
  }
}
