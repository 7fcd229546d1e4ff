/**
 * The gauge's model and view model, pure: a document judged against one target as of a period, the
 * earlier targets it missed, and everything the templates show, in pixels and words.
 */
import type { ParseContext, Parsed } from '../core/pipeline.js';
import type { Check, Checked } from '../data/check.js';
import { normalize, pointsAsOf, type Point } from '../data/normalize.js';
import type { IndicatorDocument, Target } from '../data/schema.js';
import { assessStatus, type StatusResult, type StatusWord } from '../core/status.js';
import { formatCompact, formatConditionWords, formatValue, isPercentUnit, unitText, type FormatOptions } from '../core/format.js';
import { comparePeriods, formatPeriod, parsePeriod, type Period } from '../data/periods.js';
import { listSourceGroups, sourceLines } from '../core/summary.js';
import { otherLang, pickText } from '../core/locale.js';
import { fill, statusText, type Messages } from '../core/messages.js';
import { safeUrl } from '../core/urls.js';
import { gaugeBands, gaugeDomain, metRegion, orientation, targetEdges, type Band, type Domain, type Orientation } from '../geometry/gauge.js';

type Valued = Point & { readonly value: number };

/** What the gauge draws: the document judged against one target, as of a period. */
export interface GaugeModel {
  readonly doc: IndicatorDocument;
  readonly result: StatusResult;
  /** The latest observation with a value (as of `as-of`). */
  readonly latest: Valued | null;
  readonly baseline: { readonly period: Period; readonly value: number } | null;
  /** Targets due before the shown one that were missed: they stay visible when the default moves on. */
  readonly earlier: readonly { readonly target: Target; readonly deadline: Period }[];
}

/**
 * Judges `doc` against a target (`targetId`, else the default) as of `asOf`. Without a target there is
 * no status, but the latest value and the baseline are still found, so the gauge can show them.
 */
export function gaugeModel(doc: IndicatorDocument, targetId?: string, asOf?: string): GaugeModel {
  const options = asOf === undefined ? undefined : { asOf };
  const result = assessStatus(doc, targetId || undefined, options);
  const values = pointsAsOf(normalize(doc), asOf === undefined ? undefined : parsePeriod(asOf)).values;
  const latest = (result.latest as Valued | null) ?? values.at(-1) ?? null;
  let baseline = result.baseline;
  if (!baseline && latest) {
    const own = doc.baseline ? parsePeriod(doc.baseline.period) : undefined;
    baseline = own && doc.baseline && comparePeriods(own, latest.period) <= 0 ? { period: own, value: doc.baseline.value } : values[0]!;
  }
  const earlier: { target: Target; deadline: Period }[] = [];
  const shown = result.deadline;
  if (result.target && shown) {
    for (const target of doc.targets ?? []) {
      const deadline = parsePeriod(target.period);
      if (target === result.target || !deadline || typeof target.id !== 'string' || comparePeriods(deadline, shown) >= 0) continue;
      if (assessStatus(doc, target.id, options).status === 'missed') earlier.push({ target, deadline });
    }
  }
  return { doc, result: { ...result, latest }, latest, baseline, earlier };
}

/** Everything the templates need, in pixels and words. */
export interface View {
  readonly domain: Domain;
  readonly orient: Orientation;
  readonly bands: readonly Band[];
  readonly fmt: FormatOptions;
  readonly title: { readonly text: string; readonly lang?: string | undefined };
  /** The latest value with its unit, as the value text says it. */
  readonly value: string;
  /** The number as shown (compact where the full one would not fit), and the unit words after it (empty when the number carries its unit). */
  readonly number: string;
  readonly unit: string;
  readonly period: string;
  /** The judged target's deadline, shown beside the verdict ("missed · deadline 2024"). */
  readonly deadline: string | undefined;
  readonly status: StatusWord | null;
  readonly statusWord: string;
  readonly valueText: string;
}

/** A document → the model, or every reason it cannot be read; later when `check` needs the schema library for it (see shared/check-indicator.ts). */
export function parseGauge(
  raw: unknown,
  context: ParseContext,
  t: Messages,
  targetId: string | undefined,
  check: Check,
): Parsed<GaugeModel> | Promise<Parsed<GaugeModel>> {
  const build = (checked: Checked): Parsed<GaugeModel> => {
    if (!checked.ok) return { ok: false, code: 'invalid', message: t.errorInvalid, issues: checked.issues.map((i) => i.message) };
    const model = gaugeModel(checked.value, targetId, context.asOf);
    return { ok: true, model, data: checked.value, empty: model.latest === null };
  };
  const checked = check(raw);
  return checked instanceof Promise ? checked.then(build) : build(checked);
}

/** The gauge's view model: its domain, bands and words, in the element's language. */
export function gaugeView(model: GaugeModel, t: Messages, locale: string, room = Infinity): View {
  const { doc, result, latest, baseline } = model;
  const fmt: FormatOptions = { locale, decimals: doc.decimals, unit: doc.unit };
  const target = result.target;
  const values = [baseline?.value ?? NaN, latest?.value ?? NaN, ...(target ? targetEdges(target) : [])];
  // A rate of things that cannot be negative does not run below 0 even where the document names no
  // limits (the padding once drew a poverty rate's scale down to "-2%"), as the trend line's axis.
  const floor = isPercentUnit(doc.unit) && values.every((v) => !(v < 0)) ? 0 : undefined;
  // Both keys own: a `max` on Object.prototype must not stand in for the document's.
  const limits = floor === undefined || typeof doc.limits?.min === 'number' ? doc.limits : { min: floor, max: doc.limits?.max };
  const domain = gaugeDomain(values, limits);
  const orient = orientation(doc.direction, baseline?.value ?? null, target);
  const met = target ? metRegion(target, doc.direction, domain) : null;
  const bands = gaugeBands(domain, baseline?.value ?? null, met, orient, doc.direction);
  const picked = pickText(doc.shortTitle ?? doc.title, locale) ?? pickText(doc.title, locale);
  const titleLang = picked ? otherLang(picked.lang, locale) || undefined : undefined;
  // The unit goes with the number, on screen and in the value text: "34.880,5" alone once stood
  // for 34.9 million people.
  const unit = unitText(doc.unit, locale);
  const full = formatValue(latest?.value, fmt);
  const value = unit ? `${full} ${unit}` : full;
  // The big number in compact notation where it would not fit its line ("2,78 T" for
  // 2.782.905.325.625): never clipped, never spilling out of a card. The value text keeps it whole.
  // (Not where the number carries its own sign: a percentage or a currency symbol.)
  const compactable = latest && Math.abs(latest.value) >= 1e4 && !isPercentUnit(doc.unit) && !doc.unit?.symbol;
  const number = full.length > room && compactable ? formatCompact(latest.value, locale) : full;
  const period = latest ? formatPeriod(latest.period, locale) : '';
  const status = result.status;
  const statusWord = statusText(t, status);
  const targetWords = target ? targetText(t, model, fmt) : undefined;
  // One sentence per fact, so a screen reader pauses between them.
  const sentences = [
    `${fill(t.gaugeValueIn, { value, period })}.`,
    targetWords ? `${status ? `${targetWords}: ${statusWord}` : targetWords}.` : t.summaryNoTarget,
    ...model.earlier.map((e) => `${earlierText(t, e, fmt)}.`),
  ];
  return {
    domain,
    orient,
    bands,
    fmt,
    title: { text: picked?.text ?? String(doc.id), lang: titleLang },
    value,
    number,
    unit,
    period,
    // Beside the verdict, the deadline tells "missed (2024)" from "on track (2029)" at a glance.
    deadline: status && result.deadline ? formatPeriod(result.deadline, locale) : undefined,
    status,
    statusWord,
    valueText: sentences.join(' '),
  };
}

export function targetText(t: Messages, model: GaugeModel, fmt: FormatOptions): string {
  const target = model.result.target!;
  const deadline = model.result.deadline;
  return fill(t.gaugeTargetBy, {
    target: formatConditionWords(target, fmt),
    period: deadline ? formatPeriod(deadline, fmt.locale) : String(target.period),
  });
}

export function earlierText(t: Messages, e: GaugeModel['earlier'][number], fmt: FormatOptions): string {
  return fill(t.gaugeEarlier, {
    target: formatConditionWords(e.target, fmt),
    period: formatPeriod(e.deadline, fmt.locale),
    status: statusText(t, 'missed'),
  });
}

/** The sources behind the figures shown, as a full and (for many outlets) a short line, and the first one's link. */
export function sourceLine(model: GaugeModel, locale: string): { lines: { full: string; short?: string | undefined }; href: string | undefined } {
  const { doc, result, latest } = model;
  const refs = [latest?.sourceRef, baselineRef(model), result.target?.sourceRef].filter((r): r is string => typeof r === 'string');
  const first = doc.sources.find((s) => s.id === refs.find((r) => doc.sources.some((x) => x.id === r))) ?? doc.sources[0];
  return { lines: sourceLines(listSourceGroups(doc, locale, refs), locale), href: webUrl(first?.url) };
}

/** The source of the baseline shown: the document's own baseline, else the first observation. */
function baselineRef(model: GaugeModel): string | undefined {
  const { doc, baseline } = model;
  if (!baseline) return undefined;
  if (doc.baseline && doc.baseline.period === baseline.period.key) return doc.baseline.sourceRef;
  return (baseline as Partial<Point>).sourceRef;
}

/** A source link only when it is a web page (safeUrl also allows mailto:, which is not a source). */
function webUrl(raw: unknown): string | undefined {
  const url = safeUrl(raw);
  return url && /^https?:/i.test(url) ? url : undefined;
}
