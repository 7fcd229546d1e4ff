/**
 * The labels at the lines' ends: on a chart, one direct label per series (its name, or the lone
 * series' last value) just after its last point, nudged apart; on a sparkline, the last value beside
 * the plot. Placed before every other label because they matter most: the others keep clear of them.
 */
import { fitLines, labelBox, nudge, round2 } from '../../geometry/index.js';
import { LABEL_FONT, type Frame, type Room } from './frame.js';
import type { Layout, SeriesLayout, TrendSeries } from './types.js';

/**
 * Each series' direct label (`undefined` for one without a value, for comparisons of a lone series,
 * and on a sparkline), its lines added to `room`. A line that ends before the right edge (the axis
 * runs on to a deadline) gets its label beside its last point, not far away.
 */
export function directLabels(frame: Frame, ends: readonly { readonly x: number; readonly y: number }[], room: Room): SeriesLayout['label'][] {
  const { plot, width, multi, directTexts } = frame;
  const out: SeriesLayout['label'][] = ends.map(() => undefined);
  if (frame.sparkline) return out;
  const ok = ends.map((e) => Number.isFinite(e.y));
  const labelX = Math.min(plot.right + 6, Math.max(...ends.filter((e) => Number.isFinite(e.x)).map((e) => e.x), plot.left) + 8);
  // A name too long for the margin takes two lines rather than losing its end.
  const lines = directTexts.map((t) => fitLines(t, width - labelX - 2, LABEL_FONT, 2));
  const step = Math.max(...lines.map((l) => l.length)) * (LABEL_FONT + 1) + 1;
  const placed = nudge(
    ends.map((e) => (Number.isFinite(e.y) ? e.y : plot.top)),
    step,
    plot.top + 4,
    plot.bottom - step + LABEL_FONT + 2,
  );
  ends.forEach((_, i) => {
    if (!ok[i] || (!multi && i > 0)) return;
    const text = lines[i] ?? [];
    const label = { x: round2(labelX), y: round2(placed[i]! + 4), lines: text };
    out[i] = label;
    text.forEach((line, k) => room.occupied.push(labelBox({ x: label.x, y: label.y + k * (LABEL_FONT + 1), anchor: 'start' }, line, LABEL_FONT)));
  });
  return out;
}

/** A sparkline's last value, beside the plot at the height of the line's end. */
export function lastValueLabel({ sparkline, plot, y, lastValueText }: Frame, primary: TrendSeries): Layout['last'] {
  const last = primary.values.at(-1);
  return sparkline && last
    ? { x: round2(plot.right + 4), y: round2(Math.min(plot.bottom, Math.max(plot.top + 8, y(last.value) + 4))), text: lastValueText }
    : undefined;
}
