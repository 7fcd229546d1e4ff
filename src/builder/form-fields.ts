/**
 * Form fields by path: `titleId`, `targets.0.period`, `sources.1.kind`. Every control of the page
 * names its field in `data-field`; one listener reads and writes the state through these. Pure.
 */
import type { FormState } from './form-state.js';

/** The value of a field, as the control shows it ('' for a path the state does not have). */
export function getField(state: FormState, path: string): string {
  let at: unknown = state;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return '';
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' ? at : '';
}

/** A copy of the state with one field set; a path that names no string field leaves it as it was. */
export function setField(state: FormState, path: string, value: string): FormState {
  const keys = path.split('.');
  const copy = (node: unknown, i: number): unknown => {
    if (i === keys.length) return typeof node === 'string' ? value : node;
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, keys[i]!)) return node;
    const next = copy((node as Record<string, unknown>)[keys[i]!], i + 1);
    if (Array.isArray(node)) return node.map((x, j) => (String(j) === keys[i] ? next : x));
    return { ...(node as object), [keys[i]!]: next };
  };
  return copy(state, 0) as FormState;
}

/** The DOM id of a field's control, and of its message. */
export const controlId = (path: string): string => `f-${path.replace(/\./g, '-')}`;
export const messageId = (path: string): string => `m-${path.replace(/\./g, '-')}`;
