import { defineElement } from '../shared/define.js';
import { IndikatorTrendLine, type SelectDetail } from './trend-line.js';
import type { CardSelectDetail } from '../program-card/card-model.js';

defineElement('indikator-trend-line', IndikatorTrendLine);

/** The events a trend line fires, as its own `addEventListener` types them: its `indikator-select` is a point's. */
export interface IndikatorTrendLineEventMap extends HTMLElementEventMap {
  'indikator-select': CustomEvent<SelectDetail>;
}

declare module './trend-line.js' {
  interface IndikatorTrendLine {
    addEventListener<K extends keyof IndikatorTrendLineEventMap>(
      type: K,
      listener: (this: IndikatorTrendLine, event: IndikatorTrendLineEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof IndikatorTrendLineEventMap>(
      type: K,
      listener: (this: IndikatorTrendLine, event: IndikatorTrendLineEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'indikator-trend-line': IndikatorTrendLine;
  }
  interface HTMLElementEventMap {
    // Two elements fire `indikator-select`, each with its own detail: a trend line a point's, a
    // programme card its link's. On any element (a container both bubble to) it is either one; on a
    // trend line or a card, the element's own `addEventListener` types it exactly. Declared alike in
    // indikator-program-card.ts: TypeScript requires both declarations to be identical.
    'indikator-select': CustomEvent<SelectDetail | CardSelectDetail>;
  }
}
