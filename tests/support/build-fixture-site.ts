/**
 * Builds the fixture site the behavioural browser tests run against (see e2e/fixture/site.ts): a
 * copy of the project with e2e/fixture/content as its content and e2e/fixture/public added to its
 * public files. `npm test` runs it before any browser test starts.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { fixture, FIXTURE_ROOT, FIXTURE_SITE_URL } from '../../e2e/fixture/site';
import { LOCALES } from '../../i18n/locales.mjs';
import { writeCameraPhoto } from './camera-photo';
import { copyProject } from './project-copy';

const { root, env } = copyProject('', FIXTURE_ROOT);
cpSync('e2e/fixture/public', path.join(root, 'public'), { recursive: true });
// The identity config stays the real one; only the optional contact facts are the fixture's.
appendFileSync(path.join(root, 'site.config.ts'), `\nObject.assign(siteConfig.contact, ${JSON.stringify(fixture.contact)});\n`);
const content = path.join(root, 'e2e/fixture/content');
const buildEnv = { ...env, CONTENT_DIR: content, SITE_URL: FIXTURE_SITE_URL };

// A phone's photo, as an office worker takes it (4000×3000, GPS, camera, serial, Orientation 6), made a web original
// the way a technician's `npm run images:fix` makes it (an upload in the editor does the same), shown in the media
// article. Made here rather than kept in git: e2e/fixture/content stays as the newsroom's tests copy it.
async function addCameraPhoto() {
  const { file, caption } = fixture.cameraPhoto;
  const photo = path.join(root, 'public/news', fixture.media, file);
  await writeCameraPhoto(photo);
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/images-fix.ts', photo], { cwd: root, env: buildEnv, stdio: 'inherit' });
  for (const locale of LOCALES)
    appendFileSync(
      path.join(content, 'news', locale, `${fixture.media}.mdx`),
      `\n<Figure src="/news/${fixture.media}/${file}" alt="${caption[locale]}" caption="${caption[locale]}" />\n`,
    );
}

// Both targets in one run, in the same folder: the content check and contentlayer2 once, and the export must leave
// the Node build whole.
void addCameraPhoto().then(() =>
  execFileSync('node', ['scripts/build.mjs', 'node', 'static'], { cwd: root, env: buildEnv, stdio: 'inherit' }),
);
