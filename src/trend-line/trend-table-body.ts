/**
 * The trend line's table itself, in a chunk of its own: every point of every series by period
 * (the chart's decimation never reaches it), flags and notes in columns only where some row has
 * them, in pages of 100 rows. Loaded the first time a reader opens the table (trend-table.ts draws
 * the button and its box), so a chart that is only looked at never pays for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/messages.js';
import { localText } from '../core/locale.js';
import { formatPeriod } from '../data/periods.js';
import { pageOf, pagerView } from '../shared/pager.js';
import { alignRows, type Row } from '../geometry/index.js';
import { flagWords, pointText, type TrendModel } from './trend-model.js';
import type { TrendView } from './trend-parts.js';
import type { TableState } from './trend-table.js';

/** Table rows per model: paging and focus changes re-render, the rows stay the same. */
const tableRows = new WeakMap<TrendModel, Row[]>();

export function tableBody(v: TrendView, table: TableState): TemplateResult {
  const { t, model, name } = v;
  let rows = tableRows.get(model);
  if (!rows) tableRows.set(model, (rows = alignRows(model.series.map((s) => s.points))));
  const page = pageOf(rows, table.page);
  const labels = v.labels;
  const multi = model.series.length > 1;
  const prefix = (i: number) => (multi ? `${labels[i]}: ` : '');
  // Columns that are empty for every row are left out: a table of values without a flag or a note
  // needs no empty "status" and "notes" columns.
  const hasStatus = model.series.some((s) => s.points.some((p) => p.status.length > 0));
  const hasNotes = model.series.some((s) => s.points.some((p) => p.note !== undefined));
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${fill(t.trendTableCaption, { title: name })}>
        <table part="table">
          <caption>${fill(t.trendTableCaption, { title: name })}</caption>
          <thead>
            <tr>
              <th scope="col">${t.period}</th>
              ${model.series.map((_, i) => html`<th scope="col" class="num">${multi ? labels[i] : t.value}</th>`)}
              ${hasStatus ? html`<th scope="col">${t.status}</th>` : nothing}
              ${hasNotes ? html`<th scope="col">${t.notes}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${page.rows.map(
              (row) => html`<tr>
                <th scope="row">${formatPeriod(row.period, v.locale, 'long')}</th>
                ${model.series.map((s, i) => {
                  const p = row.cells[i];
                  return html`<td class="num">
                    ${p ? pointText(v.t, v.locale, s, p) : ''}${p && p.period.key !== row.period.key ? ` (${formatPeriod(p.period, v.locale)})` : ''}
                  </td>`;
                })}
                ${
                  hasStatus
                    ? html`<td>
                      ${model.series
                        .map((_, i) => row.cells[i])
                        .map((p, i) => (p && p.status.length ? `${prefix(i)}${flagWords(v.t, p).join(', ')}` : ''))
                        .filter(Boolean)
                        .join('; ')}
                    </td>`
                    : nothing
                }
                ${
                  hasNotes
                    ? html`<td>
                      ${model.series.map((_, i) => {
                        const note = localText(row.cells[i]?.note, v.locale);
                        return note ? html`<span lang=${note.lang || nothing}>${prefix(i)}${note.text}</span> ` : nothing;
                      })}
                    </td>`
                    : nothing
                }
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${pagerView(t, page, table.go)}`;
}
