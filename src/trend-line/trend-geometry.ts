/**
 * Pure geometry of the trend line: scales as small linear functions, flat path strings, decimation
 * for drawing, text measured without a DOM, label placement and the alignment of comparison series
 * by period. No DOM, no `this`.
 *
 * The public face: the layout, the axes, the table, the server's SVG and the tests import from here,
 * so the files beside it (geometry/, one concern each) can move without touching them. Scales and
 * the y domain: geometry/scales.ts; the points a line is drawn through (gaps, breaks, decimation):
 * geometry/points.ts; path strings and clipping: geometry/paths.ts; text widths and shortening:
 * geometry/text.ts; where labels go: geometry/placement.ts; the table's rows: geometry/rows.ts.
 *
 * Time is placed at each period's **start** (ms since the epoch, UTC), the same instant the status
 * method measures years between, so the "current pace" line drawn here is exactly the line the
 * verdict is based on. An annual `2024` sits on the 2024 tick; a March round `2024-03` a quarter of
 * a tick later (the legend says "March round" from the document's `periodNote`).
 */
export { linear, minMax, round2, yDomain, type Linear, type YDomainInput } from './geometry/scales.js';
export { decimate, drawable, regularStep, type XY } from './geometry/points.js';
export { boundsPath, circlesPath, clipSegment, diamondPath, linePath, segmentPath, squaresPath } from './geometry/paths.js';
export { fitLines, fitText, textWidth } from './geometry/text.js';
export { labelBox, nudge, placeFree, placeLabel, type Box, type Place } from './geometry/placement.js';
export { alignRows, type Row } from './geometry/rows.js';
