/**
 * A table too long to read at once, in pages: the rows of one page, and the buttons between pages
 * (the page count is announced politely). The rows themselves stay whole: paging is only what is on screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill, type Messages } from '../core/messages.js';

const PAGE_SIZE = 100;

export interface Page<R> {
  readonly rows: readonly R[];
  /** The page shown (clamped to the pages there are). */
  readonly page: number;
  readonly pages: number;
}

export function pageOf<R>(rows: readonly R[], page: number, size = PAGE_SIZE): Page<R> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(page, pages - 1);
  return { rows: rows.slice(shown * size, (shown + 1) * size), page: shown, pages };
}

/** The previous and next buttons with "page n of m"; nothing for a single page. */
export function pagerView(t: Messages, { page, pages }: Page<unknown>, go: (page: number) => void): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  return html`<div class="pager">
    <button type="button" ?disabled=${page === 0} @click=${() => go(page - 1)}>${t.previousPage}</button>
    <span aria-live="polite">${fill(t.pageOf, { n: page + 1, m: pages })}</span>
    <button type="button" ?disabled=${page >= pages - 1} @click=${() => go(page + 1)}>${t.nextPage}</button>
  </div>`;
}
