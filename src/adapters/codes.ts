/**
 * Codes the schema constrains: ids, observation status codes and frequency letters. Publishers'
 * codes are mapped to the schema's where the meaning is the same, and made to fit where it is not.
 */
import type { IndicatorDocument } from '../data/schema.js';

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
export const FREQUENCY: Record<string, IndicatorDocument['frequency']> = {
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
