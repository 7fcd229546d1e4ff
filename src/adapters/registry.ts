/**
 * The formats an element's `format` attribute can name. Each adapter is its own chunk, imported
 * only when a page asks for it (the CDN bundle loads it from beside itself).
 */
import type { AdapterModule } from './adapter.js';

// A prototype-less map, so `format="constructor"` or `format="__proto__"` finds nothing.
const LOADERS: Readonly<Record<string, () => Promise<AdapterModule>>> = Object.assign(Object.create(null), {
  'sdmx-json': () => import('./sdmx-json.js'),
  worldbank: () => import('./worldbank.js'),
  bps: () => import('./bps.js'),
  opensdg: () => import('./opensdg.js'),
  'json-stat': () => import('./json-stat.js'),
  csv: () => import('./csv.js'),
});

export const FORMATS: readonly string[] = Object.freeze(Object.keys(LOADERS));

/** The adapter for a format name, or `undefined` for a name Indikator does not know. */
export function loadAdapter(format: string): Promise<AdapterModule> | undefined {
  const name = format.trim().toLowerCase();
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]!() : undefined;
}
