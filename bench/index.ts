/**
 * npm run bench: the performance budget, measured on this machine. Prints each table and writes
 * bench/results.md. Never part of `npm test` (timings belong to benchmarks, not tests).
 *
 *   npm run bench                                        everything (about an hour and a half on 2 cores)
 *   npm run bench -- --only=lighthouse,js,serve,scale,tamper,newsroom,messages,backup,photos   some sections; the others in bench/results.md stay
 *   npm run bench -- --only=scale --sizes=20000          some sizes only; the table keeps the last run's other rows
 *   npm run bench -- --only=newsroom --newsroom-sizes=1000   the newsroom at some archive sizes (default 1000,10000)
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { javascriptSection } from './javascript';
import { lighthouseSection } from './lighthouse';
import { scaleSection } from './scale';
import { servingSection } from './serve';
import { messagesSection } from './messages';
import { backupSection } from './backup';
import { photosSection } from './photos';
import { newsroomSection } from './newsroom';
import { tamperSection } from './tamper';
import { NEXT_PORT, report, RESULTS, type Section, SECTIONS, startNodeServer, stop, waitFor, writeResults } from './support';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: SECTIONS.join(',') },
    sizes: { type: 'string', default: '1000,10000,20000' },
    'newsroom-sizes': { type: 'string', default: '1000,10000' },
  },
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
    const server = startNodeServer();
    try {
      await waitFor(`http://127.0.0.1:${NEXT_PORT}/zh`);
      if (only.includes('lighthouse')) await lighthouseSection(`http://127.0.0.1:${NEXT_PORT}`);
      if (only.includes('js')) await javascriptSection(`http://127.0.0.1:${NEXT_PORT}`);
    } finally {
      stop(server);
    }
  }
  if (only.includes('serve')) await servingSection();
  if (only.includes('scale')) await scaleSection(sizes, () => writeResults(started));
  if (only.includes('tamper')) await tamperSection();
  if (only.includes('newsroom')) await newsroomSection(values['newsroom-sizes'].split(',').map(Number));
  if (only.includes('messages')) await messagesSection();
  if (only.includes('backup')) await backupSection();
  if (only.includes('photos')) await photosSection();

  writeResults(started);
  console.log(`\nUpdated ${RESULTS}: ${[...report.keys()].join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
