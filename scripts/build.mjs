// node scripts/build.mjs <node|static>…: runs the steps of each target (build/steps.mjs), common steps once, and
// prints what each took. BUILD_TIMINGS_FILE=<file> also writes them there as JSON (the bench reads it).
import { writeFileSync } from 'node:fs';
import { STEPS, stepsOf, TARGETS } from '../build/steps.mjs';

const targets = process.argv.slice(2);
const unknown = targets.filter((target) => !(target in TARGETS));
if (targets.length === 0 || unknown.length > 0) {
  console.error(
    `用法 / usage: node scripts/build.mjs <${Object.keys(TARGETS).join('|')}>…${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
  );
  process.exit(2);
}
const timings = [];
for (const step of stepsOf(targets)) {
  const started = performance.now();
  try {
    STEPS[step].run();
  } catch (error) {
    console.error(`\n✗ 构建在“${step}”一步失败 / the build failed at step "${step}": ${STEPS[step].does}\n  ${error.message}`);
    process.exit(1);
  }
  timings.push({ step, seconds: Math.round((performance.now() - started) / 100) / 10 });
}
console.log(`\n构建步骤 / build steps: ${timings.map(({ step, seconds }) => `${step} ${seconds} s`).join(' · ')}`);
if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, `${JSON.stringify(timings, null, 2)}\n`);
