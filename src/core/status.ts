/**
 * Is it on track? One pure function, `assessStatus`, used by every element. (Being written: see the
 * contract in ../shared/design/architecture.md, "Status: is it on track?".)
 */
import type { Period } from './periods.js';
import type { Point } from '../data/normalize.js';
import type { IndicatorDocument, Target } from '../data/schema.js';

export type StatusWord = 'achieved' | 'missed' | 'on-track' | 'off-track' | 'wrong-direction' | 'no-data';

export interface StatusResult {
  /** The verdict; `null` when the document has no target (or `targetId` names none). */
  readonly status: StatusWord | null;
  /** The target judged. */
  readonly target: Target | null;
  /** Its deadline period. */
  readonly deadline: Period | null;
  /** The latest observation with a value, as of `asOf`. */
  readonly latest: Point | null;
  /** The observation the verdict is about: the latest, or once past the deadline the one in the deadline period. */
  readonly judged: Point | null;
  /** The baseline used: the document's if not later than `judged`, else the first observation. */
  readonly baseline: { readonly period: Period; readonly value: number } | null;
  /** Average change per year between baseline and judged. */
  readonly ratePerYear: number | null;
  /** Where the straight line at `ratePerYear` stands at the end of the deadline period. */
  readonly projected: number | null;
}

export interface AssessOptions {
  /** A period: judge the data as it stood then. */
  readonly asOf?: string;
}

export declare function assessStatus(doc: IndicatorDocument, targetId?: string, options?: AssessOptions): StatusResult;
