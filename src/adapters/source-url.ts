/**
 * The `source` URL an adapter was given: the file name (a title of last resort), the host, and a
 * form of it safe to publish in a document (no credentials, keys or tokens).
 */
import { lastSegment } from '../core/urls.js';

function parseUrl(source: string | undefined): URL | undefined {
  if (!source) return undefined;
  try {
    return new URL(source);
  } catch {
    return undefined;
  }
}

/** `.../data/1-2-1.json?x` → `1-2-1`: the file's name without its extension. Works for relative paths too. */
export function baseName(source: string | undefined): string | undefined {
  if (!source) return undefined;
  const name = lastSegment(source)
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim();
  return name || undefined;
}

export const sourceHost = (source: string | undefined): string | undefined => parseUrl(source)?.host || undefined;

const SECRET_PARAM = /^(key|api[-_]?key|apikey|token|access[-_]?token|auth|signature|sig|secret|password)$/i;

/**
 * The URL a reader may see: http(s) only, without credentials, API keys or tokens (a BPS WebAPI
 * URL carries the key in its path, `/key/<key>/`), so a document never publishes a secret.
 */
export function publicUrl(source: string | undefined): string | undefined {
  const url = parseUrl(source);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) if (SECRET_PARAM.test(name)) url.searchParams.delete(name);
  url.pathname = url.pathname.replace(/\/(key|apikey|token)\/[^/]+/gi, '');
  url.hash = '';
  return url.href;
}
