/**
 * Width of an element, from one ResizeObserver shared by every Indikator element on the page
 * (hundreds of widgets must not mean hundreds of observers).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

// Only connected hosts are held, so a removed element is never kept alive here.
const controllers = new Map<Element, ResizeController>();
let observer: ResizeObserver | undefined;

function shared(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target)?.resized(entry.contentRect.width);
  });
  return observer;
}

export class ResizeController implements ReactiveController {
  /** The host's content width in CSS pixels, rounded; 0 until first measured. */
  width = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.set(this.host, this);
    shared().observe(this.host);
  }

  hostDisconnected(): void {
    clearTimeout(this.pending);
    shared().unobserve(this.host);
    controllers.delete(this.host);
  }

  /** @internal called by the shared observer */
  resized(width: number): void {
    const rounded = Math.round(width);
    if (rounded === this.width) return;
    this.width = rounded;
    // Redraw in the next task, not inside the observer's callback: a chart whose height follows its
    // width would otherwise resize during delivery ("ResizeObserver loop completed with undelivered
    // notifications" on the host page).
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.host.requestUpdate());
  }

  private pending?: ReturnType<typeof setTimeout>;
}

/** How many elements the shared observer watches, and whether it exists (for lifecycle tests). */
export const resizeStats = () => ({ observers: observer ? 1 : 0, observed: controllers.size });
