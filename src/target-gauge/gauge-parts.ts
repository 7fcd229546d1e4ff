/**
 * The gauge's words around its graphic, as functions of its view model: the value, the verdict, and
 * the details with the source line.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { fill, type Messages } from '../core/messages.js';
import { formatValue } from '../core/format.js';
import { formatPeriod } from '../data/periods.js';
import { statusIcon } from '../shared/status-badge.js';
import { targetEdges } from '../geometry/gauge.js';
import { earlierText, sourceLine, targetText, type GaugeModel, type View } from './gauge-model.js';

/** The latest value, its unit and period. */
export function valueView(view: View): TemplateResult {
  return html`<p part="value" class="value">
    <span class="number">${view.number}</span>${view.unit ? html` <span class="unit">${view.unit}</span>` : nothing}
    <span class="period">${view.period}</span>
  </p>`;
}

/** The verdict: its mark, its word and the deadline it is judged at. */
export function statusView(t: Messages, view: View): TemplateResult {
  const word = view.status ?? 'none';
  return html`<p part="status" class="status status-${word}">
    ${statusIcon(view.status)}
    <span class="status-text"
      ><span class="status-word">${view.statusWord}</span>${
        view.deadline ? html` <span class="status-deadline">· ${fill(t.statusDeadline, { period: view.deadline })}</span>` : nothing
      }</span
    >
  </p>`;
}

/** The target, the baseline and the earlier missed targets in words, then the "data up to" and source line. */
/** The details in words, as the list shows them and a download carries them: the target (or none), the baseline where it differs from the latest, the earlier missed targets. */
export function detailTexts(t: Messages, model: GaugeModel, view: View): { target: string; baseline?: string | undefined; earlier: string[] } {
  const { result, baseline, latest } = model;
  return {
    target: result.target ? targetText(t, model, view.fmt) : t.summaryNoTarget,
    baseline:
      baseline && latest && baseline.period.key !== latest.period.key
        ? fill(t.gaugeBaseline, { value: formatValue(baseline.value, view.fmt), period: formatPeriod(baseline.period, view.fmt.locale) })
        : undefined,
    earlier: model.earlier.map((e) => earlierText(t, e, view.fmt)),
  };
}

/** "data up to 2024", or nothing without a value. */
export const upToText = (t: Messages, model: GaugeModel, locale: string): string | undefined =>
  model.latest ? fill(t.dataUpTo, { period: formatPeriod(model.latest.period, locale) }) : undefined;

/** The key to the bands drawn under the bar: one entry for each kind that is there. */
function bandKeys(t: Messages, view: View): TemplateResult[] {
  const kinds = new Set(view.bands.filter((b) => b.to !== b.from).map((b) => b.kind));
  return (['worse', 'met'] as const)
    .filter((k) => kinds.has(k))
    .map(
      (k) => html`<li class="detail detail-band">
        <svg class="key" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <line class="band band-${k}" x1="0" x2="12" y1="6" y2="6"></line>
        </svg>
        ${k === 'worse' ? t.gaugeBandWorse : t.gaugeBandMet}
      </li>`,
    );
}

export function detailsView(t: Messages, model: GaugeModel, view: View): TemplateResult {
  const locale = view.fmt.locale;
  const target = model.result.target;
  const { lines, href } = sourceLine(model, locale);
  const texts = detailTexts(t, model, view);
  const upTo = upToText(t, model, locale);
  return html`<ul part="details" class="details">
      ${
        target
          ? html`<li class="detail detail-target">
            <svg class="key" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
              <rect class="track" x="0" y="3" width="12" height="6"></rect>
              ${
                target.comparator === 'between' && targetEdges(target)[0] !== targetEdges(target)[1]
                  ? svg`<rect class="target target-band" x="3" y="1" width="6" height="10"></rect>`
                  : svg`<line class="target target-line" x1="6" x2="6" y1="0" y2="12"></line>`
              }
            </svg>
            ${texts.target}
          </li>`
          : html`<li class="detail detail-none">${texts.target}</li>`
      }
      ${
        texts.baseline
          ? html`<li class="detail detail-baseline">
            <svg class="key" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
              <rect class="track" x="0" y="3" width="12" height="6"></rect>
              <line class="baseline" x1="6" x2="6" y1="1" y2="11"></line>
            </svg>
            ${texts.baseline}
          </li>`
          : nothing
      }
      ${bandKeys(t, view)}
      ${texts.earlier.map(
        (text) => html`<li class="detail detail-earlier">
          ${statusIcon('missed', true)}
          ${text}
        </li>`,
      )}
    </ul>
    <div part="source" class="source">
      ${upTo ? html`<span class="up-to">${upTo}</span>` : nothing}
      ${
        lines.short
          ? // A long list of outlets is counted ("BPS, via 6 media"); the full list is one click away.
            html`<details class="sources-more">
            <summary>${lines.short}</summary>
            ${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${lines.full}</a>` : lines.full}
          </details>`
          : href
            ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${lines.full}</a>`
            : html`<span>${lines.full}</span>`
      }
    </div>`;
}
