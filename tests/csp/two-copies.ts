// Runs inside tests/csp/two-copies.html: three copies of the library on one page (the source
// modules, then dist/indikator.js served under two URLs, each bundle with its own Lit and its own
// `lit-html` Trusted Types policy). Defining the elements again must not throw; every element then
// renders in every state. Reports to the parent test.
import { watchPage, renderStates } from './render-states.js';

const { violations, errors } = watchPage();
const TAGS = ['indikator-target-gauge', 'indikator-trend-line', 'indikator-program-card'];

const loaded: string[] = [];
const failed: string[] = [];
for (const url of ['/src/define.ts', '/__copies/a/indikator.js', '/__copies/b/indikator.js']) {
  try {
    await import(/* @vite-ignore */ url);
    loaded.push(url);
  } catch (error) {
    failed.push(`${url}: ${(error as Error).message}`);
  }
}
// Which copy's classes are registered: the first one to load keeps every tag.
const owners = TAGS.map((tag) => customElements.get(tag)?.name ?? 'none');

const results: Record<string, Record<string, string>> = {};
if (TAGS.every((tag) => customElements.get(tag))) {
  for (const tag of TAGS) results[tag] = await renderStates(tag, 'muba-extreme-poverty.json', false);
}
await new Promise((r) => setTimeout(r, 100));
parent.postMessage({ kind: 'csp-result', results, violations, errors, loaded, failed, owners }, '*');
