/**
 * A phone camera's photo, made by the test itself: a JPEG of `width`×`height` as the sensor stores it, with a red band
 * along its stored left edge (which is the top once Orientation 6 turns it upright), and the EXIF a phone writes: GPS
 * position, make, model, serial number, orientation (exiftool from Debian, as npm test installs it).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';

export const CAMERA = { latitude: 40.8424, longitude: 111.7492, make: 'TestPhoneMaker', model: 'Test Phone 15', serial: 'SN-4711-TEST' };

export async function writeCameraPhoto(file: string, { width = 4000, height = 3000, orientation = 6 } = {}): Promise<void> {
  const band = Math.round(width / 10);
  // Soft noise over a gradient: it compresses like a photo, to a few MB at a camera's quality.
  const base = await sharp({
    create: { width, height, channels: 3, background: '#787878', noise: { type: 'gaussian', mean: 120, sigma: 18 } },
  })
    .composite([
      {
        input: { create: { width: band, height, channels: 3, background: { r: 220, g: 20, b: 20 } } },
        left: 0,
        top: 0,
      },
    ])
    .blur(0.6)
    .jpeg({ quality: 92 })
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
