/**
 * Fallback content for an element: what a reader sees before the element upgrades, and for good
 * when scripts are blocked or the CDN is down. The element's shadow root has no `<slot>`, so its
 * light-DOM children show only until it upgrades.
 *
 * `fallbackHtml` returns HTML **text** for a publisher to paste between the element's tags (the
 * "embed this" generator writes it). Nothing in the library renders it: every piece of the document
 * is escaped here, so the text is safe to paste, and it is never passed to `innerHTML`.
 * Pure: no DOM, so it also runs in Node (e.g. to write fallbacks at build time).
 */
import { assessStatus } from '../core/status.js';
import { describeSources, summarize } from '../core/summary.js';
import { formatValue } from '../core/format.js';
import { pickText, resolveLocale } from '../core/locale.js';
import { fill, messages, textLocale } from '../core/messages.js';
import { formatPeriod, parsePeriod } from '../data/periods.js';
import { normalize, pointsAsOf } from '../data/normalize.js';
import { validateIndicator, validateProgram, type ValidationIssue } from '../data/validate.js';
import type { IndicatorDocument, ProgramDocument } from '../data/schema.js';

export interface FallbackOptions {
  /** Gauge and trend line: the target to state (default: the same default the elements use). */
  readonly targetId?: string | undefined;
  /** A period: the sentence and table as the data stood then (as the element's `as-of`). */
  readonly asOf?: string | undefined;
  /** How many of the latest observations (or milestones) the table lists; default 5. */
  readonly rows?: number | undefined;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters that matter in HTML text and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** "periode" → "Periode", in the locale's rules. */
const capital = (text: string, locale: string): string => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** Thrown for a document that is neither a valid indicator nor a valid programme. */
export class FallbackError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(issues.map((i) => i.message).join('; ') || 'invalid document');
    this.name = 'FallbackError';
  }
}

/**
 * The fallback for one document, in `lang` (`id`, `en`; others read English), as HTML text:
 * - an indicator: the summary sentence (the one the widgets show: first to latest observation, the
 *   change, the target and its status), a table of the last `rows` observations, and the source line;
 * - a programme: its title and summary, and a table of its last `rows` milestones.
 * Throws a `FallbackError` naming what is wrong when the document is invalid.
 */
export function fallbackHtml(doc: unknown, lang: string, options: FallbackOptions = {}): string {
  const isProgram = typeof doc === 'object' && doc !== null && (doc as { schema?: unknown }).schema === 'indikator/program@1';
  const checked = isProgram ? validateProgram(doc, { lang }) : validateIndicator(doc, { lang });
  if (!checked.ok) throw new FallbackError(checked.issues);
  const rows = Math.max(1, Math.floor(options.rows ?? 5));
  return isProgram
    ? programFallback(checked.value as ProgramDocument, lang, rows)
    : indicatorFallback(checked.value as IndicatorDocument, lang, options, rows);
}

function indicatorFallback(doc: IndicatorDocument, lang: string, options: FallbackOptions, rows: number): string {
  const loc = textLocale(resolveLocale(lang));
  const t = messages(loc);
  const status = assessStatus(doc, options.targetId || undefined, options.asOf ? { asOf: options.asOf } : undefined);
  const sentence = summarize(doc, status, loc);
  const asOf = options.asOf ? parsePeriod(options.asOf) : undefined;
  const values = pointsAsOf(normalize(doc), asOf).values.slice(-rows);
  const title = pickText(doc.title, loc)?.text ?? String(doc.id);
  const format = { locale: loc, decimals: doc.decimals, unit: doc.unit };

  const body = values
    .map((p) => `    <tr><th scope="row">${escapeHtml(formatPeriod(p.period, loc))}</th><td>${escapeHtml(formatValue(p.value, format))}</td></tr>`)
    .join('\n');
  // An `as-of` that names no period is said, not ignored (the sentence then tells the latest data).
  const badAsOf = options.asOf && !asOf ? [`<p>${escapeHtml(fill(t.badAsOf, { value: options.asOf }))}</p>`] : [];
  return [
    ...badAsOf,
    `<p>${escapeHtml(sentence)}</p>`,
    '<table>',
    `  <caption>${escapeHtml(title)}</caption>`,
    `  <thead><tr><th scope="col">${escapeHtml(capital(t.period, loc))}</th><th scope="col">${escapeHtml(capital(t.value, loc))}</th></tr></thead>`,
    '  <tbody>',
    body,
    '  </tbody>',
    '</table>',
    `<p>${escapeHtml(describeSources(doc, loc))}</p>`,
  ].join('\n');
}

function programFallback(doc: ProgramDocument, lang: string, rows: number): string {
  const loc = textLocale(resolveLocale(lang));
  const t = messages(loc);
  const text = (t: ProgramDocument['title'] | undefined) => pickText(t, loc)?.text;
  const period = (key: string | undefined) => {
    const p = key ? parsePeriod(key) : undefined;
    return p ? formatPeriod(p, loc) : key;
  };
  const lines: string[] = [];
  const title = text(doc.title) ?? doc.id;
  const summary = text(doc.summary);
  lines.push(`<p><strong>${escapeHtml(title)}</strong></p>`);
  if (summary) lines.push(`<p>${escapeHtml(summary)}</p>`);

  const facts: string[] = [];
  const owner = text(doc.owner);
  if (owner) facts.push(`${capital(t.owner, loc)}: ${owner}`);
  if (doc.period) {
    const start = period(doc.period.start)!;
    facts.push(doc.period.end ? fill(t.cardPeriod, { start, end: period(doc.period.end)! }) : fill(t.cardSince, { start }));
  }
  if (facts.length) lines.push(`<p>${escapeHtml(facts.join(' · '))}</p>`);

  const milestones = (doc.milestones ?? []).slice(-rows);
  if (milestones.length) {
    lines.push('<table>', `  <caption>${escapeHtml(capital(t.milestones, loc))}</caption>`, '  <tbody>');
    for (const ms of milestones) {
      lines.push(`    <tr><th scope="row">${escapeHtml(period(ms.date) ?? ms.date)}</th><td>${escapeHtml(text(ms.title) ?? '')}</td></tr>`);
    }
    lines.push('  </tbody>', '</table>');
  }
  return lines.join('\n');
}
