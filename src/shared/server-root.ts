/**
 * An element whose shadow root came from a server (declarative shadow DOM, see indikator/server):
 * what the client needs to take that drawing over instead of flashing "loading".
 */
import { ReactiveElement, type PropertyValues } from 'lit';

/** @internal A server render's width to draw at (indikator/server's SVG files set it around one synchronous render); 0: the default. */
export const serverDrawing = { width: 0 };

/** The theme a server can decide (it knows neither the page's colour scheme nor the OS's): CSS decides the rest. */
export const serverTheme = (asked: string | undefined): string => (asked === 'light' || asked === 'dark' || asked === 'auto' ? asked : 'page');

/** ReactiveElement's own update: reflects attributes and marks the update done, without rendering. */
export const reflectOnly = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

/** Lit's hydration support (`lit/experimental-hydrate-support.js`) is loaded: it takes server-rendered roots over. */
export const hydrationSupport = (): boolean => typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';

/** Lit's hydration will not run: the server's nodes go (its styles stay) before the element draws from its own data. */
export function clearServerDrawing(el: HTMLElement & { renderRoot: HTMLElement | DocumentFragment }): void {
  (el as unknown as { _$needsHydration?: boolean })._$needsHydration = false;
  for (const node of Array.from(el.renderRoot.childNodes)) if (!(node instanceof HTMLStyleElement)) node.remove();
}
