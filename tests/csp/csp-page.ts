// Runs inside tests/csp/page.html, which is served with a strict CSP (and optionally Trusted Types).
// Renders elements in each state and posts what happened to the parent test.
import '../shared/test-element.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));

const params = new URLSearchParams(location.search);
const tags = (params.get('tags') ?? 'indikator-test-element').split(',');
const fixture = params.get('fixture') ?? 'muba-extreme-poverty.json';

async function render(tag: string) {
  await customElements.whenDefined(tag);
  const states: Record<string, string> = {};
  const make = (setup: (el: HTMLElement & { state: string; data: unknown; src?: string }) => void) => {
    const el = document.createElement(tag) as HTMLElement & { state: string; data: unknown; src?: string };
    setup(el);
    document.body.append(el);
    return el;
  };
  const doc = await (await fetch(`/tests/fixtures/${fixture}`)).json();
  const ready = make((el) => (el.data = doc));
  const empty = make((el) => (el.data = { ...doc, series: [] }));
  const invalid = make((el) => (el.data = { ...doc, title: 5 }));
  const fetched = make((el) => (el.src = `/__fault/ok/${fixture}`));
  const failed = make((el) => (el.src = '/__fault/status/500'));
  const loading = make(() => {});
  const all = { ready, empty, invalid, fetched, failed, loading };
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && [ready, empty, invalid, fetched, failed].some((el) => el.state === 'loading')) {
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const [name, el] of Object.entries(all)) states[name] = el.state;
  return states;
}

const results: Record<string, Record<string, string>> = {};
for (const tag of tags) results[tag] = await render(tag);
// Let any late violation report arrive.
await new Promise((r) => setTimeout(r, 100));
parent.postMessage({ kind: 'csp-result', results, violations }, '*');
