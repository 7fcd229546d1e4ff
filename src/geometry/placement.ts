/**
 * Where labels go: a column of end labels spread apart (nudge), and one label at a time placed at the
 * first candidate position clear of what earlier labels and markers cover. The caller keeps the list
 * of covered boxes, so the order it places labels in is the order of their importance.
 */
import { clipSegment } from './paths.js';
import { textWidth } from './text.js';

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

/** A drawn line as its screen points, in order of x (a series' line, decimated as drawn). */
export interface Polyline {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
}

/**
 * What labels must keep clear of: the boxes earlier labels and markers cover, the lines drawn
 * (a label on a line is struck through by it), and the box every label stays inside.
 */
export interface Room {
  readonly occupied: Box[];
  readonly lines: Polyline[];
  readonly bounds: Box;
}

/** The box a one-line label covers (see textWidth). */
export function labelBox({ x, y, anchor }: Place, text: string, fontSize: number, bold = false): Box {
  const w = textWidth(text, fontSize, bold);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - fontSize * 0.8, x1: x0 + w, y1: y + fontSize * 0.25 };
}

export const intersects = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** First index whose x is at least `v` (the points are in order of x). */
function firstAtLeast(xs: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the segment from (ax, ay) to (bx, by) passes through the box: what clipping it to the box leaves. */
const segmentCrosses = (ax: number, ay: number, bx: number, by: number, r: Box): boolean =>
  clipSegment(ax, ay, bx, by, { left: r.x0, right: r.x1, top: r.y0, bottom: r.y1 }) !== null;

/** Whether a line passes through the box: only the segments under the box's x range are tested. */
export function lineCrosses(line: Polyline, box: Box): boolean {
  const { xs, ys } = line;
  const n = xs.length;
  if (n === 0) return false;
  if (n === 1) return xs[0]! >= box.x0 && xs[0]! <= box.x1 && ys[0]! >= box.y0 && ys[0]! <= box.y1;
  const from = Math.max(0, firstAtLeast(xs, box.x0) - 1);
  for (let i = from; i < n - 1 && xs[i]! <= box.x1; i++) {
    if (segmentCrosses(xs[i]!, ys[i]!, xs[i + 1]!, ys[i + 1]!, box)) return true;
  }
  return false;
}

/** How many things a box would overlap: earlier boxes, lines, and half a point for leaving the bounds. */
function overlaps(box: Box, room: Room): number {
  let n = 0;
  for (const o of room.occupied) if (intersects(o, box)) n++;
  for (const l of room.lines) if (lineCrosses(l, box)) n++;
  return n + (inside(box, room.bounds) ? 0 : 0.5);
}

/**
 * The first candidate whose label stays inside the room's bounds and clear of everything in it,
 * else the one that overlaps least. The chosen box is added to the room, so later labels avoid it.
 */
export function placeLabel(candidates: readonly Place[], text: string, fontSize: number, room: Room, bold = false): Place {
  const best = bestPlace(candidates, text, fontSize, room, bold);
  room.occupied.push(labelBox(best.place, text, fontSize, bold));
  return best.place;
}

/** Like placeLabel, but only a candidate clear of everything; nothing is added when none is. */
export function placeFree(candidates: readonly Place[], text: string, fontSize: number, room: Room, bold = false): Place | undefined {
  const best = bestPlace(candidates, text, fontSize, room, bold);
  if (best.score > 0) return undefined;
  room.occupied.push(labelBox(best.place, text, fontSize, bold));
  return best.place;
}

function bestPlace(candidates: readonly Place[], text: string, fontSize: number, room: Room, bold: boolean) {
  let place = candidates[0]!;
  let score = Infinity;
  for (const c of candidates) {
    const s = overlaps(labelBox(c, text, fontSize, bold), room);
    if (s < score) [place, score] = [c, s];
    if (s === 0) break;
  }
  return { place, score };
}

/** Like placeLabel for a round marker of radius `r`: the first centre clear of everything, else the least crowded. */
export function placeCircle(centres: readonly { readonly x: number; readonly y: number }[], r: number, room: Room): { x: number; y: number } {
  let best = centres[0]!;
  let score = Infinity;
  for (const c of centres) {
    const s = overlaps({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r }, room);
    if (s < score) [best, score] = [c, s];
    if (s === 0) break;
  }
  room.occupied.push({ x0: best.x - r, y0: best.y - r, x1: best.x + r, y1: best.y + r });
  return best;
}
