// Helpers shared by the hardening suites: mounting any of the three elements, walking every shadow
// root (nested ones included: the card's gauges and sparklines), and the checks every suite makes.
import '../../src/define.js';
import { resizeStats } from '../../src/shared/resize-controller.js';

export const GAUGE = 'indikator-target-gauge';
export const TREND = 'indikator-trend-line';
export const CARD = 'indikator-program-card';
export type Tag = typeof GAUGE | typeof TREND | typeof CARD;
export const INDICATOR_TAGS = [GAUGE, TREND] as const;
export const ALL_TAGS = [GAUGE, TREND, CARD] as const;

/** What the tests read and set on any Indikator element. */
export interface Widget extends HTMLElement {
  data: unknown;
  src?: string;
  state: string;
  stale: boolean;
  status?: string | null;
  updateComplete: Promise<boolean>;
  isUpdatePending: boolean;
  reload(): void;
}

export type Json = Record<string, unknown>;

/** A small valid indicator document with a target and a baseline; anything can be replaced. */
export function indicator(over: Json = {}): Json {
  return {
    schema: 'indikator/indicator@1',
    id: 'hardening.indicator',
    title: { en: 'Test indicator', id: 'Indikator uji' },
    unit: { label: 'percent', symbol: '%' },
    decimals: 1,
    direction: 'lower-is-better',
    baseline: { period: '2020', value: 12 },
    targets: [{ id: 't', comparator: 'le', value: 5, period: '2026' }],
    series: [
      { period: '2020', value: 12, sourceRef: 's' },
      { period: '2021', value: 10.5, sourceRef: 's' },
      { period: '2022', value: 9, sourceRef: 's' },
    ],
    sources: [{ id: 's', name: 'Statistics office', url: 'https://example.org/data' }],
    ...over,
  };
}

/** A small valid programme document; `indicators` are inline documents unless replaced. */
export function programme(over: Json = {}): Json {
  return {
    schema: 'indikator/program@1',
    id: 'hardening.programme',
    title: { en: 'Test programme', id: 'Program uji' },
    owner: 'Regency government',
    period: { start: '2022', end: '2026' },
    indicators: [indicator()],
    sources: [{ id: 'p', name: 'Programme office', url: 'https://example.org/programme' }],
    ...over,
  };
}

/** `n` yearly observations from `start`, with the values given. */
export const yearly = (values: readonly (number | null)[], start = 2000): Json[] =>
  values.map((value, i) => ({ period: String(start + i).padStart(4, '0'), value }));

// ---- mounting ------------------------------------------------------------------------------------

const mounted: HTMLElement[] = [];

/** Removes everything the helpers put on the page. */
export function unmountAll(): void {
  mounted.splice(0).forEach((el) => el.remove());
}

export interface MountOptions {
  data?: unknown;
  src?: string;
  /** An inline `<script type="application/json">` child with this text. */
  inline?: string;
  attrs?: Record<string, string>;
  /** Appended to this parent (itself appended to the body) instead of the body. */
  parent?: HTMLElement;
  width?: number;
  /** Wait for the element to leave the loading state (default true). */
  settle?: boolean;
}

export async function mount<T extends Widget = Widget>(tag: Tag, options: MountOptions = {}): Promise<T> {
  const el = document.createElement(tag) as unknown as T;
  el.setAttribute('lang', 'en');
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  el.style.display = 'block';
  el.style.width = `${options.width ?? 480}px`;
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  if (options.src !== undefined) el.src = options.src;
  if (options.data !== undefined) el.data = options.data;
  if (options.parent) {
    options.parent.append(el);
    if (!options.parent.isConnected) document.body.append(options.parent);
    mounted.push(options.parent);
  } else {
    document.body.append(el);
    mounted.push(el);
  }
  if (options.settle !== false) await settled(el);
  return el;
}

/** Every Indikator element inside `el`'s shadow roots, at any depth. */
export function nestedWidgets(el: Element): Widget[] {
  const out: Widget[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of Array.from(root.querySelectorAll('*'))) {
      if (node.localName.startsWith('indikator-')) out.push(node as Widget);
    }
  }
  return out;
}

/**
 * Waits until `el` and every nested widget have left the loading state and have no update pending
 * (a trend line redraws a task after it is measured, so a couple of tasks are allowed for).
 */
export async function settled(el: Widget, timeout = 10000): Promise<void> {
  await until(() => el.state !== 'loading', `${el.localName} never left loading`, timeout);
  await el.updateComplete;
  await until(() => nestedWidgets(el).every((n) => n.state !== 'loading'), `${el.localName}: nested widgets never settled`, timeout);
  await quiet(el);
}

/** Like @open-wc's waitUntil, polling every few milliseconds (hundreds of renders per test add up). */
export async function until(predicate: () => boolean, message: string, timeout = 10000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 4));
  }
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Lets pending redraws (resize, the trend line's next-task update) run until nothing changes. */
export async function quiet(el: Widget, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await tick();
    const all = [el, ...nestedWidgets(el)];
    await Promise.all(all.map((w) => w.updateComplete));
    if (all.every((w) => !w.isUpdatePending)) await tick();
  }
}

/**
 * Waits until the DOM of `el` stops changing (at most `limit` rounds), for comparisons of whole
 * renders: a page that comes to the foreground mid-test gets ResizeObserver reports late.
 */
export async function stable(el: Widget, limit = 20): Promise<string> {
  let before = serialize(el);
  for (let i = 0; i < limit; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await quiet(el, 1);
    const after = serialize(el);
    if (after === before) return after;
    before = after;
  }
  return before;
}

// ---- walking the shadow DOM --------------------------------------------------------------------

/** `el`'s shadow root and every shadow root nested inside it. */
export function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const node of Array.from(root.querySelectorAll('*'))) if (node.shadowRoot) visit(node.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return roots;
}

/** Every element in every shadow root of `el`. */
export function shadowElements(el: Element): Element[] {
  return shadowRoots(el).flatMap((root) => Array.from(root.querySelectorAll('*')));
}

/** The text of every shadow root of `el`, joined. */
export function shadowText(el: Element): string {
  return shadowRoots(el)
    .map((root) => root.textContent ?? '')
    .join('\n');
}

/** Same, with runs of white space collapsed. */
export const flatText = (el: Element) => shadowText(el).replace(/\s+/g, ' ');

export const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = Element>(el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
export const textOf = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Attributes that read NaN or Infinity anywhere in the shadow DOM (nested roots and the hosts' own attributes too). */
export function badAttributes(el: Element): string[] {
  const bad: string[] = [];
  for (const node of [el, ...shadowElements(el)]) {
    for (const attr of Array.from(node.attributes)) {
      if (/NaN|Infinity/.test(attr.value)) bad.push(`<${node.localName} ${attr.name}="${attr.value.slice(0, 80)}">`);
    }
  }
  return bad;
}

/** Event-handler content attributes (`on*`) anywhere in the shadow DOM. */
export function handlerAttributes(el: Element): string[] {
  const bad: string[] = [];
  for (const node of shadowElements(el)) {
    for (const attr of Array.from(node.attributes)) if (/^on/i.test(attr.name)) bad.push(`<${node.localName} ${attr.name}>`);
  }
  return bad;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'srcset'];

/** URL attributes in the shadow DOM whose scheme is not http(s): or mailto: (as the browser resolves them). */
export function unsafeUrls(el: Element): string[] {
  const bad: string[] = [];
  for (const node of shadowElements(el)) {
    for (const attr of Array.from(node.attributes)) {
      if (!URL_ATTRIBUTES.includes(attr.name.toLowerCase())) continue;
      let protocol = '';
      try {
        protocol = new URL(attr.value, document.baseURI).protocol;
      } catch {
        protocol = 'unparsable';
      }
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) bad.push(`<${node.localName} ${attr.name}="${attr.value.slice(0, 80)}">`);
    }
  }
  return bad;
}

/** Elements no template of ours ever makes: if one shows up, markup from data was parsed. */
const FOREIGN = new Set([
  'script',
  'img',
  'iframe',
  'object',
  'embed',
  'foreignobject',
  'image',
  'use',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'video',
  'audio',
  'source',
  'math',
  'set',
  'animate',
  'template',
  'noscript',
  'b',
  'body',
  'marquee',
  'isindex',
  'frame',
  'frameset',
  'xmp',
  'textarea',
]);

export function foreignElements(el: Element): string[] {
  return shadowElements(el)
    .map((n) => n.localName.toLowerCase())
    .filter((name) => FOREIGN.has(name));
}

/** The `[part="error"]` box, if it is there and takes up room on the page. */
export function visibleError(el: Element): boolean {
  const box = $(el, '[part="error"]') as HTMLElement | null;
  if (!box) return false;
  const rect = box.getBoundingClientRect();
  return getComputedStyle(box).display !== 'none' && rect.height > 0 && rect.width > 0;
}

// ---- serializing, for comparisons of whole renders ----------------------------------------------

/** Attributes that hold ids or references to ids: per-instance, not part of what is drawn. */
const ID_ATTRIBUTES = new Set(['id', 'aria-describedby', 'aria-controls', 'aria-labelledby', 'for']);
/** Attributes that hold only geometry (pixels), masked when widths differ. */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'viewbox', 'transform', 'dy', 'style']);

/**
 * The structure and text of `el`'s shadow DOM (nested roots inlined), without live-region text
 * (announcements depend on what was shown before, by design) and without instance ids.
 * With `maskGeometry`, numbers in geometry attributes are left out.
 */
export function serialize(el: Element, maskGeometry = false): string {
  const out: string[] = [];
  const walk = (node: Node, depth: number, live: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && !live) out.push(`${' '.repeat(depth)}"${text}"`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const attrs = Array.from(element.attributes)
      .filter((a) => !ID_ATTRIBUTES.has(a.name))
      .map((a) => (maskGeometry && GEOMETRY.has(a.name.toLowerCase()) ? `${a.name}=#` : `${a.name}="${a.value}"`))
      .sort();
    out.push(`${' '.repeat(depth)}<${element.localName} ${attrs.join(' ')}>`);
    const isLive = live || element.getAttribute('role') === 'status' || element.hasAttribute('aria-live');
    if (element.shadowRoot) for (const child of Array.from(element.shadowRoot.childNodes)) walk(child, depth + 1, isLive);
    for (const child of Array.from(element.childNodes)) walk(child, depth + 1, isLive);
  };
  if (el.shadowRoot) for (const child of Array.from(el.shadowRoot.childNodes)) walk(child, 0, false);
  return out.join('\n');
}

/** The width an element was last measured at (0 before its first ResizeObserver report). */
export const measuredWidth = (el: Element) => (el as unknown as { resize: { width: number } }).resize.width;

// ---- the page's own errors -----------------------------------------------------------------------

/** Collects uncaught errors and unhandled rejections until `stop()`. */
export function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Freezes an object and everything inside it. */
export function deepFreeze<T>(value: T): T {
  // Typed arrays with elements cannot be frozen (the engine throws): left as they are.
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** How many times the test server was asked for `url` (path and query). */
export async function hits(url: string): Promise<number> {
  const u = new URL(url, location.href);
  const response = await fetch(`/__fault/hits?path=${encodeURIComponent(u.pathname + u.search)}`);
  return ((await response.json()) as { hits: number }).hits;
}

let tagCounter = 0;
/** A URL no other test has asked for, so the shared cache and the hit counts start clean. */
export const freshUrl = (path: string) => `${path}${path.includes('?') ? '&' : '?'}tag=h${Date.now()}-${++tagCounter}`;

export { resizeStats };

/** How many Indikator elements are connected in the page's light DOM (nested ones not counted). */
export const indikatorsOnPage = () => document.querySelectorAll('indikator-target-gauge, indikator-trend-line, indikator-program-card').length;
