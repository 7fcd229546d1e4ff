// The lint rules that keep the security conventions must be able to fail: each probe below breaks one
// convention in a file under src/, and ESLint (with the project's config) must report it.
import { ESLint } from 'eslint';

const probes = {
  innerHTML: 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };',
  insertAdjacentHTML: "export const f = (el: HTMLElement, s: string) => el.insertAdjacentHTML('beforeend', s);",
  'style attribute': "import { html } from 'lit';\nexport const f = (x: number) => html`<p style=${`left:${x}px`}></p>`;",
  unsafeHTML: "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const f = unsafeHTML;",
  'd3-selection': "import { select } from 'd3-selection';\nexport const f = select;",
  'whole d3': "import * as d3 from 'd3';\nexport const f = d3;",
  hasOwnProperty: 'export const f = (o: object, k: string) => o.hasOwnProperty(k);',
  'Object.prototype.hasOwnProperty.call': 'export const f = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);',
  'new Function': "export const f = new Function('return 1');",
};

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
let missed = 0;
for (const [name, code] of Object.entries(probes)) {
  const [result] = await eslint.lintText(code, { filePath: 'src/lint-probe.ts' });
  const errors = result.messages.filter((m) => m.severity === 2);
  if (!errors.length) {
    missed++;
    console.error(`lint rules: "${name}" was not reported`);
  }
}
if (missed) process.exit(1);
console.log(`lint rules: all ${Object.keys(probes).length} probes reported`);
