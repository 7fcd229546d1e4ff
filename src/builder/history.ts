/**
 * Never losing work: the form kept in the browser's storage after every change (a reload restores
 * it), and the steps to undo. Typing in one field is one step until another field changes or the
 * typing pauses, so "undo" takes back a change, not a keystroke.
 */
import { restoreState, type FormState } from './form-state.js';

export const STORAGE_KEY = 'indikator-builder@1';

/** The form as the storage keeps it, or the defaults. Never throws. */
export function loadState(storage: Storage | undefined, ui: 'id' | 'en'): FormState {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    return restoreState(text ? JSON.parse(text) : undefined, ui);
  } catch {
    return restoreState(undefined, ui);
  }
}

/** Keeps the form; returns why it could not (a full or blocked storage), else `undefined`. */
export function saveState(storage: Storage | undefined, state: FormState): string | undefined {
  try {
    if (!storage) return 'no storage';
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

export class History {
  readonly #steps: string[] = [];
  #field = '';
  #at = 0;
  constructor(
    readonly limit = 100,
    readonly pauseMs = 1500,
  ) {}

  /** Called before `field` changes, with the state as it was. */
  record(before: FormState, field: string, now: number): void {
    const sameTyping = field === this.#field && now - this.#at < this.pauseMs;
    this.#field = field;
    this.#at = now;
    if (sameTyping && this.#steps.length) return;
    this.#steps.push(JSON.stringify(before));
    if (this.#steps.length > this.limit) this.#steps.shift();
  }

  /** The state before the last change, or `undefined` when there is none. */
  undo(ui: 'id' | 'en'): FormState | undefined {
    const step = this.#steps.pop();
    this.#field = '';
    return step === undefined ? undefined : restoreState(JSON.parse(step), ui);
  }

  get size(): number {
    return this.#steps.length;
  }
}
