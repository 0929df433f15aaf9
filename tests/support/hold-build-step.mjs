// Loaded into every node process of a test's newsroom (NODE_OPTIONS, release-hold.ts): the process that starts the
// build step named in RELEASE_HOLD_AT says so through RELEASE_HOLD_FIFO and waits there to be killed.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const STEP_PROCESSES = {
  'content-check': () => process.argv.some((arg) => arg.endsWith('scripts/content-check.ts')),
  contentlayer: () => (process.argv[1] ?? '').includes('contentlayer2') && process.argv.includes('build'),
  'next-export': () => process.env.NEXT_OUTPUT === 'export' && process.argv.includes('build'),
};

let step = '';
try {
  step = readFileSync(process.env.RELEASE_HOLD_AT, 'utf8').trim();
} catch {
  // Nothing to hold.
}
if (STEP_PROCESSES[step]?.()) {
  writeFileSync(process.env.RELEASE_HOLD_FIFO, `${step}\n`);
  execFileSync('sleep', ['600']);
}
