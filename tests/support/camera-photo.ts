/**
 * A phone camera's photo, made by the test itself: a JPEG of `width`×`height` as the sensor stores it, with a red band
 * along its stored left edge (which is the top once Orientation 6 turns it upright), and the EXIF a phone writes: GPS
 * position, make, model, serial number, orientation (exiftool from Debian, as npm test installs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

export const CAMERA = { latitude: 40.8424, longitude: 111.7492, make: 'TestPhoneMaker', model: 'Test Phone 15', serial: 'SN-4711-TEST' };

/** Colour noise `scale` times coarser than the photo, blown up to its size: detail at one scale, as a scene has. */
async function structure(width: number, height: number, scale: number): Promise<Buffer> {
  const coarse = { width: Math.ceil(width / scale), height: Math.ceil(height / scale), channels: 3 as const };
  return sharp({ create: { ...coarse, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 36 } } })
    .resize({ width, height, kernel: 'cubic' })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/**
 * Writes a camera photo. `scene` adds detail at several scales (as a view of a room has: walls, people, faces, print),
 * so that its smaller sizes weigh what a real photo's do; without it the picture is soft noise, which a smaller size
 * averages away.
 */
export async function writeCameraPhoto(
  file: string,
  { width = 4000, height = 3000, orientation = 6, quality = 92, scene = false } = {},
): Promise<void> {
  const band = Math.round(width / 10);
  const layers = scene ? await Promise.all([96, 24, 6].map((scale) => structure(width, height, scale))) : [];
  // Soft noise over a gradient: it compresses like a photo, to a few MB at a camera's quality.
  const base = await sharp({
    create: { width, height, channels: 3, background: '#787878', noise: { type: 'gaussian', mean: 120, sigma: 18 } },
  })
    .composite([
      ...layers.map((input) => ({ input, blend: 'soft-light' as const })),
      {
        input: { create: { width: band, height, channels: 3, background: { r: 220, g: 20, b: 20 } } },
        left: 0,
        top: 0,
      },
    ])
    .blur(0.6)
    .jpeg({ quality })
    .toBuffer();
  writeFileSync(file, base);
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    `-GPSLatitude=${CAMERA.latitude}`,
    '-GPSLatitudeRef=N',
    `-GPSLongitude=${CAMERA.longitude}`,
    '-GPSLongitudeRef=E',
    `-Make=${CAMERA.make}`,
    `-Model=${CAMERA.model}`,
    `-SerialNumber=${CAMERA.serial}`,
    `-Orientation#=${orientation}`,
    file,
  ]);
}

/** Every tag exiftool reads in a file, by name (its groups left out). */
export function exifTags(file: string): Record<string, unknown> {
  return (JSON.parse(execFileSync('exiftool', ['-j', '-a', file], { encoding: 'utf8' })) as Record<string, unknown>[])[0];
}

/** What a file carries of a phone's: any tag of the position, the camera, its serial number or the orientation. */
export function phoneData(file: string): string[] {
  const values = [CAMERA.make, CAMERA.model, CAMERA.serial];
  return Object.entries(exifTags(file))
    .filter(([name, value]) => /GPS|Make|Model|Serial|Orientation/.test(name) || values.includes(String(value)))
    .map(([name, value]) => `${name}=${String(value)}`);
}

/** The same of bytes (a response's, a commit's). */
export function phoneDataOf(bytes: Buffer): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'phone-data-'));
  try {
    writeFileSync(path.join(folder, 'photo'), bytes);
    return phoneData(path.join(folder, 'photo'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A photo as a git commit holds it: the phone's data it carries, and its size. */
export function committedPhoto(root: string, ref: string, file: string): { phoneData: string[]; width: number; height: number } {
  const bytes = execFileSync('git', ['show', `${ref}:${file}`], { cwd: root });
  const folder = mkdtempSync(path.join(tmpdir(), 'committed-photo-'));
  try {
    writeFileSync(path.join(folder, 'photo'), bytes);
    const tags = exifTags(path.join(folder, 'photo'));
    return { phoneData: phoneData(path.join(folder, 'photo')), width: Number(tags.ImageWidth), height: Number(tags.ImageHeight) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A camera photo in a folder of its own, named as the person's file is. */
export async function cameraPhotoFile(name: string): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'camera-photo-')), name);
  await writeCameraPhoto(file);
  return file;
}

/** A camera photo (writeCameraPhoto's defaults) as the editors store it: upright 1920×2560 with none of the phone's data. */
export const WEB_ORIGINAL_OF_CAMERA_PHOTO = { phoneData: [], width: 1920, height: 2560 };

/** What the editor tells the person of a camera photo it stored (Admin.photo.resizedLocation). */
export const cameraPhotoNote = (name: string) =>
  new RegExp(`照片“${name.replaceAll('.', '\\.')}”已缩小为 1920×2560，并删除了拍摄位置等信息（3\\.\\d MB → \\d+ KB）`);
