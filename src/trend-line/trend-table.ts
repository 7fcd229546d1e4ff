/**
 * The trend line's table view: every point of every series by period (the chart's decimation never
 * reaches it), flags and notes in columns only where some row has them, in pages of 100 rows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/messages.js';
import { localText } from '../core/locale.js';
import { formatPeriod } from '../data/periods.js';
import { pageOf, pagerView } from '../shared/pager.js';
import { alignRows, type Row } from '../geometry/index.js';
import { flagWords, pointText, type TrendModel } from './trend-model.js';
import type { TrendView } from './trend-parts.js';

export interface TableState {
  /** The id of the table's box (the toggle's `aria-controls`). */
  readonly id: string;
  readonly open: boolean;
  readonly page: number;
  readonly toggle: () => void;
  readonly go: (page: number) => void;
}

/** Table rows per model: paging and focus changes re-render, the rows stay the same. */
const tableRows = new WeakMap<TrendModel, Row[]>();

/** The button that shows the table, and the table when open. */
export function tableView(v: TrendView, table: TableState): TemplateResult {
  const { t } = v;
  const id = table.id;
  return html`<button
      type="button"
      class="table-toggle"
      aria-expanded=${table.open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${table.toggle}
    >
      ${table.open ? t.hideTable : t.showTable}
    </button>
    <div id=${id} class="table-wrap" ?hidden=${!table.open}>${table.open ? tableBody(v, table) : nothing}</div>`;
}

function tableBody(v: TrendView, table: TableState): TemplateResult {
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
