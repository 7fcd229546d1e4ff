/**
 * Language and theme as the page gives them. One MutationObserver and one media-query listener
 * serve every element: they tell each connected element to look again, and the element re-renders
 * only if what it resolves has changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from '../core/locale.js';

export interface EnvironmentListener {
  environmentChanged(): void;
}

const listeners = new Set<EnvironmentListener>();
let observers: MutationObserver[] = [];
let media: MediaQueryList | undefined;
const notify = () => listeners.forEach((l) => l.environmentChanged());
const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-bs-theme', 'data-color-scheme', 'data-mode'];

const pending = new Set<EnvironmentListener>();

/**
 * Resolves a newly connected element's language and theme in one batch with every other element
 * connected in the same task: resolving reads computed style, and reads interleaved with the
 * next element's insertion would cost one style recalculation per element (200 gauges: 200).
 */
export function resolveSoon(listener: EnvironmentListener): void {
  if (!pending.size) {
    queueMicrotask(() => {
      const batch = [...pending];
      pending.clear();
      for (const l of batch) if (listeners.has(l)) l.environmentChanged();
    });
  }
  pending.add(listener);
}

/** Starts telling `listener` about changes of `lang` anywhere, of the page's colour scheme, and of the OS theme. */
export function watchEnvironment(listener: EnvironmentListener): void {
  listeners.add(listener);
  resolveSoon(listener);
  if (observers.length) return;
  // Two observers, because observing one node twice replaces the first options: `lang` anywhere in
  // the page, and the usual dark-mode switches (class, style, data-theme) on <html> and <body> only,
  // so that class changes deep in a page cost nothing.
  const lang = new MutationObserver(notify);
  lang.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  const theme = new MutationObserver(notify);
  theme.observe(document.documentElement, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  if (document.body) theme.observe(document.body, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  observers = [lang, theme];
  // Absent in jsdom: the OS theme is then never dark, and nothing follows it.
  media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  media?.addEventListener?.('change', notify);
}

export function unwatchEnvironment(listener: EnvironmentListener): void {
  listeners.delete(listener);
  pending.delete(listener);
  if (listeners.size || !observers.length) return;
  observers.forEach((o) => o.disconnect());
  observers = [];
  media?.removeEventListener('change', notify);
  media = undefined;
}

/** For lifecycle tests: how many elements listen, and whether the shared watchers exist. */
export const environmentStats = () => ({ listeners: listeners.size, observers: observers.length });

/** The element's language: its own `lang`, else the nearest ancestor's (across shadow roots), else `<html lang>`, else `en`. */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return resolveLocale(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return resolveLocale(document.documentElement.lang || 'en');
}

export type Theme = 'light' | 'dark';

/**
 * `light` or `dark`, as the contract decides it: `light` and `dark` as asked; `auto` the OS
 * preference; by default (no or an unknown `theme`) the colour scheme the host page itself uses.
 * A page that declares no `color-scheme` is drawn light by the browser, whatever the OS says, so
 * the widget is light too (a dark box in a light article is what news sites would get otherwise);
 * a page that declares one scheme gets it; a page that declares both (`light dark`) follows the OS.
 */
export function resolveTheme(element: Element, asked: string | null | undefined): Theme {
  if (asked === 'light' || asked === 'dark') return asked;
  if (asked !== 'auto') {
    const context = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || document.documentElement);
    const declared = (getComputedStyle(context).colorScheme ?? '').split(/\s+/);
    const light = declared.includes('light');
    const dark = declared.includes('dark');
    if (!dark) return 'light';
    if (!light) return 'dark';
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** What an element does with its page's language and theme. */
export interface EnvironmentHooks {
  /** The element's `theme` attribute. */
  readonly asked: () => string | undefined;
  /** A server's drawing is on screen, not yet taken over: it keeps the server's language and theme. */
  readonly paused: () => boolean;
  readonly apply: (lang: string, theme: Theme) => void;
}

/**
 * An element's language and theme as its page has them, kept current: resolved in a batch with the
 * elements connected in the same task, and again when `lang` changes anywhere, the page's colour
 * scheme changes, or the OS theme does.
 */
export class PageEnvironment implements ReactiveController, EnvironmentListener {
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly hooks: EnvironmentHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchEnvironment(this);
  }

  hostDisconnected(): void {
    unwatchEnvironment(this);
  }

  /** Resolve with the next batch (`theme="auto"` reads computed style). */
  soon(): void {
    resolveSoon(this);
  }

  /** @internal called by the shared watcher */
  environmentChanged(): void {
    if (this.hooks.paused()) return;
    this.hooks.apply(resolveLang(this.host), resolveTheme(this.host, this.hooks.asked()));
  }
}
