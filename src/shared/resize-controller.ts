/**
 * Widths of an element, from one ResizeObserver shared by every Indikator element on the page
 * (hundreds of widgets must not mean hundreds of observers): the host's, and the content box of
 * its `.frame` (the width a chart may draw in, padding already taken off). Reading them costs no
 * layout: the observer reports after layout, so nothing is measured while the DOM is dirty.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot?: ParentNode };

// Only connected hosts (and their frames) are held, so a removed element is never kept alive here.
const controllers = new Map<Element, ResizeController>();
let observer: ResizeObserver | undefined;

/** How long a host waits for its first measurement before drawing at its default width. */
const FALLBACK_MS = 200;

function shared(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target)?.resized(entry.target, entry.contentRect.width);
  });
  return observer;
}

export class ResizeController implements ReactiveController {
  /** The host's content width in CSS pixels, rounded; 0 until first measured. */
  width = 0;
  /** The content width of the host's `.frame` (inside its padding); 0 until first measured. */
  inner = 0;

  /** Past the first report of the shared observer (or past waiting for one). */
  measured = false;

  private frame?: Element = undefined;
  private pending?: ReturnType<typeof setTimeout> = undefined;
  private fallback?: ReturnType<typeof setTimeout> = undefined;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch(this.host);
    if (this.frame) this.watch(this.frame);
  }

  hostUpdated(): void {
    const frame = this.host.renderRoot?.querySelector?.('.frame') ?? undefined;
    if (!frame || frame === this.frame) return;
    if (this.frame) this.unwatch(this.frame);
    this.frame = frame;
    if (this.host.isConnected) this.watch(frame);
  }

  hostDisconnected(): void {
    clearTimeout(this.pending);
    clearTimeout(this.fallback);
    this.fallback = undefined;
    this.unwatch(this.host);
    if (this.frame) this.unwatch(this.frame);
    this.release();
  }

  /**
   * Resolves once the host has been asked to redraw at its measured width. The observer reports
   * after the next layout; where none comes (a tab in the background runs no layout), the host
   * draws at its default width after a short wait rather than never.
   */
  whenMeasured(): Promise<void> {
    if (this.measured || !this.host.isConnected) return Promise.resolve();
    this.fallback ??= setTimeout(() => this.settle(), FALLBACK_MS);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private settle(): void {
    clearTimeout(this.fallback);
    this.fallback = undefined;
    this.measured = true;
    this.host.requestUpdate();
    this.release();
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  /** @internal called by the shared observer */
  resized(target: Element, width: number): void {
    const rounded = Math.round(width);
    const key = target === this.host ? 'width' : 'inner';
    if (rounded === this[key] && this.measured) return;
    this[key] = rounded;
    // Redraw in the next task, not inside the observer's callback: a chart whose height follows its
    // width would otherwise resize during delivery ("ResizeObserver loop completed with undelivered
    // notifications" on the host page).
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.settle());
  }

  private watch(target: Element): void {
    controllers.set(target, this);
    shared().observe(target);
  }

  private unwatch(target: Element): void {
    shared().unobserve(target);
    controllers.delete(target);
  }
}

/** How many elements the shared observer watches, and whether it exists (for lifecycle tests). */
export const resizeStats = () => ({ observers: observer ? 1 : 0, observed: controllers.size });
