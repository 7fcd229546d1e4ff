/**
 * `finish`: what an adapter found in a message turned into a valid indicator document, filling
 * what the format lacks with the stated defaults (README, "Published formats"):
 *
 * - title from the message, else the file name of `source`;
 * - unit label from the message, else '';
 * - decimals from the message, else the largest number of decimals in the data, at most 4;
 * - direction 'neutral';
 * - a source naming the publisher, else the host of `source`;
 * - an id matching the schema's pattern.
 */
import { MAX_DECIMALS } from '../core/format.js';
import { parsePeriod } from '../data/periods.js';
import { FREQUENCY, sanitizeId } from './codes.js';
import { dataDecimals } from './decimals.js';
import { readInt } from './loose-json.js';
import { cleanSeries, droppedNote, type RawObservation } from './observations.js';
import { baseName, publicUrl } from './source-url.js';
import type { Area, IndicatorDocument, Note, Observation, Source, Target, Text } from '../data/schema.js';

/** What an adapter knows about one series. Everything but `format` and `observations` is optional. */
export interface Draft {
  /** The format's name, for messages: `SDMX-JSON`, `World Bank`. */
  readonly format: string;
  readonly id?: string | undefined;
  readonly title?: Text | undefined;
  readonly description?: Text | undefined;
  readonly area?: Area | undefined;
  readonly codes?: IndicatorDocument['codes'];
  readonly unit?: {
    readonly label?: Text | undefined;
    readonly code?: string | undefined;
    readonly symbol?: string | undefined;
    readonly symbolPosition?: 'start' | 'end' | undefined;
    readonly multiplier?: unknown;
  };
  readonly decimals?: unknown;
  readonly direction?: IndicatorDocument['direction'] | undefined;
  readonly frequency?: string | undefined;
  readonly limits?: IndicatorDocument['limits'];
  readonly targets?: readonly Target[] | undefined;
  readonly observations: readonly RawObservation[];
  /** Who published the data (names the default source). */
  readonly publisher?: string | undefined;
  /** The adapter's own sources (Open SDG lists them); else one is made from `publisher` or the host. */
  readonly sources?: readonly Source[] | undefined;
  readonly notes?: readonly Note[] | undefined;
  readonly updated?: unknown;
}

export interface FinishOptions {
  readonly source?: string | undefined;
}

/** The name of the source a message does not state (the builder replaces it with the one a user names). */
export const UNSTATED_SOURCE: Text = { en: 'Source not stated in the file', id: 'Sumber tidak disebutkan dalam berkas' };

/**
 * The source when the adapter found none of its own: the publisher the message names, else
 * "not stated". Never the host that served the file: sites mirror official files on their own
 * servers, and naming the mirror would credit the wrong body. The file's URL stays as the link.
 */
function defaultSource(draft: Draft, options: FinishOptions): Source {
  const url = publicUrl(options.source);
  return {
    id: sanitizeId(draft.publisher ?? 'source', 'source'),
    name: draft.publisher ?? UNSTATED_SOURCE,
    ...(draft.publisher ? { publisher: draft.publisher } : {}),
    ...(url ? { url } : {}),
  };
}

function readDate(x: unknown): string | undefined {
  const m = typeof x === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(x.trim()) : null;
  return m && parsePeriod(m[1]!) ? m[1] : undefined;
}

const MONTHS_PER: Partial<Record<string, number>> = { year: 12, semester: 6, quarter: 3, month: 1 };
const FREQUENCY_BY_GAP: Record<number, IndicatorDocument['frequency']> = { 12: 'A', 6: 'S', 3: 'Q', 1: 'M' };

/**
 * The frequency the periods show: the smallest step between them, not their form, since
 * publishers write yearly figures as mid-year months (UNICEF: `1970-06`, `1971-06`, ...).
 */
function observedFrequency(series: readonly Observation[]): IndicatorDocument['frequency'] {
  const periods = series.map((o) => parsePeriod(o.period)!);
  const kinds = new Set(periods.map((p) => p.granularity));
  if (kinds.size !== 1) return undefined;
  const kind = [...kinds][0]!;
  const unit = MONTHS_PER[kind];
  if (unit === undefined || periods.length < 2) return FREQUENCY[kind];
  const month = (ms: number) => new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth();
  let gap = Infinity;
  for (let i = 1; i < periods.length; i++) gap = Math.min(gap, month(periods[i]!.start) - month(periods[i - 1]!.start));
  return FREQUENCY_BY_GAP[gap];
}

/** The indicator document for one series, with the defaults filled in. */
export function finish(draft: Draft, options: FinishOptions = {}): IndicatorDocument {
  const { series, dropped } = cleanSeries(draft.observations, draft.format);
  const name = baseName(options.source);
  const title = draft.title ?? name ?? draft.format;
  // What a reader can use: a message asking for 9 decimals is shown with 4 (the README says so).
  const asked = readInt(draft.decimals, 0, 20);
  const messageDecimals = asked === undefined ? undefined : Math.min(asked, MAX_DECIMALS);
  const multiplier = readInt(draft.unit?.multiplier, -15, 15);
  const stated = draft.frequency && Object.hasOwn(FREQUENCY, draft.frequency) ? FREQUENCY[draft.frequency] : undefined;
  const frequency = stated ?? observedFrequency(series);
  const notes = [...(draft.notes ?? [])];
  const note = droppedNote(dropped);
  if (note) notes.push(note);
  const updated = readDate(draft.updated);

  const doc: IndicatorDocument = {
    schema: 'indikator/indicator@1',
    id: sanitizeId(draft.id ?? name ?? draft.format),
    title,
    unit: { label: draft.unit?.label ?? '' },
    decimals: messageDecimals ?? dataDecimals(series.map((o) => o.value)),
    direction: draft.direction ?? 'neutral',
    series,
    sources: draft.sources?.length ? [...draft.sources] : [defaultSource(draft, options)],
  };
  if (draft.codes?.length) doc.codes = draft.codes;
  if (draft.description !== undefined) doc.description = draft.description;
  if (draft.area) doc.area = draft.area;
  if (draft.unit?.code) doc.unit.code = draft.unit.code;
  if (draft.unit?.symbol) doc.unit.symbol = draft.unit.symbol;
  if (draft.unit?.symbolPosition) doc.unit.symbolPosition = draft.unit.symbolPosition;
  if (multiplier !== undefined && multiplier !== 0) doc.unit.multiplier = multiplier;
  if (frequency) doc.frequency = frequency;
  if (draft.limits && (draft.limits.min !== undefined || draft.limits.max !== undefined)) doc.limits = draft.limits;
  if (draft.targets?.length) doc.targets = [...draft.targets];
  if (notes.length) doc.notes = notes;
  if (updated) doc.updated = updated;
  return doc;
}
