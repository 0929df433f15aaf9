import { checkContent, formatProblem } from '../lib/content-check';

const started = performance.now();
const report = checkContent();
for (const warning of report.warnings) console.warn(`警告 warning: ${formatProblem(warning)}`);
for (const error of report.errors) console.error(`错误 error: ${formatProblem(error)}`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (report.errors.length > 0) {
  console.error(`\n内容检查未通过 content check failed: ${report.errors.length} error(s) in ${report.files} file(s).`);
  process.exit(1);
}
console.log(`内容检查通过 content check passed: ${report.files} file(s), ${report.warnings.length} warning(s), ${seconds}s.`);
