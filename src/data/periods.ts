/**
 * Reporting periods: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-Sn`, `YYYY-Wnn`.
 * Parsed as UTC from their parts (never through `Date.parse`, whose reading of `2024-03` depends on
 * the engine and of local times on the machine's zone), so a result never depends on where it runs.
 */
import { ownDate, type DateShape } from './own-format.js';

export type Granularity = 'year' | 'semester' | 'quarter' | 'month' | 'week' | 'day';

export interface Period {
  /** The period as written in the document. */
  readonly key: string;
  readonly granularity: Granularity;
  /** First instant, in ms since the epoch (UTC). */
  readonly start: number;
  /** First instant after the period (exclusive). */
  readonly end: number;
  readonly year: number;
}

const DAY = 86_400_000;

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (the one Date uses), by
 * arithmetic (H. Hinnant's days_from_civil): a daily series of 100,000 periods makes no Date.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The first instant of a day in UTC; `month0` may run past 11 (12 is January of the next year). */
const utc = (year: number, month0: number, day = 1): number =>
  daysFromCivil(year + Math.floor(month0 / 12), (((month0 % 12) + 12) % 12) + 1, day) * DAY;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1));

/** Monday of ISO week 1: the week that holds 4 January. */
const isoWeekOne = (year: number): number => {
  const jan4 = utc(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY;
};

const weeksIn = (year: number): number => Math.round((isoWeekOne(year + 1) - isoWeekOne(year)) / (7 * DAY));

/** The digits of `key` from `from` to `to` (exclusive) as a number, or -1 when one is not a digit. */
function digits(key: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = key.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// The last period read by `read`: a reader that needs only its instants (a column of 100,000
// starts) takes them from here and makes no object.
let granularity: Granularity = 'year';
let start = 0;
let end = 0;

const set = (g: Granularity, from: number, to: number): true => {
  granularity = g;
  start = from;
  end = to;
  return true;
};

/** Reads a period into the scratch above; false for one that is malformed or impossible. */
function read(key: string): boolean {
  if (typeof key !== 'string') return false;
  const length = key.length;
  const year = digits(key, 0, 4);
  if (year < 0 || (length !== 4 && key.charCodeAt(4) !== 45) /* - */) return false;
  if (length === 4) return set('year', utc(year, 0), utc(year + 1, 0));
  const kind = key.charCodeAt(5);
  if (length === 7 && (kind === 81 /* Q */ || kind === 83) /* S */) {
    const n = key.charCodeAt(6) - 48;
    if (kind === 81 && n >= 1 && n <= 4) return set('quarter', utc(year, (n - 1) * 3), utc(year, n * 3));
    if (kind === 83 && (n === 1 || n === 2)) return set('semester', utc(year, (n - 1) * 6), utc(year, n * 6));
    return false;
  }
  if (length === 8 && kind === 87 /* W */) {
    const w = digits(key, 6, 8);
    if (w < 1 || w > weeksIn(year)) return false;
    const from = isoWeekOne(year) + (w - 1) * 7 * DAY;
    return set('week', from, from + 7 * DAY);
  }
  if (length !== 7 && length !== 10) return false;
  const month = digits(key, 5, 7);
  if (month < 1 || month > 12) return false;
  if (length === 7) return set('month', utc(year, month - 1), utc(year, month));
  const day = key.charCodeAt(7) === 45 ? digits(key, 8, 10) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  const from = utc(year, month - 1, day);
  return set('day', from, from + DAY);
}

/**
 * Parses a period, or returns `undefined` for one that is malformed or impossible (`2023-02-30`).
 * Read by character codes, with no regex, match array or cache.
 */
export function parsePeriod(key: string): Period | undefined {
  return read(key) ? { key, granularity, start, end, year: digits(key, 0, 4) } : undefined;
}

/**
 * A period's first and next-after instants into two columns at `i`, with no object made (a series
 * is read into typed arrays: normalize.ts); false, and nothing written, for a period that is not one.
 */
export function periodInto(key: string, starts: Float64Array, ends: Float64Array, i: number): boolean {
  if (!read(key)) return false;
  starts[i] = start;
  ends[i] = end;
  return true;
}

/**
 * A yearly period as drawn for a document that gives the month its yearly values describe
 * (`referenceMonth`: 3 for a March survey round): the same period, starting at that month, so it
 * lines up with series given by month (`2024-03`). Key, year and end are unchanged; any other
 * period is returned as it is.
 */
export function atMonth(period: Period, month: number | undefined): Period {
  if (period.granularity !== 'year' || !month || month <= 1 || month > 12) return period;
  return { ...period, start: utc(period.year, month - 1) };
}

/** A document's own `referenceMonth` (never one a page added to Object.prototype). */
export const referenceMonth = (doc: { readonly referenceMonth?: number | undefined }): number | undefined =>
  Object.hasOwn(doc, 'referenceMonth') ? doc.referenceMonth : undefined;

export const isValidPeriod = (key: string): boolean => parsePeriod(key) !== undefined;

/**
 * Compares two periods at the coarser granularity of the two: `2024-03` is *in* `2024` (0),
 * `2023-12` is before it (-1). Periods that overlap count as the same.
 */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  if (a.start < b.end && b.start < a.end) return 0;
  return a.start < b.start ? -1 : 1;
}

/** A moment as a decimal year (2024-07-02 ≈ 2024.5), so that whole years between January starts are exact. */
export function decimalYear(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = utc(year, 0);
  return year + (ms - start) / (utc(year + 1, 0) - start);
}

/** Years between the starts of two periods (negative when `b` is earlier). */
export const yearsBetween = (a: Period, b: Period): number => decimalYear(b.start) - decimalYear(a.start);

const WORDS: Record<string, { quarter: string; semester: string; week: string }> = {
  id: { quarter: 'Triwulan {n} {y}', semester: 'Semester {n} {y}', week: 'Minggu {n} {y}' },
  en: { quarter: 'Q{n} {y}', semester: 'H{n} {y}', week: 'Week {n}, {y}' },
};

/** Writes a UTC instant as a date. */
export interface DateFormatter {
  format(ms: number): string;
}

const formatters = new Map<string, DateFormatter>();
/**
 * A cached date formatter in UTC (periods are UTC instants; the reader's zone must not shift them):
 * en and id are written without Intl (data/own-format.ts), other locales through a cached
 * `Intl.DateTimeFormat`.
 */
export function dateFormat(locale: string, shape: DateShape): DateFormatter {
  const id = `${locale}|${shape.year ?? ''}|${shape.month}|${shape.day ?? ''}`;
  let f = formatters.get(id);
  if (!f) {
    let intl: Intl.DateTimeFormat | undefined;
    const viaIntl = (ms: number) => (intl ??= new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' })).format(ms);
    formatters.set(id, (f = { format: (ms) => ownDate(ms, locale, shape) ?? viaIntl(ms) }));
  }
  return f;
}

/** The period as a reader would write it in `locale`: `2024`, `Mar 2024`, `16 Jul 2025`, `Q1 2024`. */
export function formatPeriod(period: Period, locale: string, style: 'short' | 'long' = 'short'): string {
  const year = String(period.year).padStart(4, '0');
  const lang = locale.split('-')[0]!.toLowerCase();
  const words = Object.hasOwn(WORDS, lang) ? WORDS[lang]! : WORDS.en!;
  const fill = (template: string, n: number) => template.replace('{n}', String(n)).replace('{y}', year);
  switch (period.granularity) {
    case 'year':
      return year;
    case 'month':
      return dateFormat(locale, { year: 'numeric', month: style }).format(period.start);
    case 'day':
      return dateFormat(locale, { year: 'numeric', month: style, day: 'numeric' }).format(period.start);
    case 'quarter':
      return fill(words.quarter, Number(period.key.slice(-1)));
    case 'semester':
      return fill(words.semester, Number(period.key.slice(-1)));
    case 'week':
      return fill(words.week, Number(period.key.slice(-2)));
  }
}
