import { css, unsafeCSS } from 'lit';

/** The colour tokens: public property, then the light and the dark default (also read by indikator/server's SVG files). */
export const TOKENS: readonly (readonly [string, string, string])[] = [
  ['background', '#ffffff', '#16191d'],
  ['text', '#1b1f24', '#e6edf3'],
  ['muted', '#545d68', '#a3adb8'],
  ['border', '#d0d7de', '#3d444d'],
  ['accent', '#0b5cad', '#58a6ff'],
  ['comparison', '#6e7781', '#9198a1'],
  ['target', '#1b1f24', '#e6edf3'],
  ['good', '#1a7f37', '#3fb950'],
  ['warning', '#9a6700', '#d29922'],
  ['bad', '#c62828', '#ff7b72'],
  ['focus', '#0969da', '#58a6ff'],
];

/** The private tokens, each with its two defaults for the browser to pick from (`light-dark()`). */
const tokens = unsafeCSS(TOKENS.map(([name, light, dark]) => `--_${name}: var(--indikator-${name}, light-dark(${light}, ${dark}));`).join(''));

/**
 * Shared styles and the two tiers of colour tokens. Public `--indikator-*` properties are what
 * users set; private `--_*` ones are what the elements read. Light and dark defaults differ; every
 * text colour keeps at least 4.5:1 against its background and every graphic at least 3:1.
 *
 * @cssprop --indikator-font-family - Font (default: inherited from the page).
 * @cssprop --indikator-background - Background of the widget.
 * @cssprop --indikator-text - Main text colour.
 * @cssprop --indikator-muted - Secondary text (labels, sources).
 * @cssprop --indikator-border - Frame and grid lines.
 * @cssprop --indikator-accent - The indicator's own line, fill and value.
 * @cssprop --indikator-comparison - Comparison series.
 * @cssprop --indikator-target - Target markers, bands and lines.
 * @cssprop --indikator-good - Achieved and on-track.
 * @cssprop --indikator-warning - Off-track.
 * @cssprop --indikator-bad - Missed and wrong direction.
 * @cssprop --indikator-focus - Keyboard focus ring.
 * @cssprop --indikator-radius - Corner radius of the frame.
 * @cssprop --indikator-padding - Space inside the frame.
 */
export const baseStyles = css`
  :host {
    display: block;
    /* On every element, not only the card that queries it: inline-size containment keeps a
       widget's width that of its column, whatever its content (an SVG drawn at its default width
       before the first measurement). Without it an article at 375 px shifted by 0.25 (CLS). */
    container-type: inline-size;
    font-family: var(--indikator-font-family, inherit);
    line-height: 1.4;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }

  /*
   * One set of tokens for both themes: light-dark() picks by the frame's colour scheme, which the
   * theme class sets. A server knows neither the page's scheme nor the OS's, so its drawing (and the
   * client's until it has resolved them) leaves the choice to CSS: theme-page inherits the page's
   * scheme (none declared: light), theme-auto follows the OS.
   */
  .frame {
    ${tokens}
    --_radius: var(--indikator-radius, 6px);
    --_padding: var(--indikator-padding, 12px);
    color-scheme: light;
    box-sizing: border-box;
    background: var(--_background);
    color: var(--_text);
    border-radius: var(--_radius);
    padding: var(--_padding);
    position: relative;
  }
  .frame.theme-dark {
    color-scheme: dark;
  }
  .frame.theme-page {
    color-scheme: inherit;
  }
  .frame.theme-auto {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  p {
    margin: 0;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 2px 10px;
    min-height: 24px;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .message {
    color: var(--_muted);
    min-height: 3em;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 4px;
  }
  .error {
    color: var(--_text);
    border-inline-start: 4px solid var(--_bad);
    padding-inline-start: 10px;
  }
  .error-title {
    font-weight: 600;
  }
  .error-icon {
    display: inline-grid;
    place-items: center;
    width: 1.2em;
    height: 1.2em;
    border-radius: 50%;
    background: var(--_bad);
    color: var(--_background);
    font-size: 0.85em;
    font-weight: 700;
  }
  .issues {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .message-text {
    overflow-wrap: anywhere;
  }
  .notice {
    font-size: 0.875em;
    margin-bottom: 8px;
    padding-inline-start: 8px;
    border-inline-start: 3px solid var(--_warning);
    overflow-wrap: anywhere;
  }
  /* A source line that counts its outlets; the full list opens in place. */
  .sources-more summary {
    cursor: pointer;
    min-height: 24px;
  }
  .sources-more[open] summary {
    margin-bottom: 2px;
  }
  .error-details summary {
    cursor: pointer;
    color: var(--_muted);
    font-size: 0.875em;
    min-height: 24px;
  }
  .error-details[open] summary {
    margin-bottom: 4px;
  }
  .stale {
    margin-top: 8px;
    font-size: 0.875em;
    color: var(--_text);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 4px 8px;
    border: 1px dashed var(--_warning);
    border-radius: 4px;
  }
  @media (forced-colors: active) {
    .frame {
      forced-color-adjust: auto;
      border: 1px solid CanvasText;
    }
    .error-icon {
      background: CanvasText;
      color: Canvas;
    }
  }
  @media print {
    /* Every theme prints black on white: .frame.frame outweighs the theme classes. */
    .frame.frame {
      background: #fff;
      color: #000;
      color-scheme: light;
      --_background: #fff;
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
      --_comparison: #555;
      --_target: #000;
      --_good: #000;
      --_warning: #000;
      --_bad: #000;
      --_border: #999;
      break-inside: avoid;
    }
    button {
      display: none;
    }
    :focus-visible {
      outline: none;
    }
  }
`;
