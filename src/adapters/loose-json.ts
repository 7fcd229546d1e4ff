/**
 * Reading loose JSON: what a published message holds where the format says little about types
 * (a number as a string, a name as a number), and describing a value for an error message, in
 * English and Indonesian, so that a sentence says what was found rather than "invalid".
 */

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

/** An integer in [min, max] read from a number or a digit string, else undefined. */
export function readInt(x: unknown, min: number, max: number): number | undefined {
  const n = typeof x === 'number' ? x : typeof x === 'string' && /^\s*[+-]?\d+\s*$/.test(x) ? Number(x) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}
