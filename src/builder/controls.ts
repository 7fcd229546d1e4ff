/**
 * The builder's form controls, each with its label, hint and problem tied to it
 * (`aria-describedby`): inputs, selects, radio groups, buttons and the repeated lists (targets,
 * sources, notes, annotations). Their `data-field` / `data-action` are read by one listener in
 * builder.ts. Also the view model the page's templates (view.ts) draw.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { IndicatorDocument } from '../data/schema.js';
import { fill } from '../core/messages.js';
import { controlId, getField, messageId } from './form-fields.js';
import type { FormState } from './form-state.js';
import type { BuilderMessages } from './messages.js';
import type { DataRead } from './read-data.js';

export interface PreviewView {
  readonly width: 'phone' | 'desktop';
  readonly theme: 'light' | 'dark';
  readonly lang: 'id' | 'en';
}

export interface ViewModel {
  readonly state: FormState;
  readonly t: BuilderMessages;
  readonly read: DataRead;
  /** A URL is being fetched. */
  readonly fetching: boolean;
  /** Problems by form field, in the page's language. */
  readonly problems: ReadonlyMap<string, readonly string[]>;
  /** Every problem, in order, for the list and the live region. */
  readonly allProblems: readonly { readonly field: string; readonly text: string }[];
  /** The last valid document (the preview's), and whether the form has changed since into something invalid. */
  readonly doc: IndicatorDocument | undefined;
  readonly stale: boolean;
  readonly view: PreviewView;
  readonly out: {
    readonly valid: boolean;
    readonly fileName: string;
    readonly element: string;
    readonly iframe: string;
    readonly height: number;
  };
  readonly library: 'cdn' | 'here';
  readonly saved: string;
  /** What the live region says (problems after a pause, undo, copy). */
  readonly announce: string;
  readonly fetchFailure: { readonly text: string; readonly cors: boolean } | undefined;
  readonly canUndo: boolean;
}

export type Hint = string | TemplateResult | undefined;

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

export function messages(m: ViewModel, path: string) {
  const list = m.problems.get(path) ?? [];
  return list.length ? html`<p class="problem" id=${messageId(path)}>${list.join(' ')}</p>` : nothing;
}

/** A text input with its label, hint and problem. */
export function input(
  m: ViewModel,
  path: string,
  label: string,
  options: { hint?: Hint; type?: string; inputmode?: string; wide?: boolean; autocomplete?: string } = {},
): TemplateResult {
  const id = controlId(path);
  const bad = m.problems.has(path);
  return html`<div class="field ${options.wide ? 'wide' : ''}">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type=${options.type ?? 'text'}
      inputmode=${options.inputmode ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      spellcheck="false"
      data-field=${path}
      .value=${live(getField(m.state, path))}
      aria-invalid=${bad ? 'true' : nothing}
      aria-describedby=${describedBy(options.hint !== undefined && `${id}-hint`, bad && messageId(path))}
    />
    ${options.hint !== undefined ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing} ${messages(m, path)}
  </div>`;
}

/** A select with its label. `choices`: value → words. */
export function choice(m: ViewModel, path: string, label: string, choices: readonly (readonly [string, string])[], hint?: Hint): TemplateResult {
  const id = controlId(path);
  const value = getField(m.state, path);
  const bad = m.problems.has(path);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      data-field=${path}
      aria-invalid=${bad ? 'true' : nothing}
      aria-describedby=${describedBy(hint !== undefined && `${id}-hint`, bad && messageId(path))}
    >
      ${choices.map(([v, words]) => html`<option value=${v} ?selected=${v === value}>${words}</option>`)}
    </select>
    ${hint !== undefined ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${messages(m, path)}
  </div>`;
}

/** Radio buttons in a fieldset. */
export function radios(m: ViewModel, path: string, legend: string, choices: readonly (readonly [string, string])[]): TemplateResult {
  const value = getField(m.state, path);
  return html`<fieldset class="radios">
    <legend>${legend}</legend>
    ${choices.map(
      ([v, words]) =>
        html`<label
          ><input type="radio" name=${controlId(path)} value=${v} data-field=${path} .checked=${live(v === value)} /> ${words}</label
        >`,
    )}
    ${messages(m, path)}
  </fieldset>`;
}

export const button = (action: string, words: string, extra: { index?: number; disabled?: boolean; kind?: string } = {}) =>
  html`<button
    type="button"
    class=${extra.kind ?? 'secondary'}
    data-action=${action}
    data-index=${extra.index ?? nothing}
    ?disabled=${extra.disabled ?? false}
  >
    ${words}
  </button>`;

/**
 * A repeated list of the form (targets, sources, notes, annotations): a fieldset per item, each with
 * its own remove button, and an add button; actions `add-<kind>` and `remove-<kind>` (with the index).
 */
export function listGroup<T>(
  t: BuilderMessages,
  list: {
    readonly kind: string;
    readonly legend: string;
    readonly hint?: string;
    readonly items: readonly T[];
    /** The item's name, "{n}" its number ("Target {n}"). */
    readonly itemN: string;
    readonly add: string;
    readonly body: (item: T, i: number) => TemplateResult;
  },
): TemplateResult {
  return html`<fieldset class="group">
    <legend>${list.legend}</legend>
    ${list.hint ? html`<p class="hint">${list.hint}</p>` : nothing}
    ${list.items.map(
      (item, i) => html`<fieldset class="item">
        <legend>${fill(list.itemN, { n: i + 1 })}</legend>
        ${list.body(item, i)} ${button(`remove-${list.kind}`, `${t.remove}: ${fill(list.itemN, { n: i + 1 })}`, { index: i })}
      </fieldset>`,
    )}
    ${button(`add-${list.kind}`, list.add)}
  </fieldset>`;
}
