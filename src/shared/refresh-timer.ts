/**
 * The timer of the `refresh` attribute: one refresh due at a time, paused while the tab is hidden
 * (a hidden tab's timers run late anyway, and nobody reads its numbers), and on coming back a
 * refresh at once if one fell due meanwhile. The interval and its back-off are the data source's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RefreshPlan {
  /** Seconds until the next refresh, or `undefined` for none. */
  readonly interval: () => number | undefined;
  /** A fetch is under way: it schedules the next refresh when it ends. */
  readonly busy: () => boolean;
  readonly refresh: () => void;
}

export class RefreshTimer implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout> = undefined;
  private dueAt = 0;
  private readonly onVisibility = () => this.visibilityChanged();

  constructor(
    host: ReactiveControllerHost,
    private readonly plan: RefreshPlan,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Plans the next refresh from now; `allowed` false (disconnected, or a fetch under way) plans none. */
  schedule(allowed: boolean): void {
    this.stop();
    const seconds = this.plan.interval();
    if (seconds === undefined || !allowed) return;
    this.dueAt = Date.now() + seconds * 1000;
    if (document.visibilityState === 'hidden') return;
    this.timer = setTimeout(() => this.plan.refresh(), seconds * 1000);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private visibilityChanged(): void {
    if (document.visibilityState === 'hidden') return this.stop();
    if (this.plan.interval() === undefined || this.plan.busy()) return;
    // Back on screen: refresh at once if a refresh fell due while hidden, else wait out the rest.
    const wait = this.dueAt - Date.now();
    if (wait <= 0) this.plan.refresh();
    else this.timer = setTimeout(() => this.plan.refresh(), wait);
  }
}
