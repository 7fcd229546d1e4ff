/**
 * The trend line's model, pure: documents read into series (as of a period), the verdict on the
 * primary's target, and the words the chart, its tooltip, its live region and its table share.
 */
import type { ParseContext, Parsed } from '../core/pipeline.js';
import type { Check, Checked } from '../data/check.js';
import { normalize, pointsAsOf, type Point } from '../data/normalize.js';
import type { IndicatorDocument, Text } from '../data/schema.js';
import { assessStatus, type StatusResult } from '../core/status.js';
import { localText, pickText } from '../core/locale.js';
import { fill, type Messages } from '../core/messages.js';
import { atMonth, formatPeriod, parsePeriod, referenceMonth } from '../data/periods.js';
import { formatValue } from '../core/format.js';
import type { Annotation, NoteEntry, TrendSeries } from './trend-layout.js';

export interface TrendModel {
  /** The primary series first, then the comparisons. */
  readonly series: readonly TrendSeries[];
  readonly status: StatusResult;
}

/** `detail` of `indikator-select`. */
export interface SelectDetail {
  /** The observation's period as written in the document (`2023`, `2024-03`). */
  readonly period: string;
  readonly value: number;
  /** The `id` of the series' document. */
  readonly series: string;
}

/** An extra labelled marker on the time axis (the card passes its programme's milestones). */
export interface TrendAnnotation {
  readonly period: string;
  readonly label: Text;
}

/**
 * One document or an array of them (the primary first) → the model, or every reason it cannot be
 * read; later when `check` needs the schema library for a document (see shared/check-indicator.ts).
 */
export function parseTrend(
  raw: unknown,
  ctx: ParseContext,
  t: Messages,
  targetId: string | undefined,
  check: Check,
): Parsed<TrendModel> | Promise<Parsed<TrendModel>> {
  const docs = Array.isArray(raw) ? raw : [raw];
  if (docs.length === 0) return { ok: false, code: 'invalid', message: t.errorInvalid, issues: [t.trendEmptyList] };
  const checks = docs.map(check);
  const build = (results: readonly Checked[]) => trendOf(results, Array.isArray(raw), ctx, t, targetId);
  return checks.some((c) => c instanceof Promise) ? Promise.all(checks).then(build) : build(checks as Checked[]);
}

function trendOf(results: readonly Checked[], many: boolean, ctx: ParseContext, t: Messages, targetId: string | undefined): Parsed<TrendModel> {
  const valid: IndicatorDocument[] = [];
  const issues: string[] = [];
  results.forEach((result, i) => {
    if (result.ok) valid.push(result.value);
    else issues.push(...result.issues.map((issue) => (many ? `[${i}] ${issue.message}` : issue.message)));
  });
  if (issues.length) return { ok: false, code: 'invalid', message: t.errorInvalid, issues };
  const asOf = ctx.asOf === undefined ? undefined : parsePeriod(ctx.asOf);
  const series = valid.map((doc): TrendSeries => {
    const n = pointsAsOf(normalize(doc), asOf);
    return atReferenceMonth({ doc, points: n.points, values: n.values, uses: n.uses, starts: n.starts });
  });
  const model = { series, status: assessStatus(valid[0]!, targetId, { asOf: ctx.asOf }) };
  return { ok: true, model, data: valid[0], empty: series[0]!.values.length === 0 };
}

/**
 * A series whose document gives the month its yearly values describe (`referenceMonth`), with its
 * yearly points drawn at that month: a March-round figure for 2024 sits with the `2024-03` values
 * it is compared to, not two months before them. Each point keeps its own fields (it is the
 * original with its period replaced); status and sentences are judged from the document as written.
 */
function atReferenceMonth(s: TrendSeries): TrendSeries {
  const month = referenceMonth(s.doc);
  if (!month || month === 1 || !s.points.some((p) => p.period.granularity === 'year')) return s;
  const moved = (p: Point): Point => Object.create(p, { period: { value: atMonth(p.period, month), enumerable: true } });
  const points = s.points.map(moved);
  // The columns of instants are the periods as written: the moved points are read one by one.
  return { ...s, points, values: points.filter((p): p is Point & { value: number } => p.value !== null), starts: undefined };
}

/** The annotations that name a period and have a label in `locale`; the rest are left out. */
export function annotationsOf(annotations: readonly TrendAnnotation[], locale: string): Annotation[] {
  const list = Array.isArray(annotations) ? annotations : [];
  const out: Annotation[] = [];
  for (const a of list) {
    const period = a && typeof a.period === 'string' ? parsePeriod(a.period) : undefined;
    const label = pickText(a?.label, locale)?.text;
    if (period && label) out.push({ period, label });
  }
  return out;
}

/** Every note of every series, numbered in order: a point's own note, then the document's notes on periods. */
export function notesOf(model: TrendModel, locale: string): NoteEntry[] {
  const out: NoteEntry[] = [];
  model.series.forEach((s, si) => {
    for (const p of s.uses?.notes === false ? [] : s.points) {
      const text = pickText(p.note, locale);
      if (text) out.push({ n: out.length + 1, text: text.text, lang: text.lang, periods: [p.period], series: si, point: p });
    }
    for (const note of s.doc.notes ?? []) {
      const periods = (note.periods ?? []).map((k) => parsePeriod(k)).filter((p): p is NonNullable<typeof p> => !!p);
      const text = pickText(note.text, locale);
      if (periods.length && text) out.push({ n: out.length + 1, text: text.text, lang: text.lang, periods, series: si });
    }
  });
  return out;
}

/** A point's flags in words (P, E, F, B); a publisher's own code is shown as written. */
export function flagWords(t: Messages, p: Point): string[] {
  const words: Record<string, string> = { P: t.provisional, E: t.estimated, F: t.forecast, B: t.breakInSeries };
  // Own keys only: a code "toString" from data is a code, not Object.prototype.toString.
  return p.status.map((s) => (Object.hasOwn(words, s) ? words[s]! : s));
}

/** A point's value as the series writes it (its decimals and unit), or "no value" for a gap. */
export function pointText(t: Messages, locale: string, s: TrendSeries, p: Point): string {
  if (p.value === null) return t.trendNoValue;
  return formatValue(p.value, { locale, decimals: s.doc.decimals, unit: s.doc.unit });
}

/**
 * "2023: 0,98%" then flags and note: what the live region says and the tooltip shows. `label`: the
 * series' name, said first when the chart has several ("Sumatera Selatan. 2024: 10,51%").
 */
export function pointSentence(t: Messages, locale: string, model: TrendModel | undefined, series: number, index: number, label?: string): string {
  const s = model?.series[series];
  const p = s?.values[index];
  if (!s || !p) return '';
  const parts = [fill(t.pointValue, { period: formatPeriod(p.period, locale), value: pointText(t, locale, s, p) })];
  if (label) parts.unshift(label);
  const flags = flagWords(t, p);
  if (flags.length) parts.push(flags.join(', '));
  const note = localText(p.note, locale)?.text;
  if (note) parts.push(`${t.note}: ${note}`);
  // Sentences, as a newsroom prints them: each after a full stop starts with a capital ("Catatan: …").
  return parts.map((part, i) => (i ? part.charAt(0).toLocaleUpperCase(locale) + part.slice(1) : part)).join('. ');
}
