/**
 * The series' own marks: each line (decimated for drawing), its markers (circles for the primary,
 * squares for comparisons, hollow for provisional, estimated or forecast values), its bounds, its
 * dash, and where it ends (the direct labels start there). Also the screen positions of every one
 * of the primary's observations, which pointer and keyboard use instead of the decimated line.
 */
import type { Point, Uses } from '../../data/normalize.js';
import { boundsPath, circlesPath, decimate, drawable, linePath, squaresPath, type Polyline } from '../../geometry/index.js';
import type { Frame } from './frame.js';
import type { SeriesLayout, TrendSeries } from './types.js';

/** Dash patterns of comparison series, told apart without colour. */
export const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2'];

const MARKER_R = 3;
const ALL: Uses = { status: true, bounds: true, notes: true, sourceRefs: true };

const flagged = (p: Point) => p.status.some((s) => s === 'P' || s === 'E' || s === 'F');

export interface SeriesMarks {
  /** Without their direct labels, which are placed once every line is known (see directLabels). */
  readonly series: readonly Omit<SeriesLayout, 'label'>[];
  /** Each series' last point with a value in screen space (NaN for a series without one). */
  readonly ends: readonly { readonly x: number; readonly y: number }[];
  readonly hasHollow: boolean;
  readonly hasBounds: boolean;
  /** Each line as drawn (decimated), for labels to keep off (a gap is a NaN). */
  readonly lines: readonly Polyline[];
}

export function seriesMarks({ x, y, plotWidth, sparkline }: Frame, series: readonly TrendSeries[]): SeriesMarks {
  const out: Omit<SeriesLayout, 'label'>[] = [];
  let hasHollow = false;
  let hasBounds = false;
  const ends: { x: number; y: number }[] = [];
  const lines: Polyline[] = [];
  series.forEach((s, i) => {
    // Scans for fields no observation has are skipped (normalize.ts `uses`).
    const uses = s.uses ?? ALL;
    const line = decimate(drawable(s.points, x, y, uses.status, s.starts?.length === s.points.length ? s.starts : undefined), plotWidth);
    const path = linePath(line);
    lines.push(line);
    // A sparkline is a shape, not a set of readings: no markers but the last point's.
    const fits = !sparkline && s.values.length <= plotWidth / 8;
    const solid: { x: number; y: number }[] = [];
    const hollowPts: { x: number; y: number }[] = [];
    if (fits || uses.status) {
      for (const p of s.values) {
        const hollow = uses.status && p.status.length > 0 && flagged(p);
        if (hollow || fits) (hollow ? hollowPts : solid).push({ x: x(p.period.start), y: y(p.value) });
      }
    }
    const last = s.values.at(-1);
    if (sparkline && i === 0 && last && !flagged(last)) solid.push({ x: x(last.period.start), y: y(last.value) });
    const showHollow = hollowPts.length <= plotWidth / 4;
    if (showHollow && hollowPts.length) hasHollow = true;
    const r = sparkline ? 2.5 : MARKER_R;
    const markers = i === 0 ? circlesPath(solid, r) : squaresPath(solid, r - 0.5);
    const hollow = showHollow ? (i === 0 ? circlesPath(hollowPts, r) : squaresPath(hollowPts, r - 0.5)) : '';
    const bounds = sparkline || !uses.bounds ? '' : boundsPath(s.points, x, y);
    if (bounds) hasBounds = true;
    ends.push(last ? { x: x(last.period.start), y: y(last.value) } : { x: NaN, y: NaN });
    out.push({ path, markers, hollow, bounds, dash: i === 0 ? 0 : ((i - 1) % (DASHES.length - 1)) + 1 });
  });
  return { series: out, ends, hasHollow, hasBounds, lines };
}

/**
 * Screen positions of the primary's observations with a value: every one, not the decimated path.
 * Single precision is a thousandth of a pixel here, at half the memory a chart keeps.
 */
export function pointerPositions({ x, y }: Frame, series: TrendSeries): { xs: Float32Array; ys: Float32Array } {
  const xs = new Float32Array(series.values.length);
  const ys = new Float32Array(series.values.length);
  // Without gaps the values are the points, and their instants are a column already.
  const starts = series.values === series.points && series.starts?.length === series.points.length ? series.starts : undefined;
  series.values.forEach((p, i) => {
    xs[i] = x(starts ? starts[i]! : p.period.start);
    ys[i] = y(p.value);
  });
  return { xs, ys };
}
