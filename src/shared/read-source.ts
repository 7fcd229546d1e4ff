/**
 * The steps from a URL to documents, shared by an element's `src` and a programme card's rows: the
 * format's adapter (its own chunk), the fetch with the format's Accept and request, its companion
 * files, the adapter's conversion, and what any failure of these steps says to the reader.
 */
import { fill, type Messages } from '../core/messages.js';
import { FORMATS, adapterOptions, loadAdapter, readsText } from '../adapters/registry.js';
import { mergeOverlay } from '../adapters/overlay.js';
import { AdapterError, type AdaptOptions, type AdapterModule, type Reading } from '../adapters/adapter.js';
import { fetchText, LoadError, parseJson } from './fetch-data.js';
import { ChunkError, chunkText, loadChunk } from './chunks.js';
import type { Failure } from '../core/pipeline.js';

export type { Reading } from '../adapters/adapter.js';

export interface Fetched {
  readonly raw: unknown;
  /** The final URL (after redirects), for resolving what the message points to. */
  readonly url: string;
  readonly at: number;
}

/** The adapter module `format` names; throws a LoadError('adapter') for an unknown format. */
export async function adapterFor(format: string, t: Messages): Promise<AdapterModule> {
  const loading = loadAdapter(format);
  if (!loading) throw new LoadError('adapter', fill(t.unknownFormat, { format, formats: FORMATS.join(', ') }));
  return loadChunk(format.trim().toLowerCase(), () => loading);
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

/** A conversion that failed, in the reader's words: a chunk that did not arrive is no fault of the data. */
export function adaptFailure(error: unknown, t: Messages, locale: string): Failure {
  if (error instanceof ChunkError) return { code: 'adapter', message: chunkText(t, error) };
  const text = error instanceof AdapterError ? error.text(locale) : error instanceof Error ? error.message : String(error);
  return { code: 'adapter', message: `${t.errorAdapter} ${text}` };
}

/**
 * A fetch that failed: the reader's sentence in the page's language, and the technical reason (the
 * address, the HTTP status, the limit) under it, in the collapsed details.
 */
export function loadFailure(error: unknown, t: Messages, locale: string): Failure {
  // An adapter's own reader (SDMX-JSON's) may refuse the message: that is the adapter's word.
  const e =
    error instanceof LoadError
      ? error
      : error instanceof AdapterError
        ? new LoadError('adapter', `${t.errorAdapter} ${error.text(locale)}`)
        : error instanceof ChunkError
          ? new LoadError('adapter', chunkText(t, error))
          : new LoadError('fetch', String(error));
  return { code: e.code, message: loadErrorText(t, e), issues: e.code === 'adapter' ? undefined : [e.message] };
}

function loadErrorText(t: Messages, e: LoadError): string {
  switch (e.code) {
    case 'timeout':
      return t.errorTimeout;
    case 'too-large':
      return t.errorTooLarge;
    case 'parse':
      return e.facts.kind === 'html' ? t.errorHtml : t.errorParse;
    case 'adapter':
      return e.message;
    default:
      if (e.facts.kind === 'credentials') return t.errorCredentials;
      return typeof e.facts.status === 'number' ? fill(t.errorStatus, { status: e.facts.status }) : t.errorFetch;
  }
}
