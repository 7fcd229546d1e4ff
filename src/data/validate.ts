/**
 * Runtime validation of indicator and programme documents. Never throws; every problem comes back
 * as a path and a sentence in the reader's language, e.g.
 * `series[3].value: expected a number, got the string "4,74"`.
 */
import * as v from 'valibot';
import { normalize, type PeriodColumns } from './normalize.js';
import { observationInto, prototypePolluted } from './check.js';
import { ObservationSchema, IndicatorSchema, ProgramSchema, type IndicatorDocument, type ProgramDocument } from './schema.js';
import { describeIssue, describeValue, duplicateMessage, issuePath, type IssueLang } from './issues.js';

export interface ValidationIssue {
  /** Where: `series[3].value`; empty for the document itself. */
  readonly path: string;
  /** What is wrong, in the requested language. */
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export interface ValidateOptions {
  /** Language of the messages: `id` or `en` (default). */
  readonly lang?: string;
}

const MAX_ISSUES = 20;

// Series can hold 100,000 observations: checking each through the general schema costs an object
// copy and a dozen closures per point. Valid points take the hand-written check of check.ts
// instead; only a point that fails it goes through the schema, which then explains what is wrong.

/**
 * A copy of parsed JSON in objects without a prototype, so that keys a host page added to
 * Object.prototype cannot look like fields of the document. Only made on such pages.
 */
function detach(value: unknown): unknown {
  const shell = (x: object) => (Array.isArray(x) ? [] : (Object.create(null) as Record<string, unknown>));
  if (typeof value !== 'object' || value === null) return value;
  // An explicit stack, not recursion: input nested 100,000 deep must not overflow the call stack
  // ("never throws" holds on polluted pages too).
  const root = shell(value);
  const stack: [Record<string, unknown>, Record<string, unknown>][] = [[value as Record<string, unknown>, root as Record<string, unknown>]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    for (const key of Object.keys(from)) {
      const v = from[key];
      if (typeof v === 'object' && v !== null) {
        const copy = shell(v) as Record<string, unknown>;
        to[key] = copy;
        stack.push([v as Record<string, unknown>, copy]);
      } else to[key] = v;
    }
  }
  return root;
}

const IndicatorShell = v.strictObject(
  Object.assign(Object.create(null) as typeof IndicatorSchema.entries, IndicatorSchema.entries, { series: v.array(v.unknown()) }),
);

const lang = (options?: ValidateOptions): IssueLang => (options?.lang?.toLowerCase().startsWith('id') ? 'id' : 'en');

function fromValibot(issues: readonly v.BaseIssue<unknown>[], l: IssueLang, prefix = ''): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issuePath(issue, prefix);
    return { path, message: `${path ? `${path}: ` : ''}${describeIssue(issue, l)}` };
  });
}

/** A document must be a plain object; say so once rather than listing every missing field of a list. */
function notAnObject(doc: unknown, l: IssueLang): ValidationIssue[] | undefined {
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) return undefined;
  const message = `${l === 'id' ? 'seharusnya objek JSON, tetapi berisi' : 'expected a JSON object, got'} ${describeValue(doc, l)}`;
  return [{ path: '', message }];
}

function fail<T>(issues: ValidationIssue[]): ValidationResult<T> {
  return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
}

/** Checks each observation; returns the series' period columns when every one passed the fast path (for normalize). */
function checkSeries(series: readonly unknown[], l: IssueLang, issues: ValidationIssue[]): PeriodColumns | undefined {
  const columns = { starts: new Float64Array(series.length), ends: new Float64Array(series.length) };
  let all = true;
  for (let i = 0; i < series.length && issues.length < MAX_ISSUES; i++) {
    if (observationInto(series[i], columns, i)) continue;
    all = false;
    const result = v.safeParse(ObservationSchema, series[i]);
    if (!result.success) issues.push(...fromValibot(result.issues, l, `series[${i}]`));
  }
  return all ? columns : undefined;
}

function checkCrossFields(doc: IndicatorDocument, l: IssueLang, issues: ValidationIssue[], warnings: ValidationIssue[], periods?: PeriodColumns) {
  doc.targets?.forEach((t, i) => {
    if (t.comparator === 'between' && t.min > t.max) {
      const path = `targets[${i}].min`;
      issues.push({ path, message: `${path}: ${l === 'id' ? `lebih besar dari max (${t.max})` : `is greater than max (${t.max})`}` });
    }
  });
  const { min, max } = doc.limits ?? {};
  if (min !== undefined && max !== undefined && min > max) {
    issues.push({ path: 'limits.min', message: `limits.min: ${l === 'id' ? `lebih besar dari max (${max})` : `is greater than max (${max})`}` });
  }
  const { duplicates } = normalize(doc, periods);
  for (const d of duplicates) {
    const path = `series[${d.second}].period`;
    const message = `${path}: ${duplicateMessage(d, doc.series[d.first]?.value, doc.series[d.second]?.value, l)}`;
    (d.kind === 'conflict' ? issues : warnings).push({ path, message });
  }
}

/** The language, the input (detached from a polluted prototype), and whether it is an object at all. */
function prepare(input: unknown, options?: ValidateOptions) {
  const l = lang(options);
  const polluted = prototypePolluted();
  const doc = polluted ? detach(input) : input;
  return { l, polluted, doc, wrong: notAnObject(doc, l) };
}

/** Checks an indicator document. Never throws; never touches the input. */
export function validateIndicator(input: unknown, options?: ValidateOptions): ValidationResult<IndicatorDocument> {
  try {
    // Inside the try: a revoked Proxy throws on the first look at it.
    const { l, polluted, doc, wrong } = prepare(input, options);
    if (wrong) return fail(wrong);
    const shell = v.safeParse(IndicatorShell, doc, { abortEarly: false });
    const issues: ValidationIssue[] = shell.success ? [] : fromValibot(shell.issues, l);
    const series = (doc as { series?: unknown } | null)?.series;
    const periods = Array.isArray(series) ? checkSeries(series, l, issues) : undefined;
    if (issues.length || !shell.success) return fail(issues);
    // valibot's output objects have a prototype again: on a polluted page a missing optional field
    // would read the page's key, so the output is detached too.
    // The input's own series array, not valibot's copy of it: a chart keeps its document as long as
    // it lives, and the points are normalized once per validated document (normalize.ts), so a
    // series changed in place and given again is read again.
    const output = { ...shell.output, series };
    const value = (polluted ? detach(output) : output) as unknown as IndicatorDocument;
    const warnings: ValidationIssue[] = [];
    // On a polluted page the series is a detached copy, whose periods are the same.
    checkCrossFields(value, l, issues, warnings, periods);
    return issues.length ? fail(issues) : { ok: true, value, warnings };
  } catch (error) {
    return fail([{ path: '', message: String(error) }]);
  }
}

/**
 * An inline indicator that fails inside a programme fails the whole union of entry shapes, and the
 * union can only say "expected a URL, an indicator document, or …". Where the entry is plainly
 * meant as an indicator document, say what is wrong with it instead (`indicators[0].series[3].value: …`).
 */
function explainIndicators(doc: Record<string, unknown>, issues: ValidationIssue[], options?: ValidateOptions): ValidationIssue[] {
  const entries = Array.isArray(doc.indicators) ? doc.indicators : [];
  return issues.flatMap((issue) => {
    const m = /^indicators\[(\d+)\]$/.exec(issue.path);
    const entry = m ? (entries[Number(m[1])] as Record<string, unknown> | null) : undefined;
    if (!entry || typeof entry !== 'object') return [issue];
    const inner = entry.schema === 'indikator/indicator@1' ? entry : (entry.data as Record<string, unknown> | undefined);
    if (!inner || typeof inner !== 'object' || inner.schema !== 'indikator/indicator@1') return [issue];
    const checked = validateIndicator(inner, options);
    if (checked.ok) return [issue];
    const prefix = inner === entry ? issue.path : `${issue.path}.data`;
    return checked.issues.map((x) => {
      const path = x.path ? `${prefix}.${x.path}`.replace('.[', '[') : prefix;
      return { path, message: `${path}: ${x.message.slice(x.path ? x.path.length + 2 : 0)}` };
    });
  });
}

/** Checks a programme document (its inline indicator documents included). Never throws. */
export function validateProgram(input: unknown, options?: ValidateOptions): ValidationResult<ProgramDocument> {
  try {
    const { l, polluted, doc, wrong } = prepare(input, options);
    if (wrong) return fail(wrong);
    const result = v.safeParse(ProgramSchema, doc, { abortEarly: false });
    if (!result.success) return fail(explainIndicators(doc as Record<string, unknown>, fromValibot(result.issues, l), options));
    // As for indicators: no inherited keys in the output (`'src' in entry` must not see the page's `src`).
    const output = (polluted ? detach(result.output) : result.output) as ProgramDocument;
    const issues: ValidationIssue[] = [];
    const warnings: ValidationIssue[] = [];
    output.indicators.forEach((entry, i) => {
      const inline = typeof entry === 'string' ? undefined : 'data' in entry ? entry.data : 'schema' in entry ? entry : undefined;
      if (!inline) return;
      const inner: ValidationIssue[] = [];
      checkCrossFields(inline, l, inner, warnings);
      const prefix = 'data' in (entry as object) ? `indicators[${i}].data.` : `indicators[${i}].`;
      issues.push(...inner.map((x) => ({ path: prefix + x.path, message: prefix + x.message })));
    });
    return issues.length ? fail(issues) : { ok: true, value: output, warnings };
  } catch (error) {
    return fail([{ path: '', message: String(error) }]);
  }
}
