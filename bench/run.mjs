// `npm run bench`: renders the same data with Indikator, a plain d3 + SVG baseline, the d3 "floor"
// (one path, no axes) and the peer libraries, in headless Chromium, cold pages, random order,
// BENCH_ROUNDS rounds (default 15); writes RESULTS.md and results.json beside this file.
//
// Environment:
//   BENCH_ROUNDS        rounds of the light cases (default 15)
//   BENCH_HEAVY_ROUNDS  rounds of the heavy cases (200 charts, memory) (default: min(BENCH_ROUNDS, 8))
//   BENCH_CASES         comma-separated subset of cases (default: all)
//   BENCH_LIBS          comma-separated subset of libraries (default: all; the baseline is always kept)
//   BENCH_SEED          seed of the random order (default: the clock)
//   INDIKATOR_DIST      another Indikator build folder to serve as /dist (default ../dist)
//   CHROME_PATH         the browser (default /usr/bin/chromium); never downloaded
import puppeteer from 'puppeteer-core';
import os from 'node:os';
import { writeFileSync, readFileSync, statSync, existsSync, cpSync, rmSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { bundleAll, bundleSizes, indikatorBundle, DIST } from './bundle.mjs';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const LIBS = ['baseline', 'floor', 'indikator', 'uplot', 'chartjs', 'plot', 'echarts', 'highcharts'];
const LABEL = {
  baseline: 'd3 baseline (axes + path)',
  floor: 'd3 floor (one path)',
  indikator: 'Indikator',
  uplot: 'uPlot',
  chartjs: 'Chart.js',
  plot: 'Observable Plot',
  echarts: 'ECharts (canvas)',
  highcharts: 'Highcharts',
};
const CASES = {
  'lines-1': { title: '1 trend line × 1,000 points', libs: LIBS, heavy: false },
  'lines-50': { title: '50 trend lines × 1,000 points', libs: LIBS, heavy: false, goal: { ratio: 0.6 } },
  'lines-200': { title: '200 trend lines × 1,000 points', libs: LIBS, heavy: true },
  'big-1': { title: '1 trend line × 100,000 points', libs: LIBS, heavy: false, goal: { ratio: 0.35 } },
  'gauges-200': {
    title: '200 gauges (Indikator target gauge vs a d3 bullet bar)',
    libs: ['baseline', 'indikator'],
    heavy: true,
    goal: { longestTask: 200 },
  },
  import: {
    title: 'Import + first chart (1 × 1,000 points), cold: navigation start to first chart laid out',
    libs: LIBS,
    heavy: false,
    goal: { ratio: 1.0 },
  },
  memory: { title: 'Retained heap and elements per chart (200 × 1,000 points)', libs: LIBS, heavy: true, goal: { heapKB: 40, elements: 40 } },
  dashboard: {
    title: 'A dashboard: 20 widgets, 10 trend lines of 10-30 yearly points and 10 gauges (peers: their line, a plain SVG bullet)',
    libs: LIBS.filter((l) => l !== 'floor'),
    heavy: false,
  },
};

/** The element kinds a case draws with Indikator. */
const kindsOf = (c) => (c === 'gauges-200' ? ['gauge'] : c === 'dashboard' ? ['line', 'gauge'] : ['line']);

const env = process.env;
const ROUNDS = Math.max(1, Number(env.BENCH_ROUNDS) || 15);
const HEAVY_ROUNDS = Math.max(1, Math.min(ROUNDS, Number(env.BENCH_HEAVY_ROUNDS) || 8));
const SEED = Number(env.BENCH_SEED) || Date.now() % 2147483647;
const CHROME = env.CHROME_PATH || '/usr/bin/chromium';
const ONLY_CASES = env.BENCH_CASES ? env.BENCH_CASES.split(',').map((s) => s.trim()) : Object.keys(CASES);
const ONLY_LIBS = env.BENCH_LIBS ? ['baseline', ...env.BENCH_LIBS.split(',').map((s) => s.trim())] : LIBS;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Keep every page's timers and frames at full speed while it is the only one running.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // Lets the page read performance.memory at full precision (the runner reads the heap through CDP).
  '--enable-precise-memory-info',
];
const PAGE_TIMEOUT = 120_000;

// ---------------------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
const median = (v) => quantile(v, 0.5);
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const log = (...a) => console.log(...a);

async function launch() {
  return puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: ARGS,
    defaultViewport: { width: 1280, height: 800 },
  });
}

/** One cold sample: a fresh browser context (own cache, own renderer) and page. */
async function sample(browser, base, lib, name) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.setCacheEnabled(false);
    // Start the page's renderer on the bench origin first (a script-free page), so the measured
    // navigation does not include spawning a process; nothing the measured page loads is cached.
    await page.goto(`${base}/pages/blank.html`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    const url = `${base}/pages/${lib}.html?case=${name}`;
    if (name === 'memory') return await memorySample(page, url, errors);
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    // A page that throws before it reports (e.g. a broken bundle) fails after 2 s, not the timeout.
    await waitFor(
      page,
      () => window.__result !== undefined || (window.__pageErrorAt !== undefined && performance.now() - window.__pageErrorAt > 2000),
      errors,
    );
    const result = await page.evaluate(() => window.__result);
    if (!result) throw new Error('the page threw before reporting a result');
    return result;
  } catch (error) {
    return { error: [...new Set([String(error?.message ?? error), ...errors])].join('\n') };
  } finally {
    await context.close().catch(() => {});
  }
}

async function waitFor(page, fn, errors) {
  try {
    await page.waitForFunction(fn, { timeout: PAGE_TIMEOUT, polling: 50 });
  } catch (error) {
    throw new Error([`page never finished: ${error.message}`, ...errors].join('\n'));
  }
}

async function memorySample(page, url, errors) {
  const cdp = await page.createCDPSession();
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
  await waitFor(
    page,
    () =>
      window.__memoryReady === true ||
      window.__result !== undefined ||
      (window.__pageErrorAt !== undefined && performance.now() - window.__pageErrorAt > 2000),
    errors,
  );
  const early = await page.evaluate(() => (window.__memoryReady ? undefined : (window.__result ?? { error: 'the page threw before it was ready' })));
  if (early?.error) return { error: [early.error, ...errors].join('\n') };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Runtime.getHeapUsage');
  };
  const before = await heap();
  const elsBefore = await page.evaluate(() => window.__countElements());
  const rendered = await page.evaluate(async () => {
    try {
      return await window.__renderMemory();
    } catch (error) {
      return { error: String(error?.stack ?? error) };
    }
  });
  if (rendered.error) return rendered;
  const after = await heap();
  const elsAfter = await page.evaluate(() => window.__countElements());
  const charts = 200;
  return {
    ms: rendered.ms,
    frames: rendered.frames,
    first: rendered.first,
    heapKB: (after.usedSize - before.usedSize) / 1024 / charts,
    embedderKB:
      Number.isFinite(after.embedderHeapUsedSize) && Number.isFinite(before.embedderHeapUsedSize)
        ? (after.embedderHeapUsedSize - before.embedderHeapUsedSize) / 1024 / charts
        : NaN,
    elements: (elsAfter - elsBefore) / charts,
  };
}

/** Which Indikator was measured: the commit, whether src/ had changes, the bundle's hash and time. */
function provenance() {
  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: join(here, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  const file = join(DIST, 'indikator.js');
  const dirty = git('status', '--porcelain', '--', 'src');
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    srcChanges: dirty === undefined ? undefined : dirty.split('\n').filter(Boolean).length,
    dist: DIST,
    bundleSha256: existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12) : undefined,
    bundleBuilt: existsSync(file) ? statSync(file).mtime.toISOString() : undefined,
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  log(`bench: bundling the peers (esbuild, one minified ESM bundle each) …`);
  await bundleAll();
  const prov = provenance();
  const bundles = bundleSizes();
  const elements = await elementBytes();
  const ind = indikatorBundle();
  const indikator = { built: ind.built, reason: ind.reason, kinds: {} };
  if (!ind.built) {
    log('\n!!! Indikator NOT BUILT: ' + ind.reason);
    log('!!! Measuring the peers only; Indikator is marked "not built" in the results.\n');
  }

  // Measure one build for the whole run: a copy of dist/indikator.js (and the chunks it loads),
  // so a rebuild at the root during the run (others at work) cannot mix two builds.
  const snapshot = join(here, '.build', 'indikator-dist');
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(snapshot, { recursive: true });
  if (ind.built) {
    cpSync(join(DIST, 'indikator.js'), join(snapshot, 'indikator.js'));
    if (existsSync(join(DIST, 'cdn'))) cpSync(join(DIST, 'cdn'), join(snapshot, 'cdn'), { recursive: true });
  }
  const server = await serve({ dist: snapshot });
  let browser = await launch();
  const chromium = await browser.version();
  log(`bench: ${chromium}, ${os.cpus()[0]?.model} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, seed ${SEED}`);

  // Does Indikator render at all? One probe per element kind decides whether it is measured.
  if (ind.built && ONLY_LIBS.includes('indikator')) {
    for (const [kind, probe] of [
      ['line', 'lines-1'],
      ['gauge', 'gauges-200'],
    ]) {
      if (!ONLY_CASES.some((c) => kindsOf(c).includes(kind))) continue;
      const r = await sample(browser, server.url, 'indikator', probe);
      indikator.kinds[kind] = r.error ? { renders: false, reason: r.error.split('\n').slice(0, 6).join(' | ') } : { renders: true, probe: r };
      log(
        `bench: Indikator ${kind} probe: ${r.error ? 'DOES NOT RENDER: ' + r.error.split('\n')[0] : `ok (${fmt(r.ms)} ms, first chart ${JSON.stringify(r.first)})`}`,
      );
    }
  }
  const indikatorRuns = (name) => {
    if (!ind.built) return false;
    return kindsOf(name).every((kind) => indikator.kinds[kind]?.renders === true);
  };

  const cases = ONLY_CASES.filter((c) => CASES[c]);
  const samples = {};
  const failures = {};
  for (const c of cases) {
    samples[c] = {};
    for (const l of CASES[c].libs) if (ONLY_LIBS.includes(l)) samples[c][l] = [];
  }

  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) {
      await browser.close();
      browser = await launch();
    }
    const jobs = [];
    for (const c of cases) {
      if (CASES[c].heavy && round >= HEAVY_ROUNDS) continue;
      for (const l of Object.keys(samples[c])) {
        if (l === 'indikator' && !indikatorRuns(c)) continue;
        jobs.push([l, c]);
      }
    }
    shuffle(jobs);
    // One discarded sample after each launch: the first page of a fresh browser pays start-up costs.
    await sample(browser, server.url, 'baseline', 'lines-1');
    const t = Date.now();
    const spent = {};
    for (const [l, c] of jobs) {
      const ts = Date.now();
      const r = await sample(browser, server.url, l, c);
      spent[c] = (spent[c] ?? 0) + (Date.now() - ts);
      if (r.error) {
        (failures[`${c}/${l}`] ??= []).push(r.error);
        if (failures[`${c}/${l}`].length === 1) log(`  ! ${c} / ${l}: ${r.error.split('\n').slice(0, 3).join(' | ')}`);
      } else samples[c][l].push(r);
    }
    const per = Object.entries(spent)
      .map(([c, ms]) => `${c} ${(ms / 1000).toFixed(1)}`)
      .join(', ');
    log(`bench: round ${round + 1}/${ROUNDS}: ${jobs.length} samples in ${((Date.now() - t) / 1000).toFixed(1)} s (${per})`);
  }
  await browser.close();
  await server.close();

  // ---- summarise --------------------------------------------------------------------------
  const summary = {};
  for (const c of cases) {
    summary[c] = {};
    const base = median(samples[c].baseline?.map((s) => s.ms) ?? []);
    for (const [l, list] of Object.entries(samples[c])) {
      const ms = list.map((s) => s.ms);
      const row = {
        n: list.length,
        medianMs: median(ms),
        p25Ms: quantile(ms, 0.25),
        p75Ms: quantile(ms, 0.75),
        ratio: median(ms) / base,
        longestTaskMedian: median(list.map((s) => s.longestTask ?? NaN)),
        longestTaskMax: list.length ? Math.max(...list.map((s) => s.longestTask ?? 0)) : NaN,
        frames: median(list.map((s) => s.frames ?? NaN)),
        first: list[0]?.first,
      };
      if (c === 'memory') {
        row.heapKB = median(list.map((s) => s.heapKB));
        row.embedderKB = median(list.map((s) => s.embedderKB));
        row.elements = median(list.map((s) => s.elements));
      }
      if (l === 'indikator' && !indikatorRuns(c)) {
        row.status = !ind.built ? 'not built' : 'does not render';
      }
      if (failures[`${c}/${l}`]) row.failures = failures[`${c}/${l}`].length;
      summary[c][l] = row;
    }
  }

  const meta = {
    date: new Date().toISOString(),
    chromium,
    machine: {
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
      platform: `${os.type()} ${os.release()}`,
      node: process.version,
    },
    rounds: ROUNDS,
    heavyRounds: HEAVY_ROUNDS,
    seed: SEED,
    durationS: Math.round((Date.now() - started) / 1000),
    flags: ARGS,
    indikator: prov,
  };
  const out = { meta, indikator, bundles, elements, summary, failures, samples };
  writeFileSync(join(here, 'results.json'), JSON.stringify(out, null, 2) + '\n');
  writeFileSync(join(here, 'RESULTS.md'), report(out));
  log(`\nbench: done in ${meta.durationS} s → bench/RESULTS.md, bench/results.json\n`);
  log(goalLines(out).join('\n'));
}

// ---------------------------------------------------------------------------------------------

/**
 * What an app importing one element loads before its first draw (gzip -9), measured by the root's
 * .ci/element-sizes.mjs as CI does; needs the root's dependencies (`npm install` there).
 */
async function elementBytes() {
  const root = join(here, '..');
  const cwd = process.cwd();
  try {
    process.chdir(root);
    const m = await import(pathToFileURL(join(root, '.ci', 'element-sizes.mjs')).href);
    return await m.elementBundles();
  } catch (error) {
    return { error: String(error).split('\n')[0] };
  } finally {
    process.chdir(cwd);
  }
}

// quality-bar.md, Performance: each figure's goal, and whether it must also beat every peer.
const RATIO_GOALS = [
  ['lines-1', 1.3],
  ['lines-50', 1.0],
  ['big-1', 0.5],
  ['import', 1.2],
  ['dashboard', undefined],
];
const BYTE_GOALS = [
  ['trend-line', 'an app with only `<indikator-trend-line>`', 24],
  ['target-gauge', 'an app with only `<indikator-target-gauge>`', 18],
  ['program-card', 'an app with `<indikator-program-card>` (it registers all three)', 30],
  [undefined, 'all three (dist/indikator.js)', 35],
];

function goalLines({ indikator, summary, bundles, elements = {} }) {
  const lines = [];
  const ind = (c) => summary[c]?.indikator;
  const status = (c) => (ind(c)?.status ? ind(c).status : ind(c)?.n ? undefined : 'not measured');
  const verdict = (ok, miss) => (ok ? 'meets' : `MISSES${miss ? ` (${miss})` : ''}`);
  /** The peer with the lowest ratio in the same run (the baseline and the floor are not peers). */
  const bestPeer = (c) =>
    Object.entries(summary[c] ?? {})
      .filter(([l, r]) => !['baseline', 'floor', 'indikator'].includes(l) && !r.status && r.n)
      .sort((a, b) => a[1].ratio - b[1].ratio)[0];
  lines.push('| figure | goal | Indikator | best peer, same run | verdict |', '|---|---|---|---|---|');
  for (const [c, goal] of RATIO_GOALS) {
    if (!summary[c]) continue;
    const peer = bestPeer(c);
    const target = `${goal ? `<= ${goal} × baseline and ` : ''}below every peer`;
    const s = status(c);
    if (s) {
      lines.push(`| ${CASES[c].title} | ${target} | Indikator ${s} | | |`);
      continue;
    }
    const r = ind(c).ratio;
    const peerText = peer ? `${LABEL[peer[0]]} ${fmt(peer[1].ratio, 2)} ×` : '—';
    const misses = [
      goal && r > goal ? `${fmt(r / goal, 2)}× the goal` : '',
      peer && r > peer[1].ratio ? `${fmt(r / peer[1].ratio, 2)}× ${LABEL[peer[0]]}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(
      `| ${CASES[c].title} | ${target} | ${fmt(r, 2)} × (${fmt(ind(c).medianMs)} ms vs ${fmt(summary[c].baseline.medianMs)} ms) | ${peerText} | ${verdict(!misses, misses)} |`,
    );
  }
  const uplot = bundles.uplot?.gzip;
  for (const [name, what, goalKB] of BYTE_GOALS) {
    const bytes = name ? elements[name] : bundles.indikator?.gzip;
    const peer = name === 'trend-line' && uplot ? `uPlot ${fmt(uplot / 1024, 1)} KB (a line chart only)` : '';
    if (!bytes) {
      lines.push(
        `| bytes before the first draw: ${what} | <= ${goalKB} KB | not measured${elements.error ? `: ${elements.error}` : ''} | ${peer} | |`,
      );
      continue;
    }
    const kb = bytes / 1024;
    lines.push(
      `| bytes before the first draw: ${what} | <= ${goalKB} KB | ${fmt(kb, 1)} KB | ${peer} | ${verdict(kb <= goalKB, kb > goalKB ? `by ${fmt(kb - goalKB, 1)} KB` : '')} |`,
    );
  }
  if (summary['big-1'] && !status('big-1')) lines.push(`| 1 × 100,000: longest main-thread task | report | ${longest(ind('big-1'))} | | |`);
  if (summary.memory) {
    const m = ind('memory');
    const up = summary.memory.uplot;
    if (status('memory')) lines.push(`| retained heap / elements per 1,000-point chart | <= 25 KB; <= 40 | Indikator ${status('memory')} | | |`);
    else {
      const peer = up && !up.status ? `uPlot ${fmt(up.heapKB, 1)} KB` : '';
      lines.push(
        `| retained JS heap per 1,000-point chart | <= 25 KB (below uPlot) | ${fmt(m.heapKB, 1)} KB | ${peer} | ${verdict(m.heapKB <= 25 && (!up || m.heapKB <= up.heapKB), m.heapKB > 25 ? `by ${fmt(m.heapKB - 25, 1)} KB` : '')} |`,
      );
      lines.push(`| elements per chart | <= 40 | ${fmt(m.elements, 1)} | | ${verdict(m.elements <= 40)} |`);
    }
  }
  if (summary['gauges-200']) {
    const s = status('gauges-200');
    const g = ind('gauges-200');
    lines.push(
      s
        ? `| a page with 200 widgets (gauges): longest task | < 100 ms | Indikator ${s} | | |`
        : `| a page with 200 widgets (gauges): longest task | < 100 ms | ${longest(g)} | | ${verdict(g.longestTaskMax < 100)} |`,
    );
  }
  if (summary['lines-200'] && !status('lines-200')) {
    const g = ind('lines-200');
    lines.push(`| a page with 200 widgets (trend lines): longest task | < 100 ms | ${longest(g)} | | ${verdict(g.longestTaskMax < 100)} |`);
  }
  if (!indikator.built) lines.push('', `Indikator was NOT BUILT: ${indikator.reason}`);
  for (const [kind, k] of Object.entries(indikator.kinds)) if (!k.renders) lines.push('', `Indikator ${kind} DOES NOT RENDER: ${k.reason}`);
  return lines;
}

const longest = (row) =>
  row.longestTaskMax > 0
    ? `median ${row.longestTaskMedian > 0 ? fmt(row.longestTaskMedian, 0) : '< 50'} ms, max ${fmt(row.longestTaskMax, 0)} ms`
    : 'none >= 50 ms';

function report(out) {
  const { meta, indikator, bundles, summary, failures } = out;
  const L = [];
  L.push('# Benchmark results', '');
  L.push(`Generated by \`npm run bench\` (bench/run.mjs). See bench/README.md for what each case measures.`, '');
  L.push(`- Date: ${meta.date}`);
  L.push(`- Browser: ${meta.chromium} (headless, ${CHROME})`);
  L.push(
    `- Machine: ${meta.machine.cpu}, ${meta.machine.cores} cores, ${meta.machine.memoryGiB} GiB, ${meta.machine.platform}, Node ${meta.machine.node}`,
  );
  const pv = meta.indikator;
  L.push(
    `- Indikator measured: ${pv.dist}/indikator.js (sha256 ${pv.bundleSha256 ?? '—'}, built ${pv.bundleBuilt ?? '—'}), repo at ${pv.commit ?? '?'}${pv.srcChanges ? ` with ${pv.srcChanges} uncommitted change(s) under src/` : ''}`,
  );
  L.push(
    `- Rounds: ${meta.rounds} (200-chart and memory cases: ${meta.heavyRounds}); cold page (new browser context) per sample; random order within each round (seed ${meta.seed}); run took ${meta.durationS} s`,
  );
  L.push(
    `- Figures are medians; **ratios are to the d3 baseline measured in the same run** and are the figures that count. Absolute ms on this shared machine drift between runs.`,
  );
  if (!indikator.built) L.push('', `> **Indikator not built**: ${indikator.reason}. Peers only.`);
  for (const [kind, k] of Object.entries(indikator.kinds)) if (!k.renders) L.push('', `> **Indikator ${kind} does not render**: ${k.reason}`);
  L.push('', '## Goals (quality-bar.md, Performance)', '', ...goalLines(out), '');

  for (const [c, rows] of Object.entries(summary)) {
    L.push(`## ${CASES[c].title}`, '');
    if (c === 'memory') {
      L.push(
        '| library | JS heap KB / chart | DOM (embedder) heap KB / chart | elements / chart | render ms | samples |',
        '|---|---:|---:|---:|---:|---:|',
      );
      for (const [l, r] of Object.entries(rows)) {
        if (r.status) L.push(`| ${LABEL[l]} | ${r.status} | | | | |`);
        else
          L.push(
            `| ${LABEL[l]} | ${fmt(r.heapKB)} | ${fmt(r.embedderKB)} | ${fmt(r.elements)} | ${fmt(r.medianMs, 0)} | ${r.n}${r.failures ? ` (+${r.failures} failed)` : ''} |`,
          );
      }
    } else {
      L.push(
        '| library | median ms | p25–p75 ms | ratio to baseline | longest task (median / max) | frames to settle | samples |',
        '|---|---:|---:|---:|---:|---:|---:|',
      );
      for (const [l, r] of Object.entries(rows)) {
        if (r.status) L.push(`| ${LABEL[l]} | ${r.status} | | | | | |`);
        else {
          const lt =
            r.longestTaskMax > 0 ? `${r.longestTaskMedian > 0 ? fmt(r.longestTaskMedian, 0) : '< 50'} / ${fmt(r.longestTaskMax, 0)} ms` : '< 50 ms';
          L.push(
            `| ${LABEL[l]} | ${fmt(r.medianMs)} | ${fmt(r.p25Ms)}–${fmt(r.p75Ms)} | ${fmt(r.ratio, 2)} | ${lt} | ${fmt(r.frames, 0)} | ${r.n}${r.failures ? ` (+${r.failures} failed)` : ''} |`,
          );
        }
      }
    }
    L.push('');
  }

  L.push('## Bundles (min + gzip -9)', '', '| library | min KB | gzip KB | vs dist/indikator.js |', '|---|---:|---:|---:|');
  const ik = bundles.indikator?.gzip;
  for (const l of ['indikator', 'baseline', 'floor', 'uplot', 'chartjs', 'plot', 'echarts', 'highcharts']) {
    const b = bundles[l];
    if (!b) continue;
    if (b.error) L.push(`| ${LABEL[l]} | ${b.error} | | |`);
    else
      L.push(
        `| ${LABEL[l]}${b.css ? ` (+ ${fmt(b.css.gzip / 1024)} KB CSS)` : ''} | ${fmt(b.bytes / 1024)} | ${fmt(b.gzip / 1024)} | ${ik ? `${fmt(b.gzip / ik, 2)} ×` : '—'} |`,
      );
  }
  L.push(
    '',
    'Indikator: `dist/indikator.js` as built (all three elements; lazily loaded format adapters not counted). Peers: one esbuild bundle each of what a line chart needs (bench/entries/): Chart.js and ECharts tree-shaken per their docs, Highcharts core (`highcharts/esm`), Plot `plot` + `lineY`, uPlot whole.',
    '',
  );

  if (Object.keys(failures).length) {
    L.push('## Failed samples', '');
    for (const [k, errs] of Object.entries(failures)) L.push(`- ${k}: ${errs.length} × ${errs[0].split('\n')[0].slice(0, 300)}`);
    L.push('');
  }
  return L.join('\n');
}

if (process.argv.includes('--report')) {
  // Rewrites RESULTS.md from results.json (after a change to the report's layout), no measuring.
  const out = JSON.parse(readFileSync(join(here, 'results.json'), 'utf8'));
  writeFileSync(join(here, 'RESULTS.md'), report(out));
  log(goalLines(out).join('\n'));
} else
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
