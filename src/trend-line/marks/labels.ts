/**
 * The labels at the lines' ends: every series' latest value (the story's number is on the chart),
 * under the series' name when comparisons are drawn and the names fit beside the plot; on a narrow
 * chart the names are in the key above the plot and the ends say only the values. Nudged apart so
 * that no two touch, and placed before every other label because they matter most: the others keep
 * clear of them. A sparkline has its last value beside the plot.
 */
import { estimateWidth, fitLines, labelBox, nudge, placeLabel, round2, type Place, type Room } from '../../geometry/index.js';
import { LABEL_FONT, LINE_HEIGHT, type Frame } from './frame.js';
import type { Layout, SeriesLayout, TrendSeries } from './types.js';

/**
 * Each series' end label (`undefined` for one without a value and on a sparkline), its boxes added
 * to `room`. A line that ends before the right edge (the axis runs on to a deadline) gets its label
 * beside its last point, not far away.
 */
export function directLabels(frame: Frame, ends: readonly { readonly x: number; readonly y: number }[], room: Room): SeriesLayout['label'][] {
  const { plot, width, multi, keyed, names, valueTexts } = frame;
  const out: SeriesLayout['label'][] = ends.map(() => undefined);
  if (frame.sparkline) return out;
  const labelX = Math.min(plot.right + 6, Math.max(...ends.filter((e) => Number.isFinite(e.x)).map((e) => e.x), plot.left) + 8);
  // A name too long for the margin takes two lines rather than losing its end.
  const nameLines = names.map((n) => (multi && !keyed ? fitLines(n, width - labelX - 2, LABEL_FONT, 2, true) : []));
  const shown = ends.map((e, i) => Number.isFinite(e.y) && valueTexts[i] !== '');
  const heights = nameLines.map((l) => (l.length + 1) * LINE_HEIGHT);
  const tallest = Math.max(LINE_HEIGHT, ...heights.filter((_, i) => shown[i]));
  // Centres of the labels' blocks, spread apart by the tallest block.
  const centres = nudge(
    ends.map((e, i) => (shown[i] ? e.y : plot.top)),
    tallest + 2,
    plot.top + tallest / 2 - 4,
    plot.bottom - tallest / 2 + 4,
  );
  if (!multi) {
    // A lone line's value: beside its end, else above or below it, clear of the lines that start
    // there (the required path and the current pace leave from the latest point).
    const end = ends[0]!;
    if (!shown[0]) return out;
    const value = valueTexts[0]!;
    const x0 = round2(labelX);
    const around: Place[] = [
      { x: x0, y: end.y + 4, anchor: 'start' },
      { x: x0 - 4, y: end.y - 8, anchor: 'start' },
      { x: x0 - 4, y: end.y + 18, anchor: 'start' },
      { x: end.x, y: end.y - 10, anchor: 'middle' },
      { x: end.x, y: end.y + 22, anchor: 'middle' },
      { x: end.x - 8, y: end.y - 8, anchor: 'end' },
      { x: end.x - 8, y: end.y + 18, anchor: 'end' },
    ];
    // The story's number is never cut by the chart's edge: only the places inside it compete
    // (crossing a line is the lesser harm), unless none is.
    const inside = around.filter((c) => {
      const box = labelBox(c, value, LABEL_FONT, true);
      return box.x0 >= 0 && box.x1 <= width;
    });
    const at = placeLabel(inside.length ? inside : around, value, LABEL_FONT, room, true);
    out[0] = { x: round2(at.x), y: round2(at.y), lines: [], value, anchor: at.anchor };
    return out;
  }
  ends.forEach((_, i) => {
    if (!shown[i]) return;
    const lines = nameLines[i]!;
    const y = centres[i]! - heights[i]! / 2 + LABEL_FONT - 1;
    const label = { x: round2(labelX), y: round2(y), lines, value: valueTexts[i]!, anchor: 'start' as const };
    out[i] = label;
    [...lines, label.value].forEach((line, k) =>
      room.occupied.push(labelBox({ x: label.x, y: label.y + k * LINE_HEIGHT, anchor: 'start' }, line, LABEL_FONT, true)),
    );
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

/**
 * A sparkline's first and last years, under the two ends of its time axis: the last one under the
 * point where the line that runs longest ends (a card's rows share one axis), kept inside the chart.
 */
export function sparkYears({ sparkline, x, span, width, height }: Frame): Layout['sparkYears'] {
  if (!sparkline) return [];
  const ends = span.map((ms) => ({ px: x(ms), text: String(new Date(ms).getUTCFullYear()) }));
  return ends.map(({ px, text }) => {
    const half = estimateWidth(text, LABEL_FONT) / 2;
    const anchor: Place['anchor'] = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
    return { x: round2(anchor === 'start' ? 0 : anchor === 'end' ? width : px), y: height - 3, text, anchor };
  });
}
