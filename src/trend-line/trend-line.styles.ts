import { css } from 'lit';
import { trendChartStyles } from './trend-chart.styles.js';

/**
 * Styles of the trend line: its chart (trend-chart.styles.ts), then the words around it (the
 * tooltip, summary, legend, notes, the table and its pager), the sparkline, and the reduced-motion,
 * forced-colours and print rules that reach over both.
 */
const trendTextStyles = css`
  .tooltip {
    position: absolute;
    left: calc(var(--_tip-x, 0) * 100%);
    top: calc(var(--_tip-y, 0) * 100%);
    transform: translate(-50%, calc(-100% - 12px));
    z-index: 2;
    max-width: min(18rem, 80%);
    width: max-content;
    padding: 6px 8px;
    font-size: 0.875em;
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
    font-size: 0.875em;
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
    font-size: 0.875em;
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
    max-height: 72px;
  }
  .spark .svg .direct {
    font-size: 12px;
  }
  /* The first and last years under a sparkline's axis ends: what its line spans, at a glance. */
  .svg .spark-year {
    font-variant-numeric: tabular-nums;
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

export const trendStyles = [trendChartStyles, trendTextStyles];
