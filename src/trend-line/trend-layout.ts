/**
 * Everything the trend line draws, as data: scales, axes, one path per series, markers, target,
 * baseline, required path and current pace, notes and annotations, direct labels. A pure function of
 * the model, the size and the locale; the element's templates only bind what it returns.
 */
import { bisector } from 'd3-array';
import type { Point } from '../data/normalize.js';
import type { IndicatorDocument, Target } from '../data/schema.js';
import type { StatusResult } from '../core/status.js';
import type { Period } from '../core/periods.js';
import { displayValue, formatChange, formatCompact, formatComparator, formatPoints, formatValue, isPercentUnit } from '../core/format.js';
import { formatPeriod } from '../core/periods.js';
import { fill, type Messages } from '../core/messages.js';
import { pickText } from '../core/locale.js';
import { timeAxis, valueAxis, TICK_FONT, type Axis, type TimeUnit } from './axis.js';
import {
  boundsPath,
  circlesPath,
  clipSegment,
  decimate,
  diamondPath,
  drawable,
  fitLines,
  fitText,
  labelBox,
  linear,
  linePath,
  minMax,
  nudge,
  placeFree,
  placeLabel,
  round2,
  segmentPath,
  squaresPath,
  textWidth,
  yDomain,
  type Box,
  type Linear,
  type Place,
} from './trend-geometry.js';

export interface TrendSeries {
  readonly doc: IndicatorDocument;
  /** Sorted observations as of the element's `as-of`. */
  readonly points: readonly Point[];
  /** Those with a value. */
  readonly values: readonly (Point & { readonly value: number })[];
}

export interface Annotation {
  readonly period: Period;
  readonly label: string;
}

/** A numbered note: an observation's note or a document note tied to periods. */
export interface NoteEntry {
  readonly n: number;
  readonly text: string;
  readonly lang: string;
  /** The periods it is about, for the list under the chart. */
  readonly periods: readonly Period[];
  /** The series it belongs to. */
  readonly series: number;
  /** For an observation's note, the point. */
  readonly point?: Point;
}

export interface LayoutInput {
  readonly series: readonly TrendSeries[];
  readonly status: StatusResult;
  readonly annotations: readonly Annotation[];
  readonly notes: readonly NoteEntry[];
  readonly labels: readonly string[];
  readonly width: number;
  readonly sparkline: boolean;
  readonly locale: string;
  readonly m: Messages;
}

export interface SeriesLayout {
  /** Emptied once drawn (see hand-over.ts). */
  path: string;
  handed?: boolean;
  readonly markers: string;
  readonly hollow: string;
  readonly bounds: string;
  /** Dash pattern index for comparisons (0 for the primary: solid). */
  readonly dash: number;
  readonly label?: { readonly x: number; readonly y: number; readonly lines: readonly string[] } | undefined;
}

export interface TargetLayout {
  readonly kind: 'line' | 'band' | 'marker';
  readonly path: string;
  readonly band?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | undefined;
  /** The in-chart label (none on a sparkline). */
  readonly label?: Place | undefined;
  /** What the in-chart label says (the full text, or the bare value where space is short). */
  readonly labelText?: string | undefined;
  /** The `eq` target's diamond. */
  readonly marker?: string | undefined;
  /** The deadline period as a shaded column. */
  readonly deadline?: { readonly x: number; readonly width: number } | undefined;
  readonly text: string;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly x: Linear;
  readonly y: Linear;
  readonly xAxis?: Axis | undefined;
  readonly yAxis?: Axis | undefined;
  readonly series: readonly SeriesLayout[];
  readonly target?: TargetLayout | undefined;
  readonly baseline?: { readonly x: number; readonly y: number; readonly text: string; readonly short: string; readonly label: Place } | undefined;
  readonly required?: { readonly path: string; readonly text: string } | undefined;
  readonly pace?: { readonly path: string; readonly text: string } | undefined;
  readonly notes: readonly { readonly x: number; readonly y: number; readonly n: number }[];
  readonly verticals: string;
  readonly verticalLabels: readonly { readonly x: number; readonly y: number; readonly text: string; readonly anchor: 'start' | 'end' }[];
  readonly hasHollow: boolean;
  readonly hasBounds: boolean;
  /** Screen positions of the primary's observations with a value (full data, for pointer and keyboard). */
  readonly xs: Float32Array;
  readonly ys: Float32Array;
  /** Last value label of a sparkline. */
  readonly last?: { readonly x: number; readonly y: number; readonly text: string } | undefined;
}

const YEAR = 365.25 * 86_400_000;

function yearStartOf(ms: number): number {
  const d = new Date(ms);
  d.setUTCMonth(0, 1);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}
const LABEL_FONT = 12;
const MARKER_R = 3;

/** Dash patterns of comparison series, told apart without colour. */
export const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2'];

const flagged = (p: Point) => p.status.some((s) => s === 'P' || s === 'E' || s === 'F');

/** The value on the target nearest `from`: the value, or the nearer edge of a band. */
export function targetLevel(target: Target, from: number): number {
  if (target.comparator !== 'between') return target.value;
  const lo = Math.min(target.min, target.max);
  const hi = Math.max(target.min, target.max);
  return from > hi ? hi : from < lo ? lo : from;
}

/** The line that explains the verdict is drawn only while the line is what the verdict is based on. */
const judgedByLine = (status: StatusResult) => status.status === 'on-track' || status.status === 'off-track' || status.status === 'wrong-direction';

export function layoutTrend(input: LayoutInput): Layout {
  const { series, status, annotations, notes, labels, sparkline, locale, m } = input;
  const primary = series[0]!;
  const doc = primary.doc;
  const multi = series.length > 1;
  const width = Math.max(120, Math.round(input.width || 640));
  const height = sparkline ? 48 : Math.round(Math.min(420, Math.max(180, width * 0.5)));
  const opts = { locale, decimals: doc.decimals, unit: doc.unit };
  const target = status.target;
  const deadline = status.deadline;
  const showLine = judgedByLine(status) && !sparkline;

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

  // ---- series
  const seriesLayout: SeriesLayout[] = [];
  let hasHollow = false;
  let hasBounds = false;
  const ends: { x: number; y: number }[] = [];
  series.forEach((s, i) => {
    const pts = drawable(s.points, x, y);
    const path = linePath(decimate(pts, plotWidth));
    // A sparkline is a shape, not a set of readings: no markers but the last point's.
    const fits = !sparkline && s.values.length <= plotWidth / 8;
    const solid: { x: number; y: number }[] = [];
    const hollowPts: { x: number; y: number }[] = [];
    for (const p of s.values) {
      const hollow = p.status.length > 0 && flagged(p);
      if (hollow || fits) (hollow ? hollowPts : solid).push({ x: x(p.period.start), y: y(p.value) });
    }
    const last = s.values.at(-1);
    if (sparkline && i === 0 && last && !flagged(last)) solid.push({ x: x(last.period.start), y: y(last.value) });
    const showHollow = hollowPts.length <= plotWidth / 4;
    if (showHollow && hollowPts.length) hasHollow = true;
    const r = sparkline ? 2.5 : MARKER_R;
    const markers = i === 0 ? circlesPath(solid, r) : squaresPath(solid, r - 0.5);
    const hollow = showHollow ? (i === 0 ? circlesPath(hollowPts, r) : squaresPath(hollowPts, r - 0.5)) : '';
    const bounds = sparkline ? '' : boundsPath(s.points, x, y);
    if (bounds) hasBounds = true;
    ends.push(last ? { x: x(last.period.start), y: y(last.value) } : { x: NaN, y: NaN });
    // `label` is set later for some series only; own from the start, so a `label` key a host page
    // added to Object.prototype cannot stand in for it.
    seriesLayout.push({ path, markers, hollow, bounds, dash: i === 0 ? 0 : ((i - 1) % (DASHES.length - 1)) + 1, label: undefined });
  });

  // Boxes that later labels keep clear of: direct labels first (they matter most), then markers.
  const occupied: Box[] = [];
  const bounds: Box = { x0: plot.left, y0: plot.top, x1: width, y1: plot.bottom };

  // Direct labels just after each line's end, nudged apart vertically. A line that ends before the
  // right edge (the axis runs on to a deadline) gets its label beside its last point, not far away.
  if (!sparkline) {
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
    seriesLayout.forEach((s, i) => {
      if (!ok[i] || (!multi && i > 0)) return;
      const text = lines[i] ?? [];
      const label = { x: round2(labelX), y: round2(placed[i]! + 4), lines: text };
      (s as { label?: SeriesLayout['label'] }).label = label;
      text.forEach((line, k) => occupied.push(labelBox({ x: label.x, y: label.y + k * (LABEL_FONT + 1), anchor: 'start' }, line, LABEL_FONT)));
    });
  }
  const mark = (px: number, py: number, r: number) => {
    if (Number.isFinite(px) && Number.isFinite(py)) occupied.push({ x0: px - r, y0: py - r, x1: px + r, y1: py + r });
  };

  // ---- target, baseline, required path, current pace
  let targetLayout: TargetLayout | undefined;
  if (target && deadline) {
    const period = formatPeriod(deadline, locale);
    const text = fill(m.trendTarget, { target: formatComparator(target, opts), period });
    const dx0 = Math.max(plot.left, x(deadline.start));
    const dx1 = Math.min(plot.right, x(deadline.end));
    const deadlineCol = !sparkline && dx1 > dx0 ? { x: round2(dx0), width: round2(dx1 - dx0) } : undefined;
    const along = (yy: number, x0: number, x1: number): Place[] => [
      { x: x0 + 4, y: yy - 5, anchor: 'start' },
      { x: x0 + 4, y: yy + LABEL_FONT + 2, anchor: 'start' },
      { x: x1 - 4, y: yy - 5, anchor: 'end' },
      { x: x1 - 4, y: yy + LABEL_FONT + 2, anchor: 'end' },
      { x: (x0 + x1) / 2, y: yy - 5, anchor: 'middle' },
    ];
    const place = (cands: Place[]) => placeLabel(cands, text, LABEL_FONT - 1, occupied, bounds);
    if (target.comparator === 'between') {
      const yTop = y(Math.max(target.min, target.max));
      const yBottom = y(Math.min(target.min, target.max));
      const h = Math.max(yBottom - yTop, 2);
      targetLayout = {
        kind: 'band',
        path: `M${round2(plot.left)},${round2(yTop)}H${round2(plot.right)}M${round2(plot.left)},${round2(yBottom)}H${round2(plot.right)}`,
        band: { x: round2(plot.left), y: round2(yTop), width: round2(plotWidth), height: round2(h) },
        label: sparkline
          ? undefined
          : place([...along(yTop, plot.left, plot.right), ...along(yBottom, plot.left, plot.right).filter((c) => c.y > yBottom)]),
        deadline: deadlineCol,
        text,
      };
    } else if (target.comparator === 'eq') {
      // The target value held over the deadline period: a bar across it, a diamond in its middle.
      const ty = y(target.value);
      const bx0 = Math.max(plot.left, x(deadline.start));
      const bx1 = Math.min(plot.right, x(deadline.end));
      const tx = (bx0 + bx1) / 2;
      mark(tx, ty, 7);
      const around: Place[] = [
        { x: tx, y: ty - 11, anchor: 'middle' },
        { x: tx - 10, y: ty - 9, anchor: 'end' },
        { x: tx + 10, y: ty - 9, anchor: 'start' },
        { x: tx - 10, y: ty + LABEL_FONT + 2, anchor: 'end' },
        { x: tx + 10, y: ty + LABEL_FONT + 2, anchor: 'start' },
        { x: tx, y: ty - 11 - LABEL_FONT, anchor: 'middle' },
      ];
      // Crowded (a narrow chart): the bare value ("0%") next to the diamond rather than the whole
      // label somewhere else; the legend says it in full.
      const short = formatComparator(target, opts);
      const free = sparkline ? undefined : placeFree(around, text, LABEL_FONT - 1, occupied, bounds);
      const freeShort = sparkline || free ? undefined : placeFree(around, short, LABEL_FONT - 1, occupied, bounds);
      targetLayout = {
        kind: 'marker',
        path: sparkline ? `M${round2(plot.left)},${round2(ty)}H${round2(plot.right)}` : `M${round2(bx0)},${round2(ty)}H${round2(bx1)}`,
        marker: sparkline ? undefined : diamondPath(tx, ty, 6),
        label: sparkline ? undefined : (free ?? freeShort ?? placeLabel(around, short, LABEL_FONT - 1, occupied, bounds)),
        labelText: free ? text : short,
        deadline: deadlineCol,
        text,
      };
    } else {
      const ty = y(target.value);
      targetLayout = {
        kind: 'line',
        path: `M${round2(plot.left)},${round2(ty)}H${round2(plot.right)}`,
        label: sparkline ? undefined : place(along(ty, plot.left, plot.right)),
        deadline: deadlineCol,
        text,
      };
    }
  }

  let baseline: Layout['baseline'];
  if (status.baseline && !sparkline) {
    const bx = x(status.baseline.period.start);
    const by = y(status.baseline.value);
    mark(bx, by, 5);
    baseline = {
      x: round2(bx),
      y: round2(by),
      text: fill(m.trendBaseline, { value: formatValue(status.baseline.value, opts), period: formatPeriod(status.baseline.period, locale) }),
      short: m.baseline,
      label: placeLabel(
        [
          { x: bx + 8, y: by - 7, anchor: 'start' },
          { x: bx - 8, y: by - 7, anchor: 'end' },
          { x: bx + 8, y: by + 15, anchor: 'start' },
          { x: bx - 8, y: by + 15, anchor: 'end' },
        ],
        m.baseline,
        TICK_FONT,
        occupied,
        bounds,
      ),
    };
  }

  const box = { left: plot.left, right: plot.right, top: plot.top, bottom: plot.bottom };
  let required: Layout['required'];
  let pace: Layout['pace'];
  if (showLine && target && deadline && status.latest && status.latest.value !== null) {
    const from = status.latest.value;
    const level = targetLevel(target, from);
    const seg = clipSegment(x(status.latest.period.start), y(from), x(deadline.end), y(level), box);
    required = {
      path: segmentPath(seg),
      text: fill(m.trendRequired, { target: formatComparator(target, opts), period: formatPeriod(deadline, locale) }),
    };
  }
  if (showLine && deadline && status.judged && status.judged.value !== null && status.projected !== null && status.ratePerYear !== null) {
    const seg = clipSegment(x(status.judged.period.start), y(status.judged.value), x(deadline.end), y(status.projected), box);
    const rate = percent ? formatPoints(status.ratePerYear, { locale, decimals: doc.decimals }) : formatChange(status.ratePerYear, { ...opts });
    pace = { path: segmentPath(seg), text: fill(m.trendPace, { rate }) };
  }

  // ---- notes and vertical markers (annotations, document notes tied to periods)
  const notePoints: Layout['notes'][number][] = [];
  const vertical: { x: number; text: string }[] = [];
  if (!sparkline) {
    for (const n of notes) {
      if (n.point && n.point.value !== null) {
        // Next to its own point, on the side clear of other labels and lines' ends (a comparison's
        // note must not sit on the primary's label).
        const px = x(n.point.period.start);
        const py = y(n.point.value);
        // Candidates name the circle's centre + 3, where a two-digit label's box is centred.
        const c = (dx: number, dy: number): Place => ({
          x: px + dx,
          y: Math.min(plot.bottom - 7, Math.max(plot.top + 7, py + dy)) + 3,
          anchor: 'middle',
        });
        const at = placeLabel([c(0, -14), c(0, 14), c(-13, -10), c(-13, 10)], '000', 10, occupied, bounds);
        notePoints.push({ x: round2(at.x), y: round2(at.y - 3), n: n.n });
      } else if (!n.point) {
        for (const p of n.periods) vertical.push({ x: x(p.start), text: `(${n.n})` });
      }
    }
    for (const a of annotations) vertical.push({ x: x(a.period.start), text: a.label });
  }
  vertical.sort((a, b) => a.x - b.x);
  const verticals = vertical.map((v) => `M${round2(v.x)},${round2(plot.top - 2)}V${round2(plot.bottom)}`).join('');
  // Labels sit on one row above the plot, after their line if they fit there, else before it (the
  // side with more room), shortened to the room they have.
  const verticalLabels = vertical.map((v, i) => {
    const after = (vertical[i + 1]?.x ?? width) - v.x - 8;
    const before = v.x - (vertical[i - 1]?.x ?? 0) - 8;
    const needed = textWidth(v.text, LABEL_FONT - 1);
    const flip = needed > after && before > after;
    const room = flip ? before : after;
    return {
      x: round2(v.x + (flip ? -3 : 3)),
      y: round2(plot.top - 5),
      text: fitText(v.text, Math.max(room, 14), LABEL_FONT - 1),
      anchor: flip ? ('end' as const) : ('start' as const),
    };
  });

  // ---- pointer and keyboard positions (every observation, not the decimated path)
  // Single precision is a thousandth of a pixel here, at half the memory a chart keeps.
  const xs = new Float32Array(primary.values.length);
  const ys = new Float32Array(primary.values.length);
  primary.values.forEach((p, i) => {
    xs[i] = x(p.period.start);
    ys[i] = y(p.value);
  });

  const last = primary.values.at(-1);
  return {
    width,
    height,
    plot,
    x,
    y,
    xAxis: sparkline ? undefined : timeAxis(x, locale, plot.bottom, finestUnit(series)),
    yAxis: sparkline ? undefined : valueAxis(y, doc.unit, locale, plot.left, plot.right),
    series: seriesLayout,
    target: targetLayout,
    baseline,
    required,
    pace,
    notes: notePoints,
    verticals,
    verticalLabels,
    hasHollow,
    hasBounds,
    xs,
    ys,
    last:
      sparkline && last
        ? { x: round2(plot.right + 4), y: round2(Math.min(plot.bottom, Math.max(plot.top + 8, y(last.value) + 4))), text: lastValueText }
        : undefined,
  };
}

const byX = bisector((v: number) => v);

/** Index of the observation nearest a screen x (`-1` for none). */
export function nearestIndex(xs: Float32Array, px: number): number {
  if (!xs.length) return -1;
  const i = byX.center(xs as unknown as ArrayLike<number>, px);
  return Math.max(0, Math.min(xs.length - 1, i));
}

function endValue(value: number, opts: { locale: string; decimals: number; unit: LayoutInput['series'][number]['doc']['unit'] }): string {
  const shown = displayValue(value, opts.decimals, opts.unit);
  if (Math.abs(shown) < 1e6) return formatValue(value, opts);
  return `${formatCompact(shown, opts.locale)}${isPercentUnit(opts.unit) ? '%' : ''}`;
}

/** The finest period unit any series uses: the time axis never ticks finer than the data. */
function finestUnit(series: readonly TrendSeries[]): TimeUnit {
  let finest: TimeUnit = 'year';
  for (const s of series) {
    for (const p of s.points) {
      const g = p.period.granularity;
      if (g === 'day' || g === 'week') return 'day';
      if (g !== 'year') finest = 'month';
    }
  }
  return finest;
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
