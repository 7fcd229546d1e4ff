import { css } from 'lit';

/**
 * Styles of the trend line. Colours come from the base tokens only (`--_accent` for the primary line,
 * `--_comparison` for comparisons, `--_target` for targets and the required path); shapes and dash
 * patterns carry the meaning too, so nothing is told by colour alone.
 */
export const trendStyles = css`
  /* Loading holds about the drawn height (README, "No layout shift"). */
  .loading {
    min-height: 536px;
  }
  :host([variant='sparkline']) .loading {
    min-height: 48px;
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
    font-size: 0.8125em;
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
  .svg text {
    font-size: 11px;
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
  .deadline {
    fill: var(--_border);
    opacity: 0.35;
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
    font-size: 9px;
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

  .tooltip {
    position: absolute;
    left: calc(var(--_tip-x, 0) * 100%);
    top: calc(var(--_tip-y, 0) * 100%);
    transform: translate(-50%, calc(-100% - 12px));
    z-index: 2;
    max-width: min(18rem, 80%);
    width: max-content;
    padding: 6px 8px;
    font-size: 0.8125em;
    line-height: 1.35;
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip.tip-start {
    transform: translate(-12px, calc(-100% - 12px));
  }
  .tooltip.tip-end {
    transform: translate(calc(-100% + 12px), calc(-100% - 12px));
  }
  .tooltip.tip-below {
    transform: translate(-50%, 14px);
  }
  .tooltip.tip-start.tip-below {
    transform: translate(-12px, 14px);
  }
  .tooltip.tip-end.tip-below {
    transform: translate(calc(-100% + 12px), 14px);
  }
  .tip-period {
    font-weight: 650;
  }
  .tip-series,
  .tip-flags {
    color: var(--_muted);
  }
  .tip-note {
    margin-top: 2px;
    color: var(--_muted);
  }

  .summary {
    font-size: 0.875em;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 6px;
    min-width: 0;
    max-width: 100%;
  }
  .legend .sample,
  .legend .swatch {
    align-self: center;
  }
  .legend-note {
    font-style: italic;
  }
  .sample {
    flex: none;
    overflow: visible;
  }
  .target-sample {
    fill: none;
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .target-sample-marker {
    fill: var(--_background);
    stroke: var(--_target);
    stroke-width: 2;
  }
  .swatch {
    flex: none;
    display: inline-block;
    width: 24px;
    height: 10px;
    border-radius: 2px;
  }
  .band-swatch {
    border-block: 1.5px dashed var(--_target);
    background: color-mix(in srgb, var(--_target) 10%, transparent);
  }
  .bounds-swatch {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
  }
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .note-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.4em;
    height: 1.4em;
    border: 1.25px solid var(--_text);
    border-radius: 50%;
    color: var(--_text);
    font-size: 0.85em;
    font-weight: 700;
    margin-inline-end: 4px;
  }

  .table-toggle {
    align-self: flex-start;
    font-size: 0.875em;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    font-size: 0.8125em;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    text-align: start;
    padding: 3px 8px 3px 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  /* Messages are written in lower case to fit mid-sentence; as labels they start with a capital. */
  thead th::first-letter,
  .table-toggle::first-letter,
  .pager button::first-letter {
    text-transform: uppercase;
  }
  tbody th {
    font-weight: 400;
    white-space: nowrap;
  }
  /* Numbers right-aligned (end-aligned), so their digits line up for comparison. */
  td.num,
  th.num {
    text-align: end;
    padding-inline: 8px 8px;
  }
  td.num {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-top: 6px;
    font-size: 0.875em;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }

  :host([variant='sparkline']) .frame {
    padding-block: 2px;
  }
  .sparkline {
    gap: 0;
  }
  .spark .svg {
    max-height: 60px;
  }
  .spark .svg .direct {
    font-size: 12px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .focus-marker {
      transition: cx 120ms ease-out, cy 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .line,
    .pace {
      stroke: Highlight;
    }
    .marker {
      fill: Highlight;
    }
    .comparison,
    .required,
    .target path,
    .tick,
    .verticals path,
    .target-sample,
    .baseline circle,
    .note-marker circle {
      stroke: CanvasText;
    }
    .comparison-marker {
      fill: CanvasText;
    }
    .svg text,
    .svg .direct,
    .svg .target text {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .deadline,
    .bounds,
    .target .band {
      fill: GrayText;
    }
    .focus-marker {
      stroke: Highlight;
    }
    .hollow,
    .baseline circle,
    .note-marker circle,
    .target .diamond {
      fill: Canvas;
    }
    .svg .halo {
      stroke: Canvas;
    }
  }
  @media print {
    .table-toggle,
    .tooltip,
    .focus-marker {
      display: none;
    }
    .chart:focus-visible {
      outline: none;
    }
    /* Grid lines recede so the grey comparison lines stay the darker marks. */
    .grid {
      stroke: #c8c8c8;
    }
  }
`;
