/**
 * Observations as an adapter read them, checked against the schema: what can be read is kept,
 * sorted by period; what cannot is left out and counted in a note, so that nothing disappears
 * without a word; two different values for one period are an error naming both.
 */
import { parsePeriod } from '../data/periods.js';
import { AdapterError } from './adapter.js';
import { mapStatus } from './codes.js';
import { describe, readNumber } from './loose-json.js';
import { normalizePeriod } from './periods.js';
import type { Note, Observation, Text } from '../data/schema.js';

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
export function cleanSeries(raw: readonly RawObservation[], format: string): { series: Observation[]; dropped: Dropped[] } {
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
