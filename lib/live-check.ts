/**
 * The live tamper check (`npm run verify:live`): fetches every URL of a release manifest (build/release.mjs) from the
 * live site and names each one that is modified, missing, served with another type or without its policy. Where the
 * build's own files are at hand and still match the manifest, a modified file is quoted where it first differs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { z } from 'zod';
import { NODE_MANIFEST, STATIC_MANIFEST } from '../build/paths.mjs';

const manifestEntry = z.object({
  path: z.string().startsWith('/'),
  file: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  type: z.string(),
  status: z.number().int().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  csp: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntry>;

const releaseManifest = z.object({
  target: z.enum(['static', 'node']),
  builtAt: z.string(),
  root: z.string(),
  files: z.array(manifestEntry),
});
export type ReleaseManifest = z.infer<typeof releaseManifest> & { file: string };

export function readManifest(file: string): ReleaseManifest {
  return { ...releaseManifest.parse(JSON.parse(readFileSync(file, 'utf8'))), file };
}

const MANIFESTS = [STATIC_MANIFEST, NODE_MANIFEST];

/**
 * Where the manifest of what is live is: on a newsroom server, in its live release (CMS_DATA/current, which
 * publisher.ts fills), whatever builds the checkout holds; elsewhere, the checkout's last build (release/).
 */
export function liveManifestFiles(root: string, liveRelease: string): string[] {
  if (existsSync(liveRelease)) return MANIFESTS.map((file) => path.join(liveRelease, path.basename(file)));
  return MANIFESTS.map((file) => path.join(root, file));
}

/** The manifest of the newest build among these files, or undefined when none of them exists. */
export function newestManifest(files: string[]): ReleaseManifest | undefined {
  return files
    .filter((file) => existsSync(file))
    .map(readManifest)
    .sort((a, b) => b.builtAt.localeCompare(a.builtAt))[0];
}

export type FindingKind = 'modified' | 'missing' | 'type' | 'csp' | 'unreachable';

export interface Finding {
  kind: FindingKind;
  path: string;
  /** What was found, in Chinese and in English. */
  detail: { zh: string; en: string };
}

const QUOTE_LENGTH = 80;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const mediaType = (contentType: string | null) => (contentType ?? '').split(';')[0].trim().toLowerCase();

/** The text a reader sees, in document order: every text node outside scripts and styles, the title's among them. */
function visibleTexts(html: string): string[] {
  const texts: string[] = [];
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if (node.nodeName === 'script' || node.nodeName === 'style') return;
    if (node.nodeName === '#text' && 'value' in node && node.value.trim()) texts.push(node.value.trim().replace(/\s+/g, ' '));
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if ('content' in node) visit(node.content);
  };
  visit(parse(html));
  return texts;
}

/** One line of at most QUOTE_LENGTH characters. */
function shorten(text: string) {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTE_LENGTH ? `${line.slice(0, QUOTE_LENGTH)}…` : line;
}

/** Where the served text first differs from the built one, quoted from what is served. */
export function firstDifference(built: string, served: string, isHtml: boolean): string | undefined {
  if (isHtml) {
    const [before, after] = [visibleTexts(built), visibleTexts(served)];
    const at = after.findIndex((text, index) => text !== before[index]);
    if (at >= 0) return shorten(after[at]);
  }
  let at = 0;
  while (at < built.length && built[at] === served[at]) at += 1;
  if (at >= served.length) return undefined;
  return shorten(served.slice(Math.max(0, at - 20), at + QUOTE_LENGTH - 20));
}

/** The build's own copy of a file, when it is there and still what the manifest says it is. */
function builtCopy(manifest: ReleaseManifest, entry: ManifestEntry): Buffer | undefined {
  const file = path.resolve(path.dirname(manifest.file), manifest.root, entry.file);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  return sha256(bytes) === entry.sha256 ? bytes : undefined;
}

const TEXT_TYPE = /^(text\/|application\/(javascript|json|xml|rss\+xml|atom\+xml)|image\/svg\+xml)/;

async function checkOne(siteUrl: string, manifest: ReleaseManifest, entry: ManifestEntry, timeoutMs: number): Promise<Finding[]> {
  const finding = (kind: FindingKind, zh: string, en: string): Finding => ({ kind, path: entry.path, detail: { zh, en } });
  let response: Response;
  let body: Uint8Array;
  try {
    // fetch asks for gzip and br and decodes them: the bytes compared are the file's, however they travel.
    response = await fetch(new URL(entry.path, siteUrl), {
      headers: entry.headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [finding('unreachable', `无法取得：${reason}`, `could not be fetched: ${reason}`)];
  }
  const expectedStatus = entry.status ?? 200;
  if (response.status !== expectedStatus) {
    return [
      finding(
        'missing',
        `应返回 ${expectedStatus}，实际返回 ${response.status}`,
        `should answer ${expectedStatus}, answers ${response.status}`,
      ),
    ];
  }
  const findings: Finding[] = [];
  const type = mediaType(response.headers.get('content-type'));
  if (type !== entry.type) {
    findings.push(
      finding('type', `内容类型为 ${type || '（无）'}，应为 ${entry.type}`, `served as ${type || '(none)'}, built as ${entry.type}`),
    );
  }
  const policy = response.headers.get('content-security-policy');
  if (entry.csp !== undefined && policy !== entry.csp) {
    findings.push(
      finding(
        'csp',
        policy ? '内容安全策略（CSP）与构建时不同' : '缺少内容安全策略（CSP）响应头',
        policy ? 'served with another Content-Security-Policy than its build gave it' : 'served without its Content-Security-Policy header',
      ),
    );
  }
  if (sha256(body) !== entry.sha256) {
    const built = builtCopy(manifest, entry);
    const quote =
      built && TEXT_TYPE.test(entry.type)
        ? firstDifference(built.toString('utf8'), Buffer.from(body).toString('utf8'), entry.type === 'text/html')
        : undefined;
    findings.push(
      quote !== undefined
        ? finding('modified', `内容已被改动，首处不同：“${quote}”`, `modified; first difference: "${quote}"`)
        : finding(
            'modified',
            `内容已被改动（${body.length} 字节，构建时 ${entry.size} 字节）`,
            `modified (${body.length} bytes; ${entry.size} as built)`,
          ),
    );
  }
  return findings;
}

export interface LiveCheckResult {
  checked: number;
  findings: Finding[];
}

/** Every URL of the manifest, at most `concurrency` at a time. */
export async function checkLiveSite(
  siteUrl: string,
  manifest: ReleaseManifest,
  { concurrency = 16, timeoutMs = 30_000 }: { concurrency?: number; timeoutMs?: number } = {},
): Promise<LiveCheckResult> {
  const results: Finding[][] = [];
  let next = 0;
  const worker = async () => {
    while (next < manifest.files.length) {
      const index = next++;
      results[index] = await checkOne(siteUrl, manifest, manifest.files[index], timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, manifest.files.length) }, worker));
  return { checked: manifest.files.length, findings: results.flat() };
}

const KIND_LABELS: Record<FindingKind, { zh: string; en: string }> = {
  modified: { zh: '已篡改', en: 'modified' },
  missing: { zh: '缺失', en: 'missing' },
  type: { zh: '类型不符', en: 'wrong type' },
  csp: { zh: '策略不符', en: 'wrong policy' },
  unreachable: { zh: '无法访问', en: 'unreachable' },
};

/** The report, one finding per line, in Chinese and English, and a summary last. */
export function formatReport(siteUrl: string, manifest: ReleaseManifest, { checked, findings }: LiveCheckResult): string {
  const lines = findings.map(({ kind, path: page, detail }) => {
    const label = KIND_LABELS[kind];
    return `✗ ${label.zh} / ${label.en}  ${page}\n    ${detail.zh}\n    ${detail.en}`;
  });
  const source = `${manifest.file}（${manifest.target}，${manifest.builtAt}）`;
  lines.push(
    findings.length === 0
      ? `✓ ${siteUrl}：${checked} 个网址与构建一致 / all ${checked} URLs match the build (${source})`
      : `✗ ${siteUrl}：检查了 ${checked} 个网址，发现 ${findings.length} 处问题 / ${findings.length} findings in ${checked} URLs (${source})`,
  );
  return `${lines.join('\n')}\n`;
}
