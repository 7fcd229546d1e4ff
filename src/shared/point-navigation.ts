/**
 * Moving through a chart's points: one tab stop; Left/Right along a series, Up/Down between series
 * (to the point nearest in time), Home/End, PageUp/PageDown by a tenth of the points; Enter or
 * Space to activate, Escape to close the tooltip; hover with a mouse, a tap on touch. It keeps which
 * point is active, hovered and spoken (the live region's text); the chart says how many series and
 * points it has, which point is under the pointer, and what a point is in words.
 */
import type { ReactiveControllerHost } from 'lit';

export interface PointChart {
  /** How many series can be visited (the first is the primary, where the pointer moves). */
  readonly seriesCount: () => number;
  /** How many points series `series` has. */
  readonly count: (series: number) => number;
  /** The point of series `to` nearest in time to point `index` of series `from`. */
  readonly nearest: (from: number, index: number, to: number) => number;
  /** The primary's point under the pointer, or -1. */
  readonly indexAt: (e: PointerEvent | MouseEvent) => number;
  /** A point in words, for the live region (naming its series when there are several). */
  readonly describe: (series: number, index: number) => string;
  /** The point was activated (click, tap, Enter, Space). */
  readonly activate: (series: number, index: number) => void;
}

type State = Pick<PointNavigation, 'series' | 'active' | 'hover' | 'focused' | 'tipClosed' | 'spoken'>;

/** Not a registered controller (it needs no lifecycle hook): it asks its host to update when its state changes. */
export class PointNavigation {
  /** The series the keyboard is on. */
  series = 0;
  /** The point the keyboard is on in that series (-1: none yet). */
  active = -1;
  /** The primary's point under the pointer (-1: none). */
  hover = -1;
  focused = false;
  tipClosed = false;
  /** What the live region says. */
  spoken = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chart: PointChart,
  ) {}

  /** The point whose tooltip shows, as `[series, index]`, or `undefined`. */
  get tip(): readonly [number, number] | undefined {
    if (this.tipClosed) return undefined;
    if (this.hover >= 0) return [0, this.hover];
    return this.focused && this.active >= 0 ? [this.series, this.active] : undefined;
  }

  /** The point to ring on the chart, as `[series, index]`, or `undefined`. */
  get marker(): readonly [number, number] | undefined {
    return this.tip ?? (this.focused && this.active >= 0 ? [this.series, this.active] : undefined);
  }

  /** New data: a series or an index past its end is pulled back in. */
  clamp(): void {
    const series = Math.min(this.series, Math.max(0, this.chart.seriesCount() - 1));
    const count = this.chart.count(series);
    this.set({ series, ...(this.active >= count ? { active: count - 1 } : {}), ...(this.hover >= this.chart.count(0) ? { hover: -1 } : {}) });
  }

  private set(change: Partial<State>): void {
    let changed = false;
    for (const [key, value] of Object.entries(change) as [keyof State, never][]) {
      if (this[key] !== value) {
        (this as Record<keyof State, unknown>)[key] = value;
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }

  move(to: number, series = this.series): void {
    const count = this.chart.count(series);
    if (!count) return;
    const index = Math.max(0, Math.min(count - 1, to));
    // Reassigning the same text would not be announced again; a trailing no-break space toggles.
    const text = this.chart.describe(series, index);
    this.set({ series, active: index, hover: -1, tipClosed: false, spoken: this.spoken === text ? `${text}\u00a0` : text });
  }

  /** To the next (`step` 1) or previous (-1) series that has points, at the point nearest in time. */
  private switchSeries(step: 1 | -1): void {
    const total = this.chart.seriesCount();
    for (let s = this.series + step; s >= 0 && s < total; s += step) {
      if (!this.chart.count(s)) continue;
      const from = this.active < 0 ? this.chart.count(this.series) - 1 : this.active;
      this.move(this.chart.nearest(this.series, from, s), s);
      return;
    }
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const count = this.chart.count(this.series);
    if (!count) return;
    // Keys reach the chart only when it has focus, even where the focus event came late or not at all.
    this.set({ focused: true });
    const current = this.active < 0 ? count - 1 : this.active;
    const jump = Math.max(1, Math.round(count / 10));
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
        next = this.active < 0 ? count - 1 : current + 1;
        break;
      case 'ArrowLeft':
        next = this.active < 0 ? count - 1 : current - 1;
        break;
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        this.switchSeries(e.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'PageUp':
        next = current + jump;
        break;
      case 'PageDown':
        next = current - jump;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (this.active < 0) this.move(current);
        this.chart.activate(this.series, this.active);
        return;
      case 'Escape':
        if (this.tip) {
          e.preventDefault();
          this.set({ tipClosed: true, hover: -1 });
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    this.move(next);
  };

  readonly onFocus = (): void => {
    const count = this.chart.count(this.series);
    this.set({ focused: true, tipClosed: false, ...(this.active < 0 && count ? { active: count - 1 } : {}) });
  };

  readonly onBlur = (): void => this.set({ focused: false });

  readonly onPointerMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    const index = this.chart.indexAt(e);
    if (index !== this.hover) this.set({ hover: index, tipClosed: false });
  };

  readonly onPointerDown = (e: PointerEvent): void => {
    // On touch there is no hover: a tap shows the primary's point there.
    if (e.pointerType !== 'touch') return;
    const index = this.chart.indexAt(e);
    if (index >= 0) this.move(index, 0);
  };

  readonly onPointerLeave = (): void => this.set({ hover: -1 });

  readonly onClick = (e: MouseEvent): void => {
    const index = this.hover >= 0 ? this.hover : this.chart.indexAt(e);
    if (index < 0) return;
    this.set({ series: 0, active: index });
    this.chart.activate(0, index);
  };
}
