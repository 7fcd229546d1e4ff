/**
 * The gauge's maths: the drawn domain, where a value sits along the gauge, the bands, and the arc
 * angles. Pure functions of numbers (no DOM, no `this`), so every coordinate can be tested, and every
 * one is finite: a gauge never puts `NaN` or `Infinity` into an attribute.
 *
 * Positions are fractions from the gauge's *start* (0) to its *end* (1), where the end is the better
 * side: for lower-is-better the axis runs from high values to low ones, so progress toward the target
 * always grows the same way. Right-to-left pages mirror the whole graphic in CSS.
 */
import { nice } from 'd3-array';
import { path } from 'd3-path';
import type { Direction, Target } from '../data/schema.js';

export interface Domain {
  readonly min: number;
  readonly max: number;
}

/** +1: higher values lie toward the better end; -1: lower values do. */
export type Orientation = 1 | -1;

export type BandKind = 'worse' | 'toward' | 'met';

/** A stretch of values, `from <= to`. */
export interface Band {
  readonly kind: BandKind;
  readonly from: number;
  readonly to: number;
}

/** A horizontal span in pixels. */
export interface Span {
  readonly x: number;
  readonly width: number;
}

const finite = (v: number, fallback = 0): number => (Number.isFinite(v) ? v : fallback);

/** The lowest and highest value a target names: the band of `between` (in order), else its value twice. */
export function targetEdges(target: Target): [number, number] {
  if (target.comparator === 'between') return [Math.min(target.min, target.max), Math.max(target.min, target.max)];
  return [target.value, target.value];
}

/**
 * The drawn domain: the extent of `values` (baseline, latest and the target's edges), padded by
 * `pad` of its span on each side, widened to round numbers, then clamped to the document's `limits`
 * (a percentage does not run below 0). Clamping never cuts off a value itself: a value outside the
 * limits stays inside the domain, so it is drawn where it is, not pinned to an edge.
 */
export function gaugeDomain(
  values: readonly number[],
  limits?: { readonly min?: number | undefined; readonly max?: number | undefined },
  pad = 0.1,
): Domain {
  const usable = values.filter(Number.isFinite);
  if (!usable.length) return { min: 0, max: 1 };
  const lo = Math.min(...usable);
  const hi = Math.max(...usable);
  const span = hi - lo;
  // One value alone (or all equal) still needs room around it: a tenth of its size, or 1 around 0.
  const margin = span > 0 ? span * pad : Math.abs(lo) * pad || 1;
  let [min, max] = nice(lo - margin, hi + margin, 5);
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(max > min)) [min, max] = [lo - margin, hi + margin];
  const limitMin = limits?.min;
  const limitMax = limits?.max;
  if (typeof limitMin === 'number' && Number.isFinite(limitMin)) min = Math.max(min, Math.min(limitMin, lo));
  if (typeof limitMax === 'number' && Number.isFinite(limitMax)) max = Math.min(max, Math.max(limitMax, hi));
  if (!(max > min)) {
    // Limits that squeeze the padding away entirely (a value sitting on both limits).
    min = lo - margin;
    max = hi + margin;
  }
  if (Number.isFinite(min) && Number.isFinite(max) && max > min) return { min, max };
  // Near the ends of the double range the padding itself overflows: the values' own extent is
  // still truthful (never a 0..1 domain the value lies outside of).
  if (hi > lo) return { min: lo, max: hi };
  return Number.isFinite(lo) && lo !== 0 ? { min: Math.min(0, lo), max: Math.max(0, lo) } : { min: 0, max: 1 };
}

/**
 * Which way is better along the gauge. A better-is direction says so; a target range (or a neutral
 * indicator) is approached from wherever the baseline stands: from above, lower values are progress.
 */
export function orientation(direction: Direction, baseline: number | null, target: Target | null): Orientation {
  if (direction === 'lower-is-better') return -1;
  if (direction === 'higher-is-better') return 1;
  if (target && baseline !== null && Number.isFinite(baseline) && baseline > targetEdges(target)[1]) return -1;
  return 1;
}

/**
 * The values that meet the target, clipped to the domain: `lt`/`le` everything up to the value,
 * `ge`/`gt` everything from it, `eq` the value alone (a zero-width band), `between` the band, and with
 * a better-is direction also everything beyond it on the good side (as the status rule counts it).
 * `null` when none of it falls inside the domain.
 */
export function metRegion(target: Target, direction: Direction, domain: Domain): Band | null {
  const [low, high] = targetEdges(target);
  let from = -Infinity;
  let to = Infinity;
  switch (target.comparator) {
    case 'lt':
    case 'le':
      to = high;
      break;
    case 'ge':
    case 'gt':
      from = low;
      break;
    case 'eq':
      [from, to] = [low, high];
      break;
    case 'between':
      if (direction !== 'lower-is-better') from = low;
      if (direction !== 'higher-is-better') to = high;
      break;
  }
  from = Math.max(from, domain.min);
  to = Math.min(to, domain.max);
  return from <= to ? { kind: 'met', from, to } : null;
}

/**
 * The bands behind the gauge, drawn in this order: `worse` (beyond the baseline, away from the
 * target), `toward` (from the baseline to the target) and `met`. A baseline that already meets the
 * target leaves only `met`. A neutral indicator has no worse side.
 */
export function gaugeBands(domain: Domain, baseline: number | null, met: Band | null, orient: Orientation, direction: Direction): Band[] {
  const bands: Band[] = [];
  const b = baseline !== null && Number.isFinite(baseline) ? Math.min(domain.max, Math.max(domain.min, baseline)) : null;
  const inside = met !== null && b !== null && b >= met.from && b <= met.to;
  if (b !== null && !inside) {
    if (direction !== 'neutral') {
      const worse: Band = orient > 0 ? { kind: 'worse', from: domain.min, to: b } : { kind: 'worse', from: b, to: domain.max };
      if (worse.to > worse.from) bands.push(worse);
    }
    if (met) {
      const toward: Band | null =
        orient > 0 ? (b < met.from ? { kind: 'toward', from: b, to: met.from } : null) : b > met.to ? { kind: 'toward', from: met.to, to: b } : null;
      if (toward && toward.to > toward.from) bands.push(toward);
    }
  }
  if (met) bands.push(met);
  return bands;
}

/** Where a value sits, as a fraction from the gauge's start (0) to its better end (1); not clamped. */
export function position(value: number, domain: Domain, orient: Orientation): number {
  const span = domain.max - domain.min;
  if (!Number.isFinite(value) || !(span > 0) || !Number.isFinite(span)) return 0.5;
  const f = (value - domain.min) / span;
  return finite(orient > 0 ? f : 1 - f, 0.5);
}

/** A value's x in a gauge `width` pixels wide, rounded to 0.01 px. */
export function toX(value: number, domain: Domain, orient: Orientation, width: number): number {
  return round(position(value, domain, orient) * finite(width));
}

/** The pixels between two values, whichever lies first along the gauge. */
export function span(from: number, to: number, domain: Domain, orient: Orientation, width: number): Span {
  const a = toX(from, domain, orient, width);
  const b = toX(to, domain, orient, width);
  return { x: Math.min(a, b), width: round(Math.abs(b - a)) };
}

const round = (v: number): number => Math.round(finite(v) * 100) / 100 || 0;

// ---- the arc variant -------------------------------------------------------------------------

/**
 * The angle of a position on the half ring, in radians clockwise from 12 o'clock (d3-shape's
 * convention, which the gauge used to draw with): the start at 9 o'clock, the better end at 3 o'clock.
 */
export const arcAngle = (fraction: number): number => -Math.PI / 2 + Math.PI * Math.min(1, Math.max(0, finite(fraction, 0.5)));

/** The path of the ring between two positions (in any order); `''` for none. */
export function arcPath(from: number, to: number, inner: number, outer: number): string {
  const a = arcAngle(Math.min(from, to));
  const b = arcAngle(Math.max(from, to));
  if (!(b > a) || !(outer > inner) || !(inner >= 0)) return '';
  // A ring sector: along the outer edge clockwise, back along the inner one. d3-path's angles
  // start at 3 o'clock (canvas), a quarter turn before ours. d3-shape's whole arc generator
  // (corners, padding) would add a kilobyte to every page for these two lines.
  const ring = path();
  ring.arc(0, 0, outer, a - Math.PI / 2, b - Math.PI / 2);
  if (inner > 0) ring.arc(0, 0, inner, b - Math.PI / 2, a - Math.PI / 2, true);
  else ring.lineTo(0, 0);
  ring.closePath();
  const d = ring.toString();
  // A non-finite radius would show up here.
  return /NaN|Infinity/.test(d) ? '' : d;
}

/** A point at `radius` from the centre at a position on the half ring (relative to the centre). */
export function arcPoint(fraction: number, radius: number): { x: number; y: number } {
  const angle = arcAngle(fraction);
  return { x: round(finite(radius) * Math.sin(angle)), y: round(-finite(radius) * Math.cos(angle)) };
}

/** The size of the arc gauge that fits `width` pixels (at most `max` wide). */
export function arcLayout(
  width: number,
  max = 280,
): { width: number; height: number; outer: number; inner: number; cx: number; cy: number; margin: number } {
  const w = Math.max(120, Math.min(max, finite(width, max)));
  const margin = 10;
  const outer = Math.floor(w / 2 - margin);
  const thickness = Math.max(14, Math.round(outer * 0.24));
  const inner = outer - thickness;
  return { width: w, height: outer + margin * 2, outer, inner, cx: w / 2, cy: outer + margin, margin };
}

/** How many decimals the scale's end labels need to tell them apart: at least the document's. */
export function scaleDecimals(domain: Domain, decimals: number): number {
  const span = domain.max - domain.min;
  const needed = span > 0 && Number.isFinite(span) ? Math.max(0, 1 - Math.floor(Math.log10(span))) : 0;
  return Math.min(10, Math.max(Number.isInteger(decimals) ? decimals : 0, needed));
}

/** An open arc at radius `r` between two positions along the ring (0-1): a stroke, such as a band's strip. */
export function arcLine(from: number, to: number, r: number): string {
  const a = arcAngle(Math.min(from, to));
  const b = arcAngle(Math.max(from, to));
  if (!(b > a) || !(r > 0)) return '';
  const line = path();
  line.arc(0, 0, r, a - Math.PI / 2, b - Math.PI / 2);
  const d = line.toString();
  return /NaN|Infinity/.test(d) ? '' : d;
}
