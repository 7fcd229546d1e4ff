// In-page half of the benchmark: makes the data, draws one case with one library, measures.
// Loaded by every page (pages/<library>.html) next to that library's own bundle; the same code for
// every library, so the harness costs the same everywhere. Bundled once by ../bundle.mjs.

// ---------------------------------------------------------------------------------------------
// Cases. `mode`: 'time' = time to layout-complete of the render alone; 'import' = navigation start
// to the first chart laid out; 'memory' = the runner forces GC around the render and reads the heap.
export const CASES = {
  'lines-1': { kind: 'line', charts: 1, points: 1000, mode: 'time' },
  'lines-50': { kind: 'line', charts: 50, points: 1000, mode: 'time' },
  'lines-200': { kind: 'line', charts: 200, points: 1000, mode: 'time' },
  'big-1': { kind: 'line', charts: 1, points: 100000, mode: 'time' },
  'gauges-200': { kind: 'gauge', charts: 200, points: 6, mode: 'time' },
  import: { kind: 'line', charts: 1, points: 1000, mode: 'import' },
  memory: { kind: 'line', charts: 200, points: 1000, mode: 'memory' },
  // A realistic dashboard: 20 widgets, lines and gauges in turn, each line 10-30 yearly points.
  dashboard: { kind: 'dashboard', charts: 20, points: 30, mode: 'time' },
};

/** What widget `i` of a case is: a dashboard alternates lines and gauges. */
const kindOf = (spec, i) => (spec.kind === 'dashboard' ? (i % 2 ? 'gauge' : 'line') : spec.kind);
/** Points of line `i`: a dashboard's lines have 10 to 30 (yearly) values. */
const pointsOf = (spec, i) => (spec.kind === 'dashboard' ? 10 + ((i * 7) % 21) : spec.points);

const W = 600;
const H = 300;
const GAUGE_W = 300;
const DAY = 864e5;

// ---------------------------------------------------------------------------------------------
// Data: the same for every library. Chart i uses seed i + 1: a random walk of `points` daily values.

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

/**
 * Daily series from 2000-01-01 (1,000 points) or 1000-01-01 (100,000 points: past 2273 otherwise);
 * a yearly one (the dashboard's) ends in 2024.
 */
function series(seed, n, yearly = false) {
  const rnd = mulberry32(seed);
  const start = n > 50000 ? Date.UTC(1000, 0, 1) : Date.UTC(2000, 0, 1);
  const t = new Float64Array(n);
  const y = new Float64Array(n);
  let v = 50;
  for (let i = 0; i < n; i++) {
    v += (rnd() - 0.5) * 2;
    t[i] = yearly ? Date.UTC(2025 - n + i, 0, 1) : start + i * DAY;
    y[i] = Math.round(v * 10) / 10;
  }
  return { t, y };
}

/** Decimal year of a UTC time (for the hand-drawn d3 axis and Chart.js's linear x axis). */
function decimalYear(ms) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const a = Date.UTC(y, 0, 1);
  const b = Date.UTC(y + 1, 0, 1);
  return y + (ms - a) / (b - a);
}

function gaugeFacts(seed) {
  const rnd = mulberry32(1000 + seed);
  const base = 10 + rnd() * 10;
  const values = [];
  let v = base;
  for (let i = 0; i < 6; i++) {
    values.push(Math.round(v * 100) / 100);
    v -= rnd() * 0.8;
  }
  return { baseline: values[0], values, target: Math.round((base - 4) * 100) / 100 };
}

/** Each library's own input, built before the clock starts (so data preparation is never timed). */
function makeInput(lib, spec, i) {
  if (kindOf(spec, i) === 'gauge') {
    const g = gaugeFacts(i + 1);
    if (lib === 'indikator') {
      return {
        schema: 'indikator/indicator@1',
        id: `gauge-${i}`,
        title: `Gauge ${i + 1}`,
        unit: { label: 'percent', symbol: '%', symbolPosition: 'end' },
        decimals: 2,
        direction: 'lower-is-better',
        baseline: { period: '2019', value: g.baseline },
        targets: [{ id: 't', period: '2030', comparator: 'le', value: g.target }],
        series: g.values.map((value, k) => ({ period: String(2019 + k), value })),
        sources: [{ id: 's', name: 'synthetic' }],
      };
    }
    return g;
  }
  const yearly = spec.kind === 'dashboard';
  const { t, y } = series(i + 1, pointsOf(spec, i), yearly);
  switch (lib) {
    case 'indikator': {
      const rows = new Array(t.length);
      for (let k = 0; k < t.length; k++) rows[k] = { period: new Date(t[k]).toISOString().slice(0, yearly ? 4 : 10), value: y[k] };
      return {
        schema: 'indikator/indicator@1',
        id: 'bench',
        title: 'Bench',
        unit: { label: 'u' },
        decimals: 1,
        direction: 'neutral',
        series: rows,
        sources: [{ id: 's', name: 'synthetic' }],
      };
    }
    case 'baseline':
    case 'floor':
      return { x: Array.from(t, decimalYear), y: Array.from(y) };
    case 'uplot':
      return [Array.from(t, (ms) => ms / 1000), Array.from(y)];
    case 'chartjs':
      return Array.from(y, (v, k) => ({ x: decimalYear(t[k]), y: v }));
    case 'echarts':
    case 'highcharts':
      return Array.from(y, (v, k) => [t[k], v]);
    case 'plot':
      return Array.from(y, (v, k) => ({ date: new Date(t[k]), value: v }));
    default:
      throw new Error(`unknown library ${lib}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Drivers: how each library draws one chart into a container (600 × 300), per its docs.

/** A linear scale that d3-axis accepts, built on d3-array's ticks (no d3-scale). */
function linear(L, domain, range, format) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  const s = (v) => r0 + (v - d0) * k;
  s.domain = () => [d0, d1];
  s.range = () => [r0, r1];
  s.copy = () => linear(L, domain, range, format);
  s.ticks = (n = 10) => L.ticks(d0, d1, n);
  s.tickFormat = () => format;
  return s;
}

const yearFormat = new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 1 }).format;
const valueFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format;

function d3Line(L, container, d, axes) {
  const m = axes ? { t: 10, r: 12, b: 24, l: 40 } : { t: 2, r: 2, b: 2, l: 2 };
  const n = d.x.length;
  const [y0, y1] = L.nice(...L.extent(d.y), 6);
  const x = linear(L, [d.x[0], d.x[n - 1]], [m.l, W - m.r], yearFormat);
  const y = linear(L, [y0, y1], [H - m.b, m.t], valueFormat);
  const svg = L.select(container).append('svg').attr('width', W).attr('height', H).attr('viewBox', `0 0 ${W} ${H}`);
  if (axes) {
    svg
      .append('g')
      .attr('transform', `translate(0,${H - m.b})`)
      .call(L.axisBottom(x).ticks(W / 80));
    svg
      .append('g')
      .attr('transform', `translate(${m.l},0)`)
      .call(L.axisLeft(y).ticks(H / 40));
  }
  svg
    .append('path')
    .attr('fill', 'none')
    .attr('stroke', 'steelblue')
    .attr('stroke-width', 1.5)
    .attr(
      'd',
      L.line(
        (_, i) => x(d.x[i]),
        (v) => y(v),
      )(d.y),
    );
}

/** The classic d3 bullet bar: qualitative ranges, the measure, the target marker, an axis, a label. */
function d3Bullet(L, container, g) {
  const h = 50;
  const m = { l: 60, r: 10, t: 4, b: 20 };
  const max = Math.ceil(Math.max(g.baseline, ...g.values) * 1.2);
  const x = linear(L, [0, max], [0, GAUGE_W - m.l - m.r], valueFormat);
  const bh = h - m.t - m.b;
  const svg = L.select(container).append('svg').attr('width', GAUGE_W).attr('height', h).attr('role', 'img');
  svg
    .append('text')
    .attr('x', m.l - 6)
    .attr('y', m.t + bh / 2)
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .text(valueFormat(g.values.at(-1)));
  const root = svg.append('g').attr('transform', `translate(${m.l},${m.t})`);
  root
    .selectAll('rect.range')
    .data([max, max * 0.66, max * 0.33])
    .join('rect')
    .attr('class', 'range')
    .attr('width', (v) => x(v))
    .attr('height', bh)
    .attr('fill', (_, i) => ['#eee', '#ddd', '#ccc'][i]);
  root
    .append('rect')
    .attr('class', 'measure')
    .attr('y', bh / 3)
    .attr('width', x(g.values.at(-1)))
    .attr('height', bh / 3)
    .attr('fill', 'steelblue');
  root
    .append('line')
    .attr('class', 'marker')
    .attr('x1', x(g.target))
    .attr('x2', x(g.target))
    .attr('y1', bh / 6)
    .attr('y2', (bh * 5) / 6)
    .attr('stroke', '#000')
    .attr('stroke-width', 2);
  root.append('g').attr('transform', `translate(0,${bh})`).call(L.axisBottom(x).ticks(5));
}

const DRIVERS = {
  baseline: {
    line: (L, c, d) => d3Line(L, c, d, true),
    gauge: (L, c, g) => d3Bullet(L, c, g),
  },
  floor: { line: (L, c, d) => d3Line(L, c, d, false) },
  uplot: {
    line: (L, c, data) =>
      new L.default({ width: W, height: H, scales: { x: { time: true } }, series: [{}, { stroke: 'steelblue', width: 1.5 }] }, data, c),
  },
  chartjs: {
    line: (L, c, data) => {
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      c.append(canvas);
      return new L.Chart(canvas, {
        type: 'line',
        data: { datasets: [{ data, borderColor: 'steelblue', borderWidth: 1.5, pointRadius: 0 }] },
        options: {
          animation: false,
          responsive: false,
          parsing: false,
          normalized: true,
          scales: { x: { type: 'linear' }, y: { type: 'linear' } },
        },
      });
    },
  },
  echarts: {
    line: (L, c, data) => {
      const chart = L.init(c, null, { renderer: 'canvas', width: W, height: H });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', scale: true },
        series: [{ type: 'line', data, showSymbol: false }],
      });
      return chart;
    },
  },
  plot: {
    line: (L, c, data) => c.append(L.plot({ width: W, height: H, marks: [L.lineY(data, { x: 'date', y: 'value', stroke: 'steelblue' })] })),
  },
  highcharts: {
    line: (L, c, data) =>
      L.default.chart(c, {
        chart: { width: W, height: H, animation: false },
        title: { text: undefined },
        credits: { enabled: false },
        legend: { enabled: false },
        xAxis: { type: 'datetime' },
        yAxis: { title: { text: undefined } },
        plotOptions: { series: { animation: false, marker: { enabled: false } } },
        series: [{ type: 'line', data }],
      }),
  },
  indikator: {
    line: (_L, c, doc) => {
      const el = document.createElement('indikator-trend-line');
      el.data = doc;
      c.append(el);
      return el;
    },
    gauge: (_L, c, doc) => {
      const el = document.createElement('indikator-target-gauge');
      el.data = doc;
      c.append(el);
      return el;
    },
  },
};

/**
 * A library's driver for a kind of widget. The peers have no gauge: on the dashboard each draws its
 * gauges as the same hand-written SVG bullet (the DOM API, no library), and its lines itself.
 */
const driverOf = (lib, kind) => DRIVERS[lib]?.[kind] ?? (kind === 'gauge' && lib !== 'floor' ? plainBullet : undefined);

/** The d3 bullet bar's marks without d3: three ranges, the measure, the target and the value, as text. */
function plainBullet(_L, container, g) {
  const ns = 'http://www.w3.org/2000/svg';
  const make = (name, attrs, parent) => {
    const el = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    parent.append(el);
    return el;
  };
  const h = 50;
  const m = { l: 60, r: 10, t: 4, b: 20 };
  const max = Math.ceil(Math.max(g.baseline, ...g.values) * 1.2);
  const k = (GAUGE_W - m.l - m.r) / max;
  const bh = h - m.t - m.b;
  const svg = make('svg', { width: GAUGE_W, height: h, role: 'img' }, container);
  make('text', { x: m.l - 6, y: m.t + bh / 2, dy: '0.32em', 'text-anchor': 'end' }, svg).textContent = valueFormat(g.values.at(-1));
  const root = make('g', { transform: `translate(${m.l},${m.t})` }, svg);
  [max, max * 0.66, max * 0.33].forEach((v, i) => make('rect', { width: v * k, height: bh, fill: ['#eee', '#ddd', '#ccc'][i] }, root));
  make('rect', { y: bh / 3, width: g.values.at(-1) * k, height: bh / 3, fill: 'steelblue' }, root);
  make('line', { x1: g.target * k, x2: g.target * k, y1: bh / 6, y2: (bh * 5) / 6, stroke: '#000', 'stroke-width': 2 }, root);
}

// ---------------------------------------------------------------------------------------------
// Measuring.

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** Elements (not text or comment nodes) in the light DOM and every open shadow root. */
export function countElements() {
  let n = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return n;
}

/** Indikator renders asynchronously: wait until every element says it is ready (or failed). */
async function settleIndikator(els, deadline) {
  for (;;) {
    await Promise.all(els.map((e) => e.updateComplete));
    const bad = els.find((e) => e.state === 'error' || e.state === 'empty');
    if (bad) {
      const msg = bad.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300);
      throw new Error(`indikator element in state "${bad.state}": ${msg}`);
    }
    if (els.every((e) => e.state === 'ready' && !e.isUpdatePending)) return;
    if (performance.now() > deadline) throw new Error('indikator elements never reached state "ready"');
    await new Promise((r) => setTimeout(r));
  }
}

function longestTask(from, to) {
  for (const e of window.__lto?.takeRecords() ?? []) window.__longtasks.push({ s: e.startTime, d: e.duration });
  let max = 0;
  for (const e of window.__longtasks ?? []) {
    if (e.s + e.d >= from && e.s <= to) max = Math.max(max, e.d);
  }
  return max;
}

/** What the first chart drew, to check that something real is on screen. */
function describeFirst(lib, container) {
  const r = container.getBoundingClientRect();
  const out = { width: Math.round(r.width), height: Math.round(r.height) };
  if (lib === 'indikator') {
    const el = container.firstElementChild;
    const root = el?.shadowRoot;
    out.state = el?.state;
    out.paths = root ? root.querySelectorAll('path').length : 0;
    const line = root?.querySelector('path.line, [part="line"]');
    out.lineD = line ? (line.getAttribute('d') ?? '').length : 0;
    out.svgs = root ? root.querySelectorAll('svg').length : 0;
  } else {
    out.svgs = container.querySelectorAll('svg').length;
    out.canvases = container.querySelectorAll('canvas').length;
  }
  return out;
}

/**
 * Draws every chart, then waits for layout-complete: force a layout, wait for the next frame and
 * the tasks that frame queued (a ResizeObserver callback may schedule a redraw there), and repeat
 * while anything in the charts changed. The same loop for every library; most settle in one.
 */
async function render(lib, L, spec, containers, inputs) {
  const made = [];
  for (let i = 0; i < containers.length; i++) made.push(driverOf(lib, kindOf(spec, i))(L, containers[i], inputs[i]));
  const custom = lib === 'indikator';
  const deadline = performance.now() + 60000;
  if (custom) await settleIndikator(made, deadline);
  const roots = custom ? made.flatMap((e) => [e, e.shadowRoot].filter(Boolean)) : containers;
  let frames = 0;
  for (;;) {
    const watch = new MutationObserver(() => {});
    for (const r of roots) watch.observe(r, { subtree: true, childList: true, attributes: true, characterData: true });
    void document.body.offsetHeight; // force style and layout
    await nextFrame();
    await new Promise((r) => setTimeout(r)); // tasks queued during that frame run before this one
    if (custom) await settleIndikator(made, deadline);
    const changed = watch.takeRecords().length > 0;
    watch.disconnect();
    frames++;
    if (!changed || frames >= 20) break;
  }
  return { made, frames };
}

function makeContainers(spec) {
  const host = document.getElementById('charts');
  const out = [];
  for (let i = 0; i < spec.charts; i++) {
    const c = document.createElement('div');
    c.className = kindOf(spec, i) === 'gauge' ? 'gauge' : 'chart';
    host.append(c);
    out.push(c);
  }
  return out;
}

export async function start(lib, L) {
  const params = new URLSearchParams(location.search);
  const name = params.get('case');
  const spec = CASES[name];
  const result = { lib, case: name, startedAt: performance.now() };
  try {
    if (!spec) throw new Error(`unknown case ${name}`);
    const kinds = spec.kind === 'dashboard' ? ['line', 'gauge'] : [spec.kind];
    for (const kind of kinds) if (!driverOf(lib, kind)) throw new Error(`${lib} has no ${kind} driver`);
    for (const kind of kinds) {
      if (lib === 'indikator' && !customElements.get(kind === 'gauge' ? 'indikator-target-gauge' : 'indikator-trend-line')) {
        throw new Error('dist/indikator.js did not register the element (not built?)');
      }
    }
    const inputs = Array.from({ length: spec.charts }, (_, i) => makeInput(lib, spec, i));
    window.__inputs = inputs; // held for the page's life: the input is never counted as retained by a chart
    const containers = makeContainers(spec);

    if (spec.mode === 'import') {
      result.frames = (await render(lib, L, spec, containers, inputs)).frames;
      result.ms = performance.now(); // since navigation start, the library's import included
      result.longestTask = longestTask(0, result.ms);
      result.first = describeFirst(lib, containers[0]);
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance
        .getEntriesByType('resource')
        .map((e) => ({ n: e.name.replace(location.origin, ''), s: Math.round(e.startTime), e: Math.round(e.responseEnd) }));
      result.timeline = { responseEnd: nav?.responseEnd, domInteractive: nav?.domInteractive, start: result.startedAt, resources: res };
    } else if (spec.mode === 'memory') {
      // The runner forces GC and reads the heap before and after calling this.
      window.__renderMemory = async () => {
        const t0 = performance.now();
        const { frames } = await render(lib, L, spec, containers, inputs);
        return { ms: performance.now() - t0, frames, first: describeFirst(lib, containers[0]) };
      };
      window.__countElements = countElements;
      if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
      await nextFrame();
      window.__memoryReady = true;
      return;
    } else {
      if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
      await nextFrame();
      await nextFrame();
      const t0 = performance.now();
      result.frames = (await render(lib, L, spec, containers, inputs)).frames;
      const t1 = performance.now();
      await nextFrame(); // let the long-task observer report
      result.ms = t1 - t0;
      result.longestTask = longestTask(t0, t1);
      result.first = describeFirst(lib, containers[0]);
    }
  } catch (error) {
    result.error = String(error?.stack ?? error);
  }
  window.__result = result;
}
