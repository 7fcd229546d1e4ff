// Registers every Indikator element (guarded: a second copy of the library on a page does not
// throw). The CDN bundle, dist/indikator.js, is built from this file.
import './target-gauge/indikator-target-gauge.js';
import './trend-line/indikator-trend-line.js';
import './program-card/indikator-program-card.js';
