// Fails when the gzipped CDN bundle exceeds its budget in package.json ("budgets").
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
let failed = false;
for (const [file, budget] of Object.entries(pkg.budgets)) {
  const bytes = gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} dist/${file}: ${(bytes / 1024).toFixed(1)} KB gzip (budget ${(budget / 1024).toFixed(1)} KB)`);
}
process.exit(failed ? 1 : 0);
