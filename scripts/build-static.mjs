// The static export's `next build` (NEXT_OUTPUT=export, pages written to out/). Next keeps an
// export's build artifacts in .next and empties that folder first, which would delete a Node build
// (.next/standalone) made before: the Node build is set aside meanwhile and put back afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const nodeBuild = '.next';
const aside = '.next-node';
if (existsSync(aside))
  throw new Error(`${aside} exists: an earlier static build was interrupted; move it back to ${nodeBuild} or delete it`);
if (existsSync(nodeBuild)) renameSync(nodeBuild, aside);
try {
  execFileSync('next', ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_OUTPUT: 'export' } });
} finally {
  rmSync(nodeBuild, { recursive: true, force: true });
  if (existsSync(aside)) renameSync(aside, nodeBuild);
}
