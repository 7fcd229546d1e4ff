/**
 * A programme card's rows, read: the programme validated, each indicator row from its document or
 * fetched (at most six at a time) through the same steps as an element's `src`, judged against the
 * target the programme's period names. A row that fails is an error in its row; one whose refresh
 * fails keeps its last data, marked stale.
 */
import { isServer } from 'lit';
import type { ParseContext, Parsed } from '../shared/data-source.js';
import { LoadError } from '../shared/load-error.js';
import { adaptFailure, adapterFor, loadRemote } from '../shared/read-source.js';
import { checkIndicator, checkProgram } from '../shared/check-document.js';
import type { Checked } from '../data/check.js';
import type { CheckedProgram } from '../data/check-program.js';
import type { IndicatorDocument, ProgramDocument } from '../data/schema.js';
import { assessStatus, type StatusWord } from '../core/status.js';
import { pickText } from '../core/locale.js';
import type { Messages } from '../core/messages.js';
import { lastSegment } from '../core/urls.js';
import { rowSources, rowTargetId, type RowSource } from './card-model.js';

export interface Row {
  readonly ok: boolean;
  readonly doc?: IndicatorDocument;
  readonly targetId?: string | undefined;
  readonly status?: StatusWord | null;
  readonly message?: string;
  readonly label: string;
  /** Where the row's indicator was fetched from (a refresh that fails for it keeps this row). */
  readonly url?: string | undefined;
  /** The last good data of a row whose refresh failed. */
  readonly stale?: boolean | undefined;
  /** Not read yet: a row given as a URL, in a server render (which fetches nothing). */
  readonly pending?: boolean | undefined;
}

export interface CardModel {
  readonly doc: ProgramDocument;
  readonly base: string | undefined;
  readonly rows: readonly Row[];
  /** Indicators beyond MAX_ROWS, left out. */
  readonly more: number;
}

/** A card shows at most this many indicators (README, "The elements"). */
export const MAX_ROWS = 50;
/** Rows fetched at most this many at a time, as browsers do per host. */
const REQUESTS_IN_FLIGHT = 6;

/**
 * Runs at most `size` tasks at a time, the rest waiting in order. Ten lines do what a pool
 * library would; the card is the only caller.
 */
function requestPool(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

export interface CardReading {
  readonly t: Messages;
  /** The rows on screen: a row whose refresh fails keeps its last data. */
  readonly previous: readonly Row[];
  /** Aborts the row fetches (a newer reading, the card removed). */
  readonly signal: AbortSignal;
}

/**
 * Reads a programme and its rows. Synchronous when no row has to be fetched (indicators given as
 * documents): the first render draws the card whole, as a server render must.
 */
export function readCard(raw: unknown, context: ParseContext, reading: CardReading): Parsed<CardModel> | Promise<Parsed<CardModel>> {
  // The schema library only for a programme the plain check does not take (check-document.ts).
  const checked = checkProgram(raw, context.lang, reading.t);
  return checked instanceof Promise ? checked.then((c) => readChecked(c, context, reading)) : readChecked(checked, context, reading);
}

function readChecked(
  checked: CheckedProgram,
  context: ParseContext,
  { t, previous: shownRows, signal }: CardReading,
): Parsed<CardModel> | Promise<Parsed<CardModel>> {
  if (!checked.ok) {
    return { ok: false, code: 'invalid', message: t.errorInvalid, issues: checked.issues.map((i) => i.message) };
  }
  const doc = checked.value;
  const base = context.url ?? (isServer ? undefined : document.baseURI);
  const sources = rowSources(doc, base);
  // A card takes at most MAX_ROWS indicators (the README says so), and fetches at most
  // REQUESTS_IN_FLIGHT at a time: 3,000 URLs once meant 3,000 requests at once.
  const shown = sources.slice(0, MAX_ROWS);
  if (sources.length > MAX_ROWS)
    console.warn(`indikator-program-card: ${sources.length - MAX_ROWS} indicators left out (a card shows at most ${MAX_ROWS})`);
  const finish = (rows: Row[]): Parsed<CardModel> => {
    const detail = { rows: rows.map((r, index) => ({ index, ok: r.ok, status: r.status ?? null, message: r.message })) };
    return { ok: true, model: { doc, base, rows, more: Math.max(0, sources.length - MAX_ROWS) }, data: doc, empty: false, detail };
  };
  const rowOf = (valid: Checked, source: RowSource): Row => {
    const url = source.kind === 'url' ? source.url : undefined;
    if (!valid.ok) return { ok: false, message: valid.issues[0]?.message ?? t.errorInvalid, label: url ? fileLabel(url) : '' };
    const targetId = rowTargetId(valid.value, doc, source.kind === 'bad-url' ? undefined : source.targetId);
    const status = assessStatus(valid.value, targetId, { asOf: context.asOf }).status;
    const label = pickText(valid.value.shortTitle ?? valid.value.title, context.lang)?.text ?? '';
    return { ok: true, doc: valid.value, targetId, status, label, url };
  };
  // A row's document checked as an element's is: at once when plainly valid (an inline one always
  // is, once its programme passed), else by the schema library.
  const read = (indicator: unknown, source: RowSource): Row | Promise<Row> => {
    const valid = checkIndicator(indicator, context.lang, t);
    return valid instanceof Promise ? valid.then((v) => rowOf(v, source)) : rowOf(valid, source);
  };
  const badUrl = (raw: string): Row => {
    console.warn(`indikator-program-card: indicator URL dropped (only http and https are fetched): ${raw}`);
    return { ok: false, message: t.cardRowError, label: raw };
  };
  // A server fetches nothing: a row given as a URL says it loads (the server entry fetches rows first).
  if (isServer || shown.every((s) => s.kind !== 'url')) {
    const rows = shown.map((source) =>
      source.kind === 'bad-url'
        ? badUrl(source.raw)
        : source.kind === 'url'
          ? ({ ok: false, pending: true, label: fileLabel(source.url) } as Row)
          : read(source.doc, source),
    );
    return rows.some((r) => r instanceof Promise) ? Promise.all(rows).then(finish) : finish(rows as Row[]);
  }
  const previous = new Map(shownRows.flatMap((r) => (r.ok && r.url ? [[r.url, r] as const] : [])));
  const pool = requestPool(REQUESTS_IN_FLIGHT);
  return Promise.all(
    shown.map(async (source): Promise<Row> => {
      if (source.kind === 'bad-url') return badUrl(source.raw);
      if (source.kind !== 'url') return read(source.doc, source);
      let indicator: unknown;
      const { reading } = source;
      try {
        // The same steps as an element's `src`: the format's adapter and request, then its conversion.
        // The card's own refresh fetches its rows anew too, past the shared cache.
        const [remote, adapter] = await Promise.all([loadRemote(), reading?.format ? adapterFor(reading.format, t) : undefined]);
        const fresh = context.refetch === true;
        const fetched = (await pool(() => remote.fetchMessage(source.url, reading?.format, adapter, { signal: signal, fresh })))!;
        const adapted = adapter ? remote.adaptMessage(adapter, fetched.raw, reading!, fetched.url) : fetched.raw;
        // A row is one indicator: of a message that yields several series, the first (the primary).
        indicator = Array.isArray(adapted) ? adapted[0] : adapted;
      } catch (error) {
        // The technical reason for a fetch (the address, the status); the adapter's own sentence for a conversion.
        const message = error instanceof LoadError ? error.message : adaptFailure(error, t, context.lang).message;
        // A row that loaded before keeps its last good data, marked stale, like any element.
        const last = context.refetch ? previous.get(source.url) : undefined;
        if (last) return { ...last, stale: true };
        return { ok: false, message, label: fileLabel(source.url) };
      }
      return read(indicator, source);
    }),
  ).then(finish);
}

/** A row's name before its document is read: the file its URL names, else the URL. */
const fileLabel = (url: string): string => lastSegment(url) || url;
