/**
 * Everything the trend line draws, as data: scales, axes, one path per series, markers, target,
 * baseline, required path and current pace, notes and annotations, direct labels. A pure function of
 * the model, the size and the locale; the element's templates only bind what it returns.
 *
 * Split the way Observable Plot splits marks: layoutTrend computes the shared frame (domains,
 * margins, plot box, scales; marks/frame.ts) and then calls one function per mark, each in marks/.
 * Labels avoid each other, the lines and the markers through one shared room (covered boxes and
 * drawn lines), so the order of the calls below is the order of importance: the end labels, then
 * the target's, the baseline's, the notes'. On a narrow chart the series' names are a key above
 * the plot (frame.ts decides, so that the plot keeps 60 % of the width). This
 * module stays the public face: the element, its views and the model import every name from here.
 */
import { bisector } from 'd3-array';
import { pickText } from '../core/locale.js';
import { axisMarks } from './marks/axes.js';
import { baselineMark } from './marks/baseline.js';
import { frameOf, occupy, roomOf } from './marks/frame.js';
import { directLabels, lastValueLabel, sparkYears } from './marks/labels.js';
import { noteMarks, verticalMarks } from './marks/notes.js';
import { paceMarks } from './marks/pace.js';
import { pointerPositions, seriesMarks } from './marks/series.js';
import { targetMark, targetObstacles } from './marks/target.js';
import type { Layout, LayoutInput, TrendSeries } from './marks/types.js';

export type { Annotation, Layout, LayoutInput, NoteEntry, SeriesLayout, TargetLayout, TrendSeries } from './marks/types.js';
export { DASHES } from './marks/series.js';
export { measureWith } from '../geometry/index.js';
export { LINE_HEIGHT } from './marks/frame.js';
export { NOTE_R } from './marks/notes.js';
export { targetLevel } from './marks/pace.js';

export function layoutTrend(input: LayoutInput): Layout {
  const { series, status, annotations, notes } = input;
  const primary = series[0]!;
  const frame = frameOf(input);
  const room = roomOf(frame);
  const lines = seriesMarks(frame, series);
  const { required, pace, lines: paceLines } = paceMarks(frame, status);
  room.lines.push(...lines.lines, ...paceLines);
  // End labels first (they matter most), then the marks whose labels keep clear of them; only an
  // `eq` target's diamond is taken before them, as it is drawn where it is, whatever the labels do.
  targetObstacles(frame, status, room);
  const before = room.occupied.length;
  const labels = directLabels(frame, lines.ends, room);
  // What a threshold stops at: the end labels only (not the markers taken below, one of which is
  // the baseline's circle at the rule's own start).
  const endLabels = room.occupied.slice(before);
  for (const e of lines.ends) occupy(room, e.x, e.y, 4);
  // The baseline's circle is a marker the target's label keeps off (its own label comes later).
  if (status.baseline && !frame.sparkline) occupy(room, frame.x(frame.baselineAt), frame.y(status.baseline.value), 6);
  const target = targetMark(frame, status, room, endLabels);
  const baseline = baselineMark(frame, status, room);
  const notePoints = noteMarks(frame, notes, room);
  const { verticals, verticalLabels } = verticalMarks(frame, notes, annotations, series);
  const positions = input.series.map((s) => pointerPositions(frame, s));
  const { xs, ys } = positions[0]!;
  const { xAxis, yAxis } = axisMarks(frame, series);
  const { width, height, plot, x, y } = frame;
  return {
    width,
    height,
    plot,
    x,
    y,
    xAxis,
    yAxis,
    // `label` is an own key of every series, even one without a label, so a `label` key a host page
    // added to Object.prototype cannot stand in for it.
    series: lines.series.map((s, i) => ({ ...s, label: labels[i] })),
    target,
    baseline,
    required,
    pace,
    notes: notePoints,
    verticals,
    verticalLabels,
    key: frame.key,
    hasHollow: lines.hasHollow,
    hasBounds: lines.hasBounds,
    xs,
    ys,
    positions,
    last: lastValueLabel(frame, primary),
    years: [new Date(frame.span[0]).getUTCFullYear(), new Date(frame.span[1]).getUTCFullYear()],
    sparkYears: sparkYears(frame),
  };
}

const byX = bisector((v: number) => v);

/** Index of the observation nearest a screen x (`-1` for none). */
export function nearestIndex(xs: Float32Array, px: number): number {
  if (!xs.length) return -1;
  const i = byX.center(xs as unknown as ArrayLike<number>, px);
  return Math.max(0, Math.min(xs.length - 1, i));
}

/** A series' name for direct labels and columns: its area when areas differ, else its short title. */
export function seriesLabels(series: readonly TrendSeries[], locale: string): string[] {
  const areas = series.map((s) => pickText(s.doc.area?.name, locale)?.text);
  const distinct = new Set(areas).size === series.length && areas.every(Boolean);
  return series.map((s, i) => {
    if (distinct) return shortArea(areas[i]!);
    return (pickText(s.doc.shortTitle, locale) ?? pickText(s.doc.title, locale))?.text ?? String(s.doc.id);
  });
}

/** "Kabupaten Musi Banyuasin" → "Musi Banyuasin": the administrative level says nothing a reader needs in a label. */
function shortArea(name: string): string {
  return name.replace(/^(Kabupaten|Kota|Provinsi|Kab\.)\s+/i, '').replace(/\s+(Regency|City|Province)$/i, '');
}
