/**
 * npm run bench: the performance budget, measured on this machine. Prints each table and writes
 * bench/results.md. Never part of `npm test` (timings belong to benchmarks, not tests).
 *
 *   npm run bench                                        everything (about an hour on 2 cores)
 *   npm run bench -- --only=lighthouse,js,serve,scale    some sections; the others in bench/results.md stay
 *   npm run bench -- --only=scale --sizes=1000           the build-scale section for some sizes only
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { javascriptSection } from './javascript';
import { lighthouseSection } from './lighthouse';
import { scaleSection } from './scale';
import { servingSection } from './serve';
import { NEXT_PORT, previousSections, report, RESULTS, type Section, SECTIONS, startServer, stop, waitFor } from './support';

const { values } = parseArgs({
  options: { only: { type: 'string', default: SECTIONS.join(',') }, sizes: { type: 'string', default: '1000,10000,20000' } },
});
const only = values.only.split(',') as Section[];
const sizes = values.sizes.split(',').map(Number);

async function main() {
  const started = new Date();
  if (only.some((name) => ['lighthouse', 'js', 'serve'].includes(name))) {
    console.log('Building the site (Node and static export)…');
    execFileSync('npm', ['run', 'build:static'], { stdio: 'ignore' });
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  }
  if (only.includes('lighthouse') || only.includes('js')) {
    const server = startServer('npx', ['next', 'start', '-p', String(NEXT_PORT), '-H', '127.0.0.1']);
    try {
      await waitFor(`http://127.0.0.1:${NEXT_PORT}/zh`);
      if (only.includes('lighthouse')) await lighthouseSection(`http://127.0.0.1:${NEXT_PORT}`);
      if (only.includes('js')) await javascriptSection(`http://127.0.0.1:${NEXT_PORT}`);
    } finally {
      stop(server);
    }
  }
  if (only.includes('serve')) await servingSection();
  if (only.includes('scale')) await scaleSection(sizes);

  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const machine = `${cpu}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, Node ${process.version}`;
  for (const [key, text] of report) {
    report.set(key, text.replace('\n\n', `\n\nMeasured ${started.toISOString().slice(0, 10)} by \`npm run bench\` on ${machine}.\n\n`));
  }
  const sections = new Map([...previousSections(), ...report]);
  mkdirSync('bench', { recursive: true });
  const body = SECTIONS.filter((key) => sections.has(key))
    .map((key) => sections.get(key))
    .join('\n');
  writeFileSync(RESULTS, `# Performance budget: measured results\n\n${body}`);
  console.log(`\nUpdated ${RESULTS}: ${[...report.keys()].join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
