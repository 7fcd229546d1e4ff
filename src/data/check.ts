/**
 * The elements' check of an indicator document, without the schema library (check-program.ts
 * checks a programme with the same parts): a hand-written mirror
 * of schema.ts that answers only "plainly valid" (with the document to draw) or "not sure". A
 * chart's first draw needs no more, so the schema library (validate.ts) is loaded only for a
 * document this check does not take, to accept it after all or to explain what is wrong, with the
 * same paths and messages as ever.
 *
 * It never accepts a document the schema rejects (tests/data/check.test.ts holds it to that on
 * every real file and hostile input we have); it may send a valid but unusual one the long way:
 * a page whose Object.prototype has enumerable keys, a `between` target with min above max, a
 * duplicate period.
 */
import { normalize, type PeriodColumns } from './normalize.js';
import { isValidPeriod, periodInto } from './periods.js';
import { ID, LANG_TAG, STATUS_CODE } from './patterns.js';
import type { IndicatorDocument } from './schema.js';
import type { ValidationResult } from './validate.js';

/** What a check of one indicator document says: validate.ts's answer, at once or later. */
export type Checked = ValidationResult<IndicatorDocument>;
export type Check = (input: unknown) => Checked | Promise<Checked>;

export type Fields = Record<string, unknown>;
export type Test = (x: unknown) => boolean;

/**
 * A plain object only: its prototype is an Object.prototype (this page's, or another frame's with
 * no enumerable keys) or none. A Map, a Date, a class instance or an object inheriting fields is the
 * schema's to judge, as it reads fields differently.
 */
const isObject = (x: unknown): x is Fields => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as object | null;
  // This page's own is the common case (and known clean: prototypePolluted runs first).
  return proto === Object.prototype || proto === null || (Object.getPrototypeOf(proto) === null && !hasKeys(proto));
};
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}
const finite: Test = (x) => typeof x === 'number' && Number.isFinite(x);
const string: Test = (x) => typeof x === 'string';
const integer =
  (min: number, max: number): Test =>
  (x) =>
    Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
const oneOf = (...words: string[]): Test => {
  const set = new Set<unknown>(words);
  return (x) => set.has(x);
};
const optional = (x: unknown, test: Test) => x === undefined || test(x);
/** Every index of an array, holes included (a hole is `undefined`, as the schema reads it). */
function arrayOf(x: unknown, test: Test, min = 0): boolean {
  if (!Array.isArray(x) || x.length < min) return false;
  for (let i = 0; i < x.length; i++) if (!test(x[i])) return false;
  return true;
}
/** No key the schema does not name (for…in: no array made; inherited keys are ruled out before). */
function only(x: Fields, keys: ReadonlySet<string>): boolean {
  for (const key in x) if (!keys.has(key)) return false;
  return true;
}
const keys = (...names: string[]): ReadonlySet<string> => new Set(names);

const period: Test = (x) => typeof x === 'string' && isValidPeriod(x);
// A date is a period of ten characters: the only period of that length is YYYY-MM-DD.
const date: Test = (x) => typeof x === 'string' && x.length === 10 && isValidPeriod(x);

/** A plain string, or a map of language tag → string with at least one entry. */
const text: Test = (x) => {
  if (typeof x === 'string') return true;
  if (!isObject(x)) return false;
  let n = 0;
  for (const key in x) {
    if (!LANG_TAG.test(key) || typeof x[key] !== 'string') return false;
    n++;
  }
  return n > 0;
};

const AREA = keys('code', 'system', 'level', 'name');
const level = oneOf('world', 'country', 'province', 'regency', 'city', 'district', 'village', 'other');
const area: Test = (x) =>
  isObject(x) && only(x, AREA) && optional(x.code, string) && optional(x.system, string) && optional(x.level, level) && text(x.name);

const UNIT = keys('code', 'label', 'symbol', 'symbolPosition', 'multiplier');
const unit: Test = (x) =>
  isObject(x) &&
  only(x, UNIT) &&
  optional(x.code, string) &&
  text(x.label) &&
  optional(x.symbol, string) &&
  optional(x.symbolPosition, oneOf('start', 'end')) &&
  optional(x.multiplier, integer(-15, 15));

const statusCode: Test = (x) => typeof x === 'string' && STATUS_CODE.test(x);
const OBSERVATION = keys('period', 'value', 'status', 'lower', 'upper', 'derived', 'note', 'sourceRef');

/**
 * Whether an observation is plainly valid, its period read into the columns at `i` as it goes
 * (validate.ts takes its series through this too, and the schema only for a point that fails).
 */
export function observationInto(o: unknown, columns: PeriodColumns, i: number): boolean {
  if (!isObject(o) || !only(o, OBSERVATION)) return false;
  if (typeof o.period !== 'string' || !periodInto(o.period, columns.starts, columns.ends, i)) return false;
  if (o.value !== null && !finite(o.value)) return false;
  return (
    optional(o.lower, finite) &&
    optional(o.upper, finite) &&
    optional(o.sourceRef, string) &&
    optional(o.derived, (x) => typeof x === 'boolean') &&
    optional(o.status, (x) => arrayOf(x, statusCode)) &&
    optional(o.note, text)
  );
}

const TARGET = keys('id', 'period', 'label', 'basis', 'sourceRef', 'comparator', 'value');
const BAND = keys('id', 'period', 'label', 'basis', 'sourceRef', 'comparator', 'min', 'max');
const comparator = oneOf('lt', 'le', 'eq', 'ge', 'gt');
// A band whose min is above its max is the schema's to explain.
const target: Test = (x) =>
  isObject(x) &&
  optional(x.id, string) &&
  period(x.period) &&
  optional(x.label, text) &&
  optional(x.basis, text) &&
  optional(x.sourceRef, string) &&
  (x.comparator === 'between'
    ? only(x, BAND) && finite(x.min) && finite(x.max) && (x.min as number) <= (x.max as number)
    : comparator(x.comparator) && only(x, TARGET) && finite(x.value));

const SOURCE = keys('id', 'name', 'publisher', 'url', 'published', 'accessed', 'kind', 'quotes', 'reference', 'origin');
const source: Test = (x) =>
  isObject(x) &&
  only(x, SOURCE) &&
  string(x.id) &&
  text(x.name) &&
  optional(x.publisher, string) &&
  optional(x.url, string) &&
  optional(x.published, date) &&
  optional(x.accessed, date) &&
  optional(x.kind, oneOf('official', 'secondary')) &&
  optional(x.quotes, string) &&
  optional(x.reference, string) &&
  optional(x.origin, string);

const NOTE = keys('kind', 'text', 'periods', 'sourceRef');
const note: Test = (x) =>
  isObject(x) &&
  only(x, NOTE) &&
  optional(x.kind, oneOf('footnote', 'methodology', 'break', 'discrepancy', 'definition')) &&
  text(x.text) &&
  optional(x.periods, (p) => arrayOf(p, period)) &&
  optional(x.sourceRef, string);

const CODE = keys('system', 'code', 'url');
const code: Test = (x) => isObject(x) && only(x, CODE) && string(x.system) && string(x.code) && optional(x.url, string);

const LIMITS = keys('min', 'max');
// Limits whose min is above their max are the schema's to explain.
const limits: Test = (x) =>
  isObject(x) &&
  only(x, LIMITS) &&
  optional(x.min, finite) &&
  optional(x.max, finite) &&
  !(finite(x.min) && finite(x.max) && (x.min as number) > (x.max as number));

const BASELINE = keys('period', 'value', 'note', 'sourceRef');
const baseline: Test = (x) =>
  isObject(x) && only(x, BASELINE) && period(x.period) && finite(x.value) && optional(x.note, text) && optional(x.sourceRef, string);

const INDICATOR = keys(
  'schema',
  'id',
  'codes',
  'title',
  'shortTitle',
  'description',
  'area',
  'unit',
  'decimals',
  'direction',
  'frequency',
  'periodNote',
  'referenceMonth',
  'limits',
  'baseline',
  'targets',
  'series',
  'sources',
  'notes',
  'updated',
);
const direction = oneOf('lower-is-better', 'higher-is-better', 'target-range', 'neutral');
const frequency = oneOf('A', 'S', 'Q', 'M', 'W', 'D');

/** Everything but the series. */
const head = (d: Fields): boolean =>
  only(d, INDICATOR) &&
  d.schema === 'indikator/indicator@1' &&
  typeof d.id === 'string' &&
  ID.test(d.id) &&
  optional(d.codes, (x) => arrayOf(x, code)) &&
  text(d.title) &&
  optional(d.shortTitle, text) &&
  optional(d.description, text) &&
  optional(d.area, area) &&
  unit(d.unit) &&
  integer(0, 10)(d.decimals) &&
  direction(d.direction) &&
  optional(d.frequency, frequency) &&
  optional(d.periodNote, text) &&
  optional(d.referenceMonth, integer(1, 12)) &&
  optional(d.limits, limits) &&
  optional(d.baseline, baseline) &&
  optional(d.targets, (x) => arrayOf(x, target)) &&
  arrayOf(d.sources, source, 1) &&
  optional(d.notes, (x) => arrayOf(x, note)) &&
  optional(d.updated, date);

/** What copyPlain gives for anything that is not plain data. */
const NOT = Symbol('not plain data');

/**
 * A copy of plain data (plain objects and arrays of strings, numbers, booleans and null), each
 * value read once, or NOT for anything else: a getter, a non-enumerable or inherited field, a Map,
 * a Date, a `__proto__` key, nesting deeper than any document has. The check then reads the copy,
 * so what is checked is what is drawn; the schema judges whatever this refuses.
 */
function copyPlain(x: unknown, depth = 0): unknown {
  if (typeof x !== 'object' || x === null) return typeof x === 'function' || typeof x === 'symbol' || typeof x === 'bigint' ? NOT : x;
  if (depth > 32) return NOT;
  const array = Array.isArray(x);
  // An array's prototype is an Array.prototype (of this frame or another), itself an array; a subclass's is not.
  if (array ? !Array.isArray(Object.getPrototypeOf(x)) : !isObject(x)) return NOT;
  const fields = Object.getOwnPropertyDescriptors(x) as Record<string, PropertyDescriptor>;
  const out: unknown[] | Fields = array ? [] : {};
  for (const key in fields) {
    const field = fields[key]!;
    if (array && key === 'length') continue;
    // An array's other own keys are dropped, as the schema's arrays drop them.
    if (array && !/^(0|[1-9][0-9]*)$/.test(key)) continue;
    if (!field.enumerable || !('value' in field) || key === '__proto__') return NOT;
    const value = copyPlain(field.value, depth + 1);
    if (value === NOT) return NOT;
    (out as Fields)[key] = value;
  }
  if (array) (out as unknown[]).length = (x as unknown[]).length;
  return out;
}

/** True when the host page has added enumerable keys to Object.prototype (they would show up in `for…in`). */
export const prototypePolluted = (): boolean => hasKeys({});

/**
 * The document to draw when `input` is plainly a valid indicator document with no duplicate
 * periods, else `undefined` (validate.ts decides). The document is a copy (the series is the
 * input's own array, as validate.ts gives it), so the input is never touched and a later change to
 * it is not seen until it is given again.
 */
export function plainIndicator(input: unknown): IndicatorDocument | undefined {
  if (prototypePolluted()) return undefined;
  // Anything that throws on the way (a Proxy's trap, a getter in the series) is the schema's to
  // judge: this check never throws.
  try {
    if (!isObject(input)) return undefined;
    // The check reads a copy of plain data, made first (copyPlain). The series stays the input's
    // own array, as validate.ts gives it.
    const { series, ...rest } = input;
    const copy = copyPlain(rest);
    if (copy === NOT || !head(copy as Fields) || !Array.isArray(series)) return undefined;
    const columns: PeriodColumns = { starts: new Float64Array(series.length), ends: new Float64Array(series.length) };
    for (let i = 0; i < series.length; i++) if (!observationInto(series[i], columns, i)) return undefined;
    const value = { ...(copy as Fields), series } as unknown as IndicatorDocument;
    // A duplicate period is a warning or an error, both the schema's to word; this also reads the
    // points once for the chart (normalize keeps them with the document).
    return normalize(value, columns).duplicates.length ? undefined : value;
  } catch {
    return undefined;
  }
}

// The parts a programme is checked with too (check-program.ts).
export { area, arrayOf, copyPlain, date, finite, isObject, keys, note, NOT, oneOf, only, optional, period, source, string, text };
