/**
 * The messages between the iframe page (`dist/embed.html`) and the page that embeds it. Documented in
 * the README, "Embedding in a CMS that strips scripts"; both sides import these, so they cannot drift.
 *
 * iframe → parent, on load and on every change of the page's height:
 *   `{ type: 'indikator:resize', height, id }` (`height` in CSS pixels, an integer; `id` the iframe
 *   page's `id` query parameter, or `null`)
 *   `{ sentinel: 'amp', type: 'embed-size', height }` (AMP's `amp-iframe` resize request)
 * parent → iframe, to ask for the height again (a parent script that started late):
 *   `{ type: 'indikator:request-size' }`
 */

export const RESIZE = 'indikator:resize';
export const REQUEST_SIZE = 'indikator:request-size';

export interface ResizeMessage {
  readonly type: typeof RESIZE;
  /** The height of the iframe page's content, in CSS pixels. */
  readonly height: number;
  /** The `id` query parameter of the iframe page, so a parent with several iframes can tell them apart. */
  readonly id: string | null;
}

export interface AmpResizeMessage {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

export interface RequestSizeMessage {
  readonly type: typeof REQUEST_SIZE;
}

/** The largest height a parent accepts (a runaway page must not make an iframe a kilometre tall). */
export const MAX_HEIGHT = 20_000;

/** Is `data` a well-formed resize message? The height must be a finite number from 0 to MAX_HEIGHT. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (data === null || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === RESIZE &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_HEIGHT &&
    (m.id === undefined || m.id === null || typeof m.id === 'string')
  );
}

export const isRequestSize = (data: unknown): data is RequestSizeMessage =>
  data !== null && typeof data === 'object' && (data as Record<string, unknown>).type === REQUEST_SIZE;

/** The two messages the iframe page posts for one height. */
export const resizeMessages = (height: number, id: string | null): [ResizeMessage, AmpResizeMessage] => [
  { type: RESIZE, height, id },
  { sentinel: 'amp', type: 'embed-size', height },
];
