/**
 * What every adapter shares: reading loose JSON, text and periods, and `finish`, which turns what
 * an adapter found in a message into a valid indicator document by filling what the format lacks
 * with the stated defaults (architecture.md, "Data in"):
 *
 * - title from the message, else the file name of `source`;
 * - unit label from the message, else '';
 * - decimals from the message, else the largest number of decimals in the data, at most 4;
 * - direction 'neutral';
 * - a source naming the publisher, else the host of `source`;
 * - an id matching the schema's pattern.
 *
 * Observations the schema cannot take (an unreadable period or value) are left out and counted in
 * a note, so that nothing disappears without a word; two different values for one period are an
 * error naming both.
 */
import { MAX_DECIMALS } from '../core/format.js';
import { parsePeriod } from '../core/periods.js';
import { AdapterError } from './adapter.js';
import type { Area, IndicatorDocument, Note, Observation, Source, Target, Text } from '../data/schema.js';

// ---------------------------------------------------------------------------------------------
// Loose JSON

export type Json = Record<string, unknown>;

export const isRecord = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A string or a number as a trimmed string; anything else as undefined. */
export function str(x: unknown): string | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  return undefined;
}

/** A string as an error message quotes it: at most 40 characters. */
const quoted = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** A value for an error message: `the string "4,74"`, `the number 3`, `an array`. */
export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string') return `the string ${quoted(x)}`;
  if (typeof x === 'object') return 'an object';
  return `${typeof x === 'number' ? 'the number' : `a ${typeof x}`} ${String(x)}`;
}

/** `describe` for the Indonesian sentence: `teks "4,74"`, `angka 3`, `sebuah array`. */
export function describeId(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'tidak ada';
  if (Array.isArray(x)) return 'sebuah array';
  if (typeof x === 'string') return `teks ${quoted(x)}`;
  if (typeof x === 'object') return 'sebuah objek';
  return `${typeof x === 'number' ? 'angka' : `nilai ${typeof x}`} ${String(x)}`;
}

/** A number as publishers write it in JSON: a number, or a string with a `.` decimal. `null` for an empty cell; `undefined` when unreadable. */
export function readNumber(x: unknown): number | null | undefined {
  if (x === null || x === undefined) return null;
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  if (typeof x !== 'string') return undefined;
  const s = x.trim();
  if (s === '') return null;
  // Number('') is 0 and Number('0x10') is 16: only plain decimal notation is read.
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Text

const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A name as `Text`: a string, or a map of language tags (`{"en": "..."}`); empty or odd entries dropped. */
export function toText(x: unknown): Text | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (!isRecord(x)) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(x)) {
    const value = x[key];
    // Publishers write `EN` and `en`; the schema wants the primary subtag in lower case.
    const [first = '', ...rest] = key.split('-');
    const tag = [first.toLowerCase(), ...rest].join('-');
    if (typeof value === 'string' && value.trim() && LANG_TAG.test(tag)) out[tag] = value.trim();
  }
  return Object.keys(out).length ? out : undefined;
}

/** One string of a text: the language asked for, else English, else the first. */
export function textString(t: Text | undefined, lang = 'en'): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[lang] ?? t.en ?? Object.values(t)[0] ?? '';
}

/** Every string of a text (for matching a label in any language). */
export const textStrings = (t: Text | undefined): string[] => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t));

/** Applies `f` to each language of a text. */
export function mapText(t: Text, f: (s: string) => string): Text {
  if (typeof t === 'string') return f(t);
  const out: Record<string, string> = {};
  for (const key of Object.keys(t)) out[key] = f(t[key]!);
  return out;
}

/** Joins texts language by language (a plain string where every part is one). */
export function joinText(parts: readonly Text[], separator: string): Text | undefined {
  if (!parts.length) return undefined;
  if (parts.every((p) => typeof p === 'string')) return parts.join(separator);
  const langs = new Set<string>();
  for (const p of parts) if (typeof p !== 'string') for (const k of Object.keys(p)) langs.add(k);
  const out: Record<string, string> = {};
  for (const lang of langs) out[lang] = parts.map((p) => textString(p, lang)).join(separator);
  return out;
}

/** A title with what tells its series apart: `Title: Female, 2018`. */
export function withSuffix(head: Text | undefined, suffix: readonly Text[]): Text | undefined {
  const tail = joinText(suffix, ', ');
  if (!tail) return head;
  return head === undefined ? tail : joinText([head, tail], ': ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK = /^(p|br|div|li|ul|ol|tr|td|th|h[1-6]|table|section|blockquote|dd|dt)$/i;
const TAG_NAME = /<\/?([A-Za-z][A-Za-z0-9]*)/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{1,10});/y;

/**
 * HTML reduced to plain text without the DOM: the browser's HTML parsers are forbidden in src/
 * (they throw under Trusted Types). Tags are dropped (block tags leave a space), the contents of
 * `script` and `style` and comments are dropped, and the common entities are decoded.
 *
 * One pass, linear in the text whatever it holds: every search starts where the last one ended
 * (sticky regexes on the whole string, never a slice per tag; the next `>` is found once and
 * reused), since metadata is data and `<a` repeated 100,000 times must not stall the page.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let text = 0; // start of the text not yet copied
  let i = 0;
  let gt = -1; // the next `>` at or after i (-1: not looked for yet)
  const copy = (to: number) => {
    if (to > text) parts.push(html.slice(text, to));
  };
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        copy(i);
        const end = html.indexOf('-->', i + 4);
        i = text = end < 0 ? html.length : end + 3;
        continue;
      }
      if (gt < i) gt = html.indexOf('>', i);
      TAG_NAME.lastIndex = i;
      const name = gt >= 0 ? TAG_NAME.exec(html) : null;
      // A name runs to the first character that is not a letter, digit or `_` (`<a_b>` is none);
      // a lone `<` is text (`a < b`), and so is a `<` with no `>` after it.
      if (!name || html.charCodeAt(TAG_NAME.lastIndex) === 95) {
        i++;
        continue;
      }
      copy(i);
      const tag = name[1]!.toLowerCase();
      const closing = html.charCodeAt(i + 1) === 47;
      i = text = gt + 1;
      if ((tag === 'script' || tag === 'style') && !closing) {
        const close = new RegExp(`</${tag}`, 'gi');
        close.lastIndex = i;
        const found = close.exec(html);
        const end = found ? html.indexOf('>', close.lastIndex) : -1;
        i = text = end < 0 ? html.length : end + 1;
        continue;
      }
      if (BLOCK.test(tag)) parts.push(' ');
      continue;
    }
    if (c === 38 /* & */) {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(html);
      if (entity) {
        const body = entity[1]!;
        let decoded: string | undefined;
        if (body.startsWith('#')) {
          const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          decoded = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
        } else decoded = Object.hasOwn(ENTITIES, body.toLowerCase()) ? ENTITIES[body.toLowerCase()] : undefined;
        if (decoded !== undefined) {
          copy(i);
          parts.push(decoded);
          i = text = ENTITY.lastIndex;
          continue;
        }
      }
    }
    i++;
  }
  copy(html.length);
  return parts
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Periods, numbers, ids, status codes

const pad2 = (n: number | string) => String(n).padStart(2, '0');

/**
 * A publisher's period in the schema's form: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-Sn`,
 * `YYYY-Wnn`. Reads SDMX reporting periods (`2013-A1`, `2013-S1`, `2013-Q1`, `2013-M01`,
 * `2013-W05`, `2013-D018`, a date-time), and the compact forms of World Bank and JSON-stat
 * providers (`2013Q1`, `2013M01`, Nordic `2013K1`, `2013H1`). `undefined` when it is none of these.
 */
export function normalizePeriod(raw: unknown): string | undefined {
  // Spaces inside a period are the publisher's typography (Open SDG `2000 Q1`, `2013 M01`).
  const s = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
  if (s.length > 40) return undefined;
  let m: RegExpExecArray | null;
  let key: string | undefined;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) key = s;
  else if ((m = /^(\d{4}) ?-? ?A1?$/.exec(s))) key = m[1]!;
  else if ((m = /^(\d{4}) ?-? ?[SH]([12])$/.exec(s))) key = `${m[1]}-S${m[2]}`;
  else if ((m = /^(\d{4}) ?-? ?[QK]([1-4])$/.exec(s))) key = `${m[1]}-Q${m[2]}`;
  else if ((m = /^[QK]([1-4]) ?-? ?(\d{4})$/.exec(s))) key = `${m[2]}-Q${m[1]}`;
  else if ((m = /^(\d{4}) ?-? ?M(\d{1,2})$/.exec(s))) key = `${m[1]}-${pad2(m[2]!)}`;
  else if ((m = /^(\d{4}) ?-? ?W(\d{1,2})$/.exec(s))) key = `${m[1]}-W${pad2(m[2]!)}`;
  else if ((m = /^(\d{4})-D(\d{3})$/.exec(s))) key = dayOfYear(Number(m[1]), Number(m[2]));
  else if ((m = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(s)) || (m = /^(\d{4}) ([A-Za-z]{3,9})$/.exec(s))) {
    // "Jan 1996", "1996 JAN" (ONS), "Januari 2024" (BPS): English and Indonesian month names.
    const [word, year] = /^\d/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const month = monthNumber(word);
    if (month) key = `${year}-${pad2(month)}`;
  } else if ((m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s))) key = m[1]!;
  return key !== undefined && parsePeriod(key) ? key : undefined;
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'january', 'januari'],
  ['feb', 'february', 'februari'],
  ['mar', 'march', 'maret'],
  ['apr', 'april'],
  ['may', 'mei'],
  ['jun', 'june', 'juni'],
  ['jul', 'july', 'juli'],
  ['aug', 'august', 'agu', 'agustus', 'ags'],
  ['sep', 'sept', 'september'],
  ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november', 'nop', 'nopember'],
  ['dec', 'december', 'des', 'desember'],
];

/** 1-12 for an English or Indonesian month name or its usual abbreviation, else undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTH_NAMES.findIndex((names) => names.includes(w));
  return i < 0 ? undefined : i + 1;
}

function dayOfYear(year: number, day: number): string | undefined {
  const d = new Date(Date.UTC(2000, 0, day));
  d.setUTCFullYear(year, 0, day);
  if (day < 1 || d.getUTCFullYear() !== year) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Digits after the decimal point of a number as JavaScript writes it (`1.5e-7` → 8). */
export function decimalsOf(n: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(n)));
  if (!m) return 0;
  return Math.max(0, (m[2]?.length ?? 0) - Number(m[3] ?? 0));
}

/** An integer in [min, max] read from a number or a digit string, else undefined. */
export function readInt(x: unknown, min: number, max: number): number | undefined {
  const n = typeof x === 'number' ? x : typeof x === 'string' && /^\s*[+-]?\d+\s*$/.test(x) ? Number(x) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Any string made to fit the schema's id pattern `^[A-Za-z0-9][A-Za-z0-9._:-]*$`. */
export function sanitizeId(raw: string, fallback = 'indicator'): string {
  const s = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Montréal → Montreal rather than Montr_al
    .replace(/[^A-Za-z0-9._:-]+/g, '_')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/_+$/, '');
  return s || fallback;
}

const STATUS_CODE = /^[A-Za-z0-9_]{1,8}$/;
/** Eurostat's flags whose meaning is the SDMX letter's: definition differs, estimated, provisional, break. */
const EUROSTAT: Record<string, string> = { d: 'D', e: 'E', p: 'P', b: 'B' };

/**
 * Status codes as the schema takes them: Eurostat `d e p b` become SDMX `D E P B`, other codes
 * pass through; a code the schema cannot hold (`:`, too long) comes back in `rejected`.
 */
export function mapStatus(raw: unknown): { codes: string[]; rejected: string[] } {
  const split = (x: unknown) => (typeof x === 'string' ? x.split(/[\s,;]+/) : []);
  const tokens = Array.isArray(raw) ? raw.flatMap(split) : split(raw);
  const codes: string[] = [];
  const rejected: string[] = [];
  for (const t of tokens) {
    if (!t) continue;
    const code = Object.hasOwn(EUROSTAT, t) ? EUROSTAT[t]! : t;
    if (!STATUS_CODE.test(code)) rejected.push(t);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, rejected };
}

/** The SDMX frequency letter the schema takes, for a publisher's code or a granularity. */
const FREQUENCY: Record<string, IndicatorDocument['frequency']> = {
  A: 'A',
  S: 'S',
  Q: 'Q',
  M: 'M',
  W: 'W',
  D: 'D',
  year: 'A',
  semester: 'S',
  quarter: 'Q',
  month: 'M',
  week: 'W',
  day: 'D',
};

// ---------------------------------------------------------------------------------------------
// The `source` URL: file name, host, and a public form of it

function parseUrl(source: string | undefined): URL | undefined {
  if (!source) return undefined;
  try {
    return new URL(source);
  } catch {
    return undefined;
  }
}

/** `.../data/1-2-1.json?x` → `1-2-1`. Works for relative paths too. */
export function fileName(source: string | undefined): string | undefined {
  if (!source) return undefined;
  const path = source.split(/[?#]/)[0]!;
  let last = path.slice(path.lastIndexOf('/') + 1);
  try {
    last = decodeURIComponent(last);
  } catch {
    /* a stray % stays as written */
  }
  const name = last.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return name || undefined;
}

export const sourceHost = (source: string | undefined): string | undefined => parseUrl(source)?.host || undefined;

const SECRET_PARAM = /^(key|api[-_]?key|apikey|token|access[-_]?token|auth|signature|sig|secret|password)$/i;

/**
 * The URL a reader may see: http(s) only, without credentials, API keys or tokens (a BPS WebAPI
 * URL carries the key in its path, `/key/<key>/`), so a document never publishes a secret.
 */
export function publicUrl(source: string | undefined): string | undefined {
  const url = parseUrl(source);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) if (SECRET_PARAM.test(name)) url.searchParams.delete(name);
  url.pathname = url.pathname.replace(/\/(key|apikey|token)\/[^/]+/gi, '');
  url.hash = '';
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// finish: a document from what an adapter found

/** An observation as an adapter read it; `finish` checks it against the schema. */
export interface RawObservation {
  /** The period as published (normalized here). */
  readonly period: unknown;
  /** A number, `null` (published as missing), or what was there when it could not be read. */
  readonly value: unknown;
  readonly status?: unknown;
  readonly lower?: unknown;
  readonly upper?: unknown;
  readonly note?: Text | undefined;
}

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

interface Dropped {
  readonly period: string;
  readonly reason: 'period' | 'value' | 'status';
  readonly detail: string;
}

const REASONS: Record<Dropped['reason'], { en: string; id: string }> = {
  period: { en: 'period not understood', id: 'periode tidak dikenali' },
  value: { en: 'value is not a number', id: 'nilai bukan angka' },
  status: { en: 'status code left out', id: 'kode status tidak dipakai' },
};

const MAX_EXAMPLES = 5;

/**
 * What was left out, counted per reason with a few examples each, so that a file that lost 9,261
 * rows says so in one readable sentence rather than listing every row.
 */
export function droppedNote(dropped: readonly Dropped[]): Note | undefined {
  if (!dropped.length) return undefined;
  const byReason = new Map<Dropped['reason'], Dropped[]>();
  const counts = new Map<Dropped['reason'], number>();
  for (const d of dropped) {
    const some = byReason.get(d.reason) ?? [];
    if (some.length < MAX_EXAMPLES) byReason.set(d.reason, [...some, d]);
    counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  }
  const list = (lang: 'en' | 'id') =>
    [...byReason]
      .map(([reason, some]) => {
        const n = counts.get(reason)!;
        const examples = some.map((d) => (d.reason === 'period' ? d.detail : `${d.period}: ${d.detail}`));
        const more = n > MAX_EXAMPLES ? ', …' : '';
        const count = n.toLocaleString(lang);
        const rows = lang === 'en' ? `${count} row${n === 1 ? '' : 's'}` : `${count} baris`;
        return `${rows}, ${REASONS[reason][lang]} (${examples.join(', ')}${more})`;
      })
      .join('; ');
  const periods = [...new Set(dropped.map((d) => d.period).filter((p) => parsePeriod(p)))].slice(0, 50);
  return {
    kind: 'discrepancy',
    text: {
      en: `Not everything in the published data could be read: ${list('en')}.`,
      id: `Tidak semua data yang diterbitkan dapat dibaca: ${list('id')}.`,
    },
    ...(periods.length ? { periods } : {}),
  };
}

/** The observations the schema can take, sorted by period, and what was left out. */
function cleanSeries(raw: readonly RawObservation[], format: string): { series: Observation[]; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const byPeriod = new Map<string, Observation>();
  for (const o of raw) {
    const shown = typeof o.period === 'string' || typeof o.period === 'number' ? String(o.period) : describe(o.period);
    const period = normalizePeriod(o.period);
    if (!period) {
      dropped.push({ period: shown, reason: 'period', detail: JSON.stringify(shown) });
      continue;
    }
    const value = readNumber(o.value);
    if (value === undefined) {
      dropped.push({ period, reason: 'value', detail: describe(o.value) });
      continue;
    }
    const obs: Observation = { period, value };
    const { codes, rejected } = mapStatus(o.status);
    if (codes.length) obs.status = codes;
    for (const r of rejected) dropped.push({ period, reason: 'status', detail: JSON.stringify(r) });
    const lower = readNumber(o.lower);
    const upper = readNumber(o.upper);
    if (typeof lower === 'number') obs.lower = lower;
    if (typeof upper === 'number') obs.upper = upper;
    if (o.note !== undefined) obs.note = o.note;
    const seen = byPeriod.get(period);
    if (seen) {
      // The same period twice (a series key repeated across data sets, a row written twice): an
      // identical repeat, or a gap beside a value, merges into one observation; two different
      // values are an error naming both, since neither can be shown as the truth.
      if (seen.value === null && value !== null) byPeriod.set(period, obs);
      else if (value !== null && seen.value !== value) {
        throw new AdapterError(
          `${format}: two different values for ${period}: ${seen.value} and ${value}; correct the data so that each period has one value`,
          `${format}: dua nilai berbeda untuk ${period}: ${seen.value} dan ${value}; perbaiki data agar setiap periode hanya punya satu nilai`,
        );
      }
      continue;
    }
    byPeriod.set(period, obs);
  }
  let series = [...byPeriod.values()];
  // A table that mixes frequencies (INE's quarterly survey beside empty annual cells) would break
  // the line at every empty year: gaps of a frequency that carries no value at all are left out.
  const valued = new Set(series.filter((o) => o.value !== null).map((o) => parsePeriod(o.period)!.granularity));
  if (valued.size) series = series.filter((o) => o.value !== null || valued.has(parsePeriod(o.period)!.granularity));
  series.sort((a, b) => {
    const pa = parsePeriod(a.period)!;
    const pb = parsePeriod(b.period)!;
    return pa.start - pb.start || pa.end - pb.end;
  });
  return { series, dropped };
}

/**
 * Decimals for data whose message states none: the largest number of decimals in the data, at
 * most 4, and no more than a reader can use at the data's size (about four significant digits of
 * a typical value): -64,025,866,378.843 is shown as -64,025,866,379, 0.05895 as 0.0590.
 */
export function dataDecimals(values: readonly (number | null)[]): number {
  let max = 0;
  const sizes: number[] = [];
  for (const v of values) {
    if (v === null) continue;
    max = Math.max(max, decimalsOf(v));
    if (v !== 0) sizes.push(Math.abs(v));
  }
  sizes.sort((a, b) => a - b);
  const typical = sizes[Math.floor(sizes.length / 2)];
  const useful = typical === undefined ? MAX_DECIMALS : Math.max(0, 3 - Math.floor(Math.log10(typical)));
  return Math.min(max, MAX_DECIMALS, useful);
}

const UNSTATED_SOURCE: Text = { en: 'Source not stated in the file', id: 'Sumber tidak disebutkan dalam berkas' };

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
  const name = fileName(options.source);
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
