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
import { linear, minMax, textWidth, yDomain, type Box, type Linear } from '../../geometry/index.js';
import type { Layout, LayoutInput } from './types.js';

/** Font size of the direct labels in px (the styles use the same); other in-chart labels are a pixel smaller. */
export const LABEL_FONT = 12;

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
  /** What each direct label says, by series. */
  readonly directTexts: readonly string[];
  /** The time axis's two ends (ms). */
  readonly span: readonly [number, number];
}

/** Boxes that labels placed so far cover (see placeLabel), and the box they must stay inside. */
export interface Room {
  readonly occupied: Box[];
  readonly bounds: Box;
}

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
  const height = sparkline ? 48 : Math.round(Math.min(420, Math.max(180, width * 0.5)));
  const opts = { locale, decimals: doc.decimals, unit: doc.unit };
  const target = status.target;
  const deadline = status.deadline;

  // ---- domains
  const times: number[] = [];
  const values: number[] = [];
  for (const s of series) {
    for (const p of s.points) {
      times.push(p.period.start);
      if (p.value !== null) values.push(p.value);
      if (typeof p.lower === 'number') values.push(p.lower);
      if (typeof p.upper === 'number') values.push(p.upper);
    }
  }
  if (target) {
    if (target.comparator === 'between') values.push(target.min, target.max);
    else values.push(target.value);
    if (deadline && !sparkline) times.push(deadline.start, deadline.end);
  }
  if (status.baseline && !sparkline) {
    times.push(status.baseline.period.start);
    values.push(status.baseline.value);
  }
  if (!sparkline) for (const a of annotations) times.push(a.period.start);
  for (const n of notes) if (!n.point) for (const p of n.periods) times.push(p.start);
  if (input.span) times.push(...input.span);
  let [t0, t1] = minMax(times) ?? [0, 0];
  if (!(t1 > t0)) [t0, t1] = [t0 - YEAR, t1 + YEAR];
  // Over years, start at the first year's start so that its tick is drawn (March rounds start in March).
  if (t1 - t0 >= 2 * YEAR) t0 = yearStartOf(t0);
  const percent = isPercentUnit(doc.unit);
  // A rate's axis starts at 0; a sparkline has no axis to read, so it shows the shape (with the target).
  const fromZero = !sparkline && percent && values.every((v) => v >= 0);
  const yd = yDomain({ values, fromZero, limits: doc.limits });

  // ---- margins
  const probeY = linear(yd, [height - 24, 8]);
  const yAxisProbe = sparkline ? undefined : valueAxis(probeY, doc.unit, locale, 0, 0);
  const yLabelWidth = yAxisProbe ? Math.max(...yAxisProbe.ticks.map((t) => textWidth(t.label, TICK_FONT)), 10) : 0;
  // The label at the line's end: a large number in compact form (-64 B, not -64,025,866,378),
  // so the story's number fits beside the plot; the table and the summary keep every digit.
  const lastValueText = primary.values.length ? endValue(primary.values.at(-1)!.value, opts) : '';
  const directTexts = multi ? labels : [lastValueText];
  const wanted = Math.max(0, ...directTexts.map((t) => textWidth(t, LABEL_FONT))) + 10;
  // Room on the right for the direct labels, which sit just after the lines' end: less when the
  // axis runs on past the data (to a deadline or an annotation), at most a share of the width.
  const yLeft = sparkline ? 4 : Math.ceil(yLabelWidth + 10);
  const tEnd = Math.max(...series.map((s) => s.values.at(-1)?.period.start ?? t0));
  const f = t1 > t0 ? Math.min(1, Math.max(0, (tEnd - t0) / (t1 - t0))) : 1;
  const needed = f > 0 ? width - yLeft - (width - wanted - yLeft) / f : 8;
  const right = sparkline
    ? Math.min(width * 0.4, textWidth(lastValueText, LABEL_FONT) + 10)
    : Math.min(Math.max(8, needed), width * (multi ? 0.3 : 0.2));
  const verticalCount = annotations.length + notes.filter((n) => !n.point).length;
  const top = sparkline ? 6 : 10 + (verticalCount ? LABEL_FONT + 6 : 0);
  const plot = {
    left: yLeft,
    right: width - right,
    top,
    bottom: height - (sparkline ? 6 : 24),
  };
  // Points at the very edges keep their markers whole.
  const pad = sparkline ? 3 : 8;
  const x = linear([t0, t1], [plot.left + pad, plot.right - pad]);
  const y = linear(yd, [plot.bottom, plot.top]);
  const plotWidth = plot.right - plot.left;
  return { width, height, plot, x, y, plotWidth, sparkline, multi, percent, locale, t, opts, lastValueText, directTexts, span: [t0, t1] };
}

/** An empty room: labels stay between the plot's top and bottom, and may run into the right margin. */
export const roomOf = ({ plot, width }: Frame): Room => ({ occupied: [], bounds: { x0: plot.left, y0: plot.top, x1: width, y1: plot.bottom } });

/** Marks a marker's box (a circle or diamond of radius `r`) as taken, so labels keep off it. */
export function occupy(room: Room, px: number, py: number, r: number): void {
  if (Number.isFinite(px) && Number.isFinite(py)) room.occupied.push({ x0: px - r, y0: py - r, x1: px + r, y1: py + r });
}

function endValue(value: number, opts: ValueOptions): string {
  const shown = displayValue(value, opts.decimals, opts.unit);
  if (Math.abs(shown) < 1e6) return formatValue(value, opts);
  return `${formatCompact(shown, opts.locale)}${isPercentUnit(opts.unit) ? '%' : ''}`;
}
