import { defineElement } from '../shared/define.js';
import { IndikatorTargetGauge } from './target-gauge.js';

defineElement('indikator-target-gauge', IndikatorTargetGauge);

declare global {
  interface HTMLElementTagNameMap {
    'indikator-target-gauge': IndikatorTargetGauge;
  }
}
