// Helpers for the server-rendering tests: a server-rendered page in an iframe, with JavaScript
// off (sandboxed, its DOM still readable) or on, and what it reported going wrong.

import { ELEMENTS, type ElementTag } from '../../src/elements.js';

/** Every element's tag, from the table of elements. */
export const TAGS: readonly ElementTag[] = ELEMENTS.map((e) => e.tag);
export type Tag = ElementTag;
export type Widget = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

export interface Framed {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  /** Errors, rejections and console errors in the page after it loaded. */
  readonly errors: string[];
  widget(tag: Tag): Widget;
  remove(): void;
}

/** `src` in an iframe of `width` × 900 px; `scripts: false` sandboxes it (JavaScript off). */
export async function openPage(src: string, { scripts = true, width = 375 } = {}): Promise<Framed> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String((e as PromiseRejectionEvent).reason)));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  const doc = frame.contentDocument!;
  return { frame, doc, win, errors, widget: (tag) => doc.querySelector(tag) as Widget, remove: () => frame.remove() };
}

/** Loads a module into the framed page, as its own script tag would. */
export async function loadModule(f: Framed, src: string): Promise<void> {
  const script = f.doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const done = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  f.doc.body.append(script);
  await done;
}

/** What a reader sees of `node`: its text without the style sheets a server render writes into each shadow root. */
export const readerText = (node: ParentNode): string =>
  [...node.childNodes]
    .map((n) => (n.nodeName === 'STYLE' ? '' : n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : readerText(n as Element)))
    .join('')
    .replace(/\s+/g, ' ');

/** Lit's server markers (`<!--lit-part …-->`) in a shadow root: the server's nodes, not drawn anew. */
export function hasServerNodes(root: ShadowRoot): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) if (walker.currentNode.nodeValue?.startsWith('lit-part')) return true;
  return false;
}
