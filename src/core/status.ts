/**
 * Is it on track? One pure function, `assessStatus`, used by every element. The rules are the
 * README's ("The elements": the verdict, the current pace and the required path).
 */
import { comparePeriods, decimalYear, parsePeriod, yearsBetween, type Period } from '../data/periods.js';
import { normalize, pointsAsOf, snapshot, type Point } from '../data/normalize.js';
import { roundTo, shownDecimals } from './format.js';
import type { Direction, IndicatorDocument, Target } from '../data/schema.js';

export type StatusWord = 'achieved' | 'missed' | 'on-track' | 'off-track' | 'wrong-direction' | 'no-data';

export interface StatusResult {
  /** The verdict; `null` when the document has no target (or `targetId` names none). */
  readonly status: StatusWord | null;
  /** The target judged. */
  readonly target: Target | null;
  /** Its deadline period. */
  readonly deadline: Period | null;
  /** The latest observation with a value, as of `asOf`. */
  readonly latest: Point | null;
  /** The observation the verdict is about: the latest, or once past the deadline the one in the deadline period. */
  readonly judged: Point | null;
  /** The baseline used: the document's if not later than `judged`, else the first observation. */
  readonly baseline: { readonly period: Period; readonly value: number } | null;
  /** Average change per year between baseline and judged. */
  readonly ratePerYear: number | null;
  /** Where the straight line at `ratePerYear` stands at the end of the deadline period. */
  readonly projected: number | null;
}

export interface AssessOptions {
  /** A period: judge the data as it stood then. */
  readonly asOf?: string;
}

/** The result when there is nothing to judge: no target (or an unknown `targetId`). */
const NONE: StatusResult = Object.freeze({
  status: null,
  target: null,
  deadline: null,
  latest: null,
  judged: null,
  baseline: null,
  ratePerYear: null,
  projected: null,
});

/**
 * A value as the reader sees it at `decimals` digits: the same rounding (half away from zero on
 * the shortest decimal form, as `Intl` displays it) and the same cap at 4 digits as every figure
 * on screen, so a verdict never contradicts the figure or the drawing (9.96 at one decimal is
 * "10.0", not below 10; 1.005 at two is 1.01). An unusable `decimals` leaves the value as it is.
 */
export function roundAt(value: number, decimals: number): number {
  return Number.isInteger(decimals) && decimals >= 0 ? roundTo(value, shownDecimals(decimals)) : value;
}

/** The band a `between` target spans, in order even if the document wrote it the other way round. */
const band = (t: Extract<Target, { comparator: 'between' }>): [number, number] => [Math.min(t.min, t.max), Math.max(t.min, t.max)];

/**
 * Does `value`, as displayed at `decimals`, meet the target? `between` is inclusive; with a
 * better-is direction a value beyond the band on the good side counts too, with `target-range` or
 * `neutral` (or an unknown direction) only inside does.
 */
export function meetsTarget(value: number, target: Target, decimals: number, direction: Direction): boolean {
  const v = roundAt(value, decimals);
  switch (target.comparator) {
    case 'lt':
      return v < target.value;
    case 'le':
      return v <= target.value;
    case 'eq':
      return v === target.value;
    case 'ge':
      return v >= target.value;
    case 'gt':
      return v > target.value;
    case 'between': {
      const [min, max] = band(target);
      if (direction === 'lower-is-better') return v <= max;
      if (direction === 'higher-is-better') return v >= min;
      return v >= min && v <= max;
    }
  }
  return false;
}

/**
 * Does the straight segment from `from` to `to` meet the target anywhere? The set of values that
 * meet is an interval (rounding is monotone), so an endpoint meeting it settles the open-ended
 * comparators; a bounded one (`eq`, an inside-only band) may also sit wholly inside the segment,
 * and then it holds the smallest display step at or above its lower edge.
 */
function segmentMeets(from: number, to: number, target: Target, decimals: number, direction: Direction): boolean {
  const meets = (v: number) => meetsTarget(v, target, decimals, direction);
  if (meets(from) || meets(to)) return true;
  const oneSided = direction === 'lower-is-better' || direction === 'higher-is-better';
  const low = target.comparator === 'eq' ? target.value : target.comparator === 'between' && !oneSided ? band(target)[0] : undefined;
  if (low === undefined) return false;
  const nearest = roundAt(low, decimals);
  const step = nearest < low ? roundAt(nearest + 10 ** -decimals, decimals) : nearest;
  return step >= Math.min(from, to) && step <= Math.max(from, to) && meets(step);
}

/** How far a displayed value is from the target: from the band for `between`, else from the value. */
function distance(v: number, target: Target): number {
  if (target.comparator !== 'between') return Math.abs(v - target.value);
  const [min, max] = band(target);
  return v < min ? min - v : v > max ? v - max : 0;
}

/**
 * The target judged when none is named: the earliest deadline (by period start; ties keep document
 * order) not before the latest observation's period, else the one with the last deadline. With no
 * observation every deadline qualifies, so it is the earliest. -1 when there is no usable target.
 */
export function defaultTargetIndex(doc: Pick<IndicatorDocument, 'targets'>, latest?: Period | null): number {
  let best = -1;
  let bestStart = Infinity;
  let last = -1;
  let lastStart = -Infinity;
  (doc.targets ?? []).forEach((t, i) => {
    const deadline = parsePeriod(t.period);
    if (!deadline) return;
    if (deadline.start >= lastStart) [last, lastStart] = [i, deadline.start];
    if ((!latest || comparePeriods(deadline, latest) >= 0) && deadline.start < bestStart) [best, bestStart] = [i, deadline.start];
  });
  return best >= 0 ? best : last;
}

/**
 * Is it on track? Judged as of the latest observation with a value (or as of `options.asOf`), never
 * the wall clock, so a result never changes by itself. Never throws: an unreadable document is
 * `no-data`. The document is only read, so a frozen one is fine.
 */
export function assessStatus(doc: IndicatorDocument, targetId?: string, options?: AssessOptions): StatusResult {
  try {
    return assess(doc, targetId, options?.asOf);
  } catch {
    return { ...NONE, status: 'no-data' };
  }
}

function assess(doc: IndicatorDocument, targetId: string | undefined, asOf: string | undefined): StatusResult {
  const targets = doc.targets ?? [];
  if (targets.length === 0) return NONE;
  // An unparseable `asOf` is ignored (as if absent) rather than hiding all data.
  const asOfPeriod = asOf === undefined ? undefined : parsePeriod(asOf);
  const values = pointsAsOf(normalize(doc), asOfPeriod).values.filter((p) => Number.isFinite(p.value));
  const latest = values.at(-1) ?? null;
  // No id (undefined, or the null/'' an element's `target-id` becomes when the attribute is removed
  // or empty) means the default target, as the gauge already reads it.
  const unnamed = targetId === undefined || targetId === null || targetId === '';
  const index = unnamed ? defaultTargetIndex(doc, latest?.period) : targets.findIndex((t) => t.id === targetId);
  const target = targets[index];
  if (!target) return NONE;
  const deadline = parsePeriod(target.period) ?? null;
  const empty: StatusResult = { ...NONE, status: 'no-data', target, deadline, latest: latest && snapshot(latest) };
  if (!latest || !deadline) return empty;

  const { decimals, direction } = doc;
  const meets = (v: number) => meetsTarget(v, target, decimals, direction);
  // Once the deadline period is reached, the verdict is about the observation in it (or the last one
  // before it), so newer data cannot turn a missed target into an achieved one or back.
  const past = comparePeriods(latest.period, deadline) >= 0;
  const judged = past
    ? (values.findLast((p) => comparePeriods(p.period, deadline) === 0) ?? values.findLast((p) => comparePeriods(p.period, deadline) < 0) ?? latest)
    : latest;

  const docBaseline = doc.baseline ? parsePeriod(doc.baseline.period) : undefined;
  const first = values[0]!;
  const baseline =
    doc.baseline && docBaseline && comparePeriods(docBaseline, judged.period) <= 0
      ? { period: docBaseline, value: doc.baseline.value }
      : { period: first.period, value: first.value };

  // The pace is only defined between two distinct periods; it is reported whatever the word, so a
  // chart can draw the line the verdict is based on.
  const years = yearsBetween(baseline.period, judged.period);
  const comparable = comparePeriods(baseline.period, judged.period) !== 0 && years > 0;
  const ratePerYear = comparable ? (judged.value - baseline.value) / years : null;
  // Where the line stands at the end of the deadline period (exclusive end = first instant after it).
  const projected = ratePerYear === null ? null : judged.value + ratePerYear * (decimalYear(deadline.end) - decimalYear(judged.period.start));

  // Plain copies: a caller may spread, clone or serialize the result (normalized points read their observation).
  const result = { target, deadline, latest: snapshot(latest), judged: snapshot(judged), baseline, ratePerYear, projected };
  const word = (status: StatusWord): StatusResult => ({ status, ...result });

  if (meets(judged.value)) return word('achieved');
  if (past) return word('missed');
  if (ratePerYear === null || projected === null) return { ...result, status: 'no-data', ratePerYear: null, projected: null };

  // Compared as displayed: a change too small to see is no change (off-track), not a setback.
  const j = roundAt(judged.value, decimals);
  const b = roundAt(baseline.value, decimals);
  const worse =
    direction === 'lower-is-better'
      ? j > b
      : direction === 'higher-is-better'
        ? j < b
        : direction === 'target-range' && roundAt(distance(j, target), decimals) > roundAt(distance(b, target), decimals);
  if (worse) return word('wrong-direction');
  // The line is straight, so over [judged.start, deadline.end] it covers exactly [judged, projected].
  return word(segmentMeets(judged.value, projected, target, decimals, direction) ? 'on-track' : 'off-track');
}
