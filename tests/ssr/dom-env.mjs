// The README's unit-test recipe, run for real: `node --conditions=browser tests/ssr/dom-env.mjs
// happy-dom|jsdom` puts a simulated DOM in Node's globals as Vitest's and Jest's environments do
// (and resolves packages for the browser, as their bundlers do), loads the elements and renders
// each from a fixture; it prints what a page test would check, as JSON. Called by
// tests/ssr/dom-env.test.ts through the test server (/__ssr/dom-env).
import { readFileSync } from 'node:fs';

const env = process.argv[2];
if (env === 'happy-dom') {
  const { GlobalRegistrator } = await import('@happy-dom/global-registrator');
  GlobalRegistrator.register({ url: 'http://localhost/', width: 1024, height: 768 });
} else if (env === 'jsdom') {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html lang="id"><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
  // As global-jsdom and Jest's environment do: the window's own properties become globals.
  // Node's own Event classes too: jsdom dispatches only its own events.
  const theirs = new Set(['Event', 'CustomEvent', 'EventTarget', 'MessageEvent', 'DOMException']);
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (key in globalThis && !theirs.has(key)) continue;
    try {
      globalThis[key] = dom.window[key];
    } catch {
      // read-only on this side
    }
  }
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
} else {
  process.stderr.write('usage: node --conditions=browser tests/ssr/dom-env.mjs happy-dom|jsdom\n');
  process.exit(2);
}

const fixture = (name) => JSON.parse(readFileSync(new URL(`../../demo/data/${name}`, import.meta.url), 'utf8'));
const errors = [];
process.on('unhandledRejection', (e) => errors.push(String(e)));

await import('../../dist/define.js');
const results = {};
const cases = [
  ['indikator-target-gauge', fixture('muba-extreme-poverty.json')],
  ['indikator-trend-line', fixture('muba-poverty-rate.json')],
  [
    'indikator-program-card',
    {
      ...fixture('program-muba-poverty-2025.json'),
      indicators: [{ data: fixture('muba-poverty-rate.json') }, { data: fixture('muba-extreme-poverty.json') }],
    },
  ],
];
for (const [tag, data] of cases) {
  const el = document.createElement(tag);
  el.setAttribute('lang', 'id');
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot;
  results[tag] = {
    state: el.getAttribute('state'),
    status: el.getAttribute('status'),
    // Without constructable style sheets (jsdom) Lit writes <style> elements: their text is not the widget's.
    text: [...root.childNodes]
      .filter((n) => n.nodeName !== 'STYLE')
      .map((n) => n.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    svg: root.querySelectorAll('svg').length,
    theme: root.querySelector('.frame')?.getAttribute('class'),
  };
}
process.stdout.write(
  `${JSON.stringify({ env, matchMedia: typeof globalThis.matchMedia, ResizeObserver: typeof globalThis.ResizeObserver, errors, results })}\n`,
);
process.exit(0);
