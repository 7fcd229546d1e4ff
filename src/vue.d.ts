/**
 * Vue 3 types for Indikator's elements, so templates type-check under `vue-tsc --strictTemplates`:
 *
 *   // once, e.g. in src/env.d.ts of your app:
 *   import type {} from 'indikator/vue';
 *
 * Then `<indikator-trend-line :data="docs" target-id="t" @indikator-load="(e) => e.detail.data" />`
 * is checked: Vue sets a bound prop that is a property of the element as that property (`:data`
 * sets `el.data`), and `@indikator-load` listens for the `indikator-load` event (Vue types it as
 * the `onIndikatorLoad` prop declared here). Vue's compiler must also be told the tags are custom
 * elements (`compilerOptions.isCustomElement`; see the README's Vue recipe).
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { SelectDetail } from './trend-line/trend-line.js';
import type { ErrorDetail, LoadDetail } from './shared/indikator-element.js';
import type * as P from './element-props.js';

type Listener<D> = (event: CustomEvent<D>) => void;

interface CommonListeners {
  /** `@indikator-load`: after each accepted document is rendered. */
  onIndikatorLoad?: Listener<LoadDetail>;
  /** `@indikator-error`. */
  onIndikatorError?: Listener<ErrorDetail>;
}

export interface IndikatorTargetGaugeVueProps extends P.IndikatorTargetGaugeProps, CommonListeners {}

export interface IndikatorTrendLineVueProps extends P.IndikatorTrendLineProps, CommonListeners {
  /** `@indikator-select`: a point activated (cancelable). */
  onIndikatorSelect?: Listener<SelectDetail>;
}

export interface IndikatorProgramCardVueProps extends P.IndikatorProgramCardProps, CommonListeners {
  /** `@indikator-select`: the programme's main link (cancelable). */
  onIndikatorSelect?: Listener<{ url: string; program: string | undefined }>;
}

// Vue's template checker camel-cases attribute names (`target-id` is checked as `targetId`).
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
type Camelized<P> = { [K in keyof P as K extends string ? Camel<K> : K]: P[K] };

// The elements' own props, plus every global HTML attribute (`lang`, `class`, `id`, `hidden`…).
type Element<P> = DefineComponent<Camelized<P> & Omit<HTMLAttributes, keyof Camelized<P>>>;

declare module 'vue' {
  interface GlobalComponents {
    'indikator-target-gauge': Element<IndikatorTargetGaugeVueProps>;
    'indikator-trend-line': Element<IndikatorTrendLineVueProps>;
    'indikator-program-card': Element<IndikatorProgramCardVueProps>;
  }
}
