import { defineElement } from '../shared/define.js';
import { IndikatorProgramCard } from './program-card.js';
import '../target-gauge/indikator-target-gauge.js';
import '../trend-line/indikator-trend-line.js';

defineElement('indikator-program-card', IndikatorProgramCard);

declare global {
  interface HTMLElementTagNameMap {
    'indikator-program-card': IndikatorProgramCard;
  }
}
