/**
 * The builder's data in: a pasted table, a file (CSV, any published format the adapters read, or an
 * indicator document to edit), or the text fetched from a URL the user typed. A published message
 * goes through the library's own adapter (adapters/registry.ts), which also tells the dimensions
 * that tell its series apart (`onChoices`), for the menus that write its `select`.
 */
import { AdapterError } from '../adapters/adapter.js';
import { loadAdapter, readsText } from '../adapters/registry.js';
import { selectClause, type SeriesDimension } from '../adapters/select.js';
import { validateIndicator } from '../data/validate.js';
import type { IndicatorDocument } from '../data/schema.js';
import type { DataIn } from './build-document.js';
import type { FormState, LoadedFile } from './form-state.js';
import { parseTable, type TableResult } from './paste-table.js';

/** Said in both languages. */
export interface Said {
  readonly en: string;
  readonly id: string;
}

export interface DataRead {
  readonly data: DataIn;
  /** The format the file was read as (`indikator` for a native document), '' for a pasted table. */
  readonly format: string;
  /** The message's series dimensions, for the menus ([] for one series). */
  readonly choices: readonly SeriesDimension[];
  /** The `select` the menus' picks make ('' when nothing is picked). */
  readonly select: string;
  readonly problems: readonly Said[];
  /** A pasted table's reading: its columns and gaps. */
  readonly table?: TableResult | undefined;
}

const SEPARATOR_CHARS = { tab: '\t', comma: ',', semicolon: ';' } as const;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The format a file is in, told by its content (and its name for CSV): a native indicator
 * document, a World Bank `[paging, rows]`, a BPS `datacontent`, an SDMX-JSON message, a JSON-stat
 * dataset, an Open SDG data file, else CSV. `undefined` for JSON none of them reads.
 */
export function detectFormat(name: string, text: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return /\.(csv|tsv|txt)$/i.test(name) || !/^\s*[[{]/.test(text) ? 'csv' : undefined;
  }
  if (isRecord(json)) {
    if (json.schema === 'indikator/indicator@1') return 'indikator';
    if ('datacontent' in json || (isRecord(json.data) && 'datacontent' in json.data)) return 'bps';
    if ('dataSets' in json || (isRecord(json.data) && ('dataSets' in json.data || 'structures' in json.data))) return 'sdmx-json';
    if (json.class === 'dataset' || json.class === 'bundle' || 'dataset' in json || (json.version && 'dimension' in json)) return 'json-stat';
    if (Array.isArray(json.Year) || (isRecord(json.data) && Array.isArray(json.data.Year))) return 'opensdg';
  }
  if (Array.isArray(json)) {
    if (json.length === 2 && isRecord(json[0]) && 'page' in json[0]) return 'worldbank';
    if (isRecord(json[0]) && 'Year' in json[0] && 'Value' in json[0]) return 'opensdg';
    if (isRecord(json[0]) && 'indicator' in json[0] && 'date' in json[0]) return 'worldbank';
  }
  return undefined;
}

/** The pasted table as data. */
export function readPaste(state: FormState): DataRead {
  if (!state.paste.trim()) return { data: { kind: 'none' }, format: '', choices: [], select: '', problems: [] };
  const table = parseTable(state.paste, { separator: state.separator, decimal: state.decimal, column: state.column || undefined });
  const problems = [...table.problems];
  if (!table.observations.length && !problems.length) {
    problems.push({ en: 'The table has no values.', id: 'Tabel tidak berisi nilai.' });
  }
  // A table with a cell that cannot be read is not data yet: nothing is shown that leaves it out.
  const data: DataIn = problems.length ? { kind: 'none' } : { kind: 'table', observations: table.observations };
  return { data, format: '', choices: [], select: '', problems, table };
}

/** The `select` from the menus' picks, in the order of the message's dimensions. */
export function selectFrom(choices: readonly SeriesDimension[], picks: Readonly<Record<string, string>>): string {
  return selectClause(
    choices.filter((d) => Object.hasOwn(picks, d.id) && picks[d.id] !== undefined).map((d) => ({ dimension: d.id, value: picks[d.id]! })),
  );
}

/** A file (or a fetched URL's text) as data: an indicator document to edit, or a published message read by its adapter. */
export async function readFile(file: LoadedFile, state: FormState): Promise<DataRead> {
  const format = file.format === 'auto' ? detectFormat(file.name, file.text) : file.format;
  const none = (problems: Said[], choices: readonly SeriesDimension[] = [], select = ''): DataRead => ({
    data: { kind: 'none' },
    format: format ?? '',
    choices,
    select,
    problems,
  });
  if (!format) {
    return none([
      {
        en: `${file.name}: not a format the builder reads (CSV, SDMX-JSON, JSON-stat, World Bank, BPS, Open SDG, or an indicator document). Choose the format by hand if it is one of them.`,
        id: `${file.name}: bukan format yang dapat dibaca (CSV, SDMX-JSON, JSON-stat, Bank Dunia, BPS, Open SDG, atau dokumen indikator). Pilih formatnya sendiri bila termasuk salah satunya.`,
      },
    ]);
  }
  if (format === 'indikator') {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      return none([{ en: `${file.name}: not JSON (${String(error)})`, id: `${file.name}: bukan JSON (${String(error)})` }]);
    }
    const en = validateIndicator(json, { lang: 'en' });
    if (!en.ok) {
      const id = validateIndicator(json, { lang: 'id' });
      const list = (r: ReturnType<typeof validateIndicator>) => (r.ok ? '' : r.issues.map((i) => i.message).join('; '));
      return none([{ en: `${file.name}: ${list(en)}`, id: `${file.name}: ${list(id)}` }]);
    }
    return { data: { kind: 'imported', doc: en.value }, format, choices: [], select: '', problems: [] };
  }
  const module = loadAdapter(format);
  if (!module) return none([{ en: `Unknown format "${format}".`, id: `Format "${format}" tidak dikenal.` }]);
  let choices: readonly SeriesDimension[] = [];
  let select = '';
  try {
    const adapter = await module;
    let message: unknown = file.text;
    if (!readsText(format)) message = adapter.parse ? adapter.parse(file.text) : JSON.parse(file.text);
    const options = {
      source: file.name,
      decimal: state.decimal === 'comma' ? ',' : '.',
      delimiter: SEPARATOR_CHARS[state.separator],
      onChoices: (found: readonly SeriesDimension[]) => {
        choices = found;
      },
    };
    // First without a select, to learn the dimensions (a message of one series is read at once).
    let docs: IndicatorDocument[] | undefined;
    let first: unknown;
    try {
      docs = adapter.adapt(message, options);
    } catch (error) {
      first = error;
    }
    select = selectFrom(choices, state.picks);
    if (select) docs = adapter.adapt(message, { ...options, select });
    else if (first) throw first;
    const doc = docs?.[0];
    if (!doc) return none([{ en: `${file.name}: no series.`, id: `${file.name}: tidak ada seri.` }], choices, select);
    return { data: { kind: 'adapted', doc }, format, choices, select, problems: [] };
  } catch (error) {
    if (error instanceof AdapterError) return none([{ en: error.text('en'), id: error.text('id') }], choices, select);
    const text = error instanceof SyntaxError ? `not JSON (${error.message})` : String(error);
    const teks = error instanceof SyntaxError ? `bukan JSON (${error.message})` : String(error);
    return none([{ en: `${file.name}: ${text}`, id: `${file.name}: ${teks}` }], choices, select);
  }
}

/** Why a URL could not be fetched, in words; `cors` when the browser refused to read it (or the network failed). */
export interface FetchFailure {
  readonly kind: 'cors' | 'status' | 'address';
  readonly said: Said;
}

/** Fetches the one URL the user typed (no credentials), as text. */
export async function fetchText(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<{ ok: true; text: string } | { ok: false; failure: FetchFailure }> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = new URL('about:blank');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return {
      ok: false,
      failure: {
        kind: 'address',
        said: { en: 'Write a full address starting with https:// or http://.', id: 'Tulis alamat lengkap yang diawali https:// atau http://.' },
      },
    };
  }
  let response: Response;
  try {
    response = await fetcher(parsed.href, { credentials: 'omit', cache: 'no-store' });
  } catch {
    return {
      ok: false,
      failure: {
        kind: 'cors',
        said: {
          en: `${parsed.host} did not let this page read the file (its server refuses requests from other sites, CORS), or the network failed. Download the file in a new tab, then choose it under "File".`,
          id: `${parsed.host} tidak mengizinkan halaman ini membaca berkasnya (servernya menolak permintaan dari situs lain, CORS), atau jaringan gagal. Unduh berkasnya di tab baru, lalu pilih di bagian "Berkas".`,
        },
      },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      failure: {
        kind: 'status',
        said: { en: `${parsed.host} answered HTTP ${response.status}.`, id: `${parsed.host} menjawab HTTP ${response.status}.` },
      },
    };
  }
  return { ok: true, text: await response.text() };
}
