/**
 * The metadata overlay: with `src` + `format`, an inline JSON child is a partial indicator
 * document merged over what the adapter made of the published message (a title in the page's
 * language, the direction, the targets and baseline the publisher's format cannot carry).
 */
import type { IndicatorDocument } from '../data/schema.js';

/** Fields an overlay replaces. */
const REPLACED = [
  'id',
  'title',
  'shortTitle',
  'description',
  'area',
  'direction',
  'frequency',
  'periodNote',
  'referenceMonth',
  'limits',
  'baseline',
  'targets',
  'decimals',
  'codes',
  'updated',
] as const;

/**
 * A new document: `doc` with the overlay's fields. `unit` is merged field by field; `notes` and
 * `sources` are appended. Only the overlay's own keys count (never inherited ones).
 */
export function mergeOverlay(doc: IndicatorDocument, overlay: unknown): IndicatorDocument {
  if (typeof overlay !== 'object' || overlay === null || Array.isArray(overlay)) return doc;
  const o = overlay as Record<string, unknown>;
  const own = (key: string) => Object.hasOwn(o, key) && o[key] !== undefined;
  const merged: Record<string, unknown> = { ...doc };
  for (const key of REPLACED) if (own(key)) merged[key] = o[key];
  if (own('unit') && typeof o.unit === 'object' && o.unit !== null) merged.unit = { ...doc.unit, ...(o.unit as object) };
  if (Array.isArray(o.notes)) merged.notes = [...(doc.notes ?? []), ...o.notes];
  if (Array.isArray(o.sources)) merged.sources = [...doc.sources, ...o.sources];
  return merged as unknown as IndicatorDocument;
}
