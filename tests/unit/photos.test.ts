/**
 * Phone photos become web originals (lib/photos.ts): upright, at most 2560 px, no GPS, camera or serial data; PNG
 * stays PNG, GIF is left alone; the content check refuses a hand-placed photo with a GPS position, and `npm run
 * images:fix` makes it pass. The photos are made by the test (tests/support/camera-photo.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { normalizePhoto, WEB_ORIGINAL_EDGE } from '../../lib/photos';
import { CAMERA, phoneData, writeCameraPhoto } from '../support/camera-photo';

const scratch = mkdtempSync(path.join(tmpdir(), 'photos-'));
const camera = path.join(scratch, '会议现场.jpg');
before(() => writeCameraPhoto(camera));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('a camera photo becomes an upright web original of at most 2560 px with none of the phone’s data', async () => {
  assert.ok(phoneData(camera).length >= 5, 'the test photo carries the phone’s data');
  const photo = await normalizePhoto(readFileSync(camera));
  assert.ok(photo);
  const out = path.join(scratch, 'out.jpg');
  writeFileSync(out, photo.bytes);
  assert.deepEqual(phoneData(out), []);
  const meta = await sharp(photo.bytes).metadata();
  assert.deepEqual(
    [meta.format, meta.width, meta.height, meta.orientation, meta.exif, meta.xmp, meta.iptc, meta.icc],
    ['jpeg', 1920, WEB_ORIGINAL_EDGE, undefined, undefined, undefined, undefined, undefined],
  );
  // Turned upright: the band along the sensor's left edge is now the top.
  const { data } = await sharp(photo.bytes)
    .extract({ left: 900, top: 20, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  assert.ok(data[0] > 180 && data[1] < 80, `the top is red: ${[...data].join(',')}`);
  assert.deepEqual([photo.resized, photo.hadLocation, photo.hadMetadata], [true, true, true]);
  assert.ok(photo.after.bytes < photo.before.bytes / 3, `${photo.before.bytes} → ${photo.after.bytes}`);
});

test('a screenshot stays PNG, an animated GIF is left as it is, and a web original keeps its bytes', async () => {
  const png = await sharp({ create: { width: 3000, height: 1000, channels: 4, background: '#336699' } })
    .png()
    .withExif({ IFD0: { Make: CAMERA.make } })
    .toBuffer();
  const fromPng = await normalizePhoto(png);
  assert.equal((await sharp(fromPng!.bytes).metadata()).format, 'png');
  assert.equal(fromPng!.after.width, WEB_ORIGINAL_EDGE);
  assert.equal(fromPng!.hadMetadata, true);

  const frame = { width: 40, height: 40, channels: 4, background: '#ff0000' } as const;
  const gif = await sharp({ create: frame }).gif().toBuffer();
  const animated = await sharp([gif, gif], { join: { animated: true } })
    .gif()
    .toBuffer();
  assert.equal(await normalizePhoto(animated), undefined);

  const webOriginal = (await normalizePhoto(readFileSync(camera)))!.bytes;
  assert.equal((await normalizePhoto(webOriginal))!.bytes, webOriginal);
});

test('the content check refuses a hand-placed photo with a GPS position; npm run images:fix makes it pass', () => {
  const project = path.join(scratch, 'project');
  mkdirSync(path.join(project, 'content/news/zh'), { recursive: true });
  mkdirSync(path.join(project, 'public/news/annual-meeting'), { recursive: true });
  const placed = path.join(project, 'public/news/annual-meeting/会议现场.jpg');
  copyFileSync(camera, placed);
  const run = (script: string, ...args: string[]) =>
    spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts', script), ...args], { cwd: project, encoding: 'utf8' });

  const refused = run('content-check.ts');
  assert.equal(refused.status, 1, refused.stdout + refused.stderr);
  assert.match(refused.stderr, /public\/news\/annual-meeting\/会议现场\.jpg {2}\[image\]/);
  assert.match(
    refused.stderr,
    /照片带有拍摄位置（GPS 40\.8424, 111\.7492）.*npm run images:fix -- public\/news\/annual-meeting\/会议现场\.jpg/,
  );
  assert.match(refused.stderr, /The photo carries the place it was taken/);

  const fixed = run('images-fix.ts');
  assert.equal(fixed.status, 0, fixed.stderr);
  assert.match(fixed.stdout, /已处理 public\/news\/annual-meeting\/会议现场\.jpg：1920×2560，3\.\d MB → \d+ KB，删除了拍摄位置/);
  assert.deepEqual(phoneData(placed), []);
  const passed = run('content-check.ts');
  assert.equal(passed.status, 0, passed.stdout + passed.stderr);
  assert.doesNotMatch(passed.stderr, /会议现场/);
});
