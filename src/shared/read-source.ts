/**
 * The steps from a URL to documents, shared by an element's `src` and a programme card's rows, and
 * what any failure of them says to the reader. The format's adapter is a chunk of its own; so are
 * the fetch and the conversion (remote.ts, loaded by `loadRemote` when an element first fetches or
 * converts), so that a page whose widgets get `data` never loads them. The error texts stay here,
 * eager: they are needed exactly when the network has failed.
 */
import { fill, type Messages } from '../core/messages.js';
import { FORMATS, loadAdapter } from '../adapters/registry.js';
import { AdapterError, type AdapterModule } from '../adapters/adapter.js';
import { LoadError } from './load-error.js';
import { ChunkError, chunkText, loadChunk } from './chunks.js';
import type { Failure } from '../core/pipeline.js';

export type Remote = typeof import('./remote.js');

let remote: Promise<Remote> | undefined;
/** The fetching and converting code (remote.ts), one request the first time any element needs it. */
export function loadRemote(): Promise<Remote> {
  // A chunk that failed is asked for again next time (a network that came back).
  return (remote ??= loadChunk('fetch', () => import('./remote.js')).catch((error: unknown) => {
    remote = undefined;
    throw error;
  }));
}

export type { Reading } from '../adapters/adapter.js';

/** The adapter module `format` names; throws a LoadError('adapter') for an unknown format. */
export async function adapterFor(format: string, t: Messages): Promise<AdapterModule> {
  const loading = loadAdapter(format);
  if (!loading) throw new LoadError('adapter', fill(t.unknownFormat, { format, formats: FORMATS.join(', ') }));
  return loadChunk(format.trim().toLowerCase(), () => loading);
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
  // The fetching code itself did not arrive: nothing was asked of the server.
  if (error instanceof ChunkError && error.part === 'fetch') return { code: 'fetch', message: chunkText(t, error) };
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
