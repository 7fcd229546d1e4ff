/**
 * The points a series is drawn through, before they become path strings: gaps and series breaks
 * kept as breaks in the line (a regular series that skips a period stops too), and decimation for a
 * series with more points than the plot has pixels for. Apart from paths.ts because this is where
 * the data's honesty rules live (nothing interpolated, spikes survive thinning); paths.ts only
 * writes strings.
 */
import type { Point } from '../data/normalize.js';
import type { Linear } from './scales.js';

/** A point in screen space; `y: null` breaks the line (a gap, or the start of a new series after a break). */
export interface XY {
  readonly x: number;
  readonly y: number | null;
}

/**
 * Points to draw for one series: null values stay gaps (never interpolated) and a series break
 * (status `B`) splits the line before the point that starts the new series.
 */
export function drawable(points: readonly Point[], x: Linear, y: Linear): XY[] {
  const out: XY[] = [];
  const step = regularStep(points);
  let prev = NaN;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const px = x(p.period.start);
    const month = step > 0 ? monthIndex(p.period) : 0;
    // A break in series, or periods missing from a regular series: the line stops (the README
    // promises gaps; a straight line across absent years would show figures nobody published).
    if (i > 0 && (p.status.includes('B') || (step > 0 && month - prev > step))) out.push({ x: px, y: null });
    prev = month;
    out.push({ x: px, y: p.value === null ? null : y(p.value) });
  }
  return out;
}

/** Months since year 0 at the start of a year, semester, quarter or month period, from its key (no Date per point). */
function monthIndex(period: Point['period']): number {
  const year = Number(period.key.slice(0, 4));
  const rest = period.key.slice(5);
  const n = Number(rest.replace(/^[QS]/, '')) || 1;
  switch (period.granularity) {
    case 'month':
      return year * 12 + n - 1;
    case 'quarter':
      return year * 12 + (n - 1) * 3;
    case 'semester':
      return year * 12 + (n - 1) * 6;
    default:
      return year * 12;
  }
}
const MONTHS: Partial<Record<Point['period']['granularity'], number>> = { year: 12, semester: 6, quarter: 3, month: 1 };

/**
 * The step, in months, of a regular series: one kind of period (years, quarters, months...) where
 * at least three steps in four are one period long. 0 for an irregular series (surveys every few
 * years, daily readings), whose points are joined as they are.
 */
export function regularStep(points: readonly Point[]): number {
  if (points.length < 3) return 0;
  const kind = points[0]!.period.granularity;
  const step = MONTHS[kind];
  if (!step) return 0;
  let regular = 0;
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.period.granularity !== kind) return 0;
    if (monthIndex(points[i]!.period) - monthIndex(points[i - 1]!.period) === step) regular++;
  }
  return regular * 4 >= (points.length - 1) * 3 ? step : 0;
}

/**
 * Fewer points for drawing when there are more than about two per pixel column: for each column,
 * the first, lowest, highest and last point in their order (so spikes survive), and a gap if the
 * column holds one. The first and last points are always kept. At most ~4 points per column.
 */
export function decimate(points: readonly XY[], width: number): XY[] {
  if (points.length <= Math.max(2, width * 2)) return points.slice();
  const out: XY[] = [];
  let i = 0;
  while (i < points.length) {
    const column = Math.floor(points[i]!.x);
    let first: XY | undefined;
    let last: XY | undefined;
    let lo: XY | undefined;
    let hi: XY | undefined;
    let gap: XY | undefined;
    for (; i < points.length && Math.floor(points[i]!.x) === column; i++) {
      const p = points[i]!;
      if (p.y === null) {
        // A gap ends the column's run: keep what came before it, the gap, and start again.
        if (first) pushRun(out, first, lo!, hi!, last!);
        first = last = lo = hi = undefined;
        gap = p;
        out.push(gap);
        continue;
      }
      first ??= p;
      last = p;
      if (!lo || p.y < lo.y!) lo = p;
      if (!hi || p.y > hi.y!) hi = p;
    }
    if (first) pushRun(out, first, lo!, hi!, last!);
  }
  return out;
}

function pushRun(out: XY[], first: XY, lo: XY, hi: XY, last: XY): void {
  const run = [first, lo, hi, last].filter((p, k, all) => all.indexOf(p) === k);
  // Keep the original order inside the column (lo and hi may come in either order).
  const order = new Map([first, lo, hi, last].map((p, k) => [p, k]));
  run.sort((a, b) => a.x - b.x || order.get(a)! - order.get(b)!);
  out.push(...run);
}
