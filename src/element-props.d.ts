/**
 * The attributes and properties of Indikator's elements, with no framework's types: the React
 * (jsx.d.ts) and Vue (vue.d.ts) declarations add their own way of listening to events.
 */
import type { CardData, GaugeData, TrendData } from './data/inputs.js';
import type { TrendAnnotation } from './trend-line/trend-line.js';

export type Theme = 'light' | 'dark' | 'auto';
/** Attributes and events every element takes. */
export interface IndikatorCommonProps {
  /** URL of the data (resolved against the page). */
  src?: string;
  /** A published format: `sdmx-json`, `worldbank`, `bps`, `opensdg`, `json-stat`, `csv`. */
  format?: string;
  /** Which series of a multi-series message (`key=value;…`, several joined by `|`). */
  select?: string;
  decimal?: string;
  delimiter?: string;
  /** Seconds between re-fetches of `src` (minimum 30). */
  refresh?: number | string;
  /** A period: show and judge the data as it stood then. */
  'as-of'?: string;
  theme?: Theme;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
}

export interface IndikatorTargetGaugeProps extends IndikatorCommonProps {
  /** An indicator document (or, with `format`, one published message). */
  data?: GaugeData;
  'target-id'?: string;
  variant?: 'bullet' | 'arc';
  size?: 'compact';
  downloads?: boolean;
}

export interface IndikatorTrendLineProps extends IndikatorCommonProps {
  /** An indicator document, or an array: the primary series first, then comparisons. */
  data?: TrendData;
  annotations?: readonly TrendAnnotation[];
  'target-id'?: string;
  variant?: 'full' | 'sparkline';
  downloads?: boolean;
}

export interface IndikatorProgramCardProps extends IndikatorCommonProps {
  /** A programme document. */
  data?: CardData;
}
