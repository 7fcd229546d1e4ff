// CI: serves the demo as `npm start` does (after `npm run build` and `npm run build:react`), opens
// every demo page in Chromium at 375 and 1280 px, and fails unless every element (also inside the
// demo's same-origin iframes) reaches its ready state and the console stays free of errors.
// The galleries show error and empty states on purpose: there those states, and the 404s of their
// deliberately missing files, are expected; elsewhere an element marked data-demo-state="empty" may
// be in that state (the Data sources page shows an empty BPS table as it is).
//
//   node .ci/demo-check.mjs [--screenshots DIR]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../tests/runner/find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.DEMO_PORT ?? 8020);
const shotsAt = process.argv.includes('--screenshots') ? process.argv[process.argv.indexOf('--screenshots') + 1] : undefined;

const PAGES = [
  { path: 'index.html' },
  { path: 'article.html' },
  { path: 'portal.html' },
  { path: 'portal.html?theme=dark' },
  { path: 'embed.html' },
  { path: 'snippet.html' },
  { path: 'react/dist/index.html' },
  { path: 'react-ssr/' },
  { path: 'node-ssr/' },
  { path: 'nextjs/out/index.html' },
  { path: 'vue/dist/index.html' },
  { path: 'gallery-gauge.html', gallery: true, missing: ['/demo/data/no-such-file.json'] },
  { path: 'gallery-trend.html', gallery: true, missing: ['/demo/data/missing.json'] },
  { path: 'gallery-card.html', gallery: true },
  { path: 'sources.html' },
];
const WIDTHS = [375, 1280];

const server = spawn(process.execPath, [path.join(root, 'demo/serve.mjs')], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('Indikator demo:') && resolve());
  server.once('exit', (code) => reject(new Error(`the demo server stopped (${code})`)));
});

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--disable-dev-shm-usage'],
});
if (shotsAt) mkdirSync(shotsAt, { recursive: true });

let failures = 0;
try {
  for (const spec of PAGES) {
    for (const width of WIDTHS) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      const problems = [];
      const expected404 = (url) => (spec.missing ?? []).some((m) => url.includes(m));
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const url = message.location()?.url ?? '';
        if (/Failed to load resource/.test(message.text()) && expected404(url)) return;
        problems.push(`console: ${message.text()} ${url}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !expected404(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      const url = `http://localhost:${port}/demo/${spec.path}`;
      await page.goto(url, { waitUntil: 'networkidle0', timeout: 60_000 });
      const states = () =>
        page.evaluate(() => {
          const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
          // An element that shows another state on purpose says so: data-demo-state="empty".
          return docs.flatMap((d) =>
            [...d.querySelectorAll('*')]
              .filter((e) => e.localName.startsWith('indikator-'))
              .map((e) => (e.dataset.demoState && e.getAttribute('state') === e.dataset.demoState ? 'ready' : e.getAttribute('state'))),
          );
        });
      const end = Date.now() + 20_000;
      let seen = await states();
      while (seen.some((s) => s === 'loading' || s === null) && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 200));
        seen = await states();
      }
      if (!seen.length) problems.push('no Indikator element on the page');
      const wrong = seen.filter((s) => (spec.gallery ? !['ready', 'error', 'empty'].includes(s) : s !== 'ready'));
      if (wrong.length) problems.push(`${wrong.length} of ${seen.length} elements not ready: ${[...new Set(wrong)].join(', ')}`);
      if (spec.gallery && !seen.includes('ready')) problems.push('no element ready');
      if (shotsAt) {
        const name = `demo-${spec.path.replace(/[^a-z0-9]+/gi, '-')}-${width}.png`;
        await page.screenshot({ path: path.join(shotsAt, name), fullPage: true });
      }
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${spec.path} @${width}px: ${seen.length} elements`);
      for (const p of problems) console.log(`     ${p}`);
      failures += problems.length ? 1 : 0;
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(failures ? `${failures} demo page check(s) failed` : 'every demo page: every element ready, no console errors');
process.exit(failures ? 1 : 0);
