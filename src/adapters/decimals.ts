/**
 * How many decimals a series is shown with when its message states none: read from the data, and
 * capped at what a reader can use.
 */
import { MAX_DECIMALS } from '../core/format.js';

/** Digits after the decimal point of a number as JavaScript writes it (`1.5e-7` → 8). */
export function decimalsOf(n: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(n)));
  if (!m) return 0;
  return Math.max(0, (m[2]?.length ?? 0) - Number(m[3] ?? 0));
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
