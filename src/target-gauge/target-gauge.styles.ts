import { css } from 'lit';

/**
 * The gauge's own styles, on top of the base tokens. Text lives in HTML around the graphic (so it
 * wraps at any width and zoom); the SVG holds marks only, so a right-to-left page can mirror it whole.
 */
export const gaugeStyles = css`
  /* Loading holds about the drawn height (README, "No layout shift": a page reserves the same
     before the library loads), so an article does not jump when the data arrives. */
  .loading {
    min-height: 196px;
  }
  :host([variant='arc']) .loading {
    min-height: 306px;
  }
  :host([size='compact']) .loading {
    min-height: 2.5rem;
  }
  .frame {
    --_track: var(--indikator-gauge-track, color-mix(in srgb, var(--_text) 11%, var(--_background)));
    /* The status colours themselves: 3:1 and more against the track, in both themes. */
    --_band-worse: var(--_bad);
    --_band-met: var(--_good);
  }

  .gauge {
    display: grid;
    gap: 8px;
    min-width: 0;
  }
  .title {
    font-weight: 600;
    font-size: 1rem;
    line-height: 1.3;
    overflow-wrap: break-word;
  }
  .compact-title {
    font-size: 0.875rem;
  }

  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 16px;
  }
  .arc-headline {
    flex-direction: column;
    align-items: center;
    text-align: center;
  }
  .arc-headline .value {
    justify-content: center;
  }
  .value {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 8px;
    min-width: 0;
  }
  .number {
    font-size: 2rem;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    overflow-wrap: break-word;
  }
  .status-deadline {
    color: var(--_muted);
    font-weight: 400;
    /* On a phone the deadline goes under the verdict whole ("tidak tercapai" / "· tenggat 2024"),
       not beside it in a column of its own. */
    white-space: nowrap;
  }
  .status-text {
    min-width: 0;
  }
  .unit {
    font-size: 1rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .period {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
  }

  /* The graphic: marks only, in CSS pixels. */
  .meter {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .graphic {
    display: block;
    overflow: visible;
  }
  .bullet-graphic {
    width: 100%;
  }
  .meter-arc {
    inline-size: fit-content;
    max-inline-size: 100%;
    margin-inline: auto;
  }
  .arc-graphic {
    max-width: 100%;
    height: auto;
  }
  /* Right to left, the better end is on the left: the mark-only graphic mirrors as a whole. */
  .frame:dir(rtl) .graphic {
    transform: scaleX(-1);
  }
  .scale {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    font-size: 0.75rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .track {
    fill: var(--_track);
  }
  /* The bands: a strip under the bar (a ring outside the arc), explained by the key below. The
     worse one is dashed, so the two differ by shape as well as by colour. */
  .band {
    fill: none;
    stroke-width: 4;
  }
  :host([size='compact']) .band {
    stroke-width: 3;
  }
  .band-worse {
    stroke: var(--_band-worse);
    stroke-dasharray: 5 3;
  }
  .band-toward {
    stroke: none;
  }
  .band-met {
    stroke: var(--_band-met);
  }
  .key .band {
    stroke-width: 3;
  }
  .indicator,
  .latest {
    fill: var(--_accent);
  }
  .latest {
    stroke: var(--_background);
    stroke-width: 2;
  }
  /* A value that moved away from the target: the bar runs backwards from the baseline, in the
     colour of a setback (the status word and its arrow say it too). */
  .backward {
    fill: var(--_bad);
  }
  .baseline {
    stroke: var(--_muted);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .target-line {
    stroke: var(--_target);
    stroke-width: 3;
    vector-effect: non-scaling-stroke;
  }
  .target-band {
    fill: color-mix(in srgb, var(--_target) 10%, transparent);
    stroke: var(--_target);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }

  .details {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    font-size: 0.875rem;
  }
  .detail {
    display: inline-flex;
    align-items: flex-start;
    gap: 6px;
    min-width: 0;
    overflow-wrap: break-word;
  }
  /* Keys and icons sit on the first line of a wrapped detail. */
  .key,
  .detail .icon-small {
    flex: none;
    overflow: visible;
    margin-block-start: calc((1.4em - 12px) / 2);
  }
  .detail-earlier,
  .detail-none {
    color: var(--_muted);
  }
  .source {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
    font-size: 0.75rem;
    color: var(--_muted);
    overflow-wrap: break-word;
  }
  /* No separator between "data up to" and the source: a wrapped line would end on a dangling "·";
     the gap and the wrap tell them apart. */
  .source a {
    color: inherit;
  }

  /* Compact: value, a small bar and the status on one line (wrapping only when it must). In a
     table cell the gauge must bring its own width, which inline-size containment would zero. */
  :host([size='compact']) {
    container-type: normal;
  }
  .compact .number,
  .compact .period {
    white-space: nowrap;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
  }
  .compact .number {
    font-size: 1.25rem;
  }
  /* One bar width for every row, so a column of compact gauges reads as a column. */
  .meter-compact {
    flex: 0 1 104px;
    min-width: 56px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .indicator {
      transform-box: fill-box;
      transition: transform 600ms ease-out;
    }
    .grow-start {
      transform-origin: left center;
    }
    .grow-end {
      transform-origin: right center;
    }
    /* The bar grows from the baseline on first render; the arc does not move (a ring has no
       transform origin that grows it from the baseline). */
    @starting-style {
      .bullet-graphic .indicator {
        transform: scaleX(0);
      }
    }
  }

  /* In black and white the bands differ by pattern (the worse one dashed), both dark on the paper. */
  @media print {
    .frame {
      --_track: #e0e0e0;
      --_band-worse: #000;
      --_band-met: #555;
    }
  }

  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .band-worse,
    .band-met {
      stroke: CanvasText;
    }
    .indicator,
    .latest,
    .backward {
      fill: Highlight;
    }
    .latest {
      stroke: Canvas;
    }
    .baseline {
      stroke: GrayText;
    }
    .target-line,
    .target-band {
      stroke: CanvasText;
    }
    .target-band {
      fill: none;
    }
  }
`;
