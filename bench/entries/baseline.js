// The baseline: the common hand-drawn d3 chart (d3-selection + d3-axis on both axes + one
// d3-shape `line` path). Scales are a few lines of arithmetic over d3-array's `ticks`/`nice`
// (no d3-scale), see ../harness/harness.js.
export { select } from 'd3-selection';
export { axisBottom, axisLeft } from 'd3-axis';
export { line } from 'd3-shape';
export { extent, ticks, nice } from 'd3-array';
