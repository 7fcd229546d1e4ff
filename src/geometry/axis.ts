/**
 * Axes as data: tick positions, their labels (through Intl / format.ts) and one path string for the
 * ticks and grid. Templates draw each axis as ONE path plus a few <text> labels. Tick counts come
 * from the pixel size and labels that would overlap are dropped, so nothing collides at 320 px or at
 * 200 % zoom.
 */
import { tickStep, ticks } from 'd3-array';
import type { Unit } from '../data/schema.js';
import { formatCompact, formatScientific, formatValue, isPercentUnit, MAX_DECIMALS } from '../core/format.js';
import { dateFormat } from '../data/periods.js';
import type { DateShape } from '../data/own-format.js';
import { round2, type Linear } from './scales.js';
// Ticks are chosen from estimated widths: the server and the browser draw the same axes (only
// labels placed around the marks may move by a few pixels once the browser measures).
import { estimateWidth as textWidth } from './text.js';

export interface Tick {
  /** Position along the axis in px. */
  readonly pos: number;
  readonly value: number;
  readonly label: string;
}

export interface Axis {
  readonly ticks: readonly Tick[];
  /** Grid lines (y) or tick marks (x), as one path. */
  readonly path: string;
}

/** Font size of tick labels in px (the styles use the same). */
export const TICK_FONT = 12;

/**
 * The value axis: about one tick per 40 px of height, labelled in the locale with as many decimals
 * as the step needs (not the document's: a 0,5 step needs one), compact notation for large numbers.
 */
export function valueAxis(y: Linear, unit: Unit | undefined, locale: string, left: number, right: number): Axis {
  const [lo, hi] = y.domain;
  const height = Math.abs(y.range[0] - y.range[1]);
  const count = Math.max(2, Math.min(8, Math.floor(height / 40)));
  let values: number[];
  try {
    values = ticks(lo, hi, count);
  } catch {
    // d3's ticks throws a RangeError when the span is too small for a power-of-ten step (denormal
    // numbers such as 5e-324): the two ends will do.
    values = [lo, hi];
  }
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : Math.abs(tickStep(lo, hi, count)) || 1;
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
  const large = Math.max(Math.abs(lo), Math.abs(hi)) >= 1e6;
  const percent = isPercentUnit(unit);
  const label = distinctLabels(values, { locale, unit, decimals, large, percent });
  const out: Tick[] = [];
  let lastPos = Infinity;
  for (const v of values) {
    const pos = round2(y(v));
    // Ticks are evenly spaced; this only guards tiny plots.
    if (Math.abs(lastPos - pos) < TICK_FONT * 1.4) continue;
    lastPos = pos;
    out.push({ pos, value: v, label: label.get(v)! });
  }
  const path = out.map((t) => `M${round2(left)},${t.pos}H${round2(right)}`).join('');
  return { ticks: out, path };
}

interface LabelOptions {
  readonly locale: string;
  readonly unit: Unit | undefined;
  readonly decimals: number;
  readonly large: boolean;
  readonly percent: boolean;
}

/**
 * Tick labels that are all different: a narrow range of large numbers once read "1.83T" seven
 * times. Compact labels gain significant digits until they differ; steps finer than the 4 decimals
 * shown anywhere else are written in scientific notation. The axis shows raw values with the
 * unit's multiplier applied, as the table and tooltip do.
 */
function distinctLabels(values: readonly number[], o: LabelOptions): Map<number, string> {
  const distinct = (labels: string[]) => new Set(labels).size === labels.length;
  const plain = o.percent ? o.unit : o.unit ? { ...o.unit, symbol: '' } : undefined;
  const attempts: ((v: number) => string)[] = [];
  if (o.large && !o.unit?.multiplier) {
    for (const digits of [3, 4, 5, 6, 8]) attempts.push((v) => `${formatCompact(v, o.locale, digits)}${o.percent ? '%' : ''}`);
  }
  if (o.decimals <= MAX_DECIMALS) attempts.push((v) => formatValue(v, { locale: o.locale, decimals: o.decimals, unit: plain }));
  for (const digits of [2, 3, 4, 6]) attempts.push((v) => formatScientific(v, o.locale, digits));
  let labels: string[] = [];
  for (const attempt of attempts) {
    labels = values.map(attempt);
    if (distinct(labels)) break;
  }
  return new Map(values.map((v, i) => [v, labels[i]!]));
}

export type TimeUnit = 'year' | 'month' | 'day';
const DAY = 86_400_000;

const yearStart = (year: number) => {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
};
const monthStart = (index: number) => {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(Math.floor(index / 12), ((index % 12) + 12) % 12, 1);
  return d.getTime();
};
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
const monthIndexOf = (ms: number) => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

const TICK_FORMATS: Readonly<Record<'month' | 'day', DateShape>> = {
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
};

/** Candidate ticks in one unit: whole years, months or days between two instants. */
function timeTicks(x0: number, x1: number, unit: TimeUnit, count: number): { value: number; label: (locale: string) => string }[] {
  if (unit === 'year') {
    const a = yearOf(x0) + (x0 > yearStart(yearOf(x0)) ? 1 : 0);
    const b = yearOf(x1);
    return ticks(a, b, count)
      .filter(Number.isInteger)
      .map((year) => ({ value: yearStart(year), label: () => String(year).padStart(4, '0') }));
  }
  if (unit === 'month') {
    const a = monthIndexOf(x0) + (x0 > monthStart(monthIndexOf(x0)) ? 1 : 0);
    const b = monthIndexOf(x1);
    return ticks(a, b, count)
      .filter(Number.isInteger)
      .map((m) => ({ value: monthStart(m), label: (locale: string) => dateFormat(locale, TICK_FORMATS.month).format(monthStart(m)) }));
  }
  const a = Math.ceil(x0 / DAY);
  const b = Math.floor(x1 / DAY);
  return ticks(a, b, count)
    .filter(Number.isInteger)
    .map((d) => ({ value: d * DAY, label: (locale: string) => dateFormat(locale, TICK_FORMATS.day).format(d * DAY) }));
}

/**
 * The time axis: whole years when the span allows (the common case), else months, else days, and
 * never finer than the data's own periods (`finest`). The
 * tick count comes from the width and the estimated label width; labels that still overlap are
 * thinned (every other one dropped) until none do.
 */
export function timeAxis(x: Linear, locale: string, baseline: number, finest: TimeUnit = 'day'): Axis {
  const [x0, x1] = x.domain;
  const width = Math.abs(x.range[1] - x.range[0]);
  const years = (x1 - x0) / (365.25 * DAY);
  const bySpan: TimeUnit = years >= 2 ? 'year' : years * 12 >= 2 ? 'month' : 'day';
  // Never finer than the data: three annual figures get year ticks, not "Jan 2015, Mar 2015".
  const order: TimeUnit[] = ['day', 'month', 'year'];
  const unit = order[Math.max(order.indexOf(bySpan), order.indexOf(finest))]!;
  const sample = unit === 'year' ? '0000' : unit === 'month' ? 'Sep 0000' : '00 Sep';
  const slot = textWidth(sample, TICK_FONT) + 12;
  const count = Math.max(1, Math.floor(width / slot));
  let candidates = timeTicks(x0, x1, unit, count).map((t) => {
    const label = t.label(locale);
    return { pos: round2(x(t.value)), value: t.value, label };
  });
  // Thin until adjacent labels (centred on their ticks) keep a gap of 8 px.
  const overlaps = (list: Tick[]) =>
    list.some((t, i) => i > 0 && t.pos - list[i - 1]!.pos < (textWidth(t.label, TICK_FONT) + textWidth(list[i - 1]!.label, TICK_FONT)) / 2 + 8);
  while (candidates.length > 1 && overlaps(candidates)) candidates = candidates.filter((_, i) => i % 2 === 0);
  const path = candidates.map((t) => `M${t.pos},${round2(baseline)}v5`).join('');
  return { ticks: candidates, path };
}
