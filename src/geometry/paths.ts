/**
 * Path strings: lines with their gaps, bounds as areas, markers as one path per kind, the target's
 * diamond, and segments clipped to the plot. Each is built as parts joined once, so a chart keeps
 * flat strings rather than rope chains (see linePath), and nothing NaN ever reaches an attribute.
 */
import type { Point } from '../data/normalize.js';
import { round2, type Linear } from './scales.js';
import type { Polyline } from './placement.js';

const drawn = (x: number, y: number | null): y is number => y !== null && Number.isFinite(x) && Number.isFinite(y);

/**
 * One path string for a series: gaps split it into several `M` subpaths. Built as parts joined
 * once, which gives one flat string: V8 keeps `a += b` results (how d3-path builds them) as a
 * chain of pieces, ~3,000 for 1,000 points and ~89 KB a chart keeps for as long as it lives.
 */
export function linePath({ xs, ys }: Polyline): string {
  const parts: string[] = [];
  let run = 0;
  // A point alone between gaps is a closed zero-length subpath, which round caps draw as a dot.
  const end = () => {
    if (run === 1) parts.push('Z');
    run = 0;
  };
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (!drawn(x, y)) {
      end();
      continue;
    }
    parts.push(`${run ? 'L' : 'M'}${round2(x)},${round2(y)}`);
    run += 1;
  }
  end();
  return parts.join('');
}

/** The `lower`/`upper` bounds as one area path; points without both bounds break it. */
export function boundsPath(points: readonly Point[], x: Linear, y: Linear): string {
  const parts: string[] = [];
  let run: { x: number; lo: number; hi: number }[] = [];
  // Each run of points with both bounds is one closed shape: along the upper bound, back along the lower.
  const close = () => {
    if (run.length) {
      parts.push(
        `M${run.map((b) => `${round2(b.x)},${round2(b.hi)}`).join('L')}L${run
          .reverse()
          .map((b) => `${round2(b.x)},${round2(b.lo)}`)
          .join('L')}Z`,
      );
    }
    run = [];
  };
  for (const p of points) {
    const px = x(p.period.start);
    if (typeof p.lower === 'number' && typeof p.upper === 'number' && Number.isFinite(px)) {
      const lo = y(p.lower);
      const hi = y(p.upper);
      if (Number.isFinite(lo) && Number.isFinite(hi)) {
        run.push({ x: px, lo, hi });
        continue;
      }
    }
    close();
  }
  close();
  return parts.join('');
}

/** Small circles as ONE path (two arcs each), so markers cost one element whatever their number. */
export function circlesPath(points: readonly { x: number; y: number }[], r: number): string {
  const parts: string[] = [];
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    parts.push(`M${round2(x - r)},${round2(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
  }
  return parts.join('');
}

/** Small squares as ONE path: the comparison series' markers, a shape apart from the primary's circles. */
export function squaresPath(points: readonly { x: number; y: number }[], r: number): string {
  const parts: string[] = [];
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    parts.push(`M${round2(x - r)},${round2(y - r)}h${2 * r}v${2 * r}h${-2 * r}z`);
  }
  return parts.join('');
}

/** A diamond (the `eq` target marker) centred on a point. */
export const diamondPath = (x: number, y: number, r: number): string =>
  Number.isFinite(x) && Number.isFinite(y) ? `M${round2(x)},${round2(y - r)}l${r},${r}l${-r},${r}l${-r},${-r}z` : '';

/**
 * The segment from (x0, y0) to (x1, y1) clipped to a rectangle (Liang–Barsky), or `null` when none
 * of it is inside: the pace line stops where it leaves the drawn domain (e.g. at a rate's 0).
 */
export function clipSegment(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  box: { left: number; right: number; top: number; bottom: number },
): [number, number, number, number] | null {
  if (![x0, y0, x1, y1].every(Number.isFinite)) return null;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - box.left],
    [dx, box.right - x0],
    [-dy, y0 - box.top],
    [dy, box.bottom - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}

/** A segment as a path string (`''` when it is not drawable). */
export const segmentPath = (s: readonly number[] | null): string =>
  s && s.every(Number.isFinite) ? `M${round2(s[0]!)},${round2(s[1]!)}L${round2(s[2]!)},${round2(s[3]!)}` : '';

/**
 * A horizontal rule at `y` from `x0` towards `x1` that stops short of the first of `boxes` in its
 * way (`gap` px before it): a threshold that ends at the labels and line ends it meets rather
 * than running under them (a dash before "10,15%" reads as a minus sign).
 */
export function hLineUntil(
  y: number,
  x0: number,
  x1: number,
  boxes: readonly { x0: number; y0: number; x1: number; y1: number }[],
  gap: number,
): string {
  let end = x1;
  for (const b of boxes) {
    // A box that starts at or before the rule's start is not in its way (the rule begins beside it).
    if (b.y0 - 1 <= y && y <= b.y1 + 1 && b.x0 > x0 && b.x0 - gap < end) end = Math.max(x0, b.x0 - gap);
  }
  return end > x0 ? `M${round2(x0)},${round2(y)}H${round2(end)}` : '';
}
