/**
 * Moving through a chart's points: one tab stop, arrows, Home/End and PageUp/PageDown, Enter or
 * Space to activate, Escape to close the tooltip; hover with a mouse, a tap on touch. It keeps which
 * point is active, hovered and spoken (the live region's text); the chart says how many points it
 * has, which one is under the pointer, and what a point is in words.
 */
import type { ReactiveControllerHost } from 'lit';

export interface PointChart {
  /** How many points can be visited. */
  readonly count: () => number;
  /** The point under the pointer, or -1. */
  readonly indexAt: (e: PointerEvent | MouseEvent) => number;
  /** A point in words, for the live region. */
  readonly describe: (index: number) => string;
  /** The point was activated (click, tap, Enter, Space). */
  readonly activate: (index: number) => void;
}

/** Not a registered controller (it needs no lifecycle hook): it asks its host to update when its state changes. */
export class PointNavigation {
  /** The point the keyboard is on (-1: none yet). */
  active = -1;
  hover = -1;
  focused = false;
  tipClosed = false;
  /** What the live region says. */
  spoken = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chart: PointChart,
  ) {}

  /** The point whose tooltip shows, or -1. */
  get tip(): number {
    if (this.tipClosed) return -1;
    if (this.hover >= 0) return this.hover;
    return this.focused ? this.active : -1;
  }

  /** The point to ring on the chart, or -1. */
  get marker(): number {
    const tip = this.tip;
    return tip >= 0 ? tip : this.focused ? this.active : -1;
  }

  /** New data: indexes past its end are pulled back in. */
  clamp(count: number): void {
    if (this.active >= count) this.set({ active: count - 1 });
    if (this.hover >= count) this.set({ hover: -1 });
  }

  private set(change: Partial<Pick<PointNavigation, 'active' | 'hover' | 'focused' | 'tipClosed' | 'spoken'>>): void {
    let changed = false;
    for (const [key, value] of Object.entries(change) as [keyof typeof change, never][]) {
      if (this[key] !== value) {
        (this as Record<typeof key, unknown>)[key] = value;
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }

  move(to: number): void {
    const count = this.chart.count();
    if (!count) return;
    const index = Math.max(0, Math.min(count - 1, to));
    // Reassigning the same text would not be announced again; a trailing no-break space toggles.
    const text = this.chart.describe(index);
    this.set({ active: index, hover: -1, tipClosed: false, spoken: this.spoken === text ? `${text}\u00a0` : text });
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const count = this.chart.count();
    if (!count) return;
    // Keys reach the chart only when it has focus, even where the focus event came late or not at all.
    this.set({ focused: true });
    const current = this.active < 0 ? count - 1 : this.active;
    const jump = Math.max(1, Math.round(count / 10));
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = this.active < 0 ? count - 1 : current + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = this.active < 0 ? count - 1 : current - 1;
        break;
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
        this.chart.activate(this.active);
        return;
      case 'Escape':
        if (this.tip >= 0) {
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
    const count = this.chart.count();
    this.set({ focused: true, tipClosed: false, ...(this.active < 0 && count ? { active: count - 1 } : {}) });
  };

  readonly onBlur = (): void => this.set({ focused: false });

  readonly onPointerMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    const index = this.chart.indexAt(e);
    if (index !== this.hover) this.set({ hover: index, tipClosed: false });
  };

  readonly onPointerDown = (e: PointerEvent): void => {
    // On touch there is no hover: a tap shows the point's tooltip.
    if (e.pointerType !== 'touch') return;
    const index = this.chart.indexAt(e);
    if (index >= 0) this.move(index);
  };

  readonly onPointerLeave = (): void => this.set({ hover: -1 });

  readonly onClick = (e: MouseEvent): void => {
    const index = this.hover >= 0 ? this.hover : this.chart.indexAt(e);
    if (index < 0) return;
    this.set({ active: index });
    this.chart.activate(index);
  };
}
