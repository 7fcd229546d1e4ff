/**
 * The form checked, pure: the document the builder makes of the form and the data read, and every
 * problem by form field, in the page's language: the data's, the builder's own (a value that is not
 * a number, a deadline before the baseline) and the validator's path-precise messages, each said once.
 */
import { validateIndicator } from '../data/validate.js';
import type { IndicatorDocument } from '../data/schema.js';
import { buildDocument } from './build-document.js';
import type { FormState } from './form-state.js';
import type { DataRead } from './read-data.js';

export interface FormCheck {
  readonly built: ReturnType<typeof buildDocument>;
  readonly valid: boolean;
  readonly problems: ReadonlyMap<string, readonly string[]>;
  readonly allProblems: readonly { readonly field: string; readonly text: string }[];
  readonly value: IndicatorDocument | undefined;
}

export function checkForm(state: FormState, read: DataRead): FormCheck {
  const lang = state.ui;
  const built = buildDocument(state, read.data);
  const checked = validateIndicator(built.doc, { lang });
  const problems = new Map<string, string[]>();
  const allProblems: { field: string; text: string }[] = [];
  const add = (field: string, text: string) => {
    problems.set(field, [...(problems.get(field) ?? []), text]);
    allProblems.push({ field, text });
  };
  for (const p of read.problems) add('data', p[lang]);
  for (const p of built.problems) if (!(p.field === 'data' && read.problems.length)) add(p.field, p[lang]);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const field = built.fieldOf(issue.path);
      // A field the builder already explained (not a number, missing) is not explained twice.
      if (built.problems.some((p) => p.field === field)) continue;
      if (field === 'data' && read.data.kind === 'none') continue;
      add(field, issue.message);
    }
  }
  const valid = checked.ok && !built.problems.length && !read.problems.length;
  return { built, valid, problems, allProblems, value: checked.ok ? checked.value : undefined };
}
