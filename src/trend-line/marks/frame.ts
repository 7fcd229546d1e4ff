/**
 * The frame every mark is placed in: the domains (every series, the target, its deadline, the
 * baseline, annotations and notes), the margins (room for the value axis, the direct labels and the
 * row of vertical labels), the plot box and the two scales. Computed once, first, because every mark
 * needs the scales and the margins already depend on what the labels will say.
 *
 * Also the shared state of label placement (`Room`): marks that place labels add the boxes they
 * cover, and later ones keep clear of them, so the order layoutTrend calls the marks in is the order
 * of their importance.
 */
import type { Unit } from '../../data/schema.js';
import { displayValue, formatCompact, formatValue, isPercentUnit } from '../../core/format.js';
import type { Messages } from '../../core/messages.js';
import { valueAxis, TICK_FONT } from '../../geometry/axis.js';
import { estimateWidth as textWidth, fitLines, linear, yDomain, type Linear, type Room } from '../../geometry/index.js';
import { atMonth, referenceMonth, type Period } from '../../data/periods.js';
import type { Layout, LayoutInput } from './types.js';

/** Font size of every in-chart label in px (the styles use the same): nothing on a chart is smaller. */
export const LABEL_FONT = 12;
/** Line height of a label of several lines. */
export const LINE_HEIGHT = LABEL_FONT + 2;
/** The row under a sparkline that holds its first and last years. */
export const SPARK_YEARS = 16;
/** The plot keeps at least this share of the width: names go to a key above it when they would take more. */
export const MIN_PLOT_SHARE = 0.6;

/** How the primary's values are written: its decimals and unit, in the locale. */
export interface ValueOptions {
  readonly locale: string;
  readonly decimals: number;
  readonly unit: Unit;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly plot: Layout['plot'];
  readonly x: Linear;
  readonly y: Linear;
  readonly plotWidth: number;
  readonly sparkline: boolean;
  /** Comparison series are drawn (direct labels name the series, not the last value). */
  readonly multi: boolean;
  readonly percent: boolean;
  readonly locale: string;
  readonly t: Messages;
  readonly opts: ValueOptions;
  /** The primary's last value, as its direct label and a sparkline's end label say it. */
  readonly lastValueText: string;
  /** Each series' name, as its direct label or its key entry says it. */
  readonly names: readonly string[];
  /** Each series' latest value as its label says it ('' for a series without one). */
  readonly valueTexts: readonly string[];
  /** The series' names are in a key above the plot (a narrow chart), not beside the lines' ends. */
  readonly keyed: boolean;
  /** The key's entries, placed (empty unless `keyed`). */
  readonly key: Layout['key'];
  /** Where one of the primary's periods is drawn in time (ms): its start, a yearly one at the document's reference month. */
  readonly at: (period: Period) => number;
  /** Where the baseline is drawn in time (ms; NaN without one). */
  readonly baselineAt: number;
  /** The time axis's two ends (ms). */
  readonly span: readonly [number, number];
}

export type { Room } from '../../geometry/index.js';

const YEAR = 365.25 * 86_400_000;

function yearStartOf(ms: number): number {
  const d = new Date(ms);
  d.setUTCMonth(0, 1);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

export function frameOf(input: LayoutInput): Frame {
  const { series, status, annotations, notes, labels, sparkline, locale, t } = input;
  const primary = series[0]!;
  const doc = primary.doc;
  const multi = series.length > 1;
  const width = Math.max(120, Math.round(input.width || 640));
  // The plot's height follows the width; a key above it adds its rows.
  const plotHeight = sparkline ? 48 + SPARK_YEARS : Math.round(Math.min(420, Math.max(180, width * 0.5)));
  const opts = { locale, decimals: doc.decimals, unit: doc.unit };
  const target = status.target;
  const deadline = status.deadline;

  // ---- domains: one pass over the points, keeping only the extents (no array of every value: a
  // 100,000-point series once made two of them per layout).
  let t0 = Infinity;
  let t1 = -Infinity;
  let v0 = Infinity;
  let v1 = -Infinity;
  const time = (t: number) => {
    if (!Number.isFinite(t)) return;
    if (t < t0) t0 = t;
    if (t > t1) t1 = t;
  };
  const value = (v: number) => {
    if (!Number.isFinite(v)) return;
    if (v < v0) v0 = v;
    if (v > v1) v1 = v;
  };
  for (const s of series) {
    // Bounds are read only where some point has them (a document without bounds skips the look-ups).
    const bounded = s.uses ? s.uses.bounds : s.points.some((p) => p.lower !== undefined || p.upper !== undefined);
    const starts = s.starts?.length === s.points.length ? s.starts : undefined;
    for (let i = 0; i < s.points.length; i++) {
      const p = s.points[i]!;
      time(starts ? starts[i]! : p.period.start);
      if (p.value !== null) value(p.value);
      if (bounded) {
        if (typeof p.lower === 'number') value(p.lower);
        if (typeof p.upper === 'number') value(p.upper);
      }
    }
  }
  if (target) {
    if (target.comparator === 'between') {
      value(target.min);
      value(target.max);
    } else value(target.value);
    if (deadline && !sparkline) {
      time(deadline.start);
      time(deadline.end);
    }
  }
  // The baseline is drawn where its observation is (a yearly figure at the document's reference month).
  const month = referenceMonth(doc);
  const at = (period: Period) => atMonth(period, month).start;
  const baselineAt = status.baseline ? at(status.baseline.period) : NaN;
  if (status.baseline && !sparkline) {
    time(baselineAt);
    value(status.baseline.value);
  }
  if (!sparkline) for (const a of annotations) time(a.period.start);
  for (const n of notes) if (!n.point) for (const p of n.periods) time(p.start);
  if (input.span) input.span.forEach(time);
  if (!(t0 <= t1)) [t0, t1] = [0, 0];
  if (!(t1 > t0)) [t0, t1] = [t0 - YEAR, t1 + YEAR];
  // Over years, start at the first year's start so that its tick is drawn (March rounds start in March).
  if (t1 - t0 >= 2 * YEAR) t0 = yearStartOf(t0);
  const percent = isPercentUnit(doc.unit);
  // A rate's axis starts at 0; a sparkline has no axis to read, so it shows the shape (with the target).
  const fromZero = !sparkline && percent && !(v0 < 0);
  const yd = yDomain({ values: v0 <= v1 ? [v0, v1] : [], fromZero, limits: doc.limits });

  // ---- margins
  const probeY = linear(yd, [plotHeight - 24, 8]);
  const yAxisProbe = sparkline ? undefined : valueAxis(probeY, doc.unit, locale, 0, 0);
  const yLabelWidth = yAxisProbe ? Math.max(...yAxisProbe.ticks.map((t) => textWidth(t.label, TICK_FONT)), 10) : 0;
  // The labels at the lines' ends: each series' latest value, a large number in compact form
  // (-64 B, not -64,025,866,378) so the story's number fits beside the plot (the table and the
  // summary keep every digit); with comparisons, each line's name above its value.
  const valueTexts = series.map((s) =>
    s.values.length ? endValue(s.values.at(-1)!.value, { ...opts, decimals: s.doc.decimals, unit: s.doc.unit }) : '',
  );
  const lastValueText = valueTexts[0]!;
  const valueWidth = Math.max(0, ...valueTexts.map((v) => textWidth(v, LABEL_FONT, true)));
  const yLeft = sparkline ? 4 : Math.ceil(yLabelWidth + 10);
  // Room on the right for the labels, which sit just after the lines' end: less when the axis runs
  // on past the data (to a deadline or an annotation).
  const tEnd = Math.max(...series.map((s) => s.values.at(-1)?.period.start ?? t0));
  const f = t1 > t0 ? Math.min(1, Math.max(0, (tEnd - t0) / (t1 - t0))) : 1;
  const rightFor = (wanted: number) => {
    const needed = f > 0 ? width - yLeft - (width - wanted - yLeft) / f : 8;
    return Math.max(8, needed);
  };
  const nameWidth = Math.max(0, ...labels.map((n) => textWidth(n, LABEL_FONT, true)));
  const namesWanted = Math.max(valueWidth, nameWidth) + 10;
  const namesRight = multi ? rightFor(namesWanted) : 0;
  // Names beside the lines while their column takes under 30 % of the width and the plot keeps its
  // share; else a key above the plot, and the lines' ends say only their values.
  const keyed = multi && !sparkline && (namesWanted > width * 0.3 || (width - yLeft - namesRight) / width < MIN_PLOT_SHARE);
  const right = sparkline
    ? Math.min(width * 0.4, textWidth(lastValueText, LABEL_FONT) + 10)
    : Math.max(8, Math.min(multi && !keyed ? namesRight : rightFor(valueWidth + 10), width * (1 - MIN_PLOT_SHARE) - yLeft, width * 0.3));
  const key = keyed ? keyOf(labels, width, yLeft) : [];
  const keyHeight = key.length ? key.at(-1)!.y + 8 : 0;
  const height = plotHeight + keyHeight;
  const verticalCount = annotations.length + notes.filter((n) => !n.point).length;
  const top = sparkline ? 6 : keyHeight + 10 + (verticalCount ? LABEL_FONT + 6 : 0);
  const plot = {
    left: yLeft,
    right: width - right,
    top,
    bottom: height - (sparkline ? 6 + SPARK_YEARS : 24),
  };
  // Points at the very edges keep their markers whole.
  const pad = sparkline ? 3 : 8;
  const x = linear([t0, t1], [plot.left + pad, plot.right - pad]);
  const y = linear(yd, [plot.bottom, plot.top]);
  const plotWidth = plot.right - plot.left;
  return {
    width,
    height,
    plot,
    x,
    y,
    plotWidth,
    sparkline,
    multi,
    percent,
    locale,
    t,
    opts,
    lastValueText,
    names: labels,
    valueTexts,
    keyed,
    key,
    at,
    baselineAt,
    span: [t0, t1],
  };
}

/** An empty room: labels stay between the plot's top and bottom, and may run into the right margin. */
export const roomOf = ({ plot, width }: Frame): Room => ({
  occupied: [],
  lines: [],
  bounds: { x0: plot.left, y0: plot.top, x1: width, y1: plot.bottom },
});

/** Width of a key entry's line sample, and the gaps after it and after the entry's name. */
const SAMPLE = 22;
const KEY_GAP = 16;

/**
 * The key above a narrow chart: each series' line sample and name, in rows that wrap at the
 * chart's width, starting at the plot's left edge. `y` is each entry's text baseline.
 */
function keyOf(names: readonly string[], width: number, left: number): Layout['key'] {
  const out: { x: number; y: number; text: string; series: number }[] = [];
  let x = left;
  let row = 0;
  names.forEach((name, i) => {
    const room = width - left - SAMPLE - 6;
    // The primary's name is bold, as its line is the strongest.
    const bold = i === 0;
    const text = fitLines(name, room, LABEL_FONT, 1, bold)[0]!;
    const w = SAMPLE + 6 + textWidth(text, LABEL_FONT, bold);
    if (x > left && x + w > width) {
      row++;
      x = left;
    }
    out.push({ x, y: LABEL_FONT + row * (LINE_HEIGHT + 4), text, series: i });
    x += w + KEY_GAP;
  });
  return out;
}

/** Marks a marker's box (a circle or diamond of radius `r`) as taken, so labels keep off it. */
export function occupy(room: Room, px: number, py: number, r: number): void {
  if (Number.isFinite(px) && Number.isFinite(py)) room.occupied.push({ x0: px - r, y0: py - r, x1: px + r, y1: py + r });
}

function endValue(value: number, opts: ValueOptions): string {
  const shown = displayValue(value, opts.decimals, opts.unit);
  if (Math.abs(shown) < 1e6) return formatValue(value, opts);
  return `${formatCompact(shown, opts.locale)}${isPercentUnit(opts.unit) ? '%' : ''}`;
}
