// The screenshot command (issue "Phones and article pages", §6): a demo page drawn at one width and
// one colour scheme, in a browser window of that width (not an iframe: the page's own media queries
// see the width), compared pixel by pixel with its committed baseline.
//
//   compare-screenshot { page, query?, width, scheme, baselineScheme? }
//     -> { name, baseline, width, height, expectedWidth, expectedHeight, differing, share }
//
// `baselineScheme` compares the drawing with the other scheme's baseline: a page that declares
// `color-scheme: light` must draw the same on a dark system.
//
// Baselines live in tests/layout/screenshots/<page>-<width>-<scheme>.png. A missing baseline fails;
// `UPDATE_SCREENSHOTS=1 npm test -- --files tests/layout/screenshots.test.ts` writes them (look at
// every one before committing it). A failed comparison writes the new drawing and a diff (changed
// pixels in red) to tests/layout/screenshots-failed/, which git ignores.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const BASELINES = fileURLToPath(new URL('../layout/screenshots/', import.meta.url));
const FAILED = fileURLToPath(new URL('../layout/screenshots-failed/', import.meta.url));

/**
 * Runs in the page: every widget (those inside a card too) has left `loading`, and every trend
 * chart is drawn at the width it is shown at (its viewBox as wide as its box: a chart drawn at a
 * width measured earlier, then stretched, is not settled). A gauge's bar stretches by design.
 */
function settledInPage() {
  const tags = 'indikator-target-gauge, indikator-trend-line, indikator-program-card';
  const all = (root) => [...root.querySelectorAll(tags)].flatMap((w) => [w, ...(w.shadowRoot ? all(w.shadowRoot) : [])]);
  const widgets = all(document);
  if (!widgets.length || !widgets.every((w) => w.hasAttribute('state') && w.getAttribute('state') !== 'loading')) return false;
  return widgets.every((w) =>
    [...(w.shadowRoot?.querySelectorAll('svg.svg') ?? [])].every((svg) => {
      const box = svg.getBoundingClientRect();
      return box.width === 0 || Math.abs(svg.viewBox.baseVal.width - box.width) <= 1;
    }),
  );
}

async function draw(testPage, { page, query = '', width, scheme }) {
  // A context of its own: no cache, storage or colour scheme shared with the test page.
  const context = await testPage.browser().createBrowserContext();
  try {
    const p = await context.newPage();
    // In front: a window behind another gets no frames, so no ResizeObserver reports.
    await p.bringToFront();
    await p.setViewport({ width, height: 800, deviceScaleFactor: 1 });
    await p.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: scheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await p.goto(new URL(`/demo/${page}${query}`, testPage.url()).href, { waitUntil: 'load' });
    // The window is made as tall as the page and the page left to settle again, then the window
    // is taken whole. (Chromium's capture beyond the viewport drew charts from a stale raster:
    // the DOM at its right width, the picture at an earlier one.)
    for (let round = 0; ; round++) {
      await p.waitForFunction(settledInPage, { timeout: 20000, polling: 50 });
      // Web fonts, then two frames for the relayout they cause, then a pause for late ResizeObserver rounds.
      await p.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await new Promise((r) => setTimeout(r, 300));
      });
      const height = await p.evaluate(() => document.documentElement.scrollHeight);
      if (height === p.viewport().height || round === 3) break;
      await p.setViewport({ width, height, deviceScaleFactor: 1 });
    }
    const shot = PNG.sync.read(Buffer.from(await p.screenshot({ type: 'png' })));
    // Kept in grey (a third of the colour file's size: 32 full pages stay near 9 MB in the
    // repository). Layout, text, marks and the light or dark ground all show in grey; colours
    // themselves are held by the contrast checks (axe) and the theme tests.
    return PNG.sync.read(PNG.sync.write(shot, { colorType: 0 }));
  } finally {
    await context.close().catch(() => {});
  }
}

export function screenshotPlugins() {
  return [
    {
      name: 'indikator-screenshots',
      async executeCommand({ command, payload, session }) {
        if (command !== 'compare-screenshot') return undefined;
        if (session.browser.type !== 'puppeteer') throw new Error(`${session.browser.type} is not supported`);
        const testPage = session.browser.getPage(session.id);
        const baselineScheme = payload.baselineScheme ?? payload.scheme;
        const name = `${payload.page.replace(/\.html$/, '').replace(/[^\w-]+/g, '-')}-${payload.width}-${baselineScheme}`;
        const actual = await draw(testPage, payload);
        const file = `${BASELINES}${name}.png`;
        if (process.env.UPDATE_SCREENSHOTS === '1' && baselineScheme === payload.scheme) {
          await mkdir(BASELINES, { recursive: true });
          await writeFile(file, PNG.sync.write(actual, { colorType: 0 }));
        }
        if (!existsSync(file)) return { name, baseline: false, width: actual.width, height: actual.height };
        const expected = PNG.sync.read(await readFile(file));
        const result = {
          name,
          baseline: true,
          width: actual.width,
          height: actual.height,
          expectedWidth: expected.width,
          expectedHeight: expected.height,
        };
        let differing = actual.width * actual.height;
        const diff = new PNG({ width: actual.width, height: actual.height });
        if (expected.width === actual.width && expected.height === actual.height) {
          // threshold: the per-pixel colour distance (0-1) under which two pixels count as the same;
          // anti-aliased edge pixels are not counted (pixelmatch's default).
          differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
        }
        const share = differing / (actual.width * actual.height);
        if (differing > 0) {
          await mkdir(FAILED, { recursive: true });
          await writeFile(`${FAILED}${name}-as-${payload.scheme}.actual.png`, PNG.sync.write(actual, { colorType: 0 }));
          if (expected.width === actual.width && expected.height === actual.height)
            await writeFile(`${FAILED}${name}-as-${payload.scheme}.diff.png`, PNG.sync.write(diff));
        }
        return { ...result, differing, share };
      },
    },
  ];
}
