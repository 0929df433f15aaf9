/** Lighthouse, mobile preset, median of 3 runs per page type. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_FLAGS, CHROMIUM, kb, samplePages, section } from './support';

/** One Lighthouse run (mobile preset, the default) of `url` in Debian's Chromium, its JSON report written to `file`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Lighthouse's report, read by the fields each section needs
export function lighthouseReport(url: string, file: string, categories = 'performance,accessibility,best-practices,seo'): any {
  execFileSync(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      `--only-categories=${categories}`,
    ],
    { stdio: 'pipe', env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  return JSON.parse(readFileSync(file, 'utf8'));
}

export async function lighthouseSection(base: string) {
  const rows = [
    '| page | Performance | Accessibility | Best Practices | SEO | CLS | LCP | TBT | JS transferred | web fonts |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const out = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  const runsByLanguage = new Map<string, Record<string, number>[]>();
  for (const [name, pagePath] of Object.entries(samplePages)) {
    const runs: Record<string, number>[] = [];
    for (let run = 0; run < 3; run += 1) {
      const result = lighthouseReport(`${base}${pagePath}`, path.join(out, `${name.replace(' ', '-')}-${run}.json`));
      const scripts = (result.audits['network-requests'].details.items as { resourceType: string; transferSize: number }[]).filter(
        (item) => item.resourceType === 'Script',
      );
      const fonts = (result.audits['network-requests'].details.items as { resourceType: string }[]).filter(
        (item) => item.resourceType === 'Font',
      );
      runs.push({
        performance: result.categories.performance.score * 100,
        accessibility: result.categories.accessibility.score * 100,
        bestPractices: result.categories['best-practices'].score * 100,
        seo: result.categories.seo.score * 100,
        cls: result.audits['cumulative-layout-shift'].numericValue,
        lcp: result.audits['largest-contentful-paint'].numericValue,
        tbt: result.audits['total-blocking-time'].numericValue,
        js: scripts.reduce((sum, item) => sum + item.transferSize, 0),
        fonts: fonts.length,
      });
    }
    const language = name.split(' ').at(-1)!;
    runsByLanguage.set(language, [...(runsByLanguage.get(language) ?? []), ...runs]);
    // The median run by performance score, so every column comes from one real run.
    const middle = [...runs].sort((a, b) => a.performance - b.performance)[1];
    rows.push(
      `| ${name} | ${Math.round(middle.performance)} (runs ${runs.map((r) => Math.round(r.performance)).join(', ')}) | ${Math.round(middle.accessibility)} | ${Math.round(middle.bestPractices)} | ${Math.round(middle.seo)} | ${middle.cls.toFixed(3)} | ${Math.round(middle.lcp)} ms | ${Math.round(middle.tbt)} ms | ${kb(middle.js)} | ${middle.fonts} |`,
    );
    console.log(rows.at(-1));
  }
  rmSync(out, { recursive: true, force: true });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const languages = [...runsByLanguage.entries()].map(([language, runs]) => {
    const scores = runs.map((run) => Math.round(run.performance));
    return `${language}: 100 in ${scores.filter((score) => score === 100).length} of ${runs.length} runs, median performance ${median(scores)}, median LCP ${Math.round(median(runs.map((run) => run.lcp)))} ms`;
  });
  section(
    'lighthouse',
    'Lighthouse 12.2.3, mobile preset, Debian Chromium, median of 3 (against `npm start`, the standalone Node server)',
    [
      ...rows,
      '',
      `Every run of each language's pages: ${languages.join('; ')}.`,
      '',
      'Budget: Performance ≥ 95; Accessibility, Best Practices and SEO 100; CLS 0; no web fonts.',
      'Reference, measured here on timlrx/tailwind-nextjs-starter-blog: Performance 82 home / 77 post, Accessibility 96, 219–228 KB of JavaScript transferred.',
    ],
  );
}
