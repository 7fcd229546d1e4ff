import { css } from 'lit';

/**
 * Styles of the trend line's frame and chart: the loading height, the header, the plot and every
 * SVG mark. Colours come from the base tokens only (`--_accent` for the primary line, `--_comparison`
 * for comparisons, `--_target` for targets and the required path); shapes and dash patterns carry
 * the meaning too, so nothing is told by colour alone.
 */
export const trendChartStyles = css`
  /* Loading holds about the drawn height (README, "No layout shift"). */
  .loading {
    min-height: 536px;
  }
  :host([variant='sparkline']) .loading {
    min-height: 64px;
  }
  .trend {
    display: flex;
    flex-direction: column;
    gap: 8px;
    min-width: 0;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .title {
    font-weight: 650;
    font-size: 1.05em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .meta,
  .sources,
  .legend,
  .notes {
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 0.875em;
  }
  .plot {
    position: relative;
  }
  .chart {
    position: relative;
    border-radius: 4px;
    touch-action: pan-y;
  }
  .chart:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    direction: ltr;
  }
  /* 12 px at least, anywhere on a chart: type for reading, not for fitting. */
  .svg text {
    font-size: 12px;
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
    fill: none;
    shape-rendering: crispEdges;
  }
  .tick {
    stroke: var(--_muted);
    stroke-width: 1;
    fill: none;
    shape-rendering: crispEdges;
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .comparison {
    fill: none;
    stroke: var(--_comparison);
    stroke-width: 1.75;
    stroke-linejoin: round;
    stroke-linecap: butt;
  }
  .marker {
    fill: var(--_accent);
    stroke: var(--_background);
    stroke-width: 1;
  }
  .comparison-marker {
    fill: var(--_comparison);
  }
  .hollow {
    fill: var(--_background);
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .comparison-marker.hollow {
    stroke: var(--_comparison);
  }
  .bounds {
    fill: var(--_accent);
    opacity: 0.16;
  }
  .comparison-bounds {
    fill: var(--_comparison);
  }
  .target path {
    fill: none;
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .target-marker path {
    stroke-width: 2;
  }
  .target .diamond {
    fill: var(--_background);
    stroke-width: 2;
    stroke-dasharray: none;
  }
  .sparkline .target path {
    stroke-width: 1.25;
  }
  .target .band {
    fill: var(--_target);
    opacity: 0.1;
  }
  .svg .target text {
    fill: var(--_text);
    font-weight: 600;
  }
  .required {
    fill: none;
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .pace {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 0.5 4;
    stroke-linecap: round;
  }
  .baseline circle,
  .baseline-sample {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .svg .baseline text {
    fill: var(--_text);
  }
  .note-marker circle {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.25;
  }
  .svg .note-marker text {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 700;
  }
  .verticals path {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .svg .verticals text {
    fill: var(--_text);
  }
  .svg .direct {
    font-size: 12px;
    fill: var(--_accent);
    font-weight: 650;
  }
  .svg .comparison-label {
    fill: var(--_muted);
    font-weight: 400;
  }
  /* The latest value under a name: the number the story is about, in the weight of the primary's. */
  .svg .comparison-label .end-value {
    fill: var(--_text);
    font-weight: 650;
  }
  .svg .key-name {
    fill: var(--_text);
  }
  .svg .key-primary {
    font-weight: 650;
  }
  /* A halo in the background colour keeps labels legible where they cross a line. */
  .svg .halo {
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 5px;
    stroke-linejoin: round;
  }
  .focus-marker {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
  }

`;
