// `npm run profile -- <library> <case>`: where one sample's time goes. Loads the page once (cold),
// records a CPU profile and a timeline trace, and prints the main thread's time by kind (script,
// style, layout, paint, GC) and the functions with the most self time. Writes the raw profile and
// trace to .build/ (open them in Chrome DevTools). For Indikator, point INDIKATOR_DIST at an
// unminified build to read function names.
import puppeteer from 'puppeteer-core';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { bundleAll } from './bundle.mjs';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [lib = 'indikator', name = 'lines-50'] = process.argv.slice(2);
const out = join(here, '.build', 'profiles');
mkdirSync(out, { recursive: true });

await bundleAll();
const server = await serve();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
  defaultViewport: { width: 1280, height: 800 },
});
const context = await browser.createBrowserContext();
const page = await context.newPage();
await page.setCacheEnabled(false);
await page.goto(`${server.url}/pages/blank.html`);
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const tracePath = join(out, `${lib}-${name}.trace.json`);
await page.tracing.start({ path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
await page.goto(`${server.url}/pages/${lib}.html?case=${name === 'memory' ? 'lines-200' : name}`);
await page.waitForFunction(() => window.__result !== undefined, { timeout: 120000 });
const result = await page.evaluate(() => window.__result);
await page.tracing.stop();
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(join(out, `${lib}-${name}.cpuprofile`), JSON.stringify(profile));
await browser.close();
await server.close();

console.log(`${lib} / ${name}: ${result.error ?? `${result.ms.toFixed(1)} ms, longest task ${result.longestTask.toFixed(0)} ms`}`);

// ---- main-thread time by kind, from the trace ------------------------------------------------
import { readFileSync } from 'node:fs';
const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents ?? [];
const main = events.find(
  (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'),
);
const kinds = {
  Layout: 'layout',
  UpdateLayoutTree: 'style',
  'Document::updateStyleAndLayoutTree': 'style',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  ParseHTML: 'parse html',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  EvaluateScript: 'script (top level)',
  'v8.evaluateModule': 'script (top level)',
};
const sums = {};
let layouts = 0;
let styles = 0;
for (const e of events) {
  if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X') continue;
  const k = kinds[e.name];
  if (!k) continue;
  sums[k] = (sums[k] ?? 0) + (e.dur ?? 0) / 1000;
  if (e.name === 'Layout') layouts++;
  if (e.name === 'UpdateLayoutTree') styles++;
}
console.log('\nmain thread (nested events counted in each kind; script time is in the CPU profile):');
for (const [k, ms] of Object.entries(sums).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${ms.toFixed(1)} ms`);
console.log(`  layouts: ${layouts}, style recalcs: ${styles}`);

// ---- self time by function, from the CPU profile --------------------------------------------
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`\nCPU profile, self time (total ${total.toFixed(0)} ms sampled, idle included):`);
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${k}`);
console.log(`\nwrote ${join(out, `${lib}-${name}.cpuprofile`)} and ${tracePath}`);
