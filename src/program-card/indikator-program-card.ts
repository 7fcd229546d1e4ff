import { defineElement } from '../shared/define.js';
import { IndikatorProgramCard } from './program-card.js';
import type { CardSelectDetail } from './card-model.js';
import type { LoadDetail } from '../shared/indikator-element.js';
import type { StatusWord } from '../core/status.js';
import type { SelectDetail } from '../trend-line/trend-line.js';
import '../target-gauge/indikator-target-gauge.js';
import '../trend-line/indikator-trend-line.js';

defineElement('indikator-program-card', IndikatorProgramCard);

/** The events a programme card fires, as its own `addEventListener` types them (as its `@fires` do). */
export interface IndikatorProgramCardEventMap extends HTMLElementEventMap {
  /** Once all rows have settled, with each row's outcome. */
  'indikator-load': CustomEvent<LoadDetail & { rows: Array<{ index: number; ok: boolean; status: StatusWord | null; message?: string }> }>;
  /** The programme's main link (cancelable). */
  'indikator-select': CustomEvent<CardSelectDetail>;
}

declare module './program-card.js' {
  interface IndikatorProgramCard {
    addEventListener<K extends keyof IndikatorProgramCardEventMap>(
      type: K,
      listener: (this: IndikatorProgramCard, event: IndikatorProgramCardEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof IndikatorProgramCardEventMap>(
      type: K,
      listener: (this: IndikatorProgramCard, event: IndikatorProgramCardEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'indikator-program-card': IndikatorProgramCard;
  }
  interface HTMLElementEventMap {
    // As declared in indikator-trend-line.ts (see there): either element's detail.
    'indikator-select': CustomEvent<SelectDetail | CardSelectDetail>;
  }
}
