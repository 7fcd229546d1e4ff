/**
 * Normalization: a validated document's observations as a sorted, de-duplicated list of points with
 * parsed periods. The input is never touched: every result is a new array of new objects.
 */
import { parsePeriod, periodInto, type Period } from './periods.js';
import type { IndicatorDocument, Observation, Text } from './schema.js';

/** One observation, ready to draw and judge. */
export interface Point {
  readonly period: Period;
  /** `null` is a gap: published as missing, never drawn as 0 and never interpolated. */
  readonly value: number | null;
  /** Status flags (SDMX OBS_STATUS codes, upper-cased; unknown publisher codes kept as they are). */
  readonly status: readonly string[];
  readonly lower?: number | undefined;
  readonly upper?: number | undefined;
  readonly note?: Text | undefined;
  readonly sourceRef?: string | undefined;
}

export interface DuplicateIssue {
  readonly kind: 'conflict' | 'repeat';
  readonly period: string;
  readonly first: number;
  readonly second: number;
}

/** Which optional fields any observation of a series has: a chart skips the scans for the rest. */
export interface Uses {
  readonly status: boolean;
  readonly bounds: boolean;
  readonly notes: boolean;
  readonly sourceRefs: boolean;
}

export interface Normalized {
  /** Sorted by period start; identical duplicates kept once. */
  readonly points: readonly Point[];
  /** Points with a value, in order. */
  readonly values: readonly (Point & { readonly value: number })[];
  readonly duplicates: readonly DuplicateIssue[];
  /** Fields some observation has (a subset of the points may have fewer). */
  readonly uses: Uses;
  /** Each point's first instant, in the points' order: what a chart draws from, with no period object per point. */
  readonly starts: Float64Array;
}

/** A series' periods as two columns: each one's first and next-after instants (ms, UTC). */
export interface PeriodColumns {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

const memo = new WeakMap<object, { readonly series: readonly Observation[]; readonly normalized: Normalized }>();

// Most observations carry no flag: they share one frozen empty list instead of 100,000 new ones.
const NO_STATUS: readonly string[] = Object.freeze([]);

/** An observation's own optional field: a key a host page added to Object.prototype never stands in for it. */
const own = <K extends keyof Observation>(o: Observation, key: K): Observation[K] | undefined => (Object.hasOwn(o, key) ? o[key] : undefined);

// Upper-cased flags, made once per flagged observation (most have none, and share NO_STATUS).
const flags = new WeakMap<Observation, readonly string[]>();

/**
 * A point is its parsed period and the validated observation it stands for, whose fields it reads
 * rather than copies. A chart keeps its points as long as it lives: two fields a point (and no
 * boxed copy of each value) is ~20 KB for 1,000 points where nine copied fields were ~60 KB.
 * Documents are read-only once given (README, Data).
 */
class ObservationPoint implements Point {
  private p?: Period = undefined;
  constructor(private readonly o: Observation) {}
  /** Made when first asked for: a chart draws from the columns (`starts`), and most points are never asked. */
  get period(): Period {
    return (this.p ??= parsePeriod(this.o.period)!);
  }
  get value() {
    return this.o.value;
  }
  get status(): readonly string[] {
    const raw = own(this.o, 'status');
    if (!raw?.length) return NO_STATUS;
    let upper = flags.get(this.o);
    if (!upper) flags.set(this.o, (upper = raw.map((s) => (/^[a-z]$/.test(s) ? s.toUpperCase() : s))));
    return upper;
  }
  get lower() {
    return own(this.o, 'lower');
  }
  get upper() {
    return own(this.o, 'upper');
  }
  get note() {
    return own(this.o, 'note');
  }
  get sourceRef() {
    return own(this.o, 'sourceRef');
  }
}

/** A point as a plain object of its own fields, for results handed to callers (spread, cloned, serialized). */
export const snapshot = (p: Point): Point => ({
  period: p.period,
  value: p.value,
  status: p.status,
  lower: p.lower,
  upper: p.upper,
  note: p.note,
  sourceRef: p.sourceRef,
});

/**
 * Sorts a validated series and resolves duplicate periods: identical repeats are kept once and
 * reported as `repeat`; the same period with different values is reported as `conflict` (the
 * validator turns that into an error, so elements only see `repeat`).
 */
export function normalizeSeries(series: readonly Observation[], parsed?: PeriodColumns): Normalized {
  const n = series.length;
  // The validator reads every period into columns and hands them over (validate.ts), for a series
  // it has just read; one that is not given them is read here.
  const given = parsed?.starts.length === n ? parsed : undefined;
  const { starts, ends } = given ?? { starts: new Float64Array(n), ends: new Float64Array(n) };
  let sorted = true;
  let status = false;
  let bounds = false;
  let notes = false;
  let sourceRefs = false;
  for (let i = 0; i < n; i++) {
    const o = series[i]!;
    if (!given && !periodInto(o.period, starts, ends, i)) starts[i] = ends[i] = NaN;
    if (i > 0 && (starts[i - 1]! - starts[i]! || ends[i - 1]! - ends[i]!) > 0) sorted = false;
    // Plain reads, not Object.hasOwn: a key a polluted page inherits only says "look", and the
    // points' getters then read own fields alone.
    status ||= o.status !== undefined;
    bounds ||= o.lower !== undefined || o.upper !== undefined;
    notes ||= o.note !== undefined;
    sourceRefs ||= o.sourceRef !== undefined;
  }
  // Positions in period order, made only for a series out of order (a published series is
  // usually in order already); the sort is stable, so the first of two duplicates is kept.
  const order = sorted ? undefined : series.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]!);
  // Sized once: an array grown by push keeps up to half as much again in spare room.
  const kept: Point[] = new Array<Point>(n);
  const keptStarts = order ? new Float64Array(n) : starts;
  let count = 0;
  let gaps = false;
  const duplicates: DuplicateIssue[] = [];
  let last = -1;
  for (let k = 0; k < n; k++) {
    const i = order ? order[k]! : k;
    const o = series[i]!;
    if (last >= 0 && series[last]!.period === o.period) {
      const prev = series[last]!.value;
      const same = prev === o.value || (Number.isNaN(prev) && Number.isNaN(o.value));
      duplicates.push({ kind: same ? 'repeat' : 'conflict', period: o.period, first: last, second: i });
      continue;
    }
    if (o.value === null) gaps = true;
    keptStarts[count] = starts[i]!;
    kept[count++] = new ObservationPoint(o);
    last = i;
  }
  kept.length = count;
  return {
    points: kept,
    // Most series have no gap: then the two lists are one.
    values: gaps ? kept.filter((p): p is Point & { value: number } => p.value !== null) : (kept as (Point & { value: number })[]),
    duplicates,
    uses: { status, bounds, notes, sourceRefs },
    starts: count === n ? keptStarts : keptStarts.slice(0, count),
  };
}

/**
 * A document's series, normalized once per document object and series array (validation, status,
 * summary and drawing share it); a document given a new series array is read again.
 */
export function normalize(doc: Pick<IndicatorDocument, 'series'>, parsed?: PeriodColumns): Normalized {
  const hit = memo.get(doc);
  if (hit && hit.series === doc.series) return hit.normalized;
  const normalized = normalizeSeries(doc.series, parsed);
  memo.set(doc, { series: doc.series, normalized });
  return normalized;
}

/**
 * The points as they stood at `asOf`: observations whose period starts after the end of `asOf`
 * are dropped (an archived article keeps telling the story it told then).
 */
export function pointsAsOf(n: Normalized, asOf?: Period): Normalized {
  if (!asOf) return n;
  const { starts } = n;
  // Points are in period order: those kept are a prefix.
  let count = 0;
  while (count < starts.length && starts[count]! < asOf.end) count++;
  if (count === starts.length) return n;
  const keep = (p: Point) => p.period.start < asOf.end;
  return { ...n, points: n.points.slice(0, count), values: n.values.filter(keep), starts: starts.slice(0, count) };
}
