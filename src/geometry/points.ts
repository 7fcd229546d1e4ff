/**
 * The points a series is drawn through, before they become path strings: gaps and series breaks
 * kept as breaks in the line (a regular series that skips a period stops too), and decimation for a
 * series with more points than the plot has pixels for. Apart from paths.ts because this is where
 * the data's honesty rules live (nothing interpolated, spikes survive thinning); paths.ts only
 * writes strings.
 */
import type { Point } from '../data/normalize.js';
import type { Polyline } from './placement.js';
import type { Linear } from './scales.js';

/**
 * A line in screen space as two columns; a NaN `y` breaks it (a gap, or the start of a new series
 * after a break). Typed arrays: a 100,000-point series costs two buffers, not 100,000 objects.
 */
export interface Line extends Polyline {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/**
 * Points to draw for one series: null values stay gaps (never interpolated) and a series break
 * (status `B`) splits the line before the point that starts the new series. `status: false` says
 * no point has flags (normalize.ts `uses`), which skips reading them; `starts`, the points' first
 * instants as a column, spares reading each point's period.
 */
export function drawable(points: readonly Point[], x: Linear, y: Linear, status = true, starts?: Float64Array): Line {
  const n = points.length;
  const step = regularStep(points);
  // A break costs one more entry: room for them only where one can occur.
  const room = step > 0 || status ? 2 * n : n;
  const xs = new Float64Array(room);
  const ys = new Float64Array(room);
  let k = 0;
  let prev = NaN;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    const px = x(starts ? starts[i]! : p.period.start);
    const month = step > 0 ? monthIndex(p.period) : 0;
    // A break in series, or periods missing from a regular series: the line stops (the README
    // promises gaps; a straight line across absent years would show figures nobody published).
    if (i > 0 && ((status && p.status.includes('B')) || (step > 0 && month - prev > step))) {
      xs[k] = px;
      ys[k++] = NaN;
    }
    prev = month;
    xs[k] = px;
    ys[k++] = p.value === null ? NaN : y(p.value);
  }
  return k === room ? { xs, ys } : { xs: xs.slice(0, k), ys: ys.slice(0, k) };
}

/** Months since year 0 at the start of a year, semester, quarter or month period, from its key's characters. */
function monthIndex(period: Point['period']): number {
  const year = period.year * 12;
  const key = period.key;
  switch (period.granularity) {
    case 'month':
      return year + (key.charCodeAt(5) - 48) * 10 + key.charCodeAt(6) - 49;
    case 'quarter':
      return year + (key.charCodeAt(6) - 49) * 3;
    case 'semester':
      return year + (key.charCodeAt(6) - 49) * 6;
    default:
      return year;
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
export function decimate(line: Line, width: number): Line {
  const { xs, ys } = line;
  const n = xs.length;
  if (n <= Math.max(2, width * 2)) return line;
  // At most four points a column, and one more for each gap.
  const outX: number[] = [];
  const outY: number[] = [];
  const keep = (i: number) => {
    outX.push(xs[i]!);
    outY.push(ys[i]!);
  };
  const run = (first: number, lo: number, hi: number, last: number) => {
    // In their order along the line, each once (lo and hi may come in either order).
    const a = Math.min(lo, hi);
    const b = Math.max(lo, hi);
    keep(first);
    if (a !== first) keep(a);
    if (b !== a) keep(b);
    if (last !== b) keep(last);
  };
  let i = 0;
  while (i < n) {
    const column = Math.floor(xs[i]!);
    let first = -1;
    let last = -1;
    let lo = -1;
    let hi = -1;
    // `i === start`: a column always takes its first point, so an x that is not a number cannot stall the walk.
    for (const start = i; i < n && (i === start || Math.floor(xs[i]!) === column); i++) {
      const y = ys[i]!;
      if (Number.isNaN(y)) {
        // A gap ends the column's run: keep what came before it, the gap, and start again.
        if (first >= 0) run(first, lo, hi, last);
        first = last = lo = hi = -1;
        keep(i);
        continue;
      }
      if (first < 0) first = lo = hi = i;
      last = i;
      if (y < ys[lo]!) lo = i;
      if (y > ys[hi]!) hi = i;
    }
    if (first >= 0) run(first, lo, hi, last);
  }
  return { xs: Float64Array.from(outX), ys: Float64Array.from(outY) };
}
