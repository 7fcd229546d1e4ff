import { css } from 'lit';

export const cardStyles = css`
  /* Loading holds about a card's height (README, "No layout shift"; its rows are not known yet). */
  .loading {
    min-height: 476px;
  }
  .card {
    display: grid;
    gap: 14px;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }
  [part='title'] {
    font-size: 1.25em;
  }
  .section > h1,
  .section > h2,
  .section > h3,
  .section > h4,
  .section > h5,
  .section > h6 {
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin-bottom: 6px;
  }
  .kicker {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 8px;
    /* 12 px at least inside the 14 px kicker. */
    font-size: 0.875em;
    color: var(--_text);
  }
  .badge-active {
    color: var(--_good);
  }
  .badge-suspended {
    color: var(--_bad);
  }
  .summary {
    margin-top: 6px;
    color: var(--_text);
    max-width: 70ch;
  }
  .facts {
    display: grid;
    grid-template-columns: 1fr;
    gap: 8px 16px;
    margin: 0;
    padding: 10px 0;
    border-block: 1px solid var(--_border);
  }
  .facts > div {
    min-width: 0;
  }
  dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_muted);
    font-style: italic;
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 10px;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 4px;
    padding: 8px 0;
    border-bottom: 1px solid var(--_border);
    min-width: 0;
  }
  .row > * {
    min-width: 0;
  }
  .row-gauge,
  .row-trend {
    --indikator-padding: 0;
    /* The card's own background, not transparent: status icons cut their mark in this colour. */
    --indikator-background: var(--_background);
  }
  .row-error .row-message {
    color: var(--_text);
    border-inline-start: 4px solid var(--_bad);
    padding-inline-start: 8px;
    overflow-wrap: anywhere;
  }
  .row-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li {
    position: relative;
    padding: 2px 0 8px 14px;
    display: grid;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -6px;
    top: 7px;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .timeline time {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .links li {
    padding: 2px 0;
  }
  .sources {
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .sources::first-letter {
    text-transform: uppercase;
  }
  .sources a {
    color: inherit;
  }
  .main-link {
    font-weight: 600;
  }
  @container (min-width: 480px) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .row {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: center;
      gap: 16px;
    }
  }
  @media (forced-colors: active) {
    .timeline li::before {
      background: CanvasText;
    }
  }
`;
