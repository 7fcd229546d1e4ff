/**
 * Normalization: a validated document's observations as a sorted, de-duplicated list of points with
 * parsed periods. The input is never touched: every result is a new array of new objects.
 */
import { parsePeriod, type Period } from '../core/periods.js';
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
  readonly derived?: boolean | undefined;
  /** Index of the observation in the document's `series`, for messages and tables. */
  readonly index: number;
}

export interface DuplicateIssue {
  readonly kind: 'conflict' | 'repeat';
  readonly period: string;
  readonly first: number;
  readonly second: number;
}

export interface Normalized {
  /** Sorted by period start; identical duplicates kept once. */
  readonly points: readonly Point[];
  /** Points with a value, in order. */
  readonly values: readonly (Point & { readonly value: number })[];
  readonly duplicates: readonly DuplicateIssue[];
}

const memo = new WeakMap<object, Normalized>();

// Most observations carry no flag: they share one frozen empty list instead of 100,000 new ones.
const NO_STATUS: readonly string[] = Object.freeze([]);

/** What few observations have (bounds, a note, a source, a derived flag), all own keys. */
interface Extra {
  readonly lower?: number | undefined;
  readonly upper?: number | undefined;
  readonly note?: Text | undefined;
  readonly sourceRef?: string | undefined;
  readonly derived?: boolean | undefined;
}

// Own keys, so that keys a host page added to Object.prototype cannot stand in for them.
const NO_EXTRA: Extra = Object.freeze({ lower: undefined, upper: undefined, note: undefined, sourceRef: undefined, derived: undefined });

/**
 * A point keeps five fields, the rare ones in one shared empty `Extra`: a chart keeps its points as
 * long as it lives, and a 100,000-point series with nine fields a point costs 1.6 MB more.
 */
class ObservationPoint implements Point {
  constructor(
    readonly period: Period,
    readonly value: number | null,
    readonly status: readonly string[],
    readonly index: number,
    private readonly extra: Extra,
  ) {}
  get lower() {
    return this.extra.lower;
  }
  get upper() {
    return this.extra.upper;
  }
  get note() {
    return this.extra.note;
  }
  get sourceRef() {
    return this.extra.sourceRef;
  }
  get derived() {
    return this.extra.derived;
  }
}

const toPoint = (o: Observation, index: number): Point =>
  new ObservationPoint(
    parsePeriod(o.period)!,
    o.value,
    o.status?.length ? o.status.map((s) => (/^[a-z]$/.test(s) ? s.toUpperCase() : s)) : NO_STATUS,
    index,
    o.lower === undefined && o.upper === undefined && o.note === undefined && o.sourceRef === undefined && o.derived === undefined
      ? NO_EXTRA
      : { lower: o.lower, upper: o.upper, note: o.note, sourceRef: o.sourceRef, derived: o.derived },
  );

/**
 * Sorts a validated series and resolves duplicate periods: identical repeats are kept once and
 * reported as `repeat`; the same period with different values is reported as `conflict` (the
 * validator turns that into an error, so elements only see `repeat`).
 */
export function normalizeSeries(series: readonly Observation[]): Normalized {
  const cached = memo.get(series);
  if (cached) return cached;
  const points = series.map(toPoint);
  points.sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end || a.index - b.index);
  const kept: Point[] = [];
  const duplicates: DuplicateIssue[] = [];
  for (const p of points) {
    const prev = kept[kept.length - 1];
    if (prev && prev.period.key === p.period.key) {
      const same = prev.value === p.value || (Number.isNaN(prev.value) && Number.isNaN(p.value));
      duplicates.push({ kind: same ? 'repeat' : 'conflict', period: p.period.key, first: prev.index, second: p.index });
      continue;
    }
    kept.push(p);
  }
  const result: Normalized = {
    points: kept,
    // Most series have no gap: then the two lists are one.
    values: kept.every((p) => p.value !== null) ? (kept as (Point & { value: number })[]) : kept.filter((p): p is Point & { value: number } => p.value !== null),
    duplicates,
  };
  memo.set(series, result);
  return result;
}

export const normalize = (doc: Pick<IndicatorDocument, 'series'>): Normalized => normalizeSeries(doc.series);

/**
 * The points as they stood at `asOf`: observations whose period starts after the end of `asOf`
 * are dropped (an archived article keeps telling the story it told then).
 */
export function pointsAsOf(n: Normalized, asOf?: Period): Normalized {
  if (!asOf) return n;
  const keep = (p: Point) => p.period.start < asOf.end;
  if (n.points.every(keep)) return n;
  return { points: n.points.filter(keep), values: n.values.filter(keep), duplicates: n.duplicates };
}
