import { defineElement } from '../shared/define.js';
import { IndikatorTrendLine } from './trend-line.js';

defineElement('indikator-trend-line', IndikatorTrendLine);

declare global {
  interface HTMLElementTagNameMap {
    'indikator-trend-line': IndikatorTrendLine;
  }
  interface HTMLElementEventMap {
    'indikator-select': CustomEvent<import('./trend-line.js').SelectDetail>;
  }
}
