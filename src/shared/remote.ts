/**
 * What an element needs only to fetch `src` or convert a published format: the fetch with the
 * format's Accept and request, its companion files, the adapter's conversion with the overlay, and
 * the refresh timer. A chunk of its own (read-source.ts loads it), so that a page whose widgets get
 * `data` or inline JSON never loads it.
 */
import { adapterOptions, readsText } from '../adapters/registry.js';
import { mergeOverlay } from '../adapters/overlay.js';
import type { AdaptOptions, AdapterModule, Reading } from '../adapters/adapter.js';
import { fetchText, parseJson } from './fetch-data.js';

export { RefreshTimer } from './refresh-timer.js';

export interface Fetched {
  readonly raw: unknown;
  /** The final URL (after redirects), for resolving what the message points to. */
  readonly url: string;
  readonly at: number;
}

/**
 * Fetches `url` and reads it as the format's message (text for CSV, else JSON with the adapter's own
 * parse), with the format's companion files beside it (Open SDG's data and meta). `undefined` when
 * `wanted()` turns false on the way (a newer reading started).
 */
export async function fetchMessage(
  url: string,
  format: string | undefined,
  adapter: AdapterModule | undefined,
  { signal, fresh, wanted = () => true }: { signal: AbortSignal; fresh: boolean; wanted?: () => boolean },
): Promise<Fetched | undefined> {
  const fetched = await fetchText(url, { signal, fresh, accept: adapter?.accept, request: adapter?.request?.(url) });
  if (!wanted()) return undefined;
  let raw = format && readsText(format) ? fetched.text : parseJson(fetched.text, url, fetched.contentType, adapter?.parse);
  if (adapter?.companions) {
    const message: Record<string, unknown> = { data: raw };
    for (const [name, companion] of Object.entries(adapter.companions(fetched.url))) {
      const more = await fetchText(companion, { signal, fresh, accept: adapter.accept, request: adapter.request?.(companion) });
      message[name] = parseJson(more.text, companion, more.contentType);
    }
    if (!wanted()) return undefined;
    raw = message;
  }
  return { raw, url: fetched.url, at: fetched.at };
}

/** A published message → its documents (one, or an array, the primary first), the overlay merged into each. Throws the adapter's errors. */
export function adaptMessage(adapter: AdapterModule, message: unknown, reading: Reading, source: string | undefined, overlay?: unknown): unknown {
  // The options the format declares, and no others.
  const options: { -readonly [K in keyof AdaptOptions]: AdaptOptions[K] } = { select: reading.select, source };
  for (const name of adapterOptions(reading.format ?? '')) options[name] = reading.options?.[name];
  const docs = adapter.adapt(message, options).map((doc) => mergeOverlay(doc, overlay));
  return docs.length === 1 ? docs[0] : docs;
}
