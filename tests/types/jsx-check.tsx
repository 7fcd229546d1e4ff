// src/jsx.d.ts in use: React 19 JSX of the elements, with their props and listeners (each element its own).
import type {} from '../../src/jsx.js';
import type { IndicatorDocument, ProgramDocument } from '../../src/index.js';
import type { JSX } from 'react';

declare const doc: IndicatorDocument;
declare const program: ProgramDocument;

export const gauge = <indikator-target-gauge data={doc} target-id="t" variant="arc" size="compact" heading-level={2} theme="dark" downloads />;
export const trend = (
  <indikator-trend-line
    data={[doc, doc]}
    annotations={[{ period: '2024', label: 'x' }]}
    variant="sparkline"
    refresh="60"
    lang="id"
    className="wide"
    ref={(el) => el?.reload()}
    onindikator-select={(e) => {
      const period: string = e.detail.period;
      return period;
    }}
    onindikator-load={(e) => e.detail.data}
    onindikator-error={(e) => e.detail.code}
  />
);
export const card = (
  <indikator-program-card
    data={program}
    heading-level="3"
    onindikator-select={(e) => {
      const url: string = e.detail.url;
      if (!url) e.preventDefault();
    }}
    onindikator-load={(e) => e.detail.rows.map((row) => row.status)}
  />
);

// @ts-expect-error a card's indikator-select is its link's: no period
export const cardPoint = <indikator-program-card onindikator-select={(e) => e.detail.period} />;
// @ts-expect-error a trend line's indikator-select is a point's: no url
export const trendUrl = <indikator-trend-line onindikator-select={(e) => e.detail.url} />;
// @ts-expect-error sparkline is the trend line's variant, not the gauge's
export const gaugeVariant = <indikator-target-gauge variant="sparkline" />;
// @ts-expect-error heading levels are 1-6
export const level = <indikator-trend-line heading-level={7} />;
// @ts-expect-error light, dark or auto
export const theme = <indikator-trend-line theme="blue" />;
// @ts-expect-error state is read-only (reflected), not a prop
export const state = <indikator-trend-line state="ready" />;

// JSX lets any attribute with a dash through (as `data-*`), so these are checked on the types:
// the gauge fires no indikator-select, the card takes no target-id.
type Has<T, K> = K extends keyof T ? true : false;
type Tags = JSX.IntrinsicElements;
export const absent: [false, false, true, true] = [] as unknown as [
  Has<Tags['indikator-target-gauge'], 'onindikator-select'>,
  Has<Tags['indikator-program-card'], 'target-id'>,
  Has<Tags['indikator-trend-line'], 'onindikator-select'>,
  Has<Tags['indikator-program-card'], 'onindikator-select'>,
];
