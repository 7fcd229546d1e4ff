export { plot, lineY } from '@observablehq/plot';
