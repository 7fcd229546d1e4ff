/**
 * Fetching data for `src`: timeouts, a size cap enforced while streaming, no credentials, and one
 * request per resolved URL however many elements ask for it (a small bounded cache that `refresh`
 * bypasses). Pure of any element: it takes a signal and returns text or a coded error.
 */

import type { AdapterRequest } from '../adapters/adapter.js';
import { LoadError } from './load-error.js';

export type { LoadErrorCode } from '../core/pipeline.js';
export { LoadError } from './load-error.js';

/** Limits for every fetch; documented in the README and changeable through `configureFetch`. */
export interface FetchLimits {
  /** Time allowed until the response headers arrive (ms). */
  firstByteMs: number;
  /** Time allowed for the whole response (ms). */
  totalMs: number;
  /** Largest body accepted (bytes); a larger one is aborted while it streams. */
  maxBytes: number;
  /** How many responses are kept for other elements with the same `src`. */
  cacheEntries: number;
}

const limits: FetchLimits = { firstByteMs: 15_000, totalMs: 30_000, maxBytes: 10 * 1024 * 1024, cacheEntries: 32 };

/** Changes the fetch limits for every element on the page (e.g. a larger cap for a big series). */
export function configureFetch(changes: Partial<FetchLimits>): FetchLimits {
  for (const key of Object.keys(limits) as (keyof FetchLimits)[]) {
    const value = changes[key];
    if (typeof value === 'number' && value > 0) limits[key] = value;
  }
  return { ...limits };
}

export interface Fetched {
  readonly text: string;
  /** The final URL after redirects: relative URLs inside the data resolve against it. */
  readonly url: string;
  readonly contentType: string;
  /** When the response arrived (ms since the epoch). */
  readonly at: number;
}

interface Shared {
  readonly promise: Promise<Fetched>;
  readonly controller: AbortController;
  users: number;
}

const inFlight = new Map<string, Shared>();
const cache = new Map<string, Fetched>();

function remember(key: string, value: Fetched) {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > limits.cacheEntries) cache.delete(cache.keys().next().value!);
}

/** Forgets cached responses (tests, and pages that know their data changed). */
export function clearFetchCache(): void {
  cache.clear();
}

async function readCapped(response: Response, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) throw tooLarge(declared);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      void reader.cancel();
      throw tooLarge(size);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

const tooLarge = (size: number) =>
  new LoadError('too-large', `The response is larger than the limit of ${limits.maxBytes} bytes.`, { size, limit: limits.maxBytes });

function request(url: string, key: string, headers: Record<string, string>, fresh: boolean, extras: AdapterRequest | undefined): Shared {
  const controller = new AbortController();
  const timeout = (ms: number, stage: string) =>
    setTimeout(() => controller.abort(new LoadError('timeout', `No ${stage} from ${url} within ${ms / 1000} s.`, { seconds: ms / 1000 })), ms);
  const total = timeout(limits.totalMs, 'complete response');
  const firstByte = timeout(limits.firstByteMs, 'response');
  // Options are built with no prototype, so a polluted Object.prototype (credentials, headers)
  // cannot reach the request.
  const init: RequestInit = Object.assign(Object.create(null) as RequestInit, {
    credentials: 'omit' as const,
    mode: 'cors' as const,
    redirect: 'follow' as const,
    // A refresh must reach the server, not the browser's HTTP cache.
    cache: fresh ? ('no-store' as const) : ('default' as const),
    headers,
    signal: controller.signal,
  });
  // Only what a format asks for: a request carries no `method` or `body` key otherwise.
  if (extras?.method) init.method = extras.method;
  if (extras?.body !== undefined) init.body = extras.body;
  const promise = (async (): Promise<Fetched> => {
    try {
      let response: Response;
      try {
        response = await fetch(url, init);
      } catch (error) {
        if (controller.signal.aborted) throw controller.signal.reason;
        throw new LoadError('fetch', `The request for ${url} failed (${String((error as Error).message ?? error)}).`);
      } finally {
        clearTimeout(firstByte);
      }
      if (!response.ok) {
        throw new LoadError('fetch', `The server answered ${response.status} for ${url}.`, { status: response.status });
      }
      let text: string;
      try {
        text = await readCapped(response, controller.signal);
      } catch (error) {
        if (error instanceof LoadError) throw error;
        if (controller.signal.aborted) throw controller.signal.reason;
        throw new LoadError('fetch', `The response from ${url} was cut off (${String((error as Error).message ?? error)}).`);
      }
      const fetched = { text, url: response.url || url, contentType: response.headers.get('content-type') ?? '', at: Date.now() };
      remember(key, fetched);
      return fetched;
    } finally {
      clearTimeout(total);
      clearTimeout(firstByte);
      if (inFlight.get(key)?.controller === controller) inFlight.delete(key);
    }
  })();
  return { promise, controller, users: 0 };
}

/**
 * Fetches `url` as text. Callers with the same URL share one request; the request is aborted only
 * when every caller has aborted. `fresh` skips the cache (refresh) but still joins a request in flight.
 */
export function fetchText(
  url: string,
  options: { signal: AbortSignal; fresh?: boolean; accept?: string | undefined; request?: AdapterRequest | undefined },
): Promise<Fetched> {
  const { signal, fresh = false, accept = 'application/json, text/csv;q=0.9, */*;q=0.1' } = options;
  // Own field only: a host page that polluted Object.prototype with `request` must not turn a GET into a POST.
  const extras = Object.hasOwn(options, 'request') ? options.request : undefined;
  // A user name or password in the address can never load (requests omit credentials), and the
  // error would blame the server: refused before any request.
  if (hasCredentials(url)) {
    return Promise.reject(
      new LoadError('fetch', `The data address carries a user name or password (${withoutCredentials(url)}): remove them.`, { kind: 'credentials' }),
    );
  }
  const headers = Object.assign(Object.create(null) as Record<string, string>, { accept }, extras?.headers);
  // Shared by URL and request: an SDMX-JSON request (its own Accept) never joins a plain JSON one
  // for the same URL, which the server may answer differently; nor one with other headers or a body.
  const key = `${accept}\n${url}${extras ? `\n${JSON.stringify(extras)}` : ''}`;
  if (!fresh) {
    const hit = cache.get(key);
    if (hit) return Promise.resolve(hit);
  }
  let shared = inFlight.get(key);
  // A request every caller has left is being torn down: a new caller starts a fresh one.
  if (shared?.controller.signal.aborted) shared = undefined;
  if (!shared) {
    shared = request(url, key, headers, fresh, extras);
    inFlight.set(key, shared);
  }
  const entry = shared;
  entry.users += 1;
  return new Promise<Fetched>((resolve, reject) => {
    let settled = false;
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      if (settled) return;
      settled = true;
      entry.users -= 1;
    };
    const onAbort = () => {
      leave();
      if (entry.users === 0) entry.controller.abort(new DOMException('Aborted', 'AbortError'));
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) return onAbort();
    // Options without a prototype: a page that polluted `signal` or `capture` cannot reach them.
    signal.addEventListener('abort', onAbort, Object.assign(Object.create(null) as AddEventListenerOptions, { once: true }));
    entry.promise.then(
      (value) => {
        leave();
        resolve(value);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

function hasCredentials(url: string): boolean {
  try {
    const u = new URL(url);
    return u.username !== '' || u.password !== '';
  } catch {
    return false;
  }
}

function withoutCredentials(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.href;
}

/** Parses fetched text as JSON, telling an HTML error page apart from broken JSON. */
export function parseJson(text: string, url: string, contentType = '', parse: (text: string) => unknown = JSON.parse): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const html = /html/i.test(contentType) || /^\s*</.test(text);
    throw new LoadError('parse', html ? `${url} is a web page, not JSON data.` : `${url} is not valid JSON (${(error as Error).message}).`, {
      kind: html ? 'html' : 'json',
    });
  }
}
