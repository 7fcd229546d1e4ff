/**
 * `indikator/react`: the three elements as React components, made by `@lit/react` (the Lit team's
 * wrapper). They set `data` and the other props as the element's properties, also where React
 * itself would not (React 19's hydration of server HTML skips custom-element properties), and
 * take typed `onIndikatorLoad`, `onIndikatorError` and `onIndikatorSelect` handlers. Importing
 * this module registers the elements. Under `@lit-labs/ssr-react` they render on the server too
 * (README, "React").
 */
import * as ReactModule from 'react';
import { createComponent, type EventName } from '@lit/react';
import { IndikatorTargetGauge } from '../target-gauge/target-gauge.js';
import { IndikatorTrendLine, type SelectDetail } from '../trend-line/trend-line.js';
import { IndikatorProgramCard } from '../program-card/program-card.js';
import type { ErrorDetail, LoadDetail } from '../shared/indikator-element.js';
import type { IndicatorDocument, ProgramDocument } from '../data/schema.js';
import type { CardSelectDetail } from '../program-card/card-model.js';
import '../target-gauge/indikator-target-gauge.js';
import '../trend-line/indikator-trend-line.js';
import '../program-card/indikator-program-card.js';

// React's own module object (`default` under Node's CommonJS interop), not the import's namespace:
// @lit-labs/ssr-react patches its `createElement` on the server, which a namespace would not see.
const React = (ReactModule as typeof ReactModule & { default?: typeof ReactModule }).default ?? ReactModule;

const common = {
  onIndikatorLoad: 'indikator-load' as EventName<CustomEvent<LoadDetail>>,
  onIndikatorError: 'indikator-error' as EventName<CustomEvent<ErrorDetail>>,
};

/** `<indikator-target-gauge>`: `data` is an indicator document (or, with `format`, a published message). */
export const TargetGauge = createComponent({
  tagName: 'indikator-target-gauge',
  elementClass: IndikatorTargetGauge,
  react: React,
  events: common,
  displayName: 'TargetGauge',
});

/** `<indikator-trend-line>`: `data` is an indicator document, or an array of them (the primary series first). */
export const TrendLine = createComponent({
  tagName: 'indikator-trend-line',
  elementClass: IndikatorTrendLine,
  react: React,
  events: { ...common, onIndikatorSelect: 'indikator-select' as EventName<CustomEvent<SelectDetail>> },
  displayName: 'TrendLine',
});

/** `<indikator-program-card>`: `data` is a programme document. */
export const ProgramCard = createComponent({
  tagName: 'indikator-program-card',
  elementClass: IndikatorProgramCard,
  react: React,
  events: { ...common, onIndikatorSelect: 'indikator-select' as EventName<CustomEvent<CardSelectDetail>> },
  displayName: 'ProgramCard',
});

export type { IndicatorDocument, ProgramDocument, LoadDetail, ErrorDetail, SelectDetail, CardSelectDetail };
