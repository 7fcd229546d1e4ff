/**
 * JSX types for React 19 (and other React-typed JSX) users of Indikator's elements.
 *
 *   // once, e.g. in src/indikator.d.ts or any file of your app:
 *   import type {} from 'indikator/jsx';
 *
 * Then `<indikator-trend-line data={docs} target-id="t" onindikator-load={(e) => e.detail.data} />`
 * type-checks. React 19 sets a prop that is a property of the element as that property (`data`,
 * `annotations`) and adds `on<event>` props as listeners for `<event>` (`onindikator-load`).
 * Needs `@types/react` 19 in your project. (DOM typings without React, the tag-name map and the
 * event map, come with the package itself: `document.querySelector('indikator-trend-line')` and
 * `el.addEventListener('indikator-load', …)` are typed by importing `indikator/define.js`.)
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IndikatorTargetGauge } from './target-gauge/target-gauge.js';
import type { IndikatorTrendLine, SelectDetail } from './trend-line/trend-line.js';
import type { IndikatorProgramCard } from './program-card/program-card.js';
import type { ErrorDetail, LoadDetail } from './shared/indikator-element.js';
import type * as P from './element-props.js';

type Listener<D> = (event: CustomEvent<D>) => void;

/** React 19's listeners for the events every element fires. */
interface CommonListeners {
  /** React 19: a listener for `indikator-load` (after each accepted document is rendered). */
  'onindikator-load'?: Listener<LoadDetail>;
  /** React 19: a listener for `indikator-error`. */
  'onindikator-error'?: Listener<ErrorDetail>;
}

type Props<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

export interface IndikatorTargetGaugeProps extends P.IndikatorTargetGaugeProps, CommonListeners {}

export interface IndikatorTrendLineProps extends P.IndikatorTrendLineProps, CommonListeners {
  /** React 19: a listener for `indikator-select` (a point activated; cancelable). */
  'onindikator-select'?: Listener<SelectDetail>;
}

export interface IndikatorProgramCardProps extends P.IndikatorProgramCardProps, CommonListeners {
  /** React 19: a listener for `indikator-select` (the programme's main link; cancelable). */
  'onindikator-select'?: Listener<{ url: string; program: string | undefined }>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'indikator-target-gauge': Props<IndikatorTargetGauge> & IndikatorTargetGaugeProps;
      'indikator-trend-line': Props<IndikatorTrendLine> & IndikatorTrendLineProps;
      'indikator-program-card': Props<IndikatorProgramCard> & IndikatorProgramCardProps;
    }
  }
}
