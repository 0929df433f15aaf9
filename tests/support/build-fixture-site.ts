/**
 * Builds the fixture site the behavioural browser tests run against (see e2e/fixture/site.ts): a
 * copy of the project with e2e/fixture/content as its content and e2e/fixture/public added to its
 * public files. `npm test` runs it before any browser test starts.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { fixture, FIXTURE_ROOT, FIXTURE_SITE_URL } from '../../e2e/fixture/site';
import { copyProject } from './project-copy';

const { root, env } = copyProject('', FIXTURE_ROOT);
cpSync('e2e/fixture/public', path.join(root, 'public'), { recursive: true });
// The identity config stays the real one; only the optional contact facts are the fixture's.
appendFileSync(path.join(root, 'site.config.ts'), `\nObject.assign(siteConfig.contact, ${JSON.stringify(fixture.contact)});\n`);
const buildEnv = { ...env, CONTENT_DIR: path.join(root, 'e2e/fixture/content'), SITE_URL: FIXTURE_SITE_URL };
// Both targets in one run, in the same folder: the content check and contentlayer2 once, and the export must leave
// the Node build whole.
execFileSync('node', ['scripts/build.mjs', 'node', 'static'], { cwd: root, env: buildEnv, stdio: 'inherit' });
