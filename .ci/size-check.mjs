// Fails when the gzipped CDN bundle exceeds its budget in package.json ("budgets"), and says how
// far it is from the goals ("sizeGoals": quality-bar.md's 20 KB goal and 25 KB hard limit).
// The budget only ever goes down, toward the goals, as the bundle shrinks.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const [file, budget] of Object.entries(pkg.budgets)) {
  const bytes = gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} dist/${file}: ${kb(bytes)} gzip (budget ${kb(budget)})`);
  const goal = pkg.sizeGoals?.[file];
  const hard = pkg.sizeGoals?.hardLimit;
  if (goal && bytes > goal) console.log(`     ${kb(bytes - goal)} over the goal of ${kb(goal)}${hard && bytes > hard ? `, ${kb(bytes - hard)} over the hard limit of ${kb(hard)}` : ''}`);
}
process.exit(failed ? 1 : 0);
