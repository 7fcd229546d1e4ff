/**
 * Elements take turns on the main thread. Lit updates elements in microtasks, so a page that gives
 * data to 200 widgets at once would read and draw all of them in one long task, and the reader's
 * clicks and scrolls would wait for it. Instead, once one task has spent `SLICE_MS` updating
 * elements, the elements still waiting go on in the next task, in the order they asked.
 */

/** Milliseconds of updates per task: a long task is over 50 ms, and one element can take ~10. */
export const SLICE_MS = 40;

let started = -1;
let waiting: Promise<void> | undefined;

interface Scheduler {
  postTask(callback: () => void): Promise<void>;
}

let channel: MessageChannel | undefined;
const queued: (() => void)[] = [];

/**
 * A new task: `scheduler.postTask` where the browser has it, else a message to ourselves (not
 * setTimeout, which is clamped to 4 ms and, in a background tab, to a second or more). Both are
 * first in, first out, which keeps the elements' order and puts the end of a slice before the
 * updates that wait for the next one.
 */
function nextTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return void scheduler.postTask(callback);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(callback);
  channel.port2.postMessage(null);
}

/** Resolves when the caller may update: now, while this task's slice has time left, else in the next task's slice. */
export function turn(): Promise<void> | undefined {
  const now = performance.now();
  if (started < 0) {
    started = now;
    nextTask(() => (started = -1));
  }
  if (now - started < SLICE_MS) return undefined;
  waiting ??= new Promise<void>((resolve) =>
    nextTask(() => {
      waiting = undefined;
      resolve();
    }),
  );
  return waiting;
}
