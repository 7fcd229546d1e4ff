/**
 * The width an element draws in, from one ResizeObserver shared by every Indikator element on the
 * page (hundreds of widgets must not mean hundreds of observers): the host's width, then the
 * content box of its `.frame` (padding taken off). The observer reports after layout, so nothing
 * is measured while the DOM is dirty. The first width is read once per task for every element
 * connected in it, before any of them draws: one layout for a page of 200 widgets, and each chart
 * drawn once, at its width, rather than at a guess and again a frame later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot?: ParentNode };

// Only connected hosts (and their frames) are held, so a removed element is never kept alive here.
const controllers = new Map<Element, ResizeController>();
let observer: ResizeObserver | undefined;

/** How long a host waits for its first measurement before drawing at its default width. */
const FALLBACK_MS = 200;
/** The frame's default padding on both sides (base.styles: `--indikator-padding`, 12px). */
const FRAME_PADDING = 24;

/** The shared observer; none where the browser has no ResizeObserver (jsdom): widths are then read once. */
function shared(): ResizeObserver | undefined {
  if (typeof ResizeObserver !== 'function') return undefined;
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target)?.resized(entry.target, entry.contentRect.width);
  });
  return observer;
}

// Hosts connected in this task, read together in one microtask (one layout for all of them).
const unread = new Set<ResizeController>();
let reading: Promise<void> | undefined;

function readSoon(controller: ResizeController): void {
  unread.add(controller);
  reading ??= Promise.resolve().then(() => {
    const batch = [...unread];
    unread.clear();
    reading = undefined;
    // All reads, then all writes: the first read lays the page out, the others reuse that layout.
    const widths = batch.map((c) => c.readWidth());
    batch.forEach((c, i) => c.firstWidth(widths[i]!));
  });
}

/** Resolves when the widths of the hosts connected in this task have been read (at once if none wait). */
export const widthsRead = (): Promise<void> | undefined => reading;

export class ResizeController implements ReactiveController {
  /** The host's content width in CSS pixels, rounded; 0 until first measured. */
  width = 0;
  /** The content width of the host's `.frame` (inside its padding); 0 until first measured. */
  inner = 0;

  /** The host's computed font family, read with its width (labels are measured in it); '' until read. */
  font = '';

  /** Past the first measurement (or past waiting for one). */
  measured = false;

  private frame?: Element = undefined;
  private pending?: ReturnType<typeof setTimeout> = undefined;
  private fallback?: ReturnType<typeof setTimeout> = undefined;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The width to draw in: the frame's content box, else the host's less the default padding; 0 while unknown. */
  get content(): number {
    return this.inner || (this.width ? Math.max(0, this.width - FRAME_PADDING) : 0);
  }

  hostConnected(): void {
    this.watch(this.host);
    if (this.frame) this.watch(this.frame);
    if (!this.measured) readSoon(this);
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
    unread.delete(this);
    this.unwatch(this.host);
    if (this.frame) this.unwatch(this.frame);
    this.release();
  }

  /** @internal the batched first read */
  readWidth(): number {
    if (!this.host.isConnected) return 0;
    const width = Math.round(this.host.getBoundingClientRect().width);
    // The same clean style the width was read from: no second recalculation.
    this.readFont();
    return width;
  }

  private readFont(): void {
    if (!this.font && typeof getComputedStyle === 'function') this.font = getComputedStyle(this.host).fontFamily;
  }

  /** @internal the batched first read's result: a host not laid out (hidden) waits for the observer. */
  firstWidth(width: number): void {
    if (this.measured || width <= 0) return;
    this.width = width;
    this.measured = true;
    // Merged into the update waiting for this read, if any (see widthsRead).
    this.host.requestUpdate();
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

  /** @internal called by the shared observer */
  resized(target: Element, width: number): void {
    const before = this.content;
    const rounded = Math.round(width);
    this.readFont();
    if (target === this.host) this.width = rounded;
    else this.inner = rounded;
    if (this.measured && this.content === before) return;
    // Redraw in the next task, not inside the observer's callback: a chart whose height follows its
    // width would otherwise resize during delivery ("ResizeObserver loop completed with undelivered
    // notifications" on the host page).
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.settle());
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

  private watch(target: Element): void {
    controllers.set(target, this);
    shared()?.observe(target);
  }

  private unwatch(target: Element): void {
    shared()?.unobserve(target);
    controllers.delete(target);
  }
}

/** How many elements the shared observer watches, and whether it exists (for lifecycle tests). */
export const resizeStats = () => ({ observers: observer ? 1 : 0, observed: controllers.size });
