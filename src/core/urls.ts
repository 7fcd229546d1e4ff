/**
 * URLs from data (source links, programme links, `src` of nested widgets) before they reach an
 * `href`: resolved, then allowed only when the scheme cannot run code. Everything else is dropped
 * (the caller reports it), because a link is a script sink: `javascript:` runs in the host page.
 */

/** The only schemes a link from data may use. */
export const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);

// C0 controls, space, DEL and C1 controls, plus Unicode white space (NBSP, U+2028, BOM...), at either
// end. The URL parser strips C0 and space itself; the rest we strip so that a pasted link with a
// stray NBSP still works instead of becoming a relative path.
// eslint-disable-next-line no-control-regex -- the control characters are what this strips
const EDGES = /^[\u0000-\u0020\u007f-\u009f\s\ufeff]+|[\u0000-\u0020\u007f-\u009f\s\ufeff]+$/g;
// Tab, LF and CR anywhere: the URL parser removes them (`java\tscript:` is `javascript:`), so we do
// the same before deciding, and the decision is about the URL the browser would follow.
const INSIDE = /[\t\n\r]/g;

/**
 * A URL safe to put in an `href`, as an absolute, serialized URL; `undefined` for anything that is
 * not a non-empty string, does not parse, or resolves to a scheme other than `https:`, `http:`,
 * `mailto:` (`javascript:` in any case or disguise, `data:`, `vbscript:`, `file:`, `blob:`...).
 * Relative URLs resolve against `base`, by default `document.baseURI` where there is a document.
 * Non-strings are not coerced: a number or an object in the JSON is not a URL.
 */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (raw instanceof URL) text = raw.href;
  else return undefined;
  text = text.replace(EDGES, '').replace(INSIDE, '');
  // An empty link would resolve to the page itself: that is no link at all.
  if (!text) return undefined;
  const against = base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
  let url: URL;
  try {
    url = against === undefined ? new URL(text) : new URL(text, against);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/**
 * The last segment of a URL's path, absolute or relative, without its query or fragment, decoded (a
 * stray `%` stays as written): `…/data/1-2-1.json?x` → `1-2-1.json`; `''` when the path ends in `/`.
 * The one reading of "the file a URL names": a card's row label, an adapter's fallback title and id.
 */
export function lastSegment(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
