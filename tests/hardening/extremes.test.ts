// Extreme and malformed input, on every element that takes it: indicator documents on the gauge, the
// trend line and (inline) the programme card; programme documents on the card. Valid-but-extreme
// documents must reach the ready (or empty) state and draw truthfully; the rest must end in the
// visible error state. Never an uncaught exception, `NaN`/`Infinity` in an attribute of any node of any
// shadow root, or a value silently turned into 0.
import { expect } from '@open-wc/testing';
import {
  $,
  $$,
  CARD,
  GAUGE,
  TREND,
  badAttributes,
  flatText,
  indicator,
  mount,
  nestedWidgets,
  programme,
  textOf,
  unmountAll,
  visibleError,
  watchErrors,
  yearly,
  type Json,
  type Tag,
  type Widget,
} from './helpers.js';
import { parsePeriod, type Period } from '../../src/data/periods.js';
import { formatCompact, formatValue } from '../../src/core/format.js';
import { assessStatus } from '../../src/core/status.js';
import type { IndicatorDocument } from '../../src/data/schema.js';

type State = 'ready' | 'empty' | 'error';

interface Case {
  readonly name: string;
  /** The document (a function for big ones, built when the case runs). */
  readonly doc?: unknown;
  /** Instead of `data`: the text of an inline `<script type="application/json">`. */
  readonly inline?: string;
  readonly expect: State;
  /** Elements that expect something else (or skip the case: `null`). */
  readonly byTag?: Partial<Record<Tag, State | null>>;
  readonly attrs?: Record<string, string>;
  /** For errors: a path the error must name. */
  readonly path?: string;
  readonly check?: (el: Widget, tag: Tag) => void;
  /**
   * Known limits, reported rather than fixed here: on these elements the case must still reach its
   * state with no NaN, no exception, but the drawing is not checked for truth.
   */
  readonly limitation?: Partial<Record<Tag, string>>;
}

const long = (n: number, word = 'Panjang ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);
const withSeries = (series: Json[], over: Json = {}) => indicator({ series, baseline: undefined, ...over });
const monthly = (n: number, startYear = 1000) =>
  Array.from({ length: n }, (_, i) => ({
    period: `${String(startYear + Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
    value: Math.round((Math.sin(i / 500) * 10 + (i % 7)) * 100) / 100,
  }));
/** A document whose JSON has an own `__proto__` key, as JSON.parse makes it. */
const protoKey = () => JSON.parse(JSON.stringify(indicator()).replace(/^\{/, '{"__proto__":{"polluted":1},')) as Json;

// ---- indicator documents -------------------------------------------------------------------------

const VALID_INDICATORS: Case[] = [
  { name: 'one point, no target', doc: withSeries(yearly([4.2], 2024), { targets: undefined }), expect: 'ready' },
  { name: 'one point with a target', doc: withSeries(yearly([4.2], 2024)), expect: 'ready' },
  { name: 'two points', doc: withSeries(yearly([4.2, 3.9], 2023)), expect: 'ready' },
  { name: 'all values equal', doc: withSeries(yearly([7, 7, 7, 7, 7, 7])), expect: 'ready' },
  {
    name: 'all values zero, target eq 0',
    doc: withSeries(yearly([0, 0, 0]), { targets: [{ id: 't', comparator: 'eq', value: 0, period: '2003' }] }),
    expect: 'ready',
  },
  { name: '12 orders of magnitude', doc: withSeries(yearly([1e-6, 1e-3, 1, 1e3, 1e6]), { decimals: 6, unit: { label: 'n' } }), expect: 'ready' },
  {
    name: 'huge magnitudes (1e15)',
    doc: withSeries(yearly([1e15, 2e15, 3e15]), { unit: { label: 'IDR' }, targets: [{ comparator: 'ge', value: 5e15, period: '2010' }] }),
    expect: 'ready',
  },
  {
    name: 'tiny magnitudes (1e-12), 10 decimals',
    doc: withSeries(yearly([1e-12, 2e-12, 3e-12]), { decimals: 10, unit: { label: 'n' } }),
    expect: 'ready',
  },
  {
    name: 'extreme doubles (±1e300)',
    doc: withSeries(yearly([-1e300, 1e300]), { unit: { label: 'n' }, targets: undefined }),
    expect: 'ready',
  },
  {
    name: 'the largest double',
    doc: withSeries(yearly([1, Number.MAX_VALUE]), { unit: { label: 'n' }, targets: undefined }),
    expect: 'ready',
  },
  {
    name: 'the smallest denormal',
    doc: withSeries(yearly([5e-324, 1e-323]), { decimals: 10, unit: { label: 'n' }, targets: undefined }),
    expect: 'ready',
  },
  {
    name: 'the largest safe integer',
    doc: withSeries(yearly([9007199254740991, 9007199254740990]), { decimals: 0, unit: { label: 'n' } }),
    expect: 'ready',
  },
  { name: 'negative values', doc: withSeries(yearly([-5, -2, 1, 3])), expect: 'ready' },
  {
    name: 'all negative, target ge -10',
    doc: withSeries(yearly([-50, -40, -45]), { direction: 'higher-is-better', targets: [{ comparator: 'ge', value: -10, period: '2010' }] }),
    expect: 'ready',
  },
  { name: 'minus zero', doc: withSeries(yearly([-0, 1])), expect: 'ready' },
  {
    name: '100,000 points',
    doc: () => withSeries(monthly(100_000), { targets: [{ id: 't', comparator: 'le', value: 0, period: '9400' }] }),
    expect: 'ready',
    byTag: { [CARD]: null },
  },
  {
    name: 'a 10,000-character title',
    doc: indicator({ title: long(10_000) }),
    expect: 'ready',
    check: (el) => expect(flatText(el)).to.contain(long(10_000).trim()),
  },
  { name: 'a 10,000-character word as title', doc: indicator({ title: 'x'.repeat(10_000) }), expect: 'ready' },
  {
    name: 'long text everywhere',
    doc: indicator({
      title: long(3000),
      shortTitle: long(2000),
      area: { name: long(3000) },
      unit: { label: long(3000), symbol: 'u' },
      periodNote: long(3000),
      sources: [{ id: 's', name: long(3000), publisher: long(3000) }],
    }),
    expect: 'ready',
  },
  {
    name: 'right-to-left text',
    doc: indicator({ title: 'معدل الفقر', area: { name: 'עברית' }, unit: { label: 'نسبة', symbol: '٪' } }),
    expect: 'ready',
    check: (el) => expect(flatText(el)).to.contain('معدل الفقر'),
  },
  {
    name: 'right-to-left text with numbers and Latin',
    doc: indicator({ title: 'نسبة 12% من السكان (BPS)', sources: [{ id: 's', name: 'الجهاز المركزي' }] }),
    expect: 'ready',
  },
  { name: 'emoji and astral characters', doc: indicator({ title: '📉 Kemiskinan 👩‍👩‍👧 𝔘𝔫𝔦𝔠𝔬𝔡𝔢' }), expect: 'ready' },
  { name: 'combining characters', doc: indicator({ title: 'Z̴̡̛a̷l̸g̵o̶ ̷t̴e̵x̸t̶' }), expect: 'ready' },
  { name: 'an empty title falls back to the id', doc: indicator({ title: '' }), expect: 'ready' },
  {
    name: 'a title in another language only',
    doc: indicator({ title: { fr: 'Taux de pauvreté' } }),
    expect: 'ready',
    check: (el) => expect(flatText(el)).to.contain('Taux de pauvreté'),
  },
  {
    name: 'every status flag, unknown and lower-case codes',
    doc: withSeries([
      { period: '2019', value: 1, status: ['A'] },
      { period: '2020', value: 2, status: ['P'] },
      { period: '2021', value: 3, status: ['E', 'X9'] },
      { period: '2022', value: 4, status: ['F'] },
      { period: '2023', value: 5, status: ['B'] },
      { period: '2024', value: 6, status: ['p', 'e', 'M', 'L', 'N', 'U', 'S', 'D', 'custom_1'] },
    ]),
    expect: 'ready',
  },
  ...(['lt', 'le', 'eq', 'ge', 'gt'] as const).flatMap((comparator) =>
    (['higher-is-better', 'lower-is-better'] as const).map((direction): Case => ({
      name: `a ${comparator} target, ${direction}`,
      doc: indicator({ direction, targets: [{ id: 't', comparator, value: 10, period: '2026' }] }),
      expect: 'ready',
    })),
  ),
  {
    name: 'a between target',
    doc: indicator({ direction: 'target-range', targets: [{ comparator: 'between', min: 4.5, max: 5, period: '2026' }] }),
    expect: 'ready',
  },
  { name: 'a zero-width between target', doc: indicator({ targets: [{ comparator: 'between', min: 5, max: 5, period: '2026' }] }), expect: 'ready' },
  { name: 'a target equal to the baseline', doc: indicator({ targets: [{ comparator: 'eq', value: 12, period: '2026' }] }), expect: 'ready' },
  {
    name: 'a target equal to the latest value',
    doc: indicator({ targets: [{ comparator: 'le', value: 9, period: '2026' }] }),
    expect: 'ready',
    check: (el) => expect(el.localName === CARD || el.getAttribute('status') === 'achieved').to.equal(true),
  },
  ...(['lower-is-better', 'higher-is-better', 'target-range', 'neutral'] as const).map((direction): Case => ({
    name: `direction ${direction}`,
    doc: indicator({ direction }),
    expect: 'ready',
  })),
  {
    name: 'no target and no baseline',
    doc: indicator({ targets: undefined, baseline: undefined }),
    expect: 'ready',
    check: (el) => expect(el.hasAttribute('status')).to.equal(false),
  },
  { name: 'a baseline later than the data', doc: indicator({ baseline: { period: '2030', value: 1 } }), expect: 'ready' },
  { name: 'a deadline before all the data', doc: indicator({ targets: [{ comparator: 'le', value: 1, period: '1990' }] }), expect: 'ready' },
  { name: 'a deadline in 2100', doc: indicator({ targets: [{ comparator: 'le', value: 1, period: '2100' }] }), expect: 'ready' },
  {
    name: 'twenty targets',
    doc: indicator({ targets: Array.from({ length: 20 }, (_, i) => ({ id: `t${i}`, comparator: 'le', value: 20 - i, period: String(2021 + i) })) }),
    expect: 'ready',
  },
  { name: 'a target far beyond the data', doc: indicator({ targets: [{ comparator: 'le', value: -1e9, period: '2026' }] }), expect: 'ready' },
  {
    name: 'unsorted periods',
    doc: withSeries([
      { period: '2022', value: 3 },
      { period: '2020', value: 1 },
      { period: '2021', value: 2 },
    ]),
    expect: 'ready',
  },
  {
    name: 'identical duplicate periods',
    doc: withSeries([
      { period: '2020', value: 1 },
      { period: '2020', value: 1 },
      { period: '2021', value: 2 },
    ]),
    expect: 'ready',
  },
  { name: 'gaps between values', doc: withSeries(yearly([1, null, 2, null, 3, null, 4])), expect: 'ready' },
  { name: 'one value among gaps', doc: withSeries(yearly([null, null, 4, null])), expect: 'ready' },
  {
    name: 'mixed granularities',
    doc: withSeries([
      { period: '2019', value: 1 },
      { period: '2020-S1', value: 2 },
      { period: '2020-Q3', value: 2.5 },
      { period: '2020-11', value: 3 },
      { period: '2021-W10', value: 3.5 },
      { period: '2021-03-15', value: 4 },
    ]),
    expect: 'ready',
  },
  {
    name: 'quarters',
    doc: withSeries(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1'].map((period, i) => ({ period, value: i + 1 }))),
    expect: 'ready',
  },
  {
    name: 'week 53 of a long year',
    doc: withSeries([
      { period: '2020-W52', value: 1 },
      { period: '2020-W53', value: 2 },
      { period: '2021-W01', value: 3 },
    ]),
    expect: 'ready',
  },
  {
    name: 'a leap day',
    doc: withSeries([
      { period: '2024-02-28', value: 1 },
      { period: '2024-02-29', value: 2 },
      { period: '2024-03-01', value: 3 },
    ]),
    expect: 'ready',
  },
  {
    name: 'years before 100',
    doc: withSeries(
      [
        { period: '0050', value: 1 },
        { period: '0051', value: 2 },
      ],
      { targets: undefined },
    ),
    expect: 'ready',
  },
  {
    name: 'the year 9999',
    doc: withSeries(
      [
        { period: '9998', value: 1 },
        { period: '9999-12-31', value: 2 },
      ],
      { targets: undefined },
    ),
    expect: 'ready',
  },
  ...[-15, -3, 3, 15].map((multiplier): Case => ({
    name: `unit multiplier ${multiplier}`,
    doc: indicator({ unit: { label: 'people', multiplier } }),
    expect: 'ready',
  })),
  { name: 'no decimals, big integers', doc: withSeries(yearly([1234567, 2345678]), { decimals: 0, unit: { label: 'people' } }), expect: 'ready' },
  { name: 'ten decimals', doc: withSeries(yearly([0.1234567891, 0.1234567892]), { decimals: 10, unit: { label: 'n' } }), expect: 'ready' },
  { name: 'data outside the limits', doc: indicator({ limits: { min: 0, max: 5 } }), expect: 'ready' },
  { name: 'limits equal to each other', doc: indicator({ limits: { min: 5, max: 5 } }), expect: 'ready' },
  {
    name: 'bounds on some points',
    doc: withSeries([
      { period: '2020', value: 1, lower: 0, upper: 2 },
      { period: '2021', value: 2 },
      { period: '2022', value: 3, lower: 2, upper: 4 },
    ]),
    expect: 'ready',
  },
  {
    name: 'inverted bounds',
    doc: withSeries([
      { period: '2020', value: 1, lower: 3, upper: -2 },
      { period: '2021', value: 2 },
    ]),
    expect: 'ready',
  },
  {
    name: 'notes on periods outside the data',
    doc: indicator({ notes: [{ text: 'Before', periods: ['1990'] }, { text: 'After', periods: ['2050-Q2'] }, { text: 'No period' }] }),
    expect: 'ready',
  },
  { name: 'symbol before the number', doc: indicator({ unit: { label: 'rupiah', symbol: 'Rp', symbolPosition: 'start' } }), expect: 'ready' },
  {
    name: 'a sourceRef to no source',
    doc: withSeries([
      { period: '2020', value: 1, sourceRef: 'nowhere' },
      { period: '2021', value: 2, sourceRef: 'nowhere' },
    ]),
    expect: 'ready',
  },
  {
    name: 'every optional field',
    doc: indicator({
      codes: [{ system: 'sdg', code: '1.2.1', url: 'https://unstats.un.org' }],
      shortTitle: 'Short',
      description: 'A description',
      area: { code: '1606', system: 'bps', level: 'regency', name: { id: 'Muba', en: 'Muba' } },
      unit: { code: 'PERCENT', label: 'per cent', symbol: '%', symbolPosition: 'end', multiplier: 0 },
      frequency: 'A',
      periodNote: 'March round',
      limits: { min: 0, max: 100 },
      baseline: { period: '2020', value: 12, note: 'Base', sourceRef: 's' },
      targets: [{ id: 't', comparator: 'le', value: 5, period: '2026', label: 'RPJMD', basis: 'Perda 1/2021', sourceRef: 's' }],
      series: [
        { period: '2020', value: 12, status: ['B'], lower: 11, upper: 13, derived: false, note: 'First', sourceRef: 's' },
        { period: '2021', value: 10.5, status: ['P'], derived: true, note: { id: 'Sementara', en: 'Provisional' }, sourceRef: 's' },
      ],
      sources: [
        {
          id: 's',
          name: 'BPS',
          publisher: 'Republika',
          url: 'https://example.org',
          published: '2024-01-02',
          accessed: '2024-02-03',
          kind: 'secondary',
          quotes: 'q',
          reference: 'r',
          origin: 'BPS',
        },
      ],
      notes: [{ kind: 'break', text: 'Method changed', periods: ['2021'], sourceRef: 's' }],
      updated: '2024-02-29',
    }),
    expect: 'ready',
  },
  {
    name: 'comparison series (an array)',
    doc: [indicator(), indicator({ id: 'other', title: 'Other', series: yearly([5, 6, 7], 2019) })],
    expect: 'ready',
    byTag: { [GAUGE]: 'error', [CARD]: null },
  },
  {
    name: 'a comparison with no period in common',
    doc: [indicator(), indicator({ id: 'old', series: yearly([5, 6], 1950) })],
    expect: 'ready',
    byTag: { [GAUGE]: 'error', [CARD]: null },
  },
  { name: 'as-of between observations', doc: indicator(), attrs: { 'as-of': '2021' }, expect: 'ready' },
];

const EMPTY_INDICATORS: Case[] = [
  { name: 'no observations', doc: withSeries([]), expect: 'empty' },
  { name: 'only gaps', doc: withSeries(yearly([null, null, null])), expect: 'empty' },
  { name: 'as-of before all the data', doc: indicator(), attrs: { 'as-of': '1990' }, expect: 'empty' },
];

const bad = (over: Json) => indicator(over);
const badValue = (value: unknown) =>
  withSeries([
    { period: '2020', value: 1 },
    { period: '2021', value },
  ]);
const badPeriod = (period: unknown) =>
  withSeries([
    { period: '2020', value: 1 },
    { period, value: 2 },
  ]);

const INVALID_INDICATORS: Case[] = [
  {
    name: 'a number written "4,74"',
    doc: badValue('4,74'),
    expect: 'error',
    path: 'series[1].value',
    check: (el, tag) => tag !== CARD && expect(flatText(el)).to.contain('"4,74"'),
  },
  { name: 'a number written "4.74"', doc: badValue('4.74'), expect: 'error', path: 'series[1].value' },
  { name: 'an empty string value', doc: badValue(''), expect: 'error', path: 'series[1].value' },
  { name: 'NaN', doc: badValue(NaN), expect: 'error', path: 'series[1].value' },
  { name: 'Infinity', doc: badValue(Infinity), expect: 'error', path: 'series[1].value' },
  { name: '-Infinity', doc: badValue(-Infinity), expect: 'error', path: 'series[1].value' },
  { name: 'a missing value', doc: withSeries([{ period: '2020', value: 1 }, { period: '2021' }]), expect: 'error', path: 'series[1].value' },
  { name: 'a boolean value', doc: badValue(true), expect: 'error', path: 'series[1].value' },
  { name: 'an object value', doc: badValue({ value: 1 }), expect: 'error', path: 'series[1].value' },
  { name: 'an array value', doc: badValue([1]), expect: 'error', path: 'series[1].value' },
  { name: 'an impossible date', doc: badPeriod('2023-02-30'), expect: 'error', path: 'series[1].period' },
  { name: 'month 13', doc: badPeriod('2023-13'), expect: 'error', path: 'series[1].period' },
  { name: 'month 0', doc: badPeriod('2023-00'), expect: 'error', path: 'series[1].period' },
  { name: 'quarter 5', doc: badPeriod('2023-Q5'), expect: 'error', path: 'series[1].period' },
  { name: 'week 54', doc: badPeriod('2021-W54'), expect: 'error', path: 'series[1].period' },
  { name: 'week 53 of a short year', doc: badPeriod('2019-W53'), expect: 'error', path: 'series[1].period' },
  { name: 'a two-digit year', doc: badPeriod('23'), expect: 'error', path: 'series[1].period' },
  { name: 'a period as a number', doc: badPeriod(2021), expect: 'error', path: 'series[1].period' },
  { name: 'an unpadded date', doc: badPeriod('2021-1-1'), expect: 'error', path: 'series[1].period' },
  { name: 'a null period', doc: badPeriod(null), expect: 'error', path: 'series[1].period' },
  { name: 'a date with a time', doc: badPeriod('2021-01-01T00:00:00Z'), expect: 'error', path: 'series[1].period' },
  {
    name: 'conflicting duplicate periods',
    doc: withSeries([
      { period: '2020', value: 1 },
      { period: '2020', value: 2 },
    ]),
    expect: 'error',
    path: 'series[1].period',
  },
  {
    name: 'a between target written high to low',
    doc: bad({ targets: [{ comparator: 'between', min: 7, max: 6, period: '2025' }] }),
    expect: 'error',
    path: 'targets[0].min',
  },
  { name: 'limits min above max', doc: bad({ limits: { min: 10, max: 0 } }), expect: 'error', path: 'limits.min' },
  { name: 'decimals 11', doc: bad({ decimals: 11 }), expect: 'error', path: 'decimals' },
  { name: 'decimals -1', doc: bad({ decimals: -1 }), expect: 'error', path: 'decimals' },
  { name: 'decimals 1.5', doc: bad({ decimals: 1.5 }), expect: 'error', path: 'decimals' },
  { name: 'decimals as a string', doc: bad({ decimals: '1' }), expect: 'error', path: 'decimals' },
  { name: 'an unknown direction', doc: bad({ direction: 'up' }), expect: 'error', path: 'direction' },
  { name: 'an unknown comparator', doc: bad({ targets: [{ comparator: 'ne', value: 5, period: '2025' }] }), expect: 'error', path: 'targets[0]' },
  {
    name: 'a target value as a string',
    doc: bad({ targets: [{ comparator: 'le', value: '5', period: '2025' }] }),
    expect: 'error',
    path: 'targets[0].value',
  },
  {
    name: 'a target value NaN',
    doc: bad({ targets: [{ comparator: 'le', value: NaN, period: '2025' }] }),
    expect: 'error',
    path: 'targets[0].value',
  },
  {
    name: 'a between target without max',
    doc: bad({ targets: [{ comparator: 'between', min: 5, period: '2025' }] }),
    expect: 'error',
    path: 'targets[0].max',
  },
  { name: 'a baseline value "12"', doc: bad({ baseline: { period: '2020', value: '12' } }), expect: 'error', path: 'baseline.value' },
  { name: 'a lower bound as a string', doc: withSeries([{ period: '2020', value: 1, lower: '0,5' }]), expect: 'error', path: 'series[0].lower' },
  { name: 'no sources', doc: bad({ sources: undefined }), expect: 'error', path: 'sources' },
  { name: 'an empty source list', doc: bad({ sources: [] }), expect: 'error', path: 'sources' },
  { name: 'a source without id', doc: bad({ sources: [{ name: 'x' }] }), expect: 'error', path: 'sources[0].id' },
  { name: 'a wrong schema version', doc: bad({ schema: 'indikator/indicator@2' }), expect: 'error', path: 'schema' },
  { name: 'no schema', doc: bad({ schema: undefined }), expect: 'error', path: 'schema' },
  { name: 'an id with spaces', doc: bad({ id: 'bad id' }), expect: 'error', path: 'id' },
  { name: 'a numeric title', doc: bad({ title: 42 }), expect: 'error', path: 'title' },
  { name: 'an object label ({"nodeType":1})', doc: bad({ title: { nodeType: 1 } }), expect: 'error', path: 'title' },
  { name: 'a null title', doc: bad({ title: null }), expect: 'error', path: 'title' },
  { name: 'an empty localized title', doc: bad({ title: {} }), expect: 'error', path: 'title' },
  { name: 'a bad language key', doc: bad({ title: { 'EN_us!': 'x' } }), expect: 'error', path: 'title' },
  { name: 'no unit', doc: bad({ unit: undefined }), expect: 'error', path: 'unit' },
  { name: 'a unit multiplier of 16', doc: bad({ unit: { label: 'x', multiplier: 16 } }), expect: 'error', path: 'unit.multiplier' },
  { name: 'an unknown field', doc: bad({ colour: 'red' }), expect: 'error', path: 'colour' },
  { name: 'an own __proto__ key', doc: protoKey(), expect: 'error' },
  { name: 'series as an object', doc: bad({ series: { 2020: 1 } }), expect: 'error', path: 'series' },
  { name: 'series null', doc: bad({ series: null }), expect: 'error', path: 'series' },
  { name: 'an observation that is a number', doc: withSeries([4.74 as unknown as Json]), expect: 'error', path: 'series[0]' },
  {
    name: 'a status code too long',
    doc: withSeries([{ period: '2020', value: 1, status: ['TOOLONG123'] }]),
    expect: 'error',
    path: 'series[0].status[0]',
  },
  { name: 'a status that is not a list', doc: withSeries([{ period: '2020', value: 1, status: 'P' }]), expect: 'error', path: 'series[0].status' },
  { name: 'a numeric note', doc: withSeries([{ period: '2020', value: 1, note: 5 }]), expect: 'error', path: 'series[0].note' },
  { name: 'an impossible updated date', doc: bad({ updated: '2024-02-30' }), expect: 'error', path: 'updated' },
  {
    name: 'a published date in month 13',
    doc: bad({ sources: [{ id: 's', name: 'x', published: '2024-13-01' }] }),
    expect: 'error',
    path: 'sources[0].published',
  },
  { name: 'null', doc: null, expect: 'error' },
  { name: 'a number', doc: 42, expect: 'error' },
  // In a programme a string is an indicator URL: that is the card's own case (a row that failed to load).
  { name: 'a string', doc: '{"schema":"indikator/indicator@1"}', expect: 'error', byTag: { [CARD]: null } },
  { name: 'an empty list', doc: [], expect: 'error', byTag: { [CARD]: null } },
  { name: 'a list with one bad document', doc: [indicator(), bad({ decimals: 'x' })], expect: 'error', byTag: { [CARD]: null } },
  { name: 'inline: invalid JSON', inline: '{ "title": oops }', expect: 'error' },
  { name: 'inline: empty', inline: '', expect: 'error' },
  { name: 'inline: truncated', inline: JSON.stringify(indicator()).slice(0, 80), expect: 'error' },
  { name: 'inline: NaN literal', inline: JSON.stringify(indicator()).replace('10.5', 'NaN'), expect: 'error' },
  { name: 'inline: trailing comma', inline: JSON.stringify(indicator()).replace(/}$/, ',}'), expect: 'error' },
  {
    name: 'inline: 1e400 (Infinity once parsed)',
    inline: JSON.stringify(indicator()).replace('10.5', '1e400'),
    expect: 'error',
    path: 'series[1].value',
  },
  { name: 'inline: null', inline: 'null', expect: 'error' },
];

// ---- programme documents (the card) -------------------------------------------------------------

const VALID_PROGRAMMES: Case[] = [
  { name: 'no indicators', doc: programme({ indicators: [] }), expect: 'ready' },
  {
    name: 'twelve indicators',
    doc: programme({ indicators: Array.from({ length: 12 }, (_, i) => indicator({ id: `i${i}`, title: `Indicator ${i}` })) }),
    expect: 'ready',
  },
  {
    name: 'every optional field',
    doc: programme({
      owner: { id: 'Pemkab', en: 'Regency' },
      coordinator: 'TKPK',
      area: { code: '1606', level: 'regency', name: 'Muba' },
      status: 'active',
      legalBasis: [
        {
          type: 'Inpres',
          number: '4',
          year: 2022,
          title: 'Kemiskinan',
          signed: '2022-06-08',
          validUntil: '2024-12-31',
          url: 'https://example.org/inpres',
          sourceRef: 'p',
        },
      ],
      summary: 'Summary',
      budget: { amount: 1.5e12, currency: 'IDR', year: 2024, note: 'APBD', sourceRef: 'p' },
      milestones: [{ date: '2022-06-08', title: 'Issued', done: true, sourceRef: 'p' }],
      indicators: [indicator(), { data: indicator({ id: 'b' }), targetId: 't' }],
      links: [
        { label: 'Site', url: 'https://example.org' },
        { label: 'Mail', url: 'mailto:x@example.org' },
      ],
      url: 'https://example.org/programme',
      notes: [{ text: 'A note' }],
      updated: '2024-01-01',
    }),
    expect: 'ready',
  },
  { name: 'budget null', doc: programme({ budget: null }), expect: 'ready' },
  { name: 'budget amount null', doc: programme({ budget: { amount: null, currency: 'IDR' } }), expect: 'ready' },
  { name: 'budget 1e15 IDR', doc: programme({ budget: { amount: 1e15, currency: 'IDR' } }), expect: 'ready' },
  { name: 'budget 0.01 USD', doc: programme({ budget: { amount: 0.01, currency: 'USD' } }), expect: 'ready' },
  { name: 'a negative budget', doc: programme({ budget: { amount: -5e9, currency: 'EUR' } }), expect: 'ready' },
  { name: 'an unknown currency code', doc: programme({ budget: { amount: 5, currency: 'ZZZ' } }), expect: 'ready' },
  { name: 'a period with a start only', doc: programme({ period: { start: '2022-03' } }), expect: 'ready' },
  { name: 'a period that ends before it starts', doc: programme({ period: { start: '2026', end: '2022' } }), expect: 'ready' },
  {
    name: 'unsorted milestones',
    doc: programme({
      milestones: [
        { date: '2025', title: 'Late' },
        { date: '2022-Q1', title: 'Early' },
        { date: '2023-06-01', title: 'Middle' },
      ],
    }),
    expect: 'ready',
    check: (el) => expect($$(el, '[part="milestones"] li span').map((s) => s.textContent)).to.deep.equal(['Early', 'Middle', 'Late']),
  },
  {
    name: '100 milestones',
    doc: programme({
      milestones: Array.from({ length: 100 }, (_, i) => ({
        date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        title: `Step ${i}`,
      })),
    }),
    expect: 'ready',
  },
  { name: 'long right-to-left title', doc: programme({ title: long(2000, 'برنامج الحد من الفقر ') }), expect: 'ready' },
  { name: 'a legal basis with a type only', doc: programme({ legalBasis: [{ type: 'Perda' }] }), expect: 'ready' },
  ...(['planned', 'active', 'completed', 'suspended'] as const).map((status): Case => ({
    name: `status ${status}`,
    doc: programme({ status }),
    expect: 'ready',
  })),
  {
    name: 'an indicator entry naming its target',
    doc: programme({
      indicators: [
        {
          data: indicator({
            targets: [
              { id: 'a', comparator: 'le', value: 5, period: '2026' },
              { id: 'b', comparator: 'le', value: 11, period: '2021' },
            ],
          }),
          targetId: 'b',
        },
      ],
    }),
    expect: 'ready',
  },
  { name: 'an indicator entry naming a missing target', doc: programme({ indicators: [{ data: indicator(), targetId: 'nope' }] }), expect: 'ready' },
  { name: 'an inline indicator with no observations', doc: programme({ indicators: [withSeries([])] }), expect: 'ready' },
  {
    name: 'mailto and http links',
    doc: programme({
      links: [
        { label: 'Mail', url: 'mailto:a@example.org' },
        { label: 'Web', url: 'http://example.org' },
      ],
    }),
    expect: 'ready',
  },
  { name: 'heading level 6', doc: programme(), attrs: { 'heading-level': '6' }, expect: 'ready' },
  { name: 'heading level out of range', doc: programme(), attrs: { 'heading-level': '99' }, expect: 'ready' },
  { name: 'as-of earlier than the data', doc: programme(), attrs: { 'as-of': '1990' }, expect: 'ready' },
];

const badProgramme = (over: Json) => programme(over);

const INVALID_PROGRAMMES: Case[] = [
  { name: 'a wrong schema', doc: badProgramme({ schema: 'indikator/indicator@1' }), expect: 'error', path: 'schema' },
  { name: 'no title', doc: badProgramme({ title: undefined }), expect: 'error', path: 'title' },
  { name: 'no indicators', doc: badProgramme({ indicators: undefined }), expect: 'error', path: 'indicators' },
  { name: 'indicators as an object', doc: badProgramme({ indicators: { a: 1 } }), expect: 'error', path: 'indicators' },
  { name: 'an empty indicator URL', doc: badProgramme({ indicators: [''] }), expect: 'error', path: 'indicators[0]' },
  { name: 'a numeric indicator entry', doc: badProgramme({ indicators: [42] }), expect: 'error', path: 'indicators[0]' },
  { name: 'an empty src', doc: badProgramme({ indicators: [{ src: '' }] }), expect: 'error', path: 'indicators[0]' },
  {
    name: 'a currency that is not a code',
    doc: badProgramme({ budget: { amount: 5, currency: 'rupiah' } }),
    expect: 'error',
    path: 'budget.currency',
  },
  { name: 'a budget written "1,5 M"', doc: badProgramme({ budget: { amount: '1,5 M', currency: 'IDR' } }), expect: 'error', path: 'budget.amount' },
  { name: 'a budget NaN', doc: badProgramme({ budget: { amount: NaN, currency: 'IDR' } }), expect: 'error', path: 'budget.amount' },
  { name: 'a budget Infinity', doc: badProgramme({ budget: { amount: Infinity, currency: 'IDR' } }), expect: 'error', path: 'budget.amount' },
  { name: 'an unknown status', doc: badProgramme({ status: 'done' }), expect: 'error', path: 'status' },
  {
    name: 'an impossible milestone date',
    doc: badProgramme({ milestones: [{ date: '2024-02-30', title: 'x' }] }),
    expect: 'error',
    path: 'milestones[0].date',
  },
  { name: 'a link without url', doc: badProgramme({ links: [{ label: 'x' }] }), expect: 'error', path: 'links[0].url' },
  { name: 'an inline indicator with "4,74"', doc: badProgramme({ indicators: [badValue('4,74')] }), expect: 'error', path: 'indicators[0]' },
  {
    name: 'an inline indicator with conflicting duplicates',
    doc: badProgramme({
      indicators: [
        withSeries([
          { period: '2020', value: 1 },
          { period: '2020', value: 2 },
        ]),
      ],
    }),
    expect: 'error',
    path: 'indicators[0].series[1].period',
  },
  { name: 'a bad period start', doc: badProgramme({ period: { start: '2022-13' } }), expect: 'error', path: 'period.start' },
  { name: 'an unknown field', doc: badProgramme({ budgetTotal: 5 }), expect: 'error', path: 'budgetTotal' },
  {
    name: 'a fractional legal basis year',
    doc: badProgramme({ legalBasis: [{ type: 'Perda', year: 2022.5 }] }),
    expect: 'error',
    path: 'legalBasis[0].year',
  },
  { name: 'null', doc: null, expect: 'error' },
  { name: 'a list', doc: [programme()], expect: 'error' },
  { name: 'inline: invalid JSON', inline: '{"schema": "indikator/program@1",', expect: 'error' },
];

// ---- checks ------------------------------------------------------------------------------------

interface Valued {
  period: Period;
  value: number;
}

/** The latest observation with a value (as of `asOf`), computed here from the document itself. */
function latestOf(doc: IndicatorDocument, asOf?: string): Valued | undefined {
  const limit = asOf ? parsePeriod(asOf) : undefined;
  const points = doc.series
    .map((o) => ({ period: parsePeriod(o.period)!, value: o.value }))
    .filter((p): p is Valued => typeof p.value === 'number' && (!limit || p.period.start < limit.end))
    .sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
  return points.at(-1);
}

const valuesOf = (doc: IndicatorDocument) =>
  doc.series
    .map((o) => ({ period: parsePeriod(o.period)!, value: o.value }))
    .filter((p): p is Valued => typeof p.value === 'number')
    .sort((a, b) => a.period.start - b.period.start);

/** The gauge says the latest value, as a number and as text, and puts its mark where that value lies. */
function gaugeIsTruthful(gauge: Widget, doc: IndicatorDocument, asOf?: string): void {
  const latest = latestOf(doc, asOf)!;
  const meter = $(gauge, '[role="meter"]')!;
  expect(meter, 'meter').to.exist;
  const now = Number(meter.getAttribute('aria-valuenow'));
  const min = Number(meter.getAttribute('aria-valuemin'));
  const max = Number(meter.getAttribute('aria-valuemax'));
  expect(now, 'aria-valuenow is the latest value').to.equal(latest.value);
  expect([min, max].every(Number.isFinite), 'a finite domain').to.equal(true);
  expect(min, 'domain').to.be.below(max);
  expect(now, 'the value lies inside the drawn domain').to.be.within(min, max);
  const full = flat(formatValue(latest.value, { locale: 'en', decimals: doc.decimals, unit: doc.unit }));
  const shown = textOf(gauge, '.number');
  // A number too long for its line is shown in compact notation (issue 17: it once spilled out of a
  // card), never another value; the value text keeps it whole.
  if (shown !== full) {
    expect(shown, 'the same value in compact notation').to.equal(flat(formatCompact(latest.value, 'en')));
    expect(flat(meter.getAttribute('aria-valuetext') ?? ''), 'the value text keeps the whole number').to.contain(full);
  }
  // The latest-value mark sits at the value's place along the gauge (either way round: the better end is the far one).
  const svg = $(gauge, 'svg.bullet-graphic');
  const dot = $(gauge, 'circle.latest');
  if (svg && dot) {
    const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const at = Number(dot.getAttribute('cx')) / width;
    const f = (latest.value - min) / (max - min);
    const expected = doc.direction === 'lower-is-better' ? [1 - f] : doc.direction === 'higher-is-better' ? [f] : [f, 1 - f];
    expect(
      expected.some((e) => Math.abs(e - at) < 0.01),
      `mark at ${at}, value at ${expected.join(' or ')}`,
    ).to.equal(true);
  }
  const targetId = gauge.getAttribute('target-id') ?? undefined;
  expect(gauge.getAttribute('status')).to.equal(assessStatus(doc, targetId, asOf ? { asOf } : undefined).status);
}

/** Coordinates of the markers (circles start at x - r): one per value, higher values higher up. */
function markerPoints(trend: Widget): { x: number; y: number }[] {
  const d = ['.marker:not(.hollow)', '.marker.hollow'].map((s) => $(trend, s)?.getAttribute('d') ?? '').join('');
  return Array.from(d.matchAll(/M(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)a/g), (m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

function trendIsTruthful(trend: Widget, doc: IndicatorDocument, asOf?: string): void {
  const latest = latestOf(doc, asOf)!;
  const line = $(trend, '[part="line"]')!.getAttribute('d') ?? '';
  expect(line, 'the line').to.match(/^M/);
  const svg = $(trend, 'svg.svg')!;
  const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const coords = (line.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  for (let i = 0; i + 1 < coords.length; i += 2) {
    expect(coords[i], 'x inside the drawing').to.be.within(-1, w! + 1);
    expect(coords[i + 1], 'y inside the drawing').to.be.within(-1, h! + 1);
  }
  const fmt = { locale: 'en', decimals: doc.decimals, unit: doc.unit };
  expect(textOf(trend, '[part="summary"]'), 'the summary names the latest value').to.contain(flat(formatValue(latest.value, fmt)));
  const values = valuesOf(doc).filter((p) => !asOf || p.period.start < parsePeriod(asOf)!.end);
  const starts = new Set(values.map((v) => v.period.start));
  const sparkline = trend.getAttribute('variant') === 'sparkline';
  if (!sparkline && values.length <= 20 && starts.size === values.length && values.length > 0) {
    const points = markerPoints(trend).sort((a, b) => a.x - b.x);
    expect(points.length, 'one marker per value').to.equal(values.length);
    // A higher value is never drawn lower (larger y) than a smaller one: the drawing keeps the
    // order of the data (values closer than a pixel may share a height).
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j++) {
        if (values[i]!.value > values[j]!.value) expect(points[i]!.y, `marker ${i} not below marker ${j}`).to.be.at.most(points[j]!.y + 0.01);
      }
    }
    const top = values.reduce((a, b) => (b.value > a.value ? b : a));
    const bottom = values.reduce((a, b) => (b.value < a.value ? b : a));
    const yOf = (v: Valued) => points[values.indexOf(v)]!.y;
    if (top.value > 0 && bottom.value < 0) expect(yOf(top), 'positive above negative').to.be.below(yOf(bottom));
  }
  const targetId = trend.getAttribute('target-id') ?? undefined;
  expect(trend.getAttribute('status')).to.equal(assessStatus(doc, targetId, asOf ? { asOf } : undefined).status);
}

/** The checks every case gets, whatever its state. */
function common(el: Widget, errors: string[]): void {
  expect(errors, 'no uncaught errors').to.deep.equal([]);
  expect(badAttributes(el), 'no NaN or Infinity in attributes').to.deep.equal([]);
}

function checkState(el: Widget, state: State, path?: string): void {
  expect(el.state, 'state').to.equal(state);
  expect(el.getAttribute('state')).to.equal(state);
  if (state === 'error') {
    expect(visibleError(el), 'the error is shown').to.equal(true);
    expect(el.hasAttribute('status'), 'no status in error').to.equal(false);
    if (path) expect(flatText(el), `the error names ${path}`).to.contain(path);
  } else {
    expect($(el, '[part="error"]'), 'no error box').to.equal(null);
    expect(flatText(el)).to.not.match(/\bNaN\b|Infinity|undefined|\[object Object\]/);
  }
  if (state === 'empty') expect(textOf(el, '.message-text')).to.not.equal('');
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const resolve = (doc: unknown) => (typeof doc === 'function' ? (doc as () => unknown)() : doc);

let watcher: ReturnType<typeof watchErrors>;
beforeEach(() => (watcher = watchErrors()));
afterEach(() => {
  watcher.stop();
  unmountAll();
});

const INDICATOR_CASES = [...VALID_INDICATORS, ...EMPTY_INDICATORS, ...INVALID_INDICATORS];
const PROGRAMME_CASES = [...VALID_PROGRAMMES, ...INVALID_PROGRAMMES];

describe('extreme and malformed input', () => {
  it('has at least 100 cases, at least half of them valid', () => {
    const all = INDICATOR_CASES.length + PROGRAMME_CASES.length;
    const valid = VALID_INDICATORS.length + EMPTY_INDICATORS.length + VALID_PROGRAMMES.length;
    console.log(
      `extremes: ${all} cases (${valid} valid: ${VALID_INDICATORS.length} indicator ready, ${EMPTY_INDICATORS.length} indicator empty, ${VALID_PROGRAMMES.length} programme; ` +
        `${all - valid} invalid: ${INVALID_INDICATORS.length} indicator, ${INVALID_PROGRAMMES.length} programme)`,
    );
    expect(all).to.be.at.least(100);
    expect(valid * 2).to.be.at.least(all);
  });

  for (const tag of [GAUGE, TREND, CARD] as const) {
    describe(`${tag}: indicator documents${tag === CARD ? ' (inline in a programme)' : ''}`, () => {
      for (const c of INDICATOR_CASES) {
        const wanted = c.byTag && tag in c.byTag ? c.byTag[tag] : c.expect;
        if (wanted === null || wanted === undefined) continue;
        it(`${c.name}: ${wanted}`, async function () {
          if (typeof c.doc === 'function') this.timeout(60000);
          const doc = resolve(c.doc);
          const inCard = tag === CARD;
          const el = await mount(tag, {
            data: c.inline === undefined ? (inCard ? programme({ indicators: [doc] }) : doc) : undefined,
            inline: c.inline,
            attrs: c.attrs,
          });
          common(el, watcher.errors);
          // In a card, a bad indicator makes the programme invalid; a good one is a ready row.
          checkState(el, inCard && wanted !== 'error' ? 'ready' : wanted, inCard ? undefined : c.path);
          if (wanted === 'error') return c.check?.(el, tag);
          const asOf = c.attrs?.['as-of'];
          const primary = (Array.isArray(doc) ? doc[0] : doc) as IndicatorDocument;
          if (inCard) {
            const rows = nestedWidgets(el);
            expect(rows.map((r) => r.localName)).to.deep.equal([GAUGE, TREND]);
            for (const row of rows) checkState(row, wanted);
            if (wanted === 'ready' && !c.limitation?.[tag]) {
              gaugeIsTruthful(rows[0]!, primary, asOf);
              trendIsTruthful(rows[1]!, primary, asOf);
            }
          } else if (wanted === 'ready' && !c.limitation?.[tag]) {
            if (tag === GAUGE) gaugeIsTruthful(el, primary, asOf);
            else trendIsTruthful(el, primary, asOf);
          }
          c.check?.(el, tag);
        });
      }
    });
  }

  describe(`${CARD}: programme documents`, () => {
    for (const c of PROGRAMME_CASES) {
      it(`${c.name}: ${c.expect}`, async () => {
        const doc = resolve(c.doc) as Json;
        const el = await mount(CARD, { data: c.inline === undefined ? doc : undefined, inline: c.inline, attrs: c.attrs });
        common(el, watcher.errors);
        checkState(el, c.expect, c.path);
        if (c.expect === 'ready') {
          const entries = (doc.indicators as unknown[]).length;
          expect($$(el, '[part="row"]'), 'one row per indicator').to.have.length(entries);
          const title = doc.title as string | Record<string, string>;
          expect(textOf(el, '[part="title"]')).to.equal((typeof title === 'string' ? title : title.en)!.replace(/\s+/g, ' ').trim());
          for (const row of nestedWidgets(el)) {
            expect(['ready', 'empty']).to.include(row.state);
            expect(badAttributes(row)).to.deep.equal([]);
          }
          expect($$(el, '[part="milestones"] li')).to.have.length(((doc.milestones as unknown[]) ?? []).length);
        }
        c.check?.(el, CARD);
      });
    }
  });

  it('every valid indicator case, narrow (320 px), as an arc gauge and as a sparkline: same state, no NaN', async function () {
    this.timeout(120000);
    for (const c of [...VALID_INDICATORS, ...EMPTY_INDICATORS, ...INVALID_INDICATORS.slice(0, 10)]) {
      if (typeof c.doc === 'function' || c.inline !== undefined) continue;
      for (const [tag, variant] of [
        [GAUGE, 'arc'],
        [TREND, 'sparkline'],
        [GAUGE, 'bullet'],
      ] as const) {
        const wanted = c.byTag && tag in c.byTag ? c.byTag[tag] : c.expect;
        if (!wanted) continue;
        const el = await mount(tag, {
          data: c.doc,
          attrs: { ...c.attrs, variant, ...(variant === 'bullet' ? { size: 'compact' } : {}) },
          width: 320,
        });
        expect(el.state, `${c.name} (${variant})`).to.equal(wanted);
        expect(badAttributes(el), `${c.name} (${variant})`).to.deep.equal([]);
        if (wanted === 'ready' && tag === TREND && !c.limitation?.[TREND])
          trendIsTruthful(el, (Array.isArray(c.doc) ? c.doc[0] : c.doc) as IndicatorDocument, c.attrs?.['as-of']);
        el.remove();
      }
    }
    expect(watcher.errors).to.deep.equal([]);
  });
});
