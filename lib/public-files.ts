import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file below a folder, relative to it, with forward slashes. */
export function filesBelow(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
  } catch {
    return [];
  }
}

/** Finds a site path under public/ with the exact case the Linux server needs, reading each folder once. */
export class PublicFiles {
  private listings = new Map<string, string[]>();

  constructor(private root: string) {}

  private list(dir: string): string[] {
    let entries = this.listings.get(dir);
    if (!entries) {
      try {
        entries = readdirSync(dir);
      } catch {
        entries = [];
      }
      this.listings.set(dir, entries);
    }
    return entries;
  }

  /** 'ok', 'missing', or the path as it really is when only the case differs. */
  find(sitePath: string): 'ok' | 'missing' | { actual: string } {
    let segments: string[];
    try {
      segments = decodeURI(sitePath).split('/').filter(Boolean);
    } catch {
      return 'missing';
    }
    let dir = this.root;
    let actual = '';
    let caseDiffers = false;
    for (const segment of segments) {
      const entries = this.list(dir);
      const name = entries.includes(segment) ? segment : entries.find((entry) => entry.toLowerCase() === segment.toLowerCase());
      if (!name) return 'missing';
      caseDiffers ||= name !== segment;
      dir = path.join(dir, name);
      actual += `/${name}`;
    }
    return caseDiffers ? { actual } : 'ok';
  }
}
