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
    <span class="status-word">${view.statusWord}</span>${
      view.deadline ? html` <span class="status-deadline">· ${fill(t.statusDeadline, { period: view.deadline })}</span>` : nothing
    }
  </p>`;
}

/** The target, the baseline and the earlier missed targets in words, then the "data up to" and source line. */
export function detailsView(t: Messages, model: GaugeModel, view: View): TemplateResult {
  const { result, baseline, latest } = model;
  const locale = view.fmt.locale;
  const target = result.target;
  const { lines, href } = sourceLine(model, locale);
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
            ${targetText(t, model, view.fmt)}
          </li>`
          : html`<li class="detail detail-none">${t.summaryNoTarget}</li>`
      }
      ${
        baseline && latest && baseline.period.key !== latest.period.key
          ? html`<li class="detail detail-baseline">
            <svg class="key" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
              <rect class="track" x="0" y="3" width="12" height="6"></rect>
              <line class="baseline" x1="6" x2="6" y1="1" y2="11"></line>
            </svg>
            ${fill(t.gaugeBaseline, { value: formatValue(baseline.value, view.fmt), period: formatPeriod(baseline.period, locale) })}
          </li>`
          : nothing
      }
      ${model.earlier.map(
        (e) => html`<li class="detail detail-earlier">
          ${statusIcon('missed', true)}
          ${earlierText(t, e, view.fmt)}
        </li>`,
      )}
    </ul>
    <div part="source" class="source">
      ${latest ? html`<span class="up-to">${fill(t.dataUpTo, { period: formatPeriod(latest.period, locale) })}</span>` : nothing}
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
