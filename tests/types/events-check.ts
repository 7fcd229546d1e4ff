// The elements' DOM events as TypeScript sees them once `indikator/define.js` is imported: each
// element's own `addEventListener` types its events (the define files), any other element gets
// either element's `indikator-select` (events bubble), and the framework listeners generated
// from the manifest's `@fires` (src/jsx.d.ts, src/vue.d.ts) agree with the define files.
import type {} from '../../src/define.js';
import type { IndikatorTrendLineEventMap } from '../../src/trend-line/indikator-trend-line.js';
import type { IndikatorProgramCardEventMap } from '../../src/program-card/indikator-program-card.js';
import type * as Jsx from '../../src/jsx.js';
import type * as Vue from '../../src/vue.js';

declare const gauge: HTMLElementTagNameMap['indikator-target-gauge'];
declare const trend: HTMLElementTagNameMap['indikator-trend-line'];
declare const card: HTMLElementTagNameMap['indikator-program-card'];
declare const container: HTMLElement;

trend.addEventListener('indikator-select', (e) => e.detail.period.toUpperCase());
card.addEventListener('indikator-select', (e) => e.detail.url.toUpperCase());
card.addEventListener('indikator-load', (e) => e.detail.rows.filter((row) => !row.ok));
gauge.addEventListener('indikator-load', (e) => e.detail.data);
trend.addEventListener('indikator-error', (e) => e.detail.code);
container.addEventListener('indikator-select', (e) => ('url' in e.detail ? e.detail.url : e.detail.period));
// The platform's events and any other name still go through.
trend.addEventListener('click', (e) => e.clientX);
card.addEventListener('focusin', (e) => e.relatedTarget);
trend.addEventListener('some-event', (e) => e.type, { once: true });
const onSelect = (e: CustomEvent<{ period: string }>) => e.detail.period;
trend.addEventListener('indikator-select', onSelect);
trend.removeEventListener('indikator-select', onSelect);

// @ts-expect-error a card's indikator-select is its link's: no period
card.addEventListener('indikator-select', (e) => e.detail.period);
// @ts-expect-error a trend line's is a point's: no url
trend.addEventListener('indikator-select', (e) => e.detail.url);
// @ts-expect-error on any element it may be either
container.addEventListener('indikator-select', (e) => e.detail.period);

/** A listener prop's event type. */
type EventOf<F> = NonNullable<F> extends (event: infer E) => unknown ? E : never;
/** Two types each assignable to the other (the manifest's text and the define file's may differ in `readonly`). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const agree: true[] = [
  true as Same<EventOf<Jsx.IndikatorTrendLineProps['onindikator-select']>, IndikatorTrendLineEventMap['indikator-select']>,
  true as Same<EventOf<Jsx.IndikatorProgramCardProps['onindikator-select']>, IndikatorProgramCardEventMap['indikator-select']>,
  true as Same<EventOf<Jsx.IndikatorProgramCardProps['onindikator-load']>, IndikatorProgramCardEventMap['indikator-load']>,
  true as Same<EventOf<Jsx.IndikatorTargetGaugeProps['onindikator-load']>, HTMLElementEventMap['indikator-load']>,
  true as Same<EventOf<Jsx.IndikatorTrendLineProps['onindikator-load']>, HTMLElementEventMap['indikator-load']>,
  true as Same<EventOf<Jsx.IndikatorTargetGaugeProps['onindikator-error']>, HTMLElementEventMap['indikator-error']>,
  true as Same<EventOf<Jsx.IndikatorTrendLineProps['onindikator-error']>, HTMLElementEventMap['indikator-error']>,
  true as Same<EventOf<Jsx.IndikatorProgramCardProps['onindikator-error']>, HTMLElementEventMap['indikator-error']>,
  true as Same<EventOf<Vue.IndikatorTrendLineVueProps['onIndikatorSelect']>, IndikatorTrendLineEventMap['indikator-select']>,
  true as Same<EventOf<Vue.IndikatorProgramCardVueProps['onIndikatorSelect']>, IndikatorProgramCardEventMap['indikator-select']>,
  true as Same<EventOf<Vue.IndikatorProgramCardVueProps['onIndikatorLoad']>, IndikatorProgramCardEventMap['indikator-load']>,
];
