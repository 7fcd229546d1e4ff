/**
 * The programme card's model, pure: which indicator rows a programme has, where each comes from,
 * and which target each row judges (the one whose deadline falls inside the programme's period,
 * unless the entry names one).
 */
import { atMonth, comparePeriods, parsePeriod, referenceMonth } from '../data/periods.js';
import { safeUrl } from '../core/urls.js';
import type { IndicatorDocument, ProgramDocument, ProgramIndicator } from '../data/schema.js';
import type { Reading } from '../adapters/adapter.js';

/** Where a row's indicator comes from, before it is loaded. */
export type RowSource =
  | { readonly kind: 'url'; readonly url: string; readonly targetId?: string | undefined; readonly reading?: Reading | undefined }
  | { readonly kind: 'data'; readonly doc: IndicatorDocument; readonly targetId?: string | undefined }
  | { readonly kind: 'bad-url'; readonly raw: string };

export function rowSources(program: ProgramDocument, base: string | undefined): RowSource[] {
  return program.indicators.map((entry: ProgramIndicator): RowSource => {
    const fromUrl = (raw: string, targetId?: string, reading?: Reading): RowSource => {
      const url = safeUrl(raw, base);
      // Indicators are fetched, so only http(s) will do (mailto: is a link, not data).
      return url && /^https?:/.test(url) ? { kind: 'url', url, targetId, reading } : { kind: 'bad-url', raw };
    };
    if (typeof entry === 'string') return fromUrl(entry);
    if ('src' in entry) {
      const { format, select, decimal, delimiter } = entry;
      return fromUrl(entry.src, entry.targetId, format ? { format, select, options: { decimal, delimiter } } : undefined);
    }
    if ('data' in entry) return { kind: 'data', doc: entry.data, targetId: entry.targetId };
    // `targetId` own even when absent: a `targetId` key on a polluted Object.prototype must not name a target.
    return { kind: 'data', doc: entry, targetId: undefined };
  });
}

/** The id of the target a row judges: the named one, else the first whose deadline lies in the programme's period. */
export function rowTargetId(doc: IndicatorDocument, program: ProgramDocument, named?: string): string | undefined {
  if (named) return named;
  const start = program.period ? parsePeriod(program.period.start) : undefined;
  const end = program.period?.end ? parsePeriod(program.period.end) : undefined;
  if (!start) return undefined;
  const inside = (doc.targets ?? []).find((t) => {
    const deadline = parsePeriod(t.period);
    return deadline && comparePeriods(deadline, start) >= 0 && (!end || comparePeriods(deadline, end) <= 0);
  });
  return inside?.id;
}

/** `detail` of the card's `indikator-select`: the reader followed the programme's main link (cancelable). */
export interface CardSelectDetail {
  /** The link's resolved URL. */
  readonly url: string;
  /** The programme's `id`. */
  readonly program: string | undefined;
}

/**
 * The first and last periods of all rows' observations: one time scale for the card's sparklines, so
 * that rows side by side compare (a series that starts later starts further right).
 */
export function rowsSpan(docs: readonly IndicatorDocument[]): [string, string] | undefined {
  let first: { key: string; start: number } | undefined;
  let last: { key: string; start: number } | undefined;
  for (const doc of docs) {
    const month = referenceMonth(doc);
    for (const o of doc.series) {
      const parsed = parsePeriod(o.period);
      if (!parsed) continue;
      // Where the row draws it: a yearly figure of a March round at March (see atMonth).
      const p = atMonth(parsed, month);
      const key = p === parsed ? o.period : `${o.period}-${String(month).padStart(2, '0')}`;
      if (!first || p.start < first.start) first = { key, start: p.start };
      if (!last || p.start > last.start) last = { key, start: p.start };
    }
  }
  return first && last ? [first.key, last.key] : undefined;
}
