/**
 * The trend line's table view: the button that shows it and the box it opens in. The table itself
 * (trend-table-body.ts) is a chunk loaded the first time the button is pressed; the box says so
 * while it comes (`aria-busy`) and says, in the page's language, when it could not be loaded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TrendView } from './trend-parts.js';

export interface TableState {
  /** The id of the table's box (the toggle's `aria-controls`). */
  readonly id: string;
  readonly open: boolean;
  readonly page: number;
  readonly toggle: () => void;
  readonly go: (page: number) => void;
  /** The table's drawing, once its chunk has arrived. */
  readonly body?: ((v: TrendView, table: TableState) => TemplateResult) | undefined;
  /** The reader's sentence when the chunk could not be loaded. */
  readonly failed?: string | undefined;
}

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
    <div id=${id} class="table-wrap" ?hidden=${!table.open} aria-busy=${table.open && !table.body && !table.failed ? 'true' : 'false'}>
      ${table.open ? (table.body ? table.body(v, table) : table.failed ? html`<p class="table-failed" role="alert">${table.failed}</p>` : nothing) : nothing}
    </div>`;
}
