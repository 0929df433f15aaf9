/**
 * npm run seo:push [-- --dry-run] [--state=<file>]
 *
 * Sends the URLs of new or changed articles to Baidu's URL submission API, at most 2,000 per call,
 * after `npm run build` (it reads the articles the build published). BAIDU_PUSH_TOKEN is the token
 * from Baidu's webmaster platform (ziyuan.baidu.com → 普通收录 → API提交); SITE_URL is the site as
 * registered there. What Baidu accepted is recorded in the state file (.seo-push.json by default),
 * so the next run sends only what is new or changed since. --dry-run prints what would be sent,
 * contacts nobody and records nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { acceptedUrls, type BaiduAnswer, batches, fingerprint, pendingUrls, type PushRecord } from '@/lib/baidu-push';
import { type Article, getPublishedArticles } from '@/lib/content';
import { articlePath } from '@/lib/paths';
import { absoluteUrl, localizedPath } from '@/lib/seo';
import { siteConfig } from '@/site.config';

const ENDPOINT = process.env.BAIDU_PUSH_ENDPOINT ?? 'http://data.zz.baidu.com/urls';

function fail(zh: string, en: string): never {
  console.error(`✗ ${zh}\n  ${en}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false }, state: { type: 'string', default: '.seo-push.json' } },
});
const dryRun = values['dry-run'];
const stateFile = values.state;

function publishedArticles(): Article[] {
  try {
    return getPublishedArticles();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    fail('找不到构建生成的文章数据：请先运行 npm run build。', 'The articles of a build are missing: run npm run build first.');
  }
}
// Each published article's URL with the fingerprint of what it shows now.
const current: PushRecord = Object.fromEntries(
  publishedArticles().map((article) => [absoluteUrl(localizedPath(articlePath(article.slug), article.locale)), fingerprint(article)]),
);
const pushed: PushRecord = existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as PushRecord) : {};
const pending = pendingUrls(current, pushed);
const calls = batches(pending);
const target = `${ENDPOINT}?site=${encodeURIComponent(siteConfig.url)}&token=`;

console.log(
  `${pending.length} 个新增或更新的文章网址，分 ${calls.length} 次提交 · ${pending.length} new or changed article URLs in ${calls.length} call(s)`,
);

if (dryRun) {
  calls.forEach((batch, index) => {
    console.log(`\nPOST ${target}*** (${index + 1}/${calls.length}, ${batch.length} URLs)`);
    for (const url of batch) console.log(url);
  });
  process.exit(0);
}

const token = process.env.BAIDU_PUSH_TOKEN;
if (!token)
  fail(
    '请设置环境变量 BAIDU_PUSH_TOKEN（百度搜索资源平台 → 普通收录 → API提交 中的 token）。',
    'Set BAIDU_PUSH_TOKEN to the token of Baidu’s webmaster platform (普通收录 → API提交).',
  );
if (/^https?:\/\/(localhost|127\.0\.0\.1)/.test(siteConfig.url)) {
  fail(
    '请把环境变量 SITE_URL 设为网站在百度登记的地址，例如 https://www.example.cn。',
    'Set SITE_URL to the site’s address as registered with Baidu, e.g. https://www.example.cn.',
  );
}

/** Sends each batch, records what Baidu accepted after each call, and stops when the day's quota is used up. */
async function push(token: string) {
  const record = { ...pushed };
  for (const [index, batch] of calls.entries()) {
    const response = await fetch(`${target}${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: batch.join('\n'),
    });
    const answer = (await response.json()) as BaiduAnswer;
    for (const url of acceptedUrls(batch, answer)) record[url] = current[url];
    writeFileSync(stateFile, `${JSON.stringify(record, null, 2)}\n`);
    if (answer.error !== undefined)
      fail(`百度返回错误 ${answer.error}：${answer.message}`, `Baidu answered error ${answer.error}: ${answer.message}`);
    const refused = [...(answer.not_same_site ?? []), ...(answer.not_valid ?? [])];
    console.log(
      `✓ ${index + 1}/${calls.length}: 收录 ${answer.success} 个，今日剩余额度 ${answer.remain} · accepted ${answer.success}, ${answer.remain} left today`,
    );
    if (refused.length > 0) console.log(`  未接受 · refused:\n  ${refused.join('\n  ')}`);
    if (answer.remain === 0 && index < calls.length - 1) {
      console.log('今日额度已用完，其余网址明天再次运行时提交。 · Today’s quota is used up: run again tomorrow for the rest.');
      return;
    }
  }
}

push(token).catch((error: Error) => fail(`无法连接百度：${error.message}`, `Could not reach Baidu: ${error.message}`));
