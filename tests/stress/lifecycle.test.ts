// The slow lifecycle suite (`npm run test:stress`): each element created and removed 10,000 times
// with small data. Half the cycles wait until the element has drawn, half remove it while it is still
// loading; every tenth reads `src` (the shared cache answers after the first request). Afterwards,
// with garbage collected through the DevTools protocol: no extra DOM nodes or event listeners (so no
// detached elements kept alive), no timers, no observers, no environment or resize watchers.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { installTracking, libraryTimerStacks, tracked } from './tracking.js';
import '../../src/define.js';
import { resizeStats } from '../../src/shared/resize-controller.js';
import { environmentStats } from '../../src/shared/environment.js';

installTracking();

const CYCLES = 10_000;
/** Allowed drift after 10,000 cycles: a leak of one node (or listener) per 100 cycles would exceed it. */
const NODE_TOLERANCE = 100;
const LISTENER_TOLERANCE = 20;

type El = HTMLElement & { data: unknown; src?: string; state: string; updateComplete: Promise<boolean> };

interface Counters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

const indicator = {
  schema: 'indikator/indicator@1',
  id: 'stress',
  title: 'Stress',
  unit: { label: 'percent', symbol: '%' },
  decimals: 1,
  direction: 'lower-is-better',
  targets: [{ id: 't', comparator: 'le', value: 5, period: '2026' }],
  series: [
    { period: '2020', value: 12 },
    { period: '2021', value: 10.5 },
    { period: '2022', value: 9 },
  ],
  sources: [{ id: 's', name: 'Office', url: 'https://example.org' }],
};
const programme = {
  schema: 'indikator/program@1',
  id: 'stress-programme',
  title: 'Stress programme',
  period: { start: '2022', end: '2026' },
  indicators: [indicator],
  links: [{ label: 'Site', url: 'https://example.org' }],
};

const CASES = [
  { tag: 'indikator-target-gauge', data: indicator, src: '/__fault/ok/muba-extreme-poverty.json?tag=stress-gauge' },
  { tag: 'indikator-trend-line', data: indicator, src: '/__fault/ok/muba-extreme-poverty.json?tag=stress-trend' },
  { tag: 'indikator-program-card', data: programme, src: '/__fault/ok/program-muba-poverty-2025.json?tag=stress-card' },
] as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function counters(): Promise<Counters> {
  await executeServerCommand('collect-garbage');
  return (await executeServerCommand('dom-counters')) as Counters;
}

async function heap(): Promise<number> {
  const metrics = (await executeServerCommand('performance-metrics')) as Record<string, number>;
  return metrics.JSHeapUsedSize ?? 0;
}

/** Waits for the element to draw: its load event (the card's fires once its rows have settled). */
function drawn(el: El): Promise<void> {
  if (el.state !== 'loading') return el.updateComplete.then(() => undefined);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${el.localName} never drew`)), 10000);
    const done = () => {
      clearTimeout(timer);
      el.removeEventListener('indikator-load', done);
      el.removeEventListener('indikator-error', done);
      resolve();
    };
    el.addEventListener('indikator-load', done);
    el.addEventListener('indikator-error', done);
  });
}

async function cycle(tag: string, data: unknown, src: string, i: number, host: HTMLElement): Promise<void> {
  const el = document.createElement(tag) as El;
  el.setAttribute('lang', i % 3 ? 'en' : 'id');
  if (i % 10 === 9) el.src = src;
  else el.data = data;
  host.append(el);
  if (i % 2 === 0) {
    await drawn(el);
    if (el.state !== 'ready') throw new Error(`cycle ${i}: ${tag} is ${el.state}`);
    // The card's gauge and sparkline draw too before the card goes.
    const nested = Array.from(el.shadowRoot!.querySelectorAll<El>('indikator-target-gauge, indikator-trend-line'));
    await Promise.all(nested.map(drawn));
  }
  el.remove();
}

/** Lets every timer the cycles started run out, and the last microtasks settle. */
async function idle(): Promise<void> {
  for (let i = 0; i < 20 && tracked().timers > 0; i++) await sleep(50);
  await sleep(50);
}

const report: string[] = [];
after(() => console.log(`lifecycle stress:\n${report.join('\n')}`));

describe(`lifecycle: ${CYCLES.toLocaleString('en')} create/remove cycles per element`, function () {
  this.timeout(900000);
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('the counters see a leak: 1,000 trend lines kept alive after removal add their nodes and listeners', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const kept: El[] = [];
    await idle();
    const before = await counters();
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement('indikator-trend-line') as El;
      el.data = indicator;
      host.append(el);
      await drawn(el);
      el.remove();
      kept.push(el);
    }
    await idle();
    const after = await counters();
    host.remove();
    report.push(
      `  control (1,000 removed trend lines kept in an array): nodes ${before.nodes} → ${after.nodes}, listeners ${before.jsEventListeners} → ${after.jsEventListeners}`,
    );
    expect(after.nodes - before.nodes, 'nodes of the kept elements').to.be.above(10 * NODE_TOLERANCE);
    expect(after.jsEventListeners - before.jsEventListeners, 'listeners of the kept elements').to.be.above(10 * LISTENER_TOLERANCE);
    expect(kept).to.have.length(1000);
  });

  for (const { tag, data, src } of CASES) {
    it(`${tag}: nothing left behind`, async () => {
      const host = document.createElement('div');
      host.style.width = '480px';
      document.body.append(host);
      // Warm up: shared observers, style sheets, Intl caches, the fetch cache for `src`.
      for (let i = 0; i < 40; i++) await cycle(tag, data, src, i, host);
      await idle();
      const before = { counters: await counters(), tracked: tracked(), heap: await heap() };
      const started = performance.now();
      for (let i = 0; i < CYCLES; i++) await cycle(tag, data, src, i, host);
      const seconds = (performance.now() - started) / 1000;
      await idle();
      const after = { counters: await counters(), tracked: tracked(), heap: await heap() };
      host.remove();

      report.push(
        `  ${tag}: ${CYCLES} cycles in ${seconds.toFixed(1)} s; ` +
          `nodes ${before.counters.nodes} → ${after.counters.nodes}, listeners ${before.counters.jsEventListeners} → ${after.counters.jsEventListeners}, ` +
          `documents ${before.counters.documents} → ${after.counters.documents}, JS heap ${(before.heap / 1e6).toFixed(1)} → ${(after.heap / 1e6).toFixed(1)} MB, ` +
          `timers ${before.tracked.timers} → ${after.tracked.timers}, observers ${before.tracked.mutationObservers} → ${after.tracked.mutationObservers}`,
      );
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect(after.counters.nodes - before.counters.nodes, 'DOM nodes kept alive').to.be.at.most(NODE_TOLERANCE);
      expect(after.counters.jsEventListeners - before.counters.jsEventListeners, 'event listeners kept alive').to.be.at.most(LISTENER_TOLERANCE);
      expect(after.counters.documents, 'documents').to.equal(before.counters.documents);
      expect(libraryTimerStacks(), 'timers the library left due').to.deep.equal([]);
      expect(after.tracked.intervals, 'intervals').to.equal(0);
      expect(after.tracked.mutationObservers, 'mutation observers still observing').to.equal(0);
      expect(resizeStats().observed, 'elements still observed for size').to.equal(0);
      expect(resizeStats().observers, 'one shared ResizeObserver at most').to.be.at.most(1);
      expect(environmentStats(), 'language and theme watchers released').to.deep.equal({ listeners: 0, observers: 0 });
    });
  }
});
