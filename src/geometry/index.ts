/**
 * The chart geometry layer, pure: scales as small linear functions, flat path strings, decimation
 * for drawing, text measured without a DOM, label placement and the alignment of comparison series
 * by period; axes (axis.ts) and the gauge's domain, bands and arc (gauge.ts). No DOM, no Lit, no `this`.
 *
 * The face of the trend line's geometry: the marks, the table, the server's SVG and the tests import
 * from here. Scales and the y domain: scales.ts; the points a line is drawn through (gaps, breaks,
 * decimation): points.ts; path strings and clipping: paths.ts; text widths and shortening: text.ts;
 * where labels go: placement.ts; the table's rows: rows.ts.
 *
 * Time is placed at each period's **start** (ms since the epoch, UTC), the same instant the status
 * method measures years between, so the "current pace" line drawn here is exactly the line the
 * verdict is based on. An annual `2024` sits on the 2024 tick, a March round `2024-03` a sixth of a
 * tick later; a yearly figure whose document names its `referenceMonth` is given that month by the
 * trend line's model (see atMonth), so the scales here never need to know. The verdict measures
 * years between the periods as written; for such a document the pace line starts at the latest
 * point as drawn and ends at the value the verdict projects for the deadline's end: both ends are
 * the verdict's numbers, its slope steeper by the months the start moved.
 */
export { linear, minMax, round2, yDomain, type Linear, type YDomainInput } from './scales.js';
export { decimate, drawable, type Line } from './points.js';
export { boundsPath, circlesPath, clipSegment, diamondPath, hLineUntil, linePath, segmentPath, squaresPath } from './paths.js';
export { estimateWidth, fitLines, fitText, measureWith, textWidth, type Measure } from './text.js';
export { labelBox, lineCrosses, nudge, placeCircle, placeFree, placeLabel, type Box, type Place, type Polyline, type Room } from './placement.js';
export { alignRows, type Row } from './rows.js';
