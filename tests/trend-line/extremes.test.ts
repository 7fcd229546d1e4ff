// Extreme inputs: every case renders truthfully (ready or empty) or reaches the error state, and no
// attribute anywhere in the shadow root reads NaN or Infinity.
import { expect } from '@open-wc/testing';
import { $, $$, badAttributes, doc, mount, moves, numbers, text, type Doc } from './helpers.js';
import type { IndikatorTrendLine } from '../../src/trend-line/trend-line.js';

afterEach(() => document.querySelectorAll('indikator-trend-line').forEach((el) => el.remove()));

const series = (values: (number | null)[], start = 2000) => values.map((value, i) => ({ period: String(start + i), value }));
const long = (n: number) => 'Panjang '.repeat(Math.ceil(n / 8)).slice(0, n);

interface Case {
  name: string;
  data: unknown;
  state: 'ready' | 'empty' | 'error';
  attrs?: Record<string, string>;
  setup?: (el: IndikatorTrendLine) => void;
  check?: (el: IndikatorTrendLine) => void;
}

/** Every coordinate of the primary line lies inside the drawing. */
function inside(el: IndikatorTrendLine) {
  const svg = $(el, 'svg.svg')!;
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  const d = $(el, '[part="line"]')!.getAttribute('d') ?? '';
  const n = numbers(d);
  for (let i = 0; i + 1 < n.length; i += 2) {
    expect(n[i]).to.be.within(0, w);
    expect(n[i + 1]).to.be.within(0, h);
  }
}

const yLabels = (el: IndikatorTrendLine) => $$(el, '.y-axis text').map((t) => t.textContent ?? '');

const cases: Case[] = [
  {
    name: 'unsorted periods are drawn in time order',
    data: doc({
      series: [
        { period: '2022', value: 3 },
        { period: '2020', value: 1 },
        { period: '2021', value: 2 },
      ],
    }),
    state: 'ready',
    check: (el) => {
      const xs = numbers($(el, '[part="line"]')!.getAttribute('d')!).filter((_, i) => i % 2 === 0);
      expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    },
  },
  {
    name: 'identical duplicates are kept once',
    data: doc({
      series: [
        { period: '2020', value: 1 },
        { period: '2020', value: 1 },
        { period: '2021', value: 2 },
      ],
    }),
    state: 'ready',
    check: (el) => expect(moves($(el, '.marker')!.getAttribute('d'))).to.equal(2),
  },
  {
    name: 'conflicting duplicates are an error',
    data: doc({
      series: [
        { period: '2020', value: 1 },
        { period: '2020', value: 2 },
      ],
    }),
    state: 'error',
  },
  {
    name: 'one point',
    data: doc({ series: [{ period: '2020', value: 5 }] }),
    state: 'ready',
    check: (el) => expect(moves($(el, '.marker')!.getAttribute('d'))).to.equal(1),
  },
  {
    name: 'all values equal',
    data: doc({ series: series([7, 7, 7, 7]) }),
    state: 'ready',
    check: (el) => expect(yLabels(el).length).to.be.greaterThan(1),
  },
  { name: 'all values null', data: doc({ series: series([null, null, null]) }), state: 'empty' },
  { name: 'no observations', data: doc({ series: [] }), state: 'empty' },
  {
    name: 'mixed frequencies',
    data: doc({
      series: [
        { period: '2019', value: 1 },
        { period: '2020-Q2', value: 2 },
        { period: '2020-06', value: 2.5 },
        { period: '2020-S2', value: 3 },
        { period: '2021-W10', value: 3.5 },
        { period: '2021-03-15', value: 4 },
      ],
    }),
    state: 'ready',
  },
  {
    name: '12 orders of magnitude',
    data: doc({ series: series([1e-6, 1e-3, 1, 1e3, 1e6]) }),
    state: 'ready',
    check: (el) => expect(yLabels(el).join(' ')).to.match(/M|1,000,000/),
  },
  {
    name: 'a 10,000-character title and area',
    data: doc({ title: long(10_000), area: { name: long(10_000) } }),
    state: 'ready',
    check: (el) => expect(text(el, '.title').length).to.be.at.least(9_990),
  },
  {
    name: '10,000-character labels on comparison series',
    data: [doc({ area: { name: long(10_000) } }), doc({ id: 'b', area: { name: `${long(9_999)}x` } })],
    state: 'ready',
    check: (el) => $$(el, 'text.direct').forEach((t) => expect(t.textContent!.length).to.be.lessThan(200)),
  },
  {
    name: 'right-to-left text',
    data: doc({ title: 'معدل الفقر', area: { name: 'עברית' }, unit: { label: 'نسبة' } }),
    state: 'ready',
    check: (el) => expect(text(el, '.title')).to.equal('معدل الفقر'),
  },
  {
    name: 'negative values',
    data: doc({ series: series([-5, -2, 1, 3]) }),
    state: 'ready',
    check: (el) => expect(yLabels(el).some((l) => l.startsWith('-') || l.startsWith('−'))).to.be.true,
  },
  { name: 'all negative values', data: doc({ series: series([-50, -40, -45]) }), state: 'ready' },
  { name: 'huge values', data: doc({ series: series([1e15, 2e15, 3e15]) }), state: 'ready' },
  {
    name: 'tiny values',
    data: doc({ decimals: 10, series: series([1e-12, 2e-12, 3e-12]) }),
    state: 'ready',
    check: (el) => expect(new Set(yLabels(el)).size).to.equal(yLabels(el).length),
  },
  {
    name: 'alternating gaps',
    data: doc({ series: series([1, null, 2, null, 3, null, 4]) }),
    state: 'ready',
    check: (el) => expect(moves($(el, '[part="line"]')!.getAttribute('d'))).to.equal(4),
  },
  { name: 'one value among gaps', data: doc({ series: series([null, null, 4, null]) }), state: 'ready' },
  {
    name: 'every status flag, with unknown codes passed through',
    data: doc({
      series: [
        { period: '2020', value: 1, status: ['P'] },
        { period: '2021', value: 2, status: ['E', 'X9'] },
        { period: '2022', value: 3, status: ['F'] },
        { period: '2023', value: 4, status: ['B'] },
      ],
    }),
    state: 'ready',
  },
  ...(['lt', 'le', 'eq', 'ge', 'gt'] as const).map((comparator): Case => ({
    name: `a ${comparator} target`,
    data: doc({ direction: 'higher-is-better', targets: [{ comparator, value: 5, period: '2025' }] }),
    state: 'ready',
    check: (el) => expect($(el, '[part="target"]')).to.exist,
  })),
  {
    name: 'a between target written high to low is an error',
    data: doc({ targets: [{ comparator: 'between', min: 7, max: 6, period: '2025' }] }),
    state: 'error',
  },
  {
    name: 'a target equal to the baseline',
    data: doc({ direction: 'lower-is-better', baseline: { period: '2020', value: 1 }, targets: [{ comparator: 'eq', value: 1, period: '2030' }] }),
    state: 'ready',
  },
  {
    name: 'a per cent unit with negative values does not start at 0',
    data: doc({ unit: { label: '%', symbol: '%' }, series: series([-3, -1, 2]) }),
    state: 'ready',
  },
  {
    name: 'limits never cut off data',
    data: doc({ limits: { min: 0, max: 5 }, series: series([1, 8, 3]) }),
    state: 'ready',
    check: inside,
  },
  {
    name: 'bounds on some points only',
    data: doc({
      series: [
        { period: '2020', value: 1, lower: 0, upper: 2 },
        { period: '2021', value: 2 },
        { period: '2022', value: 3, lower: 2, upper: 4 },
        { period: '2023', value: 3, lower: 2.5, upper: 3.5 },
      ],
    }),
    state: 'ready',
    check: (el) => expect(moves($(el, '.bounds')!.getAttribute('d'))).to.equal(2),
  },
  { name: 'a unit multiplier', data: doc({ unit: { label: 'orang', multiplier: 3 }, series: series([919.6, 920.1]) }), state: 'ready' },
  {
    name: 'years before 100',
    data: doc({
      series: [
        { period: '0050', value: 1 },
        { period: '0051', value: 2 },
      ],
    }),
    state: 'ready',
  },
  { name: 'a far deadline', data: doc({ targets: [{ comparator: 'ge', value: 10, period: '2100' }] }), state: 'ready', check: inside },
  { name: 'a deadline before all data', data: doc({ targets: [{ comparator: 'le', value: 1, period: '1990' }] }), state: 'ready', check: inside },
  { name: 'a number written as a string', data: doc({ series: [{ period: '2020', value: '4,74' }] }), state: 'error' },
  { name: 'NaN', data: doc({ series: [{ period: '2020', value: NaN }] }), state: 'error' },
  { name: 'Infinity', data: doc({ series: [{ period: '2020', value: Infinity }] }), state: 'error' },
  { name: 'an impossible date', data: doc({ series: [{ period: '2023-02-30', value: 1 }] }), state: 'error' },
  { name: 'not an object', data: 42, state: 'error' },
  { name: 'null', data: null, state: 'error' },
  {
    name: 'a comparison with no period in common',
    data: [doc(), doc({ id: 'b', series: series([5, 6], 1990) })],
    state: 'ready',
  },
  {
    name: 'months over a year and a half get month ticks',
    data: doc({
      series: Array.from({ length: 18 }, (_, i) => ({
        period: `2023-${String((i % 12) + 1).padStart(2, '0')}`.replace(/^2023/, String(2023 + Math.floor(i / 12))),
        value: i,
      })),
    }),
    state: 'ready',
    check: (el) =>
      expect(
        $$(el, '.x-axis text')
          .map((t) => t.textContent)
          .join(' '),
      ).to.match(/[A-Za-z]/),
  },
  {
    name: 'days within a month get day ticks',
    data: doc({ series: Array.from({ length: 20 }, (_, i) => ({ period: `2024-05-${String(i + 1).padStart(2, '0')}`, value: i })) }),
    state: 'ready',
  },
  { name: 'no decimals', data: doc({ decimals: 0, series: series([1234567, 2345678]) }), state: 'ready' },
  {
    name: 'annotations with unreadable entries are skipped',
    data: doc(),
    state: 'ready',
    setup: (el) => {
      el.annotations = [
        { period: 'soon', label: 'x' },
        { period: '2021', label: { nodeType: 1 } as never },
        { period: '2021-06', label: 'ok' },
      ];
    },
    check: (el) => expect($$(el, '.verticals text').map((t) => t.textContent)).to.deep.equal(['ok']),
  },
];

describe('trend line: extreme inputs', () => {
  it('has at least 30 cases', () => expect(cases.length).to.be.at.least(30));
  for (const c of cases) {
    it(`${c.name}: ${c.state}`, async () => {
      const el = await mount(c.data, { lang: 'en', ...c.attrs }, c.setup);
      expect(el.state).to.equal(c.state);
      if (c.state === 'error') expect($(el, '[part="error"]')).to.exist;
      if (c.state === 'empty') expect(text(el, '.message-text')).to.not.equal('');
      if (c.state === 'ready') {
        expect($(el, '[part="line"]')!.getAttribute('d')).to.match(/^M/);
        expect(text(el, '[part="summary"]')).to.not.match(/NaN|Infinity|undefined/);
      }
      expect(badAttributes(el)).to.deep.equal([]);
      c.check?.(el);
    });
  }

  it('renders every case at 320 px and as a sparkline without NaN', async () => {
    for (const c of cases) {
      for (const variant of ['full', 'sparkline']) {
        const el = await mount(c.data, { lang: 'id', variant }, c.setup, 320);
        expect(el.state, c.name).to.equal(c.state);
        expect(badAttributes(el), c.name).to.deep.equal([]);
        el.remove();
      }
    }
  });

  it('does not mutate a frozen input', async () => {
    const data = Object.freeze(doc()) as Doc;
    await mount(data);
    expect(data.series).to.have.length(3);
  });
});
