import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { makeImageSizes } from '../../lib/image-sizes';
import { SIZES_PATH } from '../../lib/image-names';
import { writeCameraPhoto } from '../support/camera-photo';

const root = mkdtempSync(path.join(tmpdir(), 'image-sizes-'));
after(() => rmSync(root, { recursive: true, force: true }));

const served = (publicDir: string) =>
  Object.fromEntries(
    readdirSync(path.join(publicDir, SIZES_PATH)).map((name) => [name, readFileSync(path.join(publicDir, SIZES_PATH, name))]),
  );

// The newsroom's releases, a restored newsroom and the CDN all expect one photo to give the same files: a release
// manifest compares them byte for byte, and a size's name is the source's hash.
test('a photo gives the same sizes, byte for byte, whatever the cache already held', async () => {
  const publicDir = path.join(root, 'public');
  const photo = '/news/a/现场.jpg';
  mkdirSync(path.join(publicDir, 'news/a'), { recursive: true });
  await writeCameraPhoto(path.join(publicDir, photo), { width: 1600, height: 1200, orientation: 1, scene: true });
  const cache = path.join(root, 'cache');
  const cold = await makeImageSizes(publicDir, [photo], new Set([photo]), cache);
  const first = served(publicDir);
  assert.equal(cold.encoded, Object.keys(first).length);
  // Only the small sizes are missing now, as after an upgrade that adds a width or a cache copied in part.
  for (const name of readdirSync(cache).filter((file) => /-(320|640)\.webp$/.test(file))) rmSync(path.join(cache, name));
  const again = await makeImageSizes(publicDir, [photo], new Set([photo]), cache);
  assert.equal(again.encoded, 2);
  assert.deepEqual(served(publicDir), first);
});
