// The floor: the baseline's single `<path>` with no axes.
export { select } from 'd3-selection';
export { line } from 'd3-shape';
export { extent, nice } from 'd3-array';
