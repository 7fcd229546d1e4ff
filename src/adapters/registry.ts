/**
 * The formats an element's `format` attribute can name, and what each declares before its chunk
 * loads: whether its message is read as text or JSON, and which element attributes it takes as
 * options. Each adapter is its own chunk, imported only when a page asks for it (the CDN bundle
 * loads it from beside itself).
 */
import type { AdapterModule, AdapterOption } from './adapter.js';

export interface AdapterEntry {
  /** The adapter's chunk. */
  readonly load: () => Promise<AdapterModule>;
  /** How the fetched (or inline) message reaches `adapt`: the text itself, or parsed as JSON (with the module's `parse`, if any). */
  readonly reads: 'text' | 'json';
  /** The element attributes passed to `adapt` as options, beside `select` and `source` (which every adapter takes). */
  readonly options: readonly AdapterOption[];
}

const ADAPTERS = {
  'sdmx-json': { load: () => import('./sdmx-json.js'), reads: 'json', options: [] },
  worldbank: { load: () => import('./worldbank.js'), reads: 'json', options: [] },
  bps: { load: () => import('./bps.js'), reads: 'json', options: [] },
  opensdg: { load: () => import('./opensdg.js'), reads: 'json', options: [] },
  'json-stat': { load: () => import('./json-stat.js'), reads: 'json', options: [] },
  csv: { load: () => import('./csv.js'), reads: 'text', options: ['decimal', 'delimiter'] },
} as const satisfies Record<string, AdapterEntry>;

type Format = keyof typeof ADAPTERS;

export const FORMATS: readonly string[] = Object.freeze(Object.keys(ADAPTERS));

/** Every option some adapter declares, each once (what the element's reading depends on, whatever the format). */
export const ADAPTER_OPTIONS: readonly AdapterOption[] = Object.freeze([
  ...new Set(Object.values(ADAPTERS).flatMap((a): readonly AdapterOption[] => a.options)),
]);

/** The entry for a format name, or `undefined`. Own properties only, so `format="constructor"` or `format="__proto__"` finds nothing. */
function entry(format: string): AdapterEntry | undefined {
  const name = format.trim().toLowerCase();
  return Object.hasOwn(ADAPTERS, name) ? ADAPTERS[name as Format] : undefined;
}

/** The adapter for a format name, or `undefined` for a name Indikator does not know. */
export function loadAdapter(format: string): Promise<AdapterModule> | undefined {
  return entry(format)?.load();
}

/** The format's message is text (CSV), not JSON: inline it comes as a `text/csv` script, fetched it is not parsed. */
export function readsText(format: string): boolean {
  return entry(format)?.reads === 'text';
}

/** The element attributes the format takes as options (none for a name Indikator does not know). */
export function adapterOptions(format: string): readonly AdapterOption[] {
  return entry(format)?.options ?? [];
}
