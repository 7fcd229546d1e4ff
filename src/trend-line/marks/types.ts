/**
 * The trend line's layout as types: what layoutTrend reads (the series, the verdict, notes and
 * annotations, the size and locale) and what it returns, mark by mark. A module of its own so the
 * mark functions beside it can use them without importing trend-layout.ts, which imports them (it
 * re-exports these types; the element and its views import them from there).
 */
import type { Point, Uses } from '../../data/normalize.js';
import type { IndicatorDocument } from '../../data/schema.js';
import type { StatusResult } from '../../core/status.js';
import type { Period } from '../../data/periods.js';
import type { Messages } from '../../core/messages.js';
import type { Axis } from '../../geometry/axis.js';
import type { Linear, Place } from '../../geometry/index.js';

export interface TrendSeries {
  readonly doc: IndicatorDocument;
  /** Sorted observations as of the element's `as-of`. */
  readonly points: readonly Point[];
  /** Those with a value. */
  readonly values: readonly (Point & { readonly value: number })[];
  /** Optional fields some observation has (normalize.ts); absent: assume all, and look. */
  readonly uses?: Uses;
  /** Each point's first instant as drawn, in the points' order (normalize.ts); absent: read each point's period. */
  readonly starts?: Float64Array;
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
  readonly t: Messages;
  /** Instants (ms) the time axis covers at least, beside the data: a card gives its rows one time scale. */
  readonly span?: readonly [number, number] | undefined;
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
  /**
   * The label at the line's end: the series' name in `lines` (none on a lone series or where the
   * names are in the key) and its latest value, on the line after the name. `y` is the first
   * line's baseline.
   */
  readonly label?:
    | {
        readonly x: number;
        readonly y: number;
        readonly lines: readonly string[];
        readonly value: string;
        readonly anchor: 'start' | 'middle' | 'end';
      }
    | undefined;
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
  /** The legend's line: the comparator in words (`target kurang dari 10% (2025)`). */
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
  /** The same for every series, the primary first (the keyboard moves between series). */
  readonly positions: readonly { readonly xs: Float32Array; readonly ys: Float32Array }[];
  /** The key above a narrow chart: each series' name after its line sample (`y` is the text's baseline). */
  readonly key: readonly { readonly x: number; readonly y: number; readonly text: string; readonly series: number }[];
  /** Last value label of a sparkline. */
  readonly last?: { readonly x: number; readonly y: number; readonly text: string } | undefined;
  /** The years at the two ends of the time axis (a sparkline writes them under its line). */
  readonly years: readonly [number, number];
  /** A sparkline's first and last years as placed under its axis' ends (none on a chart). */
  readonly sparkYears: readonly { readonly x: number; readonly y: number; readonly text: string; readonly anchor: 'start' | 'middle' | 'end' }[];
}
