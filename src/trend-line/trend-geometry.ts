/**
 * Pure geometry of the trend line: scales as small linear functions, flat path strings, decimation
 * for drawing and the alignment of comparison series by period. No DOM, no `this`.
 *
 * Time is placed at each period's **start** (ms since the epoch, UTC), the same instant the status
 * method measures years between, so the "current pace" line drawn here is exactly the line the
 * verdict is based on. An annual `2024` sits on the 2024 tick; a March round `2024-03` a quarter of
 * a tick later (the legend says "March round" from the document's `periodNote`).
 */
import { nice } from 'd3-array';
import type { Point } from '../data/normalize.js';
import type { Period } from '../core/periods.js';

/** A linear map from a domain to a range; a zero-width domain maps to the middle of the range. */
export interface Linear {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  invert(position: number): number;
}

export function linear(domain: readonly [number, number], range: readonly [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const ok = Number.isFinite(span) && span !== 0;
  const k = ok ? (r1 - r0) / span : 0;
  const mid = (r0 + r1) / 2;
  const scale = ((v: number) => {
    const out = ok ? r0 + (v - d0) * k : mid;
    // Never hand NaN or Infinity to an attribute: a value that cannot be placed sits at the edge.
    return Number.isFinite(out) ? out : Number.isNaN(out) ? mid : out > 0 ? Math.max(r0, r1) : Math.min(r0, r1);
  }) as Linear;
  return Object.assign(scale, {
    domain,
    range,
    invert: (p: number) => (ok ? d0 + (p - r0) / k : d0),
  });
}

/** Rounds a coordinate to 2 decimals (sub-pixel enough) so path strings stay short. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;

// ---- the y domain ------------------------------------------------------------------------------

export interface YDomainInput {
  readonly values: readonly number[];
  /** A rate (per cent unit, or every value >= 0 in per cent): the axis starts at 0. */
  readonly fromZero: boolean;
  readonly limits?: { readonly min?: number | undefined; readonly max?: number | undefined } | undefined;
}

/**
 * The value extent, made "nice", from 0 for rates, clamped to the document's `limits`. A single
 * value (or all equal) gets a band around it so the line sits in the middle, not on an edge.
 */
export function yDomain({ values, fromZero, limits }: YDomainInput): [number, number] {
  let [lo, hi] = minMax(values) ?? [0, 1];
  if (fromZero && lo >= 0) lo = 0;
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    hi += pad;
    if (!(fromZero && lo === 0)) lo -= pad;
  }
  const [dataLo, dataHi] = [lo, hi];
  [lo, hi] = nice(lo, hi, 5);
  // Near the ends of the double range "nice" rounds past them to Infinity: keep the data's own extent.
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [dataLo, dataHi];
  // The limits trim the padding that "nice" adds (a rate's axis stops at 100%), never the data.
  if (limits?.min !== undefined && Number.isFinite(limits.min)) lo = Math.max(lo, Math.min(limits.min, dataLo));
  if (limits?.max !== undefined && Number.isFinite(limits.max)) hi = Math.min(hi, Math.max(limits.max, dataHi));
  if (!(hi > lo)) hi = lo + 1;
  return [lo, hi];
}

/**
 * Min and max of the finite numbers, in one pass and without spreading them as arguments (100,000
 * would overflow the stack); `undefined` when there are none.
 */
export function minMax(values: readonly number[]): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

// ---- drawable points -------------------------------------------------------------------------

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

// ---- paths -----------------------------------------------------------------------------------

const drawn = (x: number, y: number | null): y is number => y !== null && Number.isFinite(x) && Number.isFinite(y);

/**
 * One path string for a series: gaps split it into several `M` subpaths. Built as parts joined
 * once, which gives one flat string: V8 keeps `a += b` results (how d3-path builds them) as a
 * chain of pieces, ~3,000 for 1,000 points and ~89 KB a chart keeps for as long as it lives.
 */
export function linePath(points: readonly XY[]): string {
  const parts: string[] = [];
  let run = 0;
  // A point alone between gaps is a closed zero-length subpath, which round caps draw as a dot.
  const end = () => {
    if (run === 1) parts.push('Z');
    run = 0;
  };
  for (const { x, y } of points) {
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

// ---- labels ------------------------------------------------------------------------------------

/**
 * Spreads label positions so that no two are closer than `gap`, moving each as little as possible
 * and keeping them within [lo, hi] and in their original order. Returns new positions, same order
 * as the input.
 */
export function nudge(positions: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = positions.map((p, i) => ({ p: Number.isFinite(p) ? p : lo, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => o.p);
  // Push down, then pull back up from the bottom edge: two passes settle a column of labels.
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k ? placed[k - 1]! + gap : lo);
  for (let k = placed.length - 1; k >= 0; k--) {
    placed[k] = Math.min(placed[k]!, k < placed.length - 1 ? placed[k + 1]! - gap : hi);
  }
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, lo);
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

/** Estimated width of a text in px: the chart cannot measure before it draws, and digits are ~0.6em. */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.6;

/** Shortens text to fit `width` px, ending with an ellipsis. */
export function fitText(text: string, width: number, fontSize: number): string {
  const max = Math.floor(width / (fontSize * 0.6));
  if (text.length <= max) return text;
  return max <= 1 ? '…' : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Breaks text into at most `maxLines` lines of `width` px at spaces; the last one is shortened if needed. */
export function fitLines(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const max = Math.max(1, Math.floor(width / (fontSize * 0.6)));
  if (text.length <= max || maxLines <= 1) return [fitText(text, width, fontSize)];
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines - 1) {
    const cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) break;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1).trimStart();
  }
  if (rest) lines.push(fitText(rest, width, fontSize));
  return lines;
}

// ---- table rows --------------------------------------------------------------------------------

/** One row of the table: a period and, per series, the observation that falls in it (if any). */
export interface Row {
  readonly period: Period;
  readonly cells: (Point | undefined)[];
}

/**
 * Rows for the table, aligned by period: every observation of the primary is a row; an observation
 * of a comparison series joins the row whose period overlaps it (`2024-03` joins `2024`), else it
 * gets a row of its own. Sorted by period start. Linear in the number of points.
 */
export function alignRows(series: readonly (readonly Point[])[]): Row[] {
  const rows: Row[] = (series[0] ?? []).map((p) => ({ period: p.period, cells: [p] }));
  for (let s = 1; s < series.length; s++) {
    const extra: Row[] = [];
    let r = 0;
    for (const p of series[s]!) {
      while (r < rows.length && rows[r]!.period.end <= p.period.start) r++;
      const row = rows[r];
      const overlaps = row && row.period.start < p.period.end && p.period.start < row.period.end && !row.cells[s];
      if (overlaps) row.cells[s] = p;
      else extra.push({ period: p.period, cells: Object.assign([], { [s]: p }) });
    }
    if (extra.length) {
      // One push per row: spreading 150,000 rows as arguments overflows the call stack (RangeError).
      for (const row of extra) rows.push(row);
      rows.sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
    }
  }
  return rows;
}

// ---- label placement ---------------------------------------------------------------------------

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface Place {
  readonly x: number;
  /** Text baseline. */
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** The box a one-line label covers (estimated: see textWidth). */
export function labelBox({ x, y, anchor }: Place, text: string, fontSize: number): Box {
  const w = textWidth(text, fontSize);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - fontSize * 0.8, x1: x0 + w, y1: y + fontSize * 0.25 };
}

const intersects = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/**
 * The first candidate whose label stays inside `bounds` and clear of every `occupied` box, else the
 * one that overlaps least. The chosen box is added to `occupied`, so later labels avoid it.
 */
export function placeLabel(candidates: readonly Place[], text: string, fontSize: number, occupied: Box[], bounds: Box): Place {
  const best = bestPlace(candidates, text, fontSize, occupied, bounds);
  occupied.push(labelBox(best.place, text, fontSize));
  return best.place;
}

/** Like placeLabel, but only a candidate clear of everything; nothing is added when none is. */
export function placeFree(candidates: readonly Place[], text: string, fontSize: number, occupied: Box[], bounds: Box): Place | undefined {
  const best = bestPlace(candidates, text, fontSize, occupied, bounds);
  if (best.score > 0) return undefined;
  occupied.push(labelBox(best.place, text, fontSize));
  return best.place;
}

function bestPlace(candidates: readonly Place[], text: string, fontSize: number, occupied: Box[], bounds: Box) {
  let place = candidates[0]!;
  let score = Infinity;
  for (const c of candidates) {
    const box = labelBox(c, text, fontSize);
    const s = occupied.filter((o) => intersects(o, box)).length + (inside(box, bounds) ? 0 : 0.5);
    if (s < score) [place, score] = [c, s];
    if (s === 0) break;
  }
  return { place, score };
}
