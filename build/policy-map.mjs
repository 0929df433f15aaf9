// The entries of nginx's `map $uri $page_csp` that each static build writes (release/static-csp.conf): one
// `"<file's $uri>" "<its policy>";` a line, nothing else. The root-owned nginx config includes the file inside its map
// block, where nginx itself accepts only entries; the newsroom checks the file with policyMapProblems before it reloads
// nginx, and refuses the release when a line is anything else (docs/security.md: who can write the file).
import { readFileSync } from 'node:fs';

/** nginx's map_hash_bucket_size in the configs (512) holds a key of up to this many bytes. */
export const MAX_URI_BYTES = 400;

// No quote or backslash (nothing ends a string early), no `$` (no variable), no braces, no control character (no new
// line); a key starts with `/` (never `~`, a regular expression, nor a word nginx's map reads as a parameter). The
// policy's own `;` are inside its quotes.
const ENTRY = /^"(\/[^"\\${}\p{Cc}]*)" "([^"\\${}\p{Cc}]*)";$/u;

/** One entry of the map. */
export function policyMapEntry(uri, policy) {
  return `"${uri}" "${policy}";`;
}

/**
 * The lines of a policy map that are not an entry, numbered from 1; none for a file nginx may load.
 * @param {string} text
 * @returns {{ line: number, text: string }[]}
 */
export function policyMapProblems(text) {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  return lines.flatMap((line, index) => {
    const entry = ENTRY.exec(line);
    return entry && Buffer.byteLength(entry[1]) <= MAX_URI_BYTES ? [] : [{ line: index + 1, text: line.slice(0, 200) }];
  });
}

/** Throws, in Chinese and English, naming the file and each bad line, unless the file holds only entries. */
export function assertPolicyMap(file) {
  const problems = policyMapProblems(readFileSync(file, 'utf8'));
  if (problems.length === 0) return;
  const lines = problems.slice(0, 5).map(({ line, text }) => `${file}:${line}: ${text}`);
  throw new Error(
    [
      `页面策略表只能有 "网址" "策略"; 这样的行，nginx 未重新加载，网站仍是上一个版本：`,
      `The page policy map may hold only "uri" "policy"; lines: nginx was not reloaded, the live site is unchanged:`,
      ...lines,
    ].join('\n'),
  );
}
