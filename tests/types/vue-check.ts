// src/vue.d.ts compiled with Vue's types (demo/vue checks real templates with vue-tsc at build).
import type { GlobalComponents } from 'vue';
import type { IndicatorDocument } from '../../src/index.js';
import type { IndikatorProgramCardVueProps, IndikatorTargetGaugeVueProps, IndikatorTrendLineVueProps } from '../../src/vue.js';

declare const doc: IndicatorDocument;

export const trend: IndikatorTrendLineVueProps = {
  data: [doc],
  'target-id': 't',
  variant: 'sparkline',
  onIndikatorSelect: (e) => e.detail.period,
  onIndikatorLoad: (e) => e.detail.data,
};
export const card: IndikatorProgramCardVueProps = { onIndikatorSelect: (e) => e.detail.url };
// @ts-expect-error a card's indikator-select is its link's: no period
export const cardPoint: IndikatorProgramCardVueProps = { onIndikatorSelect: (e) => e.detail.period };
// The gauge fires no indikator-select; the trend line does.
export const selects: [false, true] = [] as unknown as [
  'onIndikatorSelect' extends keyof IndikatorTargetGaugeVueProps ? true : false,
  'onIndikatorSelect' extends keyof IndikatorTrendLineVueProps ? true : false,
];
export const tags:
  [GlobalComponents['indikator-target-gauge'], GlobalComponents['indikator-trend-line'], GlobalComponents['indikator-program-card']] | null = null;
