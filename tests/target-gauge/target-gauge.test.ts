import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/target-gauge/indikator-target-gauge.js';
import { gaugeStyles } from '../../src/target-gauge/target-gauge.styles.js';
import { baseStyles } from '../../src/shared/base.styles.js';
import type { IndikatorTargetGauge } from '../../src/target-gauge/target-gauge.js';
import { deepFreeze, fixture } from '../helpers.js';
import type { GaugeData } from '../../src/data/inputs.js';

const EXTREME = 'muba-extreme-poverty.json';
const POVERTY = 'muba-poverty-rate.json';
const INDONESIA = 'idn-poverty-rate-march.json';

type Doc = Record<string, unknown>;

interface MountOptions {
  data?: unknown;
  attrs?: Record<string, string>;
  parent?: HTMLElement;
}

const mounted: HTMLElement[] = [];

/** A gauge on the page, settled (out of the loading state unless it has nothing to load). */
async function mount({ data, attrs = {}, parent }: MountOptions = {}): Promise<IndikatorTargetGauge> {
  const el = document.createElement('indikator-target-gauge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (!('lang' in attrs) && !parent) el.setAttribute('lang', 'en');
  if (data !== undefined) el.data = data as GaugeData; // anything a page may give (the element validates)
  if (parent) {
    parent.append(el);
    document.body.append(parent);
    mounted.push(parent);
  } else {
    document.body.append(el);
    mounted.push(el);
  }
  if (data !== undefined) await waitUntil(() => el.state !== 'loading', 'gauge never left loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector(selector);
const text = (el: HTMLElement, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const meter = (el: HTMLElement) => $(el, '[role="meter"]') as HTMLElement;

/** No attribute anywhere in the shadow root says NaN or Infinity. */
function expectFiniteAttributes(el: HTMLElement): void {
  for (const node of Array.from(el.shadowRoot!.querySelectorAll('*'))) {
    for (const attr of Array.from(node.attributes)) {
      expect(attr.value, `${node.tagName}[${attr.name}]`).not.to.match(/NaN|Infinity|undefined/);
    }
  }
}

/** The meter's numbers are finite and the value lies inside the drawn domain. */
function expectTruthfulMeter(el: HTMLElement): void {
  const m = meter(el);
  expect(m, 'meter').to.exist;
  const now = Number(m.getAttribute('aria-valuenow'));
  const min = Number(m.getAttribute('aria-valuemin'));
  const max = Number(m.getAttribute('aria-valuemax'));
  expect([now, min, max].every(Number.isFinite), 'finite meter values').to.equal(true);
  expect(min).to.be.below(max);
  expect(now).to.be.within(min, max);
  expect(m.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
  expect(m.getAttribute('aria-valuetext')).to.be.a('string').and.not.equal('');
}

/** A small synthetic document. */
function doc(over: Doc = {}): Doc {
  return {
    schema: 'indikator/indicator@1',
    id: 'test.indicator',
    title: { en: 'Test indicator', id: 'Indikator uji' },
    unit: { label: 'percent', symbol: '%' },
    decimals: 1,
    direction: 'higher-is-better',
    series: [
      { period: '2020', value: 60, sourceRef: 's' },
      { period: '2022', value: 70, sourceRef: 's' },
    ],
    sources: [{ id: 's', name: 'Statistics office', url: 'https://example.org/data' }],
    ...over,
  };
}

afterEach(() => {
  mounted.splice(0).forEach((el) => el.remove());
});

describe('target gauge: real fixtures', () => {
  it('Muba extreme poverty, default target: missed, with a complete meter', async () => {
    const el = await mount({ data: deepFreeze(await fixture(EXTREME)) });
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('status')).to.equal('missed');
    const m = meter(el);
    expect(m.getAttribute('aria-label')).to.equal('Extreme poverty rate');
    expect(m.getAttribute('aria-valuenow')).to.equal('0.47');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('6');
    expect(m.getAttribute('aria-valuetext')).to.equal('0.47% in 2024. Target 0% by 2024: missed.');
    expect(text(el, '.number')).to.equal('0.47%');
    expect(text(el, '.period')).to.equal('2024');
    expect(text(el, '.status-word')).to.equal('missed');
    expect($(el, '.status-missed svg.icon')).to.exist;
    expect(text(el, '.detail-target')).to.equal('Target 0% by 2024');
    expect(text(el, '.detail-baseline')).to.equal('Baseline 4.74% (2022)');
    expect(text(el, '.up-to')).to.equal('data up to 2024');
    expectFiniteAttributes(el);
    await expect(el).to.be.accessible();
  });

  it('draws an eq target (a zero-width band) as a marker line', async () => {
    const el = await mount({ data: await fixture(EXTREME) });
    expect($(el, 'line.target-line[part="target"]')).to.exist;
    expect($(el, 'rect.target-band')).to.equal(null);
  });

  it('speaks Indonesian with lang="id"', async () => {
    const el = await mount({ data: await fixture(EXTREME), attrs: { lang: 'id' } });
    expect(meter(el).getAttribute('aria-label')).to.equal('Persentase penduduk miskin ekstrem');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('0,47% pada 2024. Target 0% pada 2024: tidak tercapai.');
    expect(text(el, '.number')).to.equal('0,47%');
    expect(text(el, '.up-to')).to.equal('data sampai 2024');
    expect(text(el, '.source')).to.contain('Sumber: BPS, via Republika, Palpos; IDN Times');
  });

  it('target-id rpjmn-2025-2029: on track, and the missed 2024 target stays visible', async () => {
    const el = await mount({ data: await fixture(EXTREME), attrs: { 'target-id': 'rpjmn-2025-2029' } });
    expect(el.getAttribute('status')).to.equal('on-track');
    expect(text(el, '.status-word')).to.equal('on track');
    expect(text(el, '.detail-target')).to.equal('Target 0% by 2026');
    expect(text(el, '.detail-earlier')).to.equal('Earlier target 0% by 2024: missed');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('0.47% in 2024. Target 0% by 2026: on track. Earlier target 0% by 2024: missed.');
    await expect(el).to.be.accessible();
  });

  it('as-of 2023: on track with 0.98%', async () => {
    const el = await mount({ data: await fixture(EXTREME), attrs: { 'as-of': '2023' } });
    expect(el.getAttribute('status')).to.equal('on-track');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('0.98');
    expect(text(el, '.number')).to.equal('0.98%');
    expect(text(el, '.up-to')).to.equal('data up to 2023');
    expect($(el, '.detail-earlier')).to.equal(null);
  });

  it('changing target-id re-judges the same document without a new load event', async () => {
    const el = document.createElement('indikator-target-gauge');
    el.lang = 'en';
    let loads = 0;
    el.addEventListener('indikator-load', () => (loads += 1));
    const load = oneEvent(el, 'indikator-load');
    el.data = await fixture(EXTREME);
    document.body.append(el);
    mounted.push(el);
    await load;
    expect(el.status).to.equal('missed');
    el.targetId = 'rpjmn-2025-2029';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('on-track');
    expect(text(el, '.status-word')).to.equal('on track');
    el.removeAttribute('target-id');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('missed');
    expect(loads).to.equal(1);
  });

  it('Muba poverty rate: achieved below 10%', async () => {
    const el = await mount({ data: await fixture(POVERTY) });
    expect(el.getAttribute('status')).to.equal('achieved');
    expect(text(el, '.status-word')).to.equal('achieved');
    expect($(el, '.status-achieved')).to.exist;
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('9.97% in 2025. Target less than 10% by 2025: achieved.');
    expect($(el, '.band-met')).to.exist;
    expectFiniteAttributes(el);
  });

  it('Indonesia, target rpjmn-2020-2024: missed, and the 6-7% range is drawn as a band', async () => {
    const el = await mount({ data: await fixture(INDONESIA), attrs: { 'target-id': 'rpjmn-2020-2024' } });
    expect(el.getAttribute('status')).to.equal('missed');
    const band = $(el, 'rect.target-band[part="target"]') as SVGRectElement;
    expect(band).to.exist;
    expect(Number(band.getAttribute('width'))).to.be.above(10);
    expect(text(el, '.detail-target')).to.equal('Target 6–7% by 2024');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('8.47% in Mar 2025. Target 6–7% by 2024: missed.');
    await expect(el).to.be.accessible();
  });

  it('Indonesia, default target: off track, with the missed 2024 range shown as earlier', async () => {
    const el = await mount({ data: await fixture(INDONESIA) });
    expect(el.getAttribute('status')).to.equal('off-track');
    expect(text(el, '.status-word')).to.equal('off track');
    expect($(el, '.status-off-track')).to.exist;
    expect(text(el, '.detail-target')).to.equal('Target 4.5–5% by 2029');
    expect(text(el, '.detail-earlier')).to.equal('Earlier target 6–7% by 2024: missed');
  });

  it('the arc variant draws the same meter with finite paths', async () => {
    const el = await mount({ data: await fixture(INDONESIA), attrs: { variant: 'arc', 'target-id': 'rpjmn-2020-2024' } });
    expect($(el, 'svg.arc-graphic')).to.exist;
    expect(($(el, 'path.indicator') as SVGPathElement).getAttribute('d')).to.match(/^M/);
    expect($(el, 'path.target-band')).to.exist;
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('8.47% in Mar 2025. Target 6–7% by 2024: missed.');
    expectFiniteAttributes(el);
    await expect(el).to.be.accessible();
  });

  it('does not mutate a frozen document', async () => {
    const data = deepFreeze(await fixture<Doc>(INDONESIA));
    const before = JSON.stringify(data);
    await mount({ data, attrs: { variant: 'arc' } });
    expect(JSON.stringify(data)).to.equal(before);
  });

  it('links the source line to the first source shown, only over http(s)', async () => {
    const el = await mount({ data: await fixture(EXTREME) });
    const a = $(el, '.source a') as HTMLAnchorElement;
    expect(a.href).to.equal('https://fbeta.republika.co.id/berita/sgpxp4490');
    expect(a.rel).to.contain('noopener');
    for (const url of ['javascript:alert(1)', 'mailto:someone@example.org', 'data:text/html,hi']) {
      const bad = await mount({ data: doc({ sources: [{ id: 's', name: 'Office', url }] }) });
      expect($(bad, '.source a'), url).to.equal(null);
      expect(text(bad, '.source')).to.contain('Source: Office');
    }
  });

  it('renders the title as a heading of heading-level, else as a paragraph', async () => {
    const plain = await mount({ data: await fixture(EXTREME) });
    expect($(plain, '[part="title"]')!.hasAttribute('role')).to.equal(false);
    const el = await mount({ data: await fixture(EXTREME), attrs: { 'heading-level': '3' } });
    const title = $(el, '[part="title"]')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(title.textContent!.trim()).to.equal('Extreme poverty rate');
  });

  it('marks a title in another language with its lang', async () => {
    const el = await mount({ data: doc({ title: { id: 'Hanya bahasa Indonesia' } }) });
    expect($(el, '[part="title"]')!.getAttribute('lang')).to.equal('id');
    const same = await mount({ data: doc() });
    expect($(same, '[part="title"]')!.hasAttribute('lang')).to.equal(false);
  });

  it('prefers the short title', async () => {
    const el = await mount({ data: await fixture(POVERTY), attrs: { lang: 'id' } });
    const data = await fixture<{ shortTitle?: { id?: string } }>(POVERTY);
    expect(text(el, '[part="title"]')).to.equal(data.shortTitle?.id ?? '');
  });
});

describe('target gauge: statuses by direction and comparator', () => {
  const cases: { name: string; over: Doc; status: string; en: string; id: string }[] = [
    {
      name: 'higher-is-better, ge, on pace',
      over: { targets: [{ id: 't', comparator: 'ge', value: 80, period: '2024' }] },
      status: 'on-track',
      en: 'on track',
      id: 'sesuai jalur',
    },
    {
      name: 'higher-is-better, gt, too slow',
      over: {
        targets: [{ id: 't', comparator: 'gt', value: 90, period: '2024' }],
        series: [
          { period: '2020', value: 60 },
          { period: '2022', value: 61 },
        ],
      },
      status: 'off-track',
      en: 'off track',
      id: 'tidak sesuai jalur',
    },
    {
      name: 'higher-is-better, ge, falling',
      over: {
        targets: [{ id: 't', comparator: 'ge', value: 80, period: '2024' }],
        series: [
          { period: '2020', value: 60 },
          { period: '2022', value: 55 },
        ],
      },
      status: 'wrong-direction',
      en: 'wrong direction',
      id: 'berbalik arah',
    },
    {
      name: 'lower-is-better, le, met',
      over: { direction: 'lower-is-better', targets: [{ id: 't', comparator: 'le', value: 70, period: '2024' }] },
      status: 'achieved',
      en: 'achieved',
      id: 'tercapai',
    },
    {
      name: 'lower-is-better, lt, deadline passed',
      over: { direction: 'lower-is-better', targets: [{ id: 't', comparator: 'lt', value: 20, period: '2022' }] },
      status: 'missed',
      en: 'missed',
      id: 'tidak tercapai',
    },
    {
      name: 'target-range, between, inside',
      over: { direction: 'target-range', targets: [{ id: 't', comparator: 'between', min: 65, max: 75, period: '2030' }] },
      status: 'achieved',
      en: 'achieved',
      id: 'tercapai',
    },
    {
      name: 'neutral, eq, one observation',
      over: {
        direction: 'neutral',
        targets: [{ id: 't', comparator: 'eq', value: 100, period: '2030' }],
        series: [{ period: '2022', value: 70 }],
      },
      status: 'no-data',
      en: 'not enough data',
      id: 'data belum cukup',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.status}`, async () => {
      const en = await mount({ data: doc(c.over) });
      expect(en.getAttribute('status')).to.equal(c.status);
      expect(text(en, '.status-word')).to.equal(c.en);
      expect($(en, `.status-${c.status} svg.icon path, .status-${c.status} svg.icon circle`)).to.exist;
      expect(meter(en).getAttribute('aria-valuetext')).to.contain(`: ${c.en}.`);
      expectTruthfulMeter(en);
      expectFiniteAttributes(en);
      const id = await mount({ data: doc(c.over), attrs: { lang: 'id' } });
      expect(text(id, '.status-word')).to.equal(c.id);
      expect(meter(id).getAttribute('aria-valuetext')).to.contain(`: ${c.id}.`);
    });
  }

  it('lower-is-better runs the bar toward lower values: the fill grows from the baseline toward the target end', async () => {
    const el = await mount({ data: await fixture(EXTREME) });
    const baseline = Number($(el, 'line.baseline')!.getAttribute('x1'));
    const dot = Number($(el, 'circle.latest')!.getAttribute('cx'));
    const target = Number($(el, 'line.target-line')!.getAttribute('x1'));
    expect(baseline).to.be.below(dot);
    expect(dot).to.be.below(target);
    expect($(el, 'rect.indicator.grow-start')).to.exist;
  });

  it('a value that moved the wrong way is drawn backwards from the baseline, not hidden', async () => {
    const el = await mount({
      data: doc({
        targets: [{ id: 't', comparator: 'ge', value: 80, period: '2024' }],
        series: [
          { period: '2020', value: 60 },
          { period: '2022', value: 40 },
        ],
      }),
    });
    expect($(el, 'rect.indicator.grow-end')).to.exist;
    const baseline = Number($(el, 'line.baseline')!.getAttribute('x1'));
    expect(Number($(el, 'circle.latest')!.getAttribute('cx'))).to.be.below(baseline);
  });
});

describe('target gauge: sizes, no target and states', () => {
  it('compact: one line with value, a small bar and the status; no baseline or source text', async () => {
    const el = await mount({ data: await fixture(EXTREME), attrs: { size: 'compact' } });
    const line = $(el, '.line')!;
    expect(line.querySelector('[part="value"]')).to.exist;
    expect(line.querySelector('[role="meter"]')).to.exist;
    expect(line.querySelector('[part="status"]')).to.exist;
    expect($(el, '[part="details"]')).to.equal(null);
    expect($(el, '[part="source"]')).to.equal(null);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('0.47% in 2024. Target 0% by 2024: missed.');
    expect(el.getAttribute('status')).to.equal('missed');
    await expect(el).to.be.accessible();
  });

  it('no target: no status attribute, says so in text and in the value text', async () => {
    const el = await mount({ data: doc() });
    expect(el.state).to.equal('ready');
    expect(el.hasAttribute('status')).to.equal(false);
    expect(text(el, '.status-word')).to.equal('no target set');
    expect(text(el, '.detail-none')).to.equal('No target set.');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('70.0% in 2022. No target set.');
    expect($(el, '[part="target"]')).to.equal(null);
    expectTruthfulMeter(el);
    await expect(el).to.be.accessible();
  });

  it('an unknown target-id judges nothing (no status)', async () => {
    const el = await mount({ data: await fixture(EXTREME), attrs: { 'target-id': 'nope' } });
    expect(el.hasAttribute('status')).to.equal(false);
    expectTruthfulMeter(el);
  });

  it('no observations: the empty state, no meter', async () => {
    const el = await mount({ data: doc({ series: [] }) });
    expect(el.state).to.equal('empty');
    expect(el.hasAttribute('status')).to.equal(false);
    expect(meter(el)).to.equal(null);
    // Contract: the reader's sentence keeps the indicator's name.
    expect(text(el, '.message-text')).to.equal('There is no data on test indicator yet.');
    await expect(el).to.be.accessible();
  });

  it('an invalid document: the error state, with what is wrong', async () => {
    const el = await mount({ data: doc({ series: [{ period: '2024', value: '4,74' }] }) });
    expect(el.state).to.equal('error');
    expect(el.hasAttribute('status')).to.equal(false);
    expect($(el, '[part="error"]')).to.exist;
    expect(text(el, '[part="error"]')).to.contain('The data does not match the expected format.');
    expect(text(el, '[part="error"]')).to.contain('series[0].value');
    await expect(el).to.be.accessible();
  });

  it('a missing file: the error state', async () => {
    const el = document.createElement('indikator-target-gauge');
    el.lang = 'en';
    const error = oneEvent(el, 'indikator-error');
    el.src = `/tests/fixtures/no-such-file.json?t=${Date.now()}`;
    document.body.append(el);
    mounted.push(el);
    await error;
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect($(el, '[part="error"]')).to.exist;
  });

  it('dark theme: the dark frame, still accessible', async () => {
    const el = await mount({ data: await fixture(POVERTY), attrs: { theme: 'dark' } });
    expect($(el, '.frame.theme-dark')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('right to left: the graphic is mirrored, the text is not', async () => {
    const wrapper = document.createElement('div');
    wrapper.dir = 'rtl';
    wrapper.lang = 'en';
    const el = await mount({ data: await fixture(EXTREME), parent: wrapper });
    expect(getComputedStyle($(el, 'svg.graphic')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle($(el, '.number')!).transform).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('loading: no meter yet, an accessible busy frame', async () => {
    const el = await mount();
    expect(el.state).to.equal('loading');
    expect($(el, '[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('target gauge: extreme inputs draw truthfully', () => {
  const series = (...values: (number | null)[]) => values.map((value, i) => ({ period: String(2015 + i), value }));
  const cases: [string, Doc][] = [
    [
      'target equal to the baseline',
      doc({ baseline: { period: '2020', value: 60 }, targets: [{ id: 't', comparator: 'ge', value: 60, period: '2030' }] }),
    ],
    ['target, baseline and latest all equal', doc({ series: series(5, 5, 5), targets: [{ id: 't', comparator: 'eq', value: 5, period: '2030' }] })],
    ['value far beyond the target', doc({ series: series(1, 1000), targets: [{ id: 't', comparator: 'ge', value: 10, period: '2030' }] })],
    [
      'value beyond a band on the good side',
      doc({ direction: 'lower-is-better', series: series(9, 2), targets: [{ id: 't', comparator: 'between', min: 6, max: 7, period: '2030' }] }),
    ],
    [
      'negative values',
      doc({ direction: 'lower-is-better', series: series(-5, -20), targets: [{ id: 't', comparator: 'lt', value: -30, period: '2030' }] }),
    ],
    ['values crossing zero', doc({ series: series(-3, 4), targets: [{ id: 't', comparator: 'gt', value: 10, period: '2030' }] })],
    ['no target', doc({ targets: [] })],
    ['deadline long past', doc({ series: series(1, 2, 3), targets: [{ id: 't', comparator: 'ge', value: 10, period: '1990' }] })],
    [
      'range target approached from above',
      doc({ direction: 'target-range', series: series(80, 70), targets: [{ id: 't', comparator: 'between', min: 40, max: 60, period: '2030' }] }),
    ],
    ['zero-width range', doc({ series: series(1, 2), targets: [{ id: 't', comparator: 'between', min: 5, max: 5, period: '2030' }] })],
    [
      'twelve orders of magnitude',
      doc({ decimals: 6, series: series(0.000001, 1000000), targets: [{ id: 't', comparator: 'ge', value: 2000000, period: '2030' }] }),
    ],
    ['huge values', doc({ decimals: 0, series: series(1e15, 3e15), targets: [{ id: 't', comparator: 'ge', value: 5e15, period: '2030' }] })],
    ['tiny values', doc({ decimals: 10, series: series(1e-9, 3e-9), targets: [{ id: 't', comparator: 'le', value: 5e-10, period: '2030' }] })],
    ['single observation', doc({ series: series(42), targets: [{ id: 't', comparator: 'ge', value: 50, period: '2030' }] })],
    ['single observation, no target', doc({ series: series(42) })],
    ['all equal values', doc({ series: series(7, 7, 7, 7), targets: [{ id: 't', comparator: 'ge', value: 9, period: '2030' }] })],
    [
      'all zero, target zero',
      doc({ direction: 'lower-is-better', series: series(0, 0), targets: [{ id: 't', comparator: 'eq', value: 0, period: '2030' }] }),
    ],
    ['gaps (null values)', doc({ series: series(null, 3, null, 5, null), targets: [{ id: 't', comparator: 'ge', value: 9, period: '2030' }] })],
    [
      'value outside the limits',
      doc({ limits: { min: 0, max: 100 }, series: series(90, 120), targets: [{ id: 't', comparator: 'le', value: 100, period: '2030' }] }),
    ],
    ['only a lower limit', doc({ limits: { min: 0 }, series: series(0.1, 0.2), targets: [{ id: 't', comparator: 'ge', value: 1, period: '2030' }] })],
    [
      'unit multiplier',
      doc({ unit: { label: 'people', multiplier: 6 }, series: series(1.2, 1.5), targets: [{ id: 't', comparator: 'ge', value: 2, period: '2030' }] }),
    ],
    [
      'neutral with an eq target',
      doc({ direction: 'neutral', series: series(3, 4), targets: [{ id: 't', comparator: 'eq', value: 10, period: '2030' }] }),
    ],
    ['target without an id', doc({ series: series(3, 4), targets: [{ comparator: 'ge', value: 10, period: '2030' }] })],
    ['baseline after the data', doc({ baseline: { period: '2040', value: 1 }, targets: [{ id: 't', comparator: 'ge', value: 80, period: '2050' }] })],
    [
      'quarterly periods',
      doc({
        series: [
          { period: '2024-Q1', value: 3 },
          { period: '2024-Q3', value: 4 },
        ],
        targets: [{ id: 't', comparator: 'ge', value: 6, period: '2025-Q2' }],
      }),
    ],
    ['very long title', doc({ title: 'Persentase '.repeat(40), series: series(1, 2) })],
  ];

  for (const [name, data] of cases) {
    it(`${name}: bullet and arc`, async () => {
      for (const variant of ['bullet', 'arc']) {
        const el = await mount({ data, attrs: { variant } });
        expect(el.state, `${name} ${variant}`).to.equal('ready');
        expectTruthfulMeter(el);
        expectFiniteAttributes(el);
        expect(text(el, '.number')).not.to.equal('–');
      }
    });
  }

  it('a range written backwards is refused by validation: the error state, not a wrong band', async () => {
    const el = await mount({
      data: doc({ direction: 'target-range', targets: [{ id: 't', comparator: 'between', min: 7, max: 6, period: '2030' }] }),
    });
    expect(el.state).to.equal('error');
    expect(text(el, '[part="error"]')).to.contain('targets[0]');
  });

  it('as-of before any observation: empty', async () => {
    const el = await mount({ data: doc({ targets: [{ id: 't', comparator: 'ge', value: 80, period: '2030' }] }), attrs: { 'as-of': '2010' } });
    expect(el.state).to.equal('empty');
  });
});

describe('target gauge: axe in every state, theme, language and direction', () => {
  const states = ['loading', 'ready', 'empty', 'error'] as const;
  for (const state of states) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['id', 'en']) {
        for (const dir of ['ltr', 'rtl']) {
          it(`${state} · ${theme} · ${lang} · ${dir}`, async () => {
            const wrapper = document.createElement('div');
            wrapper.dir = dir;
            wrapper.lang = lang;
            const base = await fixture<Doc>(EXTREME);
            const data =
              state === 'loading' ? undefined : state === 'empty' ? { ...base, series: [] } : state === 'error' ? { ...base, decimals: 'two' } : base;
            const el = await mount({ data, parent: wrapper, attrs: { theme, ...(state === 'ready' && dir === 'rtl' ? { variant: 'arc' } : {}) } });
            expect(el.state).to.equal(state);
            if (state === 'ready') {
              expect(meter(el).getAttribute('aria-label')).to.equal(lang === 'id' ? 'Persentase penduduk miskin ekstrem' : 'Extreme poverty rate');
              expect(meter(el).getAttribute('aria-valuetext')).to.equal(
                lang === 'id' ? '0,47% pada 2024. Target 0% pada 2024: tidak tercapai.' : '0.47% in 2024. Target 0% by 2024: missed.',
              );
            }
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  }
});

describe('target gauge: styles', () => {
  it('every private token it reads is defined, and every one it defines is read', () => {
    const base = baseStyles.cssText;
    const own = gaugeStyles.cssText;
    const defined = new Set([...`${base}${own}`.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
    for (const [, name] of own.matchAll(/var\((--_[\w-]+)/g)) expect(defined.has(name!), name).to.equal(true);
    for (const [, name] of own.matchAll(/(--_[\w-]+)\s*:/g)) expect(own.includes(`var(${name})`), name).to.equal(true);
  });

  it('the public token --indikator-gauge-track colours the track', async () => {
    const el = await mount({ data: await fixture(EXTREME) });
    el.style.setProperty('--indikator-gauge-track', 'rgb(1, 2, 3)');
    expect(getComputedStyle($(el, 'rect.track')!).fill).to.equal('rgb(1, 2, 3)');
  });

  it('has forced-colors rules for its marks', async () => {
    const el = await mount({ data: await fixture(EXTREME) });
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules));
    const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'));
    const text = forced.map((r) => r.cssText).join(' ');
    for (const selector of ['.track', '.indicator', '.target-line', '.baseline', '.icon']) expect(text).to.contain(selector);
  });

  it('moves only when the reader has not asked for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await mount({ data: await fixture(EXTREME) });
      expect(getComputedStyle($(still, 'rect.indicator')!).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const moving = await mount({ data: await fixture(EXTREME) });
    expect(getComputedStyle($(moving, 'rect.indicator')!).transitionDuration).to.equal('0.6s');
  });
});

describe('target gauge: what real files need', () => {
  const base = {
    schema: 'indikator/indicator@1',
    id: 'pop',
    title: 'Penduduk miskin',
    decimals: 1,
    direction: 'lower-is-better',
    series: [
      { period: '2023', value: 36_000.2 },
      { period: '2024', value: 34_880.5 },
    ],
    sources: [{ id: 'bps', name: 'BPS' }],
  };

  it("writes a number too long for its line in compact notation, never spilling out: France's GDP from the World Bank", async () => {
    // The real response: 2022 is the latest year with a value, 2,779,092,236,505.85 current US$ (decimals 0).
    const message = await (await fetch('/demo/data/formats/worldbank-v2_fra_ny-gdp-mktp-cd.json')).json();
    const at = async (width: number, attrs: Record<string, string> = {}) => {
      const wrapper = document.createElement('div');
      wrapper.style.width = `${width}px`;
      wrapper.lang = 'id';
      const el = await mount({ parent: wrapper, attrs: { format: 'worldbank', ...attrs } });
      el.data = message;
      await waitUntil(() => el.state === 'ready', 'never ready', { timeout: 8000 });
      await el.updateComplete;
      return el;
    };
    for (const [width, attrs] of [
      [320, {}],
      [300, { size: 'compact' }],
    ] as const) {
      const el = await at(width, attrs);
      expect(text(el, '.number'), `${width} px`).to.equal('2,78 T');
      // The value text keeps the whole number.
      expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('2.779.092.236.506');
      const frame = $(el, '.frame')!;
      expect(frame.scrollWidth, `${width} px: nothing overflows`).to.be.at.most(frame.clientWidth);
    }
    // Where there is room, the number is written out.
    expect(text(await at(1280), '.number')).to.equal('2.779.092.236.506');
  });

  it('shows the unit with the number and says it in the value text (34.880,5 ribu jiwa, never a bare number)', async () => {
    const el = await mount({ data: { ...base, unit: { label: 'ribu jiwa' } }, attrs: { lang: 'id' } });
    const shown = text(el, '[part="value"]');
    expect(shown).to.contain('34.880,5');
    expect(shown).to.contain('ribu jiwa');
    expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('34.880,5 ribu jiwa pada 2024');
    await expect(el).to.be.accessible();
  });

  it('applies the multiplier and does not repeat a unit the number already carries', async () => {
    const el = await mount({
      data: { ...base, decimals: 2, unit: { label: 'persen', symbol: '%' }, series: [{ period: '2024', value: 9.97 }] },
      attrs: { lang: 'id' },
    });
    expect(text(el, '[part="value"]')).to.match(/^9,97%/);
    expect($(el, '[part="value"] .unit')).to.equal(null);
    const million = await mount({ data: { ...base, unit: { label: 'people', multiplier: 3 } }, attrs: { lang: 'en' } });
    expect(text(million, '[part="value"]')).to.contain('34,880,500.0 people');
  });

  it('draws the latest value where the figure on screen says: achieved means inside the band', async () => {
    // 10.04 at one decimal reads "10.0", which meets "at most 10": the dot must sit on the target, not past it.
    const el = await mount({
      data: {
        ...base,
        decimals: 1,
        unit: { label: '%', symbol: '%' },
        series: [
          { period: '2020', value: 14 },
          { period: '2024', value: 10.04 },
        ],
        targets: [{ id: 't', comparator: 'le', value: 10, period: '2024' }],
      },
    });
    expect(el.getAttribute('status')).to.equal('achieved');
    const dot = $(el, 'circle.latest')!;
    const target = $(el, '[part="target"]')!;
    expect(Number(dot.getAttribute('cx'))).to.be.closeTo(Number(target.getAttribute('x1')), 0.01);
  });
});

describe('target gauge: the verdict at a glance', () => {
  it('shows the deadline beside the verdict, so "missed" and "on track" differ beyond the word', async () => {
    const extreme = await fixture('muba-extreme-poverty.json');
    const missed = await mount({ data: extreme, attrs: { lang: 'id' } });
    const onTrack = await mount({ data: extreme, attrs: { lang: 'id', 'target-id': 'rpjmn-2025-2029' } });
    expect(text(missed, '[part="status"]')).to.equal('tidak tercapai · tenggat 2024');
    expect(text(onTrack, '[part="status"]')).to.equal('sesuai jalur · tenggat 2026');
    await expect(missed).to.be.accessible();
  });
});

/** WCAG contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('target gauge: bands a reader can see and read (issue 17, §2)', () => {
  for (const theme of ['light', 'dark']) {
    it(`draws the bands at 3:1 against the track and explains them in a key (${theme})`, async () => {
      const el = await mount({ data: await fixture(POVERTY), attrs: { lang: 'id', theme } });
      const track = getComputedStyle($(el, '.track')!).fill;
      for (const kind of ['worse', 'met']) {
        const band = $(el, `.graphic .band-${kind}`)!;
        expect(Number(band.getAttribute('x2')) - Number(band.getAttribute('x1')), `${kind} band drawn`).to.be.above(4);
        expect(contrast(getComputedStyle(band).stroke, track), `${kind} band against the track`).to.be.at.least(3);
      }
      // Told apart by shape too: the worse band is dashed.
      expect(getComputedStyle($(el, '.graphic .band-worse')!).strokeDasharray).to.not.equal('none');
      const keys = [...el.shadowRoot!.querySelectorAll('.detail-band')].map((k) => k.textContent!.trim());
      expect(keys).to.deep.equal(['Lebih buruk dari baseline', 'Target tercapai']);
    });
  }

  it('draws the target tick over the value marker, so a value at its target never hides it', async () => {
    // 9,97% against "less than 10%": the dot sits on the tick.
    const el = await mount({ data: await fixture(POVERTY), attrs: { lang: 'id' } });
    const svg = $(el, '.bullet-graphic')!;
    const order = [...svg.children].map((c) => c.getAttribute('class') ?? '');
    expect(order.findIndex((c) => c.includes('target'))).to.be.greaterThan(order.findIndex((c) => c.includes('latest')));
    const tick = $(el, '.target-line')!.getBoundingClientRect();
    const dot = $(el, '.latest')!.getBoundingClientRect();
    expect(tick.height, 'the tick runs beyond the dot').to.be.greaterThan(dot.height);
  });
});

describe('target gauge: a rate without limits', () => {
  it('never runs its scale below 0 % (the builder writes documents without limits)', async () => {
    // Musi Banyuasin's extreme poverty, 0,47% against a target of 0: padded, the scale ran to "-2%".
    const { limits: _, ...doc } = await fixture<Record<string, unknown>>(EXTREME);
    const el = await mount({ data: doc, attrs: { lang: 'id' } });
    const scale = [...el.shadowRoot!.querySelectorAll('[part="scale"] span, .scale span')].map((s) => s.textContent!.trim());
    expect(scale.length).to.equal(2);
    expect(scale.some((s) => s.startsWith('-') || s.startsWith('−'))).to.equal(false);
    expect(scale[1]).to.equal('0%');
  });
});
