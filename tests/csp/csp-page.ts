// Runs inside tests/csp/page.html, which is served with a strict CSP (and optionally Trusted Types).
// Renders elements in each state and posts what happened to the parent test.
//   ?tags=a,b       which elements (default: the base's test element)
//   ?fixture=x.json the indicator document (default: Muba extreme poverty)
//   ?extra=1        also inline JSON, stale, right to left, dark, and each element's variants and views
import { watchPage, renderStates } from './render-states.js';
import '../shared/test-element.js';
import '../../src/define.js';

const { violations, errors } = watchPage();

const params = new URLSearchParams(location.search);
const tags = (params.get('tags') ?? 'indikator-test-element').split(',');
const fixture = params.get('fixture') ?? 'muba-extreme-poverty.json';
const extra = params.get('extra') === '1';

const results: Record<string, Record<string, string>> = {};
for (const tag of tags) {
  try {
    results[tag] = await renderStates(tag, fixture, extra);
  } catch (error) {
    errors.push(`${tag}: ${(error as Error).stack ?? String(error)}`);
  }
}
// Let any late violation report arrive.
await new Promise((r) => setTimeout(r, 100));
parent.postMessage({ kind: 'csp-result', results, violations, errors }, '*');
