// Property-based tests (fast-check, fixed seeds): generated VALID documents and arbitrary or spoiled
// JSON on every element. Elements never throw; the input is never mutated; no `on*` attribute and
// no URL other than http(s):/mailto: anywhere in the shadow DOM; the state agrees with the validator;
// render X, then Y, then X gives the DOM of X; the gauge's mark moves monotonically with the value.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  $,
  CARD,
  GAUGE,
  TREND,
  badAttributes,
  deepFreeze,
  foreignElements,
  handlerAttributes,
  measuredWidth,
  mount,
  serialize,
  settled,
  stable,
  unmountAll,
  unsafeUrls,
  watchErrors,
  type Tag,
  type Widget,
} from './helpers.js';
import { anyFinite, indicatorDoc, programmeDoc, spoiled } from './arbitraries.js';
import { validateIndicator, validateProgram } from '../../src/data/validate.js';

const tally: string[] = [];
// The card reports dropped links on the console: collected here, not printed hundreds of times.
const consoleWarn = console.warn;
const warnings: string[] = [];
before(() => (console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '))));
after(() => {
  console.warn = consoleWarn;
  console.log(`properties × runs:\n${tally.join('\n')}\n  (${warnings.length} console warnings for dropped URLs)`);
});

/** Runs one property with a fixed seed and notes it for the report. */
async function check<T>(name: string, arbitrary: fc.Arbitrary<T>, numRuns: number, seed: number, body: (value: T) => Promise<void>): Promise<void> {
  tally.push(`  ${name}: ${numRuns} runs (seed ${seed})`);
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      const watcher = watchErrors();
      try {
        await body(value);
        expect(watcher.errors, 'uncaught errors').to.deep.equal([]);
      } finally {
        watcher.stop();
        unmountAll();
      }
    }),
    { numRuns, seed, verbose: 1 },
  );
}

/** Is `doc` valid for `tag`? The trend line also takes a list (first primary, rest comparisons). */
function validFor(tag: Tag, doc: unknown): boolean {
  if (tag === CARD) return validateProgram(doc).ok;
  if (tag === TREND && Array.isArray(doc)) return doc.length > 0 && doc.every((d) => validateIndicator(d).ok);
  return validateIndicator(doc).ok;
}

/** The invariants every render keeps, whatever the input. */
function clean(el: Widget): void {
  expect(badAttributes(el), 'NaN/Infinity attributes').to.deep.equal([]);
  expect(handlerAttributes(el), 'on* attributes').to.deep.equal([]);
  expect(unsafeUrls(el), 'unsafe URLs').to.deep.equal([]);
  expect(foreignElements(el), 'elements from data').to.deep.equal([]);
}

/** A snapshot of any value (not only JSON: BigInt, NaN, Map and typed arrays too), for mutation checks. */
const json = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (v instanceof Map) return ['Map', ...v.entries()];
    if (v instanceof Set) return ['Set', ...v.values()];
    if (ArrayBuffer.isView(v)) return ['View', ...(v as unknown as ArrayLike<number>).toString()];
    return v;
  }) ?? String(value);

const RUNS = { gauge: 100, trend: 100, card: 50 };
const runsFor = (tag: Tag) => (tag === GAUGE ? RUNS.gauge : tag === TREND ? RUNS.trend : RUNS.card);
const validArb = (tag: Tag) => (tag === CARD ? programmeDoc() : indicatorDoc());

describe('properties: valid documents', () => {
  for (const tag of [GAUGE, TREND, CARD] as const) {
    it(`${tag}: every generated valid document renders (ready or empty), frozen input untouched, clean DOM`, async function () {
      this.timeout(120000);
      await check(`${tag}: valid documents render`, validArb(tag), runsFor(tag), 1010, async (doc) => {
        expect(
          validFor(tag, doc),
          `generator made an invalid document: ${JSON.stringify(tag === CARD ? validateProgram(doc) : validateIndicator(doc))}`,
        ).to.equal(true);
        const before = json(doc);
        const el = await mount(tag, { data: deepFreeze(doc) });
        expect(json(doc), 'input mutated').to.equal(before);
        expect(tag === CARD ? ['ready'] : ['ready', 'empty']).to.include(el.state);
        clean(el);
      });
    });
  }

  it(`${GAUGE} and ${TREND}: documents with any finite doubles (up to ±1.8e308) never throw or print NaN`, async function () {
    this.timeout(120000);
    await check('gauge + trend: any finite doubles', indicatorDoc(anyFinite, 6), 50, 2020, async (doc) => {
      expect(validateIndicator(doc).ok).to.equal(true);
      for (const tag of [GAUGE, TREND] as const) {
        const el = await mount(tag, { data: deepFreeze(doc) });
        expect(['ready', 'empty']).to.include(el.state);
        clean(el);
      }
    });
  });

  it(`${GAUGE} and ${TREND} reach the same state and status for any valid document`, async function () {
    this.timeout(120000);
    await check('gauge + trend: same state and status', indicatorDoc(), 100, 3030, async (doc) => {
      const a = await mount(GAUGE, { data: doc });
      const b = await mount(TREND, { data: doc });
      expect(a.state).to.equal(b.state);
      expect(a.getAttribute('status')).to.equal(b.getAttribute('status'));
    });
  });
});

describe('properties: arbitrary and spoiled JSON', () => {
  for (const tag of [GAUGE, TREND, CARD] as const) {
    const arbitrary = fc.oneof(
      { weight: 3, arbitrary: spoiled(validArb(tag)) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      {
        weight: 1,
        arbitrary: fc.anything({
          maxDepth: 2,
          withNullPrototype: true,
          withMap: true,
          withSet: true,
          withBigInt: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
      },
      ...(tag === TREND ? [{ weight: 1, arbitrary: fc.array(spoiled(indicatorDoc()), { maxLength: 3 }) }] : []),
    );
    it(`${tag}: never throws; the state agrees with the validator; input untouched`, async function () {
      this.timeout(120000);
      await check(`${tag}: arbitrary/spoiled JSON`, arbitrary, runsFor(tag), 4040, async (doc) => {
        const before = json(doc);
        const el = await mount(tag, { data: doc === undefined ? null : deepFreeze(doc) });
        expect(json(doc), 'input mutated').to.equal(before);
        const valid = validFor(tag, doc === undefined ? null : doc);
        if (valid) expect(tag === CARD ? ['ready'] : ['ready', 'empty']).to.include(el.state);
        else {
          expect(el.state).to.equal('error');
          expect($(el, '[part="error"]')).to.exist;
        }
        clean(el);
      });
    });
  }

  it('inline JSON: any text in the script child ends in a state, never an exception', async function () {
    this.timeout(120000);
    const texts = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.json({ maxDepth: 2 }),
      spoiled(indicatorDoc()).map((d) => JSON.stringify(d) ?? ''),
    );
    await check('all elements: arbitrary inline JSON text', texts, 40, 5050, async (text) => {
      for (const tag of [GAUGE, TREND, CARD] as const) {
        const el = await mount(tag, { inline: text });
        let parsed: unknown;
        let parses = true;
        try {
          parsed = JSON.parse(text);
        } catch {
          parses = false;
        }
        if (!parses || !validFor(tag, parsed)) expect(el.state, text).to.equal('error');
        clean(el);
      }
    });
  });
});

describe('properties: render X, then Y, then X gives the DOM of X', () => {
  for (const tag of [GAUGE, TREND, CARD] as const) {
    it(`${tag}`, async function () {
      this.timeout(180000);
      const pair = fc.tuple(validArb(tag), fc.oneof({ weight: 3, arbitrary: validArb(tag) }, { weight: 1, arbitrary: spoiled(validArb(tag)) }));
      await check(`${tag}: X, Y, X`, pair, tag === CARD ? 25 : 50, 6060, async ([x, y]) => {
        const el = await mount(tag, { data: x });
        const first = await stable(el);
        const width = measuredWidth(el);
        el.data = y;
        await settled(el);
        el.data = x;
        await settled(el);
        const last = await stable(el);
        if (measuredWidth(el) === width) expect(last).to.equal(first);
        // The page came to the foreground in between and the element was measured: compare all but pixels.
        else
          expect(serialize(el, true)).to.equal(
            first.replace(/ (x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|viewbox|viewBox|transform|dy|style)="[^"]*"/g, ' $1=#'),
          );
      });
    });
  }
});

describe('properties: the gauge mark moves monotonically with the value', () => {
  // A fixed domain (baseline at one limit, target at the other): only the latest value moves.
  const setup = fc.record({
    low: fc.integer({ min: -1000, max: 1000 }),
    span: fc.integer({ min: 1, max: 2000 }),
    scale: fc.constantFrom(0.001, 1, 1000),
    direction: fc.constantFrom('higher-is-better', 'lower-is-better'),
    baselineAtLow: fc.boolean(),
    comparator: fc.constantFrom('le', 'ge', 'eq', 'lt', 'gt'),
    variant: fc.constantFrom('bullet', 'arc'),
    fractions: fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 6 }),
  });

  it('for any direction, comparator, scale and variant', async function () {
    this.timeout(180000);
    await check('gauge: mark monotonic in the value', setup, 60, 7070, async (s) => {
      const low = s.low * s.scale;
      const high = (s.low + s.span) * s.scale;
      const base = s.baselineAtLow ? low : high;
      const goal = s.baselineAtLow ? high : low;
      const doc = (value: number) => ({
        schema: 'indikator/indicator@1',
        id: 'mono',
        title: 'Monotonic',
        unit: { label: 'n' },
        decimals: 2,
        direction: s.direction,
        limits: { min: low, max: high },
        baseline: { period: '2020', value: base },
        targets: [{ id: 't', comparator: s.comparator, value: goal, period: '2030' }],
        series: [
          { period: '2020', value: base },
          { period: '2024', value },
        ],
        sources: [{ id: 's', name: 'S' }],
      });
      const values = [...s.fractions].sort((a, b) => a - b).map((f) => low + f * (high - low));
      const el = await mount(GAUGE, { data: doc(values[0]!), attrs: { variant: s.variant }, width: 400 });
      const marks: number[] = [];
      for (const value of values) {
        el.data = doc(value);
        await settled(el);
        const meter = $(el, '[role="meter"]')!;
        expect(Number(meter.getAttribute('aria-valuenow'))).to.equal(value);
        expect(Number(meter.getAttribute('aria-valuemin'))).to.equal(low);
        expect(Number(meter.getAttribute('aria-valuemax'))).to.equal(high);
        const dot = $(el, 'circle.latest')!;
        const svg = $(el, 'svg.graphic')!;
        const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
        // The bullet is as wide as the element (measured late in a background page): compare fractions.
        marks.push(s.variant === 'bullet' ? Number(dot.getAttribute('cx')) / width : Number(dot.getAttribute('cx')));
        const fill = $(el, '[part="indicator"]');
        if (fill && s.variant === 'bullet') {
          const x = Number(fill.getAttribute('x'));
          const w = Number(fill.getAttribute('width'));
          const cx = Number(dot.getAttribute('cx'));
          // The fill runs from the baseline to the mark.
          expect(Math.min(Math.abs(x - cx), Math.abs(x + w - cx)), 'fill ends at the mark').to.be.below(0.05);
        }
        clean(el);
      }
      const sign = s.direction === 'higher-is-better' ? 1 : -1;
      const tolerance = s.variant === 'bullet' ? 0.0002 : 0.02;
      for (let i = 1; i < marks.length; i++) {
        expect(sign * (marks[i]! - marks[i - 1]!), `mark ${i} moves with the value (${marks.join(', ')})`).to.be.at.least(-tolerance);
      }
      // And it does move: the lowest and the highest value are not drawn at the same place.
      if (values.at(-1)! - values[0]! > (high - low) / 10) expect(sign * (marks.at(-1)! - marks[0]!)).to.be.above(0);
    });
  });
});
