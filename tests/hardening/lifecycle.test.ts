// Lifecycle, the quick part (the 10,000-cycle runs are in tests/stress/): moving an element in the
// DOM does not refetch, before or after its data arrived; the shared watchers follow the elements on
// the page; the DevTools-protocol commands the stress suite relies on answer.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ALL_TAGS, CARD, freshUrl, hits, indikatorsOnPage, mount, resizeStats, settled, unmountAll, watchErrors, type Tag } from './helpers.js';
import { environmentStats } from '../../src/shared/environment.js';

const FILE: Record<Tag, string> = {
  'indikator-target-gauge': 'muba-extreme-poverty.json',
  'indikator-trend-line': 'muba-extreme-poverty.json',
  'indikator-program-card': 'program-muba-poverty-2025.json',
};

let watcher: ReturnType<typeof watchErrors>;
beforeEach(() => (watcher = watchErrors()));
afterEach(() => {
  watcher.stop();
  unmountAll();
  expect(watcher.errors).to.deep.equal([]);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('lifecycle: moving an element does not refetch', function () {
  this.timeout(20000);
  for (const tag of ALL_TAGS) {
    it(`${tag}: moved after its data arrived, and moved while loading`, async () => {
      const first = document.createElement('div');
      const second = document.createElement('section');
      document.body.append(first, second);
      // The card's indicators are relative to the programme's URL: counted before and after.
      const rows = ['/__fault/ok/muba-poverty-rate.json', '/__fault/ok/muba-extreme-poverty.json'];
      const rowHits = async () => (await Promise.all(rows.map(hits))).reduce((a, b) => a + b, 0);

      const src = freshUrl(`/__fault/ok/${FILE[tag]}`);
      const el = await mount(tag, { src, parent: first });
      expect(el.state).to.equal('ready');
      const rowsBefore = await rowHits();
      second.append(el);
      first.append(el);
      second.insertBefore(el, null);
      await settled(el);
      await sleep(100);
      expect(await hits(src), 'one request').to.equal(1);
      expect(el.state).to.equal('ready');
      if (tag === CARD) expect(await rowHits(), 'no new requests for its rows').to.equal(rowsBefore);

      const slow = freshUrl(`/__fault/ok/${FILE[tag]}?delay=300`);
      const moving = await mount(tag, { src: slow, parent: first, settle: false });
      await sleep(50);
      second.append(moving);
      await settled(moving);
      expect(moving.state).to.equal('ready');
      expect(await hits(slow), 'one request, not aborted and repeated').to.equal(1);
      first.remove();
      second.remove();
    });
  }

  it('removing an element while it loads aborts its request; nothing renders later', async () => {
    const src = freshUrl('/__fault/ok/muba-extreme-poverty.json?delay=300');
    const el = await mount('indikator-target-gauge', { src, settle: false });
    await sleep(50);
    el.remove();
    await sleep(500);
    expect(el.state).to.equal('loading');
  });
});

describe('lifecycle: shared watchers follow the elements on the page', () => {
  it('one ResizeObserver for all; every watcher released when the last element leaves', async () => {
    unmountAll();
    const before = { resize: resizeStats(), environment: environmentStats() };
    expect(before.resize.observed, 'nothing left observed by earlier tests').to.equal(0);
    expect(indikatorsOnPage()).to.equal(0);
    const els = await Promise.all(ALL_TAGS.flatMap((tag) => [1, 2, 3].map(() => mount(tag, { data: undefined, settle: false }))));
    // Three of each, nothing nested yet (no data): nine elements (and, once drawn, their frames)
    // observed by one observer.
    const during = resizeStats();
    expect(during.observers).to.equal(1);
    expect(during.observed - before.resize.observed).to.be.within(els.length, 2 * els.length);
    expect(environmentStats().listeners).to.equal(before.environment.listeners + els.length);
    unmountAll();
    await sleep(0);
    expect(resizeStats().observed).to.equal(before.resize.observed);
    expect(environmentStats()).to.deep.equal(before.environment);
  });

  it('the DevTools-protocol commands answer (garbage collection, DOM counters, metrics)', async () => {
    expect(await executeServerCommand('collect-garbage')).to.equal(true);
    const counters = (await executeServerCommand('dom-counters')) as { documents: number; nodes: number; jsEventListeners: number };
    expect(counters.nodes).to.be.above(0);
    expect(counters.documents).to.be.at.least(1);
    expect(counters.jsEventListeners).to.be.at.least(0);
    const metrics = (await executeServerCommand('performance-metrics')) as Record<string, number>;
    expect(metrics.JSHeapUsedSize).to.be.above(0);
  });
});
