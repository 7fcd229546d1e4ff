// Registers every Indikator element (guarded: a second copy of the library on a page does not
// throw). The CDN bundle, dist/indikator.js, is built from this file.
// One import per row of src/elements.ts, in its order: static imports, so a bundler sees them
// (tests/shared/elements.test.ts fails when this list and the table disagree).
import './target-gauge/indikator-target-gauge.js';
import './trend-line/indikator-trend-line.js';
import './program-card/indikator-program-card.js';
