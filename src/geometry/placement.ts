/**
 * Where labels go: a column of end labels spread apart (nudge), and one label at a time placed at the
 * first candidate position clear of what earlier labels and markers cover. The caller keeps the list
 * of covered boxes, so the order it places labels in is the order of their importance.
 */
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
