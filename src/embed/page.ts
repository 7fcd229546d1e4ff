/**
 * The iframe page's DOM work: one widget (or one visible error) built with createElement and
 * setAttribute, never from an HTML string, and the height reported to the parent on every resize.
 * embed.ts runs it; tests call it on their own documents.
 */
import { dataOrigins, embedText, readEmbedParams, type EmbedParams } from './params.js';
import { isRequestSize, resizeMessages } from './messages.js';

export interface MountResult {
  readonly params: EmbedParams;
  /** The widget, or the error box. */
  readonly element: HTMLElement;
}

/**
 * Reads the query and puts one widget (or the error) into `container` (emptied first). Also sets
 * `<html lang>` from `lang` (so the error and the widget speak it) and a theme class on `<html>`
 * (`theme-light`/`theme-dark`/`theme-auto`, which embed.css turns into `color-scheme`; none is light).
 */
export function mountEmbed(container: HTMLElement, search: string, base: string): MountResult {
  const doc = container.ownerDocument;
  const params = readEmbedParams(search, base, dataOrigins(doc));
  const lang = params.ok ? params.config.lang : params.lang;
  if (lang) doc.documentElement.lang = lang;
  container.replaceChildren();

  if (!params.ok) {
    const box = doc.createElement('div');
    box.className = 'embed-error';
    box.setAttribute('role', 'alert');
    const title = doc.createElement('p');
    title.className = 'embed-error-title';
    title.textContent = embedText(lang, 'heading');
    const list = doc.createElement('ul');
    for (const p of params.problems) {
      const item = doc.createElement('li');
      item.textContent = p.message;
      list.append(item);
    }
    box.append(title, list);
    container.append(box);
    return { params, element: box };
  }

  const { config } = params;
  if (config.theme) doc.documentElement.classList.add(`theme-${config.theme}`);
  const element = doc.createElement(config.tag);
  for (const [name, value] of config.attributes) element.setAttribute(name, value);
  // The frame's document is named after what it shows, for the iframe's accessible tree and tab title.
  element.addEventListener('indikator-load', (event) => {
    const title = titleOf((event as CustomEvent<{ data?: { title?: unknown } }>).detail?.data?.title, lang);
    if (title) doc.title = title;
  });
  container.append(element);
  // Whose numbers these are, always said next to the widget: a link to a publisher's copy of this
  // page must not pass one host's data off as the publisher's.
  const origin = doc.createElement('p');
  origin.className = 'embed-origin';
  origin.textContent = embedText(lang, 'dataFrom', { host: new URL(config.src).host });
  container.append(origin);
  return { params, element };
}

/** A localized title as plain text: the exact language, else English, else the first. */
function titleOf(title: unknown, lang: string | null): string | undefined {
  if (typeof title === 'string') return title || undefined;
  if (!title || typeof title !== 'object') return undefined;
  const t = title as Record<string, unknown>;
  const primary = (lang ?? 'en').split('-')[0]!.toLowerCase();
  for (const value of [t[lang ?? ''], t[primary], t.en, ...Object.values(t)]) if (typeof value === 'string' && value) return value;
  return undefined;
}

/** The height of the page's content in CSS pixels (not the viewport: that is what the parent sets). */
export const contentHeight = (doc: Document): number => Math.ceil(doc.documentElement.getBoundingClientRect().height);

/**
 * Posts the page's height to `target` (the parent window) now, on every resize of `<html>`, and when
 * the parent asks (`indikator:request-size`): `{ type: 'indikator:resize', height, id }` and AMP's
 * `{ sentinel: 'amp', type: 'embed-size', height }`. A height is posted once, not again until it changes
 * (except on request). The target origin is `*`: the parent's origin is not known to the page, and a
 * height tells nothing. Returns a function that stops reporting.
 */
export function reportHeight(win: Window, target: Window, id: string | null): () => void {
  const doc = win.document;
  let last = -1;
  const post = (force = false) => {
    const height = contentHeight(doc);
    if (!force && height === last) return;
    last = height;
    for (const message of resizeMessages(height, id)) target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => post());
  observer.observe(doc.documentElement);
  const onMessage = (event: MessageEvent) => {
    if (event.source === target && isRequestSize(event.data)) post(true);
  };
  win.addEventListener('message', onMessage);
  post();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
