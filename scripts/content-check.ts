/**
 * npm run content:check [-- --verbose] [-- --watch]
 * Exits 1 when any news file would break the build or the page. --verbose lists every Chinese
 * article without an English version; --watch (used by `npm run dev`) checks again on every save.
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, type ContentReport, formatProblem } from '../lib/content-check';
import { checkMessage } from '../lib/content-messages';
import { contentRoot } from '../lib/content-schema';
import { checkNewsPhotos } from '../lib/photo-check';

const { values: options } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, watch: { type: 'boolean', default: false } },
});
const bilingual = (text: { zh: string; en: string }) => `${text.zh}\n${text.en}`;
const label = (key: 'errorLabel' | 'warningLabel') => `${checkMessage(key).zh} ${checkMessage(key).en}`;

async function run(): Promise<ContentReport> {
  const started = performance.now();
  const report = checkContent();
  const photos = await checkNewsPhotos(path.resolve('public'));
  report.errors.push(...photos.errors);
  report.warnings.push(...photos.warnings);
  for (const warning of report.warnings) console.warn(`${label('warningLabel')}: ${formatProblem(warning)}`);
  if (options.verbose) for (const entry of report.untranslated) console.warn(`${label('warningLabel')}: ${formatProblem(entry)}`);
  else if (report.untranslated.length > 0)
    console.warn(bilingual(checkMessage('untranslatedSummary', { count: report.untranslated.length })));
  for (const error of report.errors) console.error(`${label('errorLabel')}: ${formatProblem(error)}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (report.errors.length > 0)
    console.error(`\n${bilingual(checkMessage('failed', { errors: report.errors.length, files: report.files }))}`);
  else console.log(bilingual(checkMessage('passed', { files: report.files, warnings: report.warnings.length, seconds })));
  return report;
}

if (options.watch) {
  void run();
  console.log(bilingual(checkMessage('watching', { dir: contentRoot() })));
  let pending: NodeJS.Timeout | undefined;
  // An editor's save often writes a file more than once: check once when the writes settle.
  const again = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void run(), 200);
  };
  watch(path.resolve(contentRoot()), { recursive: true }, again);
  watch(path.resolve('public/news'), { recursive: true }, again);
} else {
  void run().then((report) => {
    if (report.errors.length > 0) process.exit(1);
  });
}
