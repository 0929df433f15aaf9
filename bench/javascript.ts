/** JavaScript each page type loads, split into the framework's and ours; web fonts; leaked messages. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, CHROMIUM, kb, samplePages, section } from './support';
import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES } from '../i18n/locales.mjs';

/** Which client module ids are the project's own (not node_modules), from Next's client reference manifests. */
function ownModuleIds(): Set<number> {
  const ids = new Set<number>();
  const files = readdirSync('.next/server/app', { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('_client-reference-manifest.js'),
  );
  for (const file of files) {
    const manifest = { __RSC_MANIFEST: {} as Record<string, { clientModules: Record<string, { id: number }> }> };
    new Function('globalThis', readFileSync(path.join('.next/server/app', file), 'utf8'))(manifest);
    for (const page of Object.values(manifest.__RSC_MANIFEST)) {
      for (const [name, module] of Object.entries(page.clientModules)) {
        if (name.startsWith('[project]/') && !name.includes('/node_modules/')) ids.add(Number(module.id));
      }
    }
  }
  return ids;
}

/** Interface sentences long enough not to occur in framework code by chance (short words like "Next" do). */
function distinctiveMessages(): string[] {
  const texts: string[] = [];
  const collect = (node: unknown) => {
    if (typeof node === 'string') texts.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  };
  for (const locale of LOCALES) collect(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')));
  return texts.filter((text) => text.length >= 12);
}

export async function javascriptSection(base: string) {
  const own = ownModuleIds();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  const rows = [
    '| page | scripts | all JS (gzip) | framework runtime (gzip) | ours (gzip) | web fonts | messages in client JS |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, pagePath] of Object.entries({ ...samplePages, 'search zh': '/zh/search' })) {
    const page = await browser.newPage({ locale: LOCALE_TAGS[DEFAULT_LOCALE].htmlLang });
    const scripts: string[] = [];
    let fonts = 0;
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
      if (response.request().resourceType() === 'font') fonts += 1;
    });
    await page.goto(`${base}${pagePath}`, { waitUntil: 'load' });
    let total = 0;
    let ours = 0;
    let leakedMessages = 0;
    const messageText = distinctiveMessages();
    for (const url of new Set(scripts)) {
      const body = await (await fetch(url)).text();
      const size = gzipSync(body, { level: 9 }).length;
      total += size;
      const moduleIds = [...body.matchAll(/[,[](\d+),\w+=>\{/g)].map((match) => Number(match[1]));
      // A chunk holding any of our modules counts as ours in full: an upper bound for the budget.
      if (moduleIds.some((id) => own.has(id))) ours += size;
      if (messageText.some((text) => body.includes(text))) leakedMessages += 1;
    }
    rows.push(
      `| ${name} | ${new Set(scripts).size} | ${kb(total)} | ${kb(total - ours)} | ${kb(ours)} | ${fonts} | ${leakedMessages === 0 ? 'none' : `${leakedMessages} scripts`} |`,
    );
    await page.close();
  }
  await browser.close();
  section('js', 'JavaScript shipped per page type (gzip -9 of each script the page loads)', [
    ...rows,
    '',
    '"Ours" counts in full every chunk that holds any of the project\'s own client components (menu, text size, search box); the rest is React and the Next.js runtime. Budget: ours ≤ 10 KB.',
  ]);
}
