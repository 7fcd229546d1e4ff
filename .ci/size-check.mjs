// Fails when the gzipped CDN bundle, or what an element adds on top of the shared core, exceeds
// its budget in package.json ("budgets", "elementBudgets"), and says how far each is from the goals
// ("sizeGoals": quality-bar.md's 20 KB, 25 KB hard limit, and 4/6/3 KB per element). Budgets only
// ever go down, toward the goals, as the code shrinks.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { elementSizes } from './element-sizes.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;

function report(label, bytes, budget, goal, hard) {
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${kb(bytes)} gzip (budget ${kb(budget)})`);
  if (goal && bytes > goal) {
    console.log(
      `     ${kb(bytes - goal)} over the goal of ${kb(goal)}${hard && bytes > hard ? `, ${kb(bytes - hard)} over the hard limit of ${kb(hard)}` : ''}`,
    );
  }
}

for (const [file, budget] of Object.entries(pkg.budgets)) {
  const bytes = gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;
  report(`dist/${file}`, bytes, budget, pkg.sizeGoals?.[file], pkg.sizeGoals?.hardLimit);
}

const sizes = await elementSizes();
console.log(`     shared core (base, plain check, status, formatting, Lit): ${kb(sizes.core)}`);
for (const [element, budget] of Object.entries(pkg.elementBudgets ?? {})) {
  report(`<indikator-${element}> adds`, sizes[element], budget, pkg.sizeGoals?.elements?.[element]);
}
process.exit(failed ? 1 : 0);
