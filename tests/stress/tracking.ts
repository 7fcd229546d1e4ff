// Counts what an element could leave behind on a page: timers (setTimeout/setInterval not yet
// fired or cleared) and MutationObservers that observe and were never disconnected. Installed before
// the elements are created, so every timer and observer they make goes through these wrappers.

/** Pending timer ids, with where they were set (to tell the library's timers from the test runner's). */
const pendingTimers = new Map<number, string>();
const liveIntervals = new Set<number>();
const observing = new Set<MutationObserver>();
let installed = false;

export function installTracking(): void {
  if (installed) return;
  installed = true;
  const setTimeout0 = window.setTimeout.bind(window);
  const clearTimeout0 = window.clearTimeout.bind(window);
  const setInterval0 = window.setInterval.bind(window);
  const clearInterval0 = window.clearInterval.bind(window);
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id: number = setTimeout0(() => {
      pendingTimers.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    }, timeout);
    pendingTimers.set(id, new Error().stack ?? '');
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pendingTimers.delete(id);
    clearTimeout0(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setInterval0(handler, timeout, ...args);
    liveIntervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) liveIntervals.delete(id);
    clearInterval0(id);
  }) as typeof window.clearInterval;

  const Native = window.MutationObserver;
  class TrackedMutationObserver extends Native {
    override observe(target: Node, options?: MutationObserverInit): void {
      observing.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      observing.delete(this);
      super.disconnect();
    }
  }
  window.MutationObserver = TrackedMutationObserver;
}

/** A stack with a frame in the library's own modules (served from /src/). */
const fromLibrary = (stack: string) => /\/src\/[^\s]*\.ts/.test(stack);

/** Where the library's timers still due were set. */
export const libraryTimerStacks = () => [...pendingTimers.values()].filter(fromLibrary);

/**
 * Timers still due that the library set (the test runner keeps its own: @web/test-runner-commands
 * leaves a timer per server command), intervals, and MutationObservers still observing.
 */
export const tracked = () => ({
  timers: libraryTimerStacks().length,
  allTimers: pendingTimers.size,
  intervals: liveIntervals.size,
  mutationObservers: observing.size,
});
