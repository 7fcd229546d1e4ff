/**
 * The trend line's scales: a linear map small enough to keep one per axis in every layout (d3-scale
 * would be a dependency for two lines of arithmetic), the rounding every coordinate goes through,
 * and the y domain with its rules (rates from 0, the document's limits, a lone value centred).
 */
import { nice } from 'd3-array';

/** A linear map from a domain to a range; a zero-width domain maps to the middle of the range. */
export interface Linear {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  invert(position: number): number;
}

export function linear(domain: readonly [number, number], range: readonly [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const ok = Number.isFinite(span) && span !== 0;
  const k = ok ? (r1 - r0) / span : 0;
  const mid = (r0 + r1) / 2;
  const scale = ((v: number) => {
    const out = ok ? r0 + (v - d0) * k : mid;
    // Never hand NaN or Infinity to an attribute: a value that cannot be placed sits at the edge.
    return Number.isFinite(out) ? out : Number.isNaN(out) ? mid : out > 0 ? Math.max(r0, r1) : Math.min(r0, r1);
  }) as Linear;
  return Object.assign(scale, {
    domain,
    range,
    invert: (p: number) => (ok ? d0 + (p - r0) / k : d0),
  });
}

/** Rounds a coordinate to 2 decimals (sub-pixel enough) so path strings stay short. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;

export interface YDomainInput {
  readonly values: readonly number[];
  /** A rate (per cent unit, or every value >= 0 in per cent): the axis starts at 0. */
  readonly fromZero: boolean;
  readonly limits?: { readonly min?: number | undefined; readonly max?: number | undefined } | undefined;
}

/**
 * The value extent, made "nice", from 0 for rates, clamped to the document's `limits`. A single
 * value (or all equal) gets a band around it so the line sits in the middle, not on an edge.
 */
export function yDomain({ values, fromZero, limits }: YDomainInput): [number, number] {
  let [lo, hi] = minMax(values) ?? [0, 1];
  if (fromZero && lo >= 0) lo = 0;
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    hi += pad;
    if (!(fromZero && lo === 0)) lo -= pad;
  }
  const [dataLo, dataHi] = [lo, hi];
  [lo, hi] = nice(lo, hi, 5);
  // Near the ends of the double range "nice" rounds past them to Infinity: keep the data's own extent.
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [dataLo, dataHi];
  // The limits trim the padding that "nice" adds (a rate's axis stops at 100%), never the data.
  if (limits?.min !== undefined && Number.isFinite(limits.min)) lo = Math.max(lo, Math.min(limits.min, dataLo));
  if (limits?.max !== undefined && Number.isFinite(limits.max)) hi = Math.min(hi, Math.max(limits.max, dataHi));
  if (!(hi > lo)) hi = lo + 1;
  return [lo, hi];
}

/**
 * Min and max of the finite numbers, in one pass and without spreading them as arguments (100,000
 * would overflow the stack); `undefined` when there are none.
 */
export function minMax(values: readonly number[]): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}
