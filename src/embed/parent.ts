/**
 * For the page that embeds `dist/embed.html` in iframes: gives each iframe marked
 * `data-indikator-embed` the height its page reports (`{ type: 'indikator:resize', height, id }`).
 * Built to `dist/embed-parent.js`; loading it starts listening (once, however often it is loaded).
 *
 * ```html
 * <iframe data-indikator-embed title="Kemiskinan ekstrem Muba" loading="lazy"
 *   src="https://cdn.example/indikator/embed.html?widget=gauge&src=https://data.example/x.json"></iframe>
 * <script type="module" src="https://cdn.example/indikator/embed-parent.js"></script>
 * ```
 *
 * A message counts only when `event.source` is the `contentWindow` of such an iframe: another
 * frame (or the page itself) cannot resize an iframe that is not its own.
 */
import { isResizeMessage, REQUEST_SIZE } from './messages.js';

const SELECTOR = 'iframe[data-indikator-embed]';

/** The marked iframe whose window sent a message, if any. */
function frameOf(doc: Document, source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(SELECTOR)) if (frame.contentWindow === source) return frame;
  return undefined;
}

/**
 * Starts resizing the marked iframes of `win`'s document; returns a function that stops. The height
 * goes to the iframe's `height` attribute (no inline style, so a strict CSP allows it); the page's
 * CSS should give these iframes `width: 100%` and `border: 0`, and no CSS height. Each resized iframe
 * also gets `data-indikator-height` and a bubbling `indikator-embed-resize` event
 * (`detail: { height, id }`), for pages that want to know.
 */
export function watchEmbeds(win: Window = window): () => void {
  const doc = win.document;
  const onMessage = (event: MessageEvent) => {
    if (!isResizeMessage(event.data)) return;
    const frame = frameOf(doc, event.source);
    if (!frame) return;
    const height = String(Math.ceil(event.data.height));
    if (frame.getAttribute('height') !== height) frame.setAttribute('height', height);
    frame.setAttribute('data-indikator-height', height);
    frame.dispatchEvent(new CustomEvent('indikator-embed-resize', { bubbles: true, detail: { height: Number(height), id: event.data.id ?? null } }));
  };
  win.addEventListener('message', onMessage);
  // Iframes that loaded before this script ran have already posted their height: ask again.
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(SELECTOR)) frame.contentWindow?.postMessage({ type: REQUEST_SIZE }, '*');
  return () => win.removeEventListener('message', onMessage);
}

/**
 * Where a running copy keeps its stop function: a symbol, not a named global, because markup can
 * shadow a name (`<a id="__indikatorEmbeds">` in a reader comment once switched all resizing off;
 * DOM clobbering). Loading the script twice starts it once.
 */
export const RUNNING = Symbol.for('indikator.embeds');

declare global {
  interface Window {
    [RUNNING]?: () => void;
  }
  interface HTMLElementEventMap {
    'indikator-embed-resize': CustomEvent<{ height: number; id: string | null }>;
  }
}

if (typeof window !== 'undefined' && typeof window[RUNNING] !== 'function') window[RUNNING] = watchEmbeds(window);
