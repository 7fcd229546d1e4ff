// Bugs the hardening suites found, each pinned by the smallest case that showed it.
import { expect } from '@open-wc/testing';
import { $, CARD, GAUGE, TREND, indicator, mount, programme, settled, stable, unmountAll, watchErrors, yearly } from './helpers.js';

let watcher: ReturnType<typeof watchErrors>;
beforeEach(() => (watcher = watchErrors()));
afterEach(() => {
  watcher.stop();
  unmountAll();
  expect(watcher.errors).to.deep.equal([]);
});

describe('regressions found by the hardening suites', () => {
  it('a trend line over denormal numbers (5e-324) draws instead of throwing in d3 ticks', async () => {
    const el = await mount(TREND, { data: indicator({ series: yearly([5e-324, 1e-323]), targets: undefined, baseline: undefined }) });
    expect(el.state).to.equal('ready');
    expect($(el, '[part="line"]')!.getAttribute('d')).to.match(/^M/);
  });

  for (const tag of [GAUGE, TREND] as const) {
    it(`${tag}: removing target-id (or setting it empty) goes back to the default target`, async () => {
      const doc = indicator({
        targets: [
          { id: 'a', comparator: 'le', value: 5, period: '2026' },
          { id: 'b', comparator: 'le', value: 11, period: '2030' },
        ],
      });
      const el = await mount(tag, { data: doc, attrs: { 'target-id': 'b' } });
      expect(el.getAttribute('status')).to.equal('achieved');
      el.removeAttribute('target-id');
      await settled(el);
      expect(el.getAttribute('status'), 'default target after removal').to.equal('on-track');
      el.setAttribute('target-id', '');
      await settled(el);
      expect(el.getAttribute('status'), 'default target when empty').to.equal('on-track');
    });
  }

  it('the card: a document whose row names no target, then one that names one, then the first again: the same DOM', async () => {
    // No programme period, so the row's target is the indicator's default (fast-check's X, Y, X found it).
    const unnamed = programme({ period: undefined, indicators: [indicator()] });
    const named = programme({ period: undefined, indicators: [{ data: indicator({ series: [] }), targetId: 't' }] });
    const el = await mount(CARD, { data: unnamed });
    const before = await stable(el);
    el.data = named;
    await settled(el);
    el.data = unnamed;
    await settled(el);
    expect(await stable(el)).to.equal(before);
  });

  it('the card reports a dropped link once, not on every render', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await mount(CARD, { data: programme({ links: [{ label: 'x', url: 'javascript:alert(1)' }] }) });
      el.setAttribute('theme', 'dark');
      await settled(el);
      el.setAttribute('lang', 'id');
      await settled(el);
      el.style.width = '300px';
      await stable(el);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('link dropped'))).to.have.length(1);
  });
});
