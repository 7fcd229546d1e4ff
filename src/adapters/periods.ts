/**
 * Periods as publishers write them (SDMX reporting periods, compact and spelled-out forms), read
 * into the schema's forms; one reader for every adapter, so `2013Q1` means the same in each.
 */
import { parsePeriod } from '../data/periods.js';

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
