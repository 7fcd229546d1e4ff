/**
 * Notes and annotations on the chart. An observation's note is a numbered circle next to its point,
 * on the side clear of the labels placed before it; a document's note on periods and an annotation
 * (a programme's milestone) are vertical rules with their labels on one row above the plot. Neither
 * is on a sparkline, which has no list of notes to point to.
 */
import { fitText, placeCircle, round2, textWidth, type Room } from '../../geometry/index.js';
import { LABEL_FONT, type Frame } from './frame.js';
import { atMonth, referenceMonth } from '../../data/periods.js';
import type { Annotation, Layout, NoteEntry, TrendSeries } from './types.js';

/** A note marker's radius: a circle that holds a number at 12 px. */
export const NOTE_R = 9;

/** The numbered circles of observations' notes, placed in `room`. */
export function noteMarks({ x, y, plot, sparkline }: Frame, notes: readonly NoteEntry[], room: Room): Layout['notes'][number][] {
  const out: Layout['notes'][number][] = [];
  if (sparkline) return out;
  for (const n of notes) {
    if (!n.point || n.point.value === null) continue;
    // Next to its own point, on the side clear of other labels and lines' ends (a comparison's
    // note must not sit on the primary's label).
    const px = x(n.point.period.start);
    const py = y(n.point.value);
    const c = (dx: number, dy: number) => ({ x: px + dx, y: Math.min(plot.bottom - NOTE_R, Math.max(plot.top + NOTE_R, py + dy)) });
    // Centres a circle and a gap away from the point; the box kept clear is the circle and 3 px of air.
    const d = NOTE_R + 6;
    const at = placeCircle([c(0, -d), c(0, d), c(-d, -d + 4), c(d, -d + 4), c(-d, d - 4), c(d, d - 4), c(0, -2 * d), c(0, 2 * d)], NOTE_R + 3, room);
    out.push({ x: round2(at.x), y: round2(at.y), n: n.n });
  }
  return out;
}

/** The vertical rules of notes on periods and of annotations, as one path, and their labels. */
export function verticalMarks(
  { x, plot, width, sparkline }: Frame,
  notes: readonly NoteEntry[],
  annotations: readonly Annotation[],
  series: readonly TrendSeries[] = [],
): Pick<Layout, 'verticals' | 'verticalLabels'> {
  const vertical: { x: number; text: string }[] = [];
  if (!sparkline) {
    // A note on "2023" of a March-round document stands at March 2023, beside the point it explains.
    const month = (n: NoteEntry) => {
      const doc = series[n.series]?.doc;
      return doc ? referenceMonth(doc) : undefined;
    };
    for (const n of notes) if (!n.point) for (const p of n.periods) vertical.push({ x: x(atMonth(p, month(n)).start), text: `(${n.n})` });
    for (const a of annotations) vertical.push({ x: x(a.period.start), text: a.label });
  }
  vertical.sort((a, b) => a.x - b.x);
  const verticals = vertical.map((v) => `M${round2(v.x)},${round2(plot.top - 2)}V${round2(plot.bottom)}`).join('');
  // Labels sit on one row above the plot, after their line if they fit there, else before it (the
  // side with more room), shortened to the room they have.
  const verticalLabels = vertical.map((v, i) => {
    const after = (vertical[i + 1]?.x ?? width) - v.x - 8;
    const before = v.x - (vertical[i - 1]?.x ?? 0) - 8;
    const needed = textWidth(v.text, LABEL_FONT);
    const flip = needed > after && before > after;
    const room = flip ? before : after;
    return {
      x: round2(v.x + (flip ? -3 : 3)),
      y: round2(plot.top - 5),
      text: fitText(v.text, Math.max(room, 14), LABEL_FONT),
      anchor: flip ? ('end' as const) : ('start' as const),
    };
  });
  return { verticals, verticalLabels };
}
