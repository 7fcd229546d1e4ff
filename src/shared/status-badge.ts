/**
 * One mark per verdict, the same in every element, so status is never told by colour alone: a
 * filled disc with a tick or a cross, an arrow, a triangle. Coloured through `currentColor` by the
 * `status-<word>` class of the badge or of its parent.
 */
import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { StatusWord } from '../core/status.js';

const STATUS_ICONS: Readonly<Record<StatusWord | 'none', SVGTemplateResult>> = {
  achieved: svg`<circle cx="8" cy="8" r="7.5" class="icon-fill"/><path d="M4.4 8.3l2.4 2.4 4.9-5.1" class="icon-cut"/>`,
  missed: svg`<circle cx="8" cy="8" r="7.5" class="icon-fill"/><path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" class="icon-cut"/>`,
  'on-track': svg`<path d="M1.5 8h11M8.5 3.5l4.5 4.5-4.5 4.5" class="icon-line"/>`,
  'off-track': svg`<path d="M8 1L15.5 14.5H0.5Z" class="icon-fill"/><path d="M8 5.6v4.2M8 11.6v1" class="icon-cut"/>`,
  'wrong-direction': svg`<path d="M14.5 8h-11M7.5 3.5L3 8l4.5 4.5" class="icon-line"/>`,
  'no-data': svg`<path d="M3 8h10" class="icon-line"/>`,
  none: svg`<circle cx="8" cy="8" r="6" class="icon-ring"/>`,
};

/** The verdict's mark (decorative: the word beside it is the text). `small`: 12 px, for a list item. */
export function statusIcon(status: StatusWord | null, small = false): TemplateResult {
  const word = status ?? 'none';
  const size = small ? 12 : 16;
  return html`<svg
    class=${small ? `icon icon-small status-${word}` : 'icon'}
    viewBox="0 0 16 16"
    width=${size}
    height=${size}
    aria-hidden="true"
    focusable="false"
  >
    ${STATUS_ICONS[word]}
  </svg>`;
}

export const statusBadgeStyles = css`
  .icon {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    color: var(--_muted);
    overflow: visible;
  }
  .icon-small {
    width: 12px;
    height: 12px;
  }
  .status-achieved .icon,
  .status-on-track .icon,
  .icon.status-achieved,
  .icon.status-on-track {
    color: var(--_good);
  }
  .status-off-track .icon,
  .icon.status-off-track {
    color: var(--_warning);
  }
  .status-missed .icon,
  .status-wrong-direction .icon,
  .icon.status-missed,
  .icon.status-wrong-direction {
    color: var(--_bad);
  }
  .icon-fill {
    fill: currentColor;
  }
  .icon-cut {
    fill: none;
    stroke: var(--_background);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon-line,
  .icon-ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Right to left, "forward" points left. */
  .frame:dir(rtl) .status-on-track .icon,
  .frame:dir(rtl) .status-wrong-direction .icon {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .icon {
      color: CanvasText;
    }
    .icon-cut {
      stroke: Canvas;
    }
  }
`;
