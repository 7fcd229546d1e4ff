// fast-check generators of VALID indicator and programme documents (built to match
// src/data/schema.ts; the properties check each one with the validator first), and of documents
// spoiled in one place with arbitrary JSON.
import fc from 'fast-check';
import { urlPayloads } from './payloads.js';

type Json = Record<string, unknown>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const year = fc.integer({ min: 1900, max: 2100 });

/** Periods of every granularity the schema knows, always possible dates. */
export const periodOf = {
  year: year.map(String),
  month: fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  day: fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  quarter: fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  semester: fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, s]) => `${y}-S${s}`),
  week: fc.tuple(year, fc.integer({ min: 1, max: 52 })).map(([y, w]) => `${y}-W${pad(w)}`),
};
export const period = fc.oneof(...Object.values(periodOf));

/** Human text: plain strings (ASCII, any grapheme, any code point, empty) or a localized map. */
export const text: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  {
    weight: 2,
    arbitrary: fc.record({ en: fc.string({ maxLength: 16 }), id: fc.string({ unit: 'grapheme', maxLength: 16 }) }, { requiredKeys: ['en'] }),
  },
  { weight: 1, arbitrary: fc.record({ 'zh-Hant-TW': fc.string({ minLength: 1, maxLength: 8 }), ar: fc.constant('معدل الفقر') }) },
);

/** Numbers as documents hold them: mostly ordinary, sometimes huge, tiny, integral, zero or negative. */
export const number = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e15, max: 1e15, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: -1e-9, max: 1e-9, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1, -1) },
);

/** Any finite double, the largest ones included. */
export const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** URLs as they turn up in data: good ones, script URLs in disguise, relative junk. */
export const url = fc.oneof(
  fc.constantFrom(
    'https://example.org/a',
    'http://example.org/b?x=1#y',
    'mailto:someone@example.org',
    '/relative/path',
    '../up',
    '//example.org/protocol-relative',
  ),
  fc.constantFrom(...urlPayloads.map((p) => p.text)),
  fc.webUrl(),
  fc.string({ maxLength: 20 }),
);

const sorted = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);

const observation = (values: fc.Arbitrary<number>) =>
  fc.record(
    {
      period,
      value: fc.oneof({ weight: 8, arbitrary: values }, { weight: 1, arbitrary: fc.constant(null) }),
      status: fc.subarray(['P', 'E', 'F', 'B', 'p', 'X9']),
      lower: values,
      upper: values,
      note: text,
      sourceRef: fc.constantFrom('s0', 's1', 'nowhere'),
      derived: fc.boolean(),
    },
    { requiredKeys: ['period', 'value'] },
  );

const target = (values: fc.Arbitrary<number>) =>
  fc.oneof(
    fc.record(
      { comparator: fc.constantFrom('lt', 'le', 'eq', 'ge', 'gt'), value: values, period, label: text, basis: text },
      { requiredKeys: ['comparator', 'value', 'period'] },
    ),
    fc.record({ a: values, b: values, period, label: text }, { requiredKeys: ['a', 'b', 'period'] }).map(({ a, b, ...rest }) => {
      const [min, max] = sorted(a, b);
      return { comparator: 'between', min, max, ...rest };
    }),
  );

const source = (i: number) =>
  fc.record(
    {
      id: fc.constant(`s${i}`),
      name: text,
      publisher: fc.string({ maxLength: 12 }),
      url,
      kind: fc.constantFrom('official', 'secondary'),
      origin: fc.string({ maxLength: 12 }),
      quotes: fc.string({ maxLength: 12 }),
      published: periodOf.day,
    },
    { requiredKeys: ['id', 'name'] },
  );

/** A valid indicator document; `values` decides the magnitudes. */
export function indicatorDoc(values: fc.Arbitrary<number> = number, maxPoints = 12): fc.Arbitrary<Json> {
  return fc
    .record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,15}$/),
        title: text,
        shortTitle: text,
        description: text,
        area: fc.record({ name: text, level: fc.constantFrom('country', 'regency', 'other') }, { requiredKeys: ['name'] }),
        unit: fc.record(
          {
            label: text,
            symbol: fc.oneof(fc.constantFrom('%', 'Rp', '$', '٪', 'kg'), fc.string({ maxLength: 4 })),
            symbolPosition: fc.constantFrom('start', 'end'),
            multiplier: fc.integer({ min: -15, max: 15 }),
            code: fc.constantFrom('PERCENT', 'NUMBER'),
          },
          { requiredKeys: ['label'] },
        ),
        decimals: fc.integer({ min: 0, max: 10 }),
        direction: fc.constantFrom('lower-is-better', 'higher-is-better', 'target-range', 'neutral'),
        periodNote: text,
        limits: fc.tuple(values, values).map(([a, b]) => {
          const [min, max] = sorted(a, b);
          return { min, max };
        }),
        baseline: fc.record({ period, value: values, note: text }, { requiredKeys: ['period', 'value'] }),
        targets: fc.array(target(values), { maxLength: 3 }),
        series: fc.uniqueArray(observation(values), { maxLength: maxPoints, selector: (o) => o.period }),
        sources: fc.oneof(fc.tuple(source(0)), fc.tuple(source(0), source(1))),
        notes: fc.array(fc.record({ text, periods: fc.array(period, { maxLength: 2 }) }, { requiredKeys: ['text'] }), { maxLength: 2 }),
      },
      { requiredKeys: ['id', 'title', 'unit', 'decimals', 'direction', 'series', 'sources'] },
    )
    .map((doc) => {
      const targets = doc.targets as Json[] | undefined;
      // Ids on most targets (t0, t1...), so target-id can name them.
      targets?.forEach((t, i) => i % 2 === 0 && (t.id = `t${i}`));
      return { schema: 'indikator/indicator@1', ...doc };
    });
}

/** A valid programme document, with inline indicator documents. */
export function programmeDoc(): fc.Arbitrary<Json> {
  return fc
    .record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/),
        title: text,
        owner: text,
        coordinator: text,
        summary: text,
        area: fc.record({ name: text }),
        status: fc.constantFrom('planned', 'active', 'completed', 'suspended'),
        period: fc.record({ start: period, end: period }, { requiredKeys: ['start'] }),
        legalBasis: fc.array(
          fc.record(
            { type: fc.string({ maxLength: 10 }), number: fc.string({ maxLength: 6 }), year: fc.integer({ min: 1900, max: 2100 }), title: text, url },
            { requiredKeys: ['type'] },
          ),
          { maxLength: 2 },
        ),
        budget: fc.oneof(
          fc.constant(null),
          fc.record(
            {
              amount: fc.oneof(fc.constant(null), number, anyFinite),
              currency: fc.stringMatching(/^[A-Z]{3}$/),
              year: fc.integer({ min: 1900, max: 2100 }),
              note: text,
            },
            { requiredKeys: ['amount', 'currency'] },
          ),
        ),
        milestones: fc.array(fc.record({ date: period, title: text, done: fc.boolean() }, { requiredKeys: ['date', 'title'] }), { maxLength: 3 }),
        indicators: fc.array(
          fc.oneof(
            indicatorDoc(number, 6),
            fc.record({ data: indicatorDoc(number, 6), targetId: fc.constantFrom('t0', 't2', 'missing') }, { requiredKeys: ['data'] }),
          ),
          { maxLength: 2 },
        ),
        links: fc.array(fc.record({ label: text, url }), { maxLength: 3 }),
        url,
        sources: fc.array(source(0), { maxLength: 1 }),
      },
      { requiredKeys: ['id', 'title', 'indicators'] },
    )
    .map((doc) => ({ schema: 'indikator/program@1', ...doc }));
}

/** Every path to a value inside `value` (objects and arrays), as lists of keys. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** JSON values that are wrong in the ways data goes wrong, plus anything at all. */
const junk = fc.oneof(
  fc.constantFrom(
    '4,74',
    '4.74',
    '',
    'NaN',
    'Infinity',
    null,
    true,
    0,
    -1,
    1e308,
    [],
    {},
    { nodeType: 1 },
    { __proto__: null },
    '2023-02-30',
    '2023-13',
    'javascript:alert(1)',
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
);

/** A valid document with one value somewhere replaced (or removed), or an extra key added. */
export function spoiled(valid: fc.Arbitrary<Json>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), junk, fc.constantFrom('replace', 'remove', 'add')).map(([doc, pick, value, how]) => {
    const copy = structuredClone(doc) as Json;
    const all = paths(copy);
    const path = all[pick % Math.max(1, all.length)];
    if (!path) return value;
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (how === 'replace') parent[last] = value;
    else if (how === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent.extraKey = value;
    else parent[last] = value;
    return copy;
  });
}
