/**
 * What an element shows when it is not drawing its data: loading, empty, error, and the stale notice
 * after a failed refresh. The same for every element, in the element's language.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { fill, type Messages } from '../core/messages.js';
import { pickText } from '../core/locale.js';
import { formatFetchTime } from '../core/format.js';
import type { Text } from '../data/schema.js';
import type { Failure } from './data-source.js';

/** Loading; on a server, which never loads, the element's fallback content (its light DOM) shows instead. */
export function loadingView(t: Messages, kind: string): TemplateResult {
  if (isServer) return html`<slot></slot>`;
  return html`<div class="message loading" role="group" aria-label=${kind}>
    <p class="message-text">${t.loading}</p>
  </div>`;
}

/** No observations; with the adapter's note when the file had rows that could not be read. */
export function emptyView(t: Messages, kind: string, subject: string | undefined, unread: string | undefined): TemplateResult {
  return html`<div class="message" role="group" aria-label=${kind}>
    <p class="message-text">${subject ? fill(t.emptyFor, { name: inSentence(subject) }) : t.noObservations}</p>
    ${unread ? html`<p class="message-text" role="note">${unread}</p>` : nothing}
  </div>`;
}

/**
 * Two layers (contract): a sentence for readers that keeps the indicator's name, then the technical
 * reason for the page's editors, collapsed.
 */
export function errorView(t: Messages, kind: string, subject: string | undefined, failure: Failure | undefined): TemplateResult {
  const heading = subject ? fill(t.errorFor, { name: inSentence(subject) }) : t.errorHeading;
  return html`<div part="error" class="message error" role="group" aria-label=${`${kind}: ${heading}`}>
    <p class="error-title"><span class="error-icon" aria-hidden="true">!</span> ${heading}</p>
    <details class="error-details">
      <summary>${t.technicalDetails}</summary>
      <p class="message-text">${failure?.message ?? ''}</p>
      ${
        failure?.issues?.length
          ? html`<ul class="issues">
              ${failure.issues.slice(0, 5).map((issue) => html`<li>${issue}</li>`)}
            </ul>`
          : nothing
      }
    </details>
  </div>`;
}

/** The last good data stays after a failed refresh: when it is from, and a way to retry. */
export function staleView(t: Messages, time: string, retry: () => void): TemplateResult {
  return html`<p part="stale" class="stale">
    <span aria-hidden="true" class="stale-icon">⟳</span>
    ${fill(t.staleNotice, { time })}
    <button type="button" @click=${retry}>${t.retry}</button>
  </p>`;
}

/** When the data on screen was fetched, for the stale notice ('' when it was never fetched). */
export const fetchTime = (at: number | undefined, locale: string): string => (at === undefined ? '' : formatFetchTime(at, Date.now(), locale));

/** A document's title as text in `locale` (the first document of an array), if it has one. */
export function titleOf(doc: unknown, locale: string): string | undefined {
  const first = Array.isArray(doc) ? doc[0] : doc;
  if (!first || typeof first !== 'object') return undefined;
  return pickText((first as { title?: Text }).title, locale)?.text;
}

/**
 * "Empty" must say when rows existed but could not be read: the adapter's note on what it left
 * out (an Open SDG file of 9,261 rows written "2000 Q1" once said only "no observations yet").
 */
export function unreadNote(doc: unknown, locale: string): string | undefined {
  const first = Array.isArray(doc) ? doc[0] : doc;
  const notes = first && typeof first === 'object' ? (first as { notes?: unknown }).notes : undefined;
  if (!Array.isArray(notes)) return undefined;
  const note = notes.find((n): n is { kind: string; text: Text } => !!n && typeof n === 'object' && (n as { kind?: unknown }).kind === 'discrepancy');
  return note ? pickText(note.text, locale)?.text : undefined;
}

/**
 * A title inside a sentence: a sentence-case title loses its capital ("Data persentase penduduk
 * miskin…"); a name in title case or an acronym keeps it ("Data Indeks Harga Konsumen", "Data BPS").
 */
const inSentence = (title: string): string =>
  /^\p{Lu}\p{Ll}/u.test(title) && !/\s\p{Lu}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
