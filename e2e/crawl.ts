/** A crawl of a built site from its home pages, as a visitor's browser and a search engine would follow its links. */
import type { APIRequestContext } from '@playwright/test';
import { LOCALES } from '../i18n/locales.mjs';

/** What a crawl of a site from its home pages found: HTML pages, broken internal URLs, non-https external links. */
export interface CrawlResult {
  pages: string[];
  broken: string[];
  badExternal: string[];
  /** Internal URLs answered without a security header, compression or the right content type. */
  badlyServed: string[];
}

const ATTRIBUTE_URL = /\s(?:href|src)="([^"]+)"/g;
const TEXT_TYPE = /^(text\/|application\/(javascript|json|xml|rss\+xml|atom\+xml)|image\/svg\+xml)/;
const TYPE_OF_EXTENSION: Record<string, RegExp> = {
  js: /javascript/,
  css: /^text\/css/,
  xml: /xml/,
  png: /^image\/png/,
  jpg: /^image\/jpeg/,
  svg: /^image\/svg\+xml/,
  pdf: /^application\/pdf/,
  ico: /^image\/(x-icon|vnd\.microsoft\.icon)/,
};

/**
 * Follows every internal link and asset from the home pages of every language. Absolute URLs on `siteUrl`
 * (canonical, alternates) count as the site's own; external links are checked for form only, never fetched.
 * Every internal response must carry `expectedHeaders`, the content type of its extension, and (with
 * `compressed`) come compressed when it is text.
 */
export async function crawl(
  request: APIRequestContext,
  origin: string,
  siteUrl: string,
  {
    expectedHeaders = {},
    expectedPolicy,
    compressed = false,
  }: {
    expectedHeaders?: Record<string, string>;
    /** The Content-Security-Policy this response must carry, from its path, type and body. */
    expectedPolicy?: (path: string, type: string, body: string) => string;
    compressed?: boolean;
  } = {},
): Promise<CrawlResult> {
  const queue = LOCALES.map((locale) => `/${locale}`);
  const seen = new Set(queue);
  const result: CrawlResult = { pages: [], broken: [], badExternal: [], badlyServed: [] };
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0, headers: { 'accept-encoding': 'gzip, br' } });
    if (response.status() !== 200) {
      result.broken.push(`${path} → ${response.status()}`);
      continue;
    }
    const headers = response.headers();
    const type = headers['content-type'] ?? '';
    for (const [key, value] of Object.entries(expectedHeaders)) {
      if (headers[key.toLowerCase()] !== value) result.badlyServed.push(`${path}: ${key} is ${headers[key.toLowerCase()]}`);
    }
    const policy = headers['content-security-policy'];
    // Next's image optimizer sends a stricter policy of its own for the images it serves: no script, a sandbox.
    const imagePolicy = path.startsWith('/_next/image') && /script-src 'none'.*sandbox/.test(policy ?? '');
    if (expectedPolicy && !imagePolicy && policy !== expectedPolicy(path, type, type.includes('text/html') ? await response.text() : '')) {
      result.badlyServed.push(`${path}: Content-Security-Policy is ${policy}`);
    }
    const extension = /\.(\w+)$/.exec(path)?.[1];
    if (extension && TYPE_OF_EXTENSION[extension] && !TYPE_OF_EXTENSION[extension].test(type))
      result.badlyServed.push(`${path}: type ${type}`);
    if (compressed && TEXT_TYPE.test(type) && Number(headers['content-length'] ?? 1024) >= 1024 && !headers['content-encoding']) {
      result.badlyServed.push(`${path}: not compressed`);
    }
    if (!type.includes('text/html')) continue;
    result.pages.push(path);
    for (const [, raw] of (await response.text()).matchAll(ATTRIBUTE_URL)) {
      const value = raw.replaceAll('&amp;', '&');
      if (/^(tel|mailto):/.test(value) || value.startsWith('#')) continue;
      const url = new URL(value.startsWith(siteUrl) ? value.slice(siteUrl.length) || '/' : value, origin + path);
      if (url.origin !== origin) {
        if (url.protocol !== 'https:') result.badExternal.push(`${path}: ${value}`);
        continue;
      }
      const target = url.pathname + url.search;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return result;
}

/** Project tags: a test runs on `next start` (desktop, and phone where its spec is listed) unless tagged otherwise. */
