/**
 * The text that says what a chart shows: the summary sentence (`part="summary"`, also the gauge's and
 * trend line's description) and the source line. Pure functions of the document, the status result
 * and the locale, so screen readers, tests and the print view all read the same words.
 */
import type { IndicatorDocument, Source } from '../data/schema.js';
import { normalize, type Point } from '../data/normalize.js';
import {
  displayValue,
  formatChange,
  formatConditionWords,
  formatPercentChange,
  formatPoints,
  formatValue,
  unitText,
  isPercentUnit,
} from './format.js';
import { pickText, resolveLocale } from './locale.js';
import { fill, messages, statusText, textLocale } from './messages.js';
import { formatPeriod, parsePeriod } from '../data/periods.js';
import type { StatusResult } from './status.js';

type Valued = Point & { readonly value: number };

/**
 * The summary sentence: the title, its move from the **first** observation with a value to the
 * **latest** (the status's `latest`, so an `as-of` view tells the story as it stood then), the change
 * (percentage points for a percentage unit, else the unit) and the relative change in per cent, then
 * the target and its status, e.g. "Persentase penduduk miskin ekstrem turun dari 6,56% (2021) menjadi
 * 0,47% (2024), turun 6,09 poin persentase (-92,84%). Target 0% pada 2024: tidak tercapai."
 * The sentence is written in `textLocale(locale)`: the caller marks it with that `lang`.
 * The change is computed from the values as shown (rounded at `decimals`), so the sentence's
 * arithmetic checks out for a reader. The relative change is left out when the first value is 0.
 */
export function summarize(doc: IndicatorDocument, status: StatusResult, locale: string): string {
  // One language per sentence: a locale without strings of its own gets English words, title and
  // numbers alike (see textLocale).
  const loc = textLocale(resolveLocale(locale));
  const t = messages(loc);
  const title = pickText(doc.title, loc)?.text ?? String(doc.id);
  const opts = { locale: loc, decimals: doc.decimals, unit: doc.unit };
  // A quantity reads with its unit ("34.880,5 ribu jiwa"); a per cent sign or symbol is already in the number.
  const unit = unitText(doc.unit, loc);
  const quantity = (formatted: string) => (unit ? `${formatted} ${unit}` : formatted);
  const value = (v: number) => quantity(formatValue(v, opts));

  const values = normalize(doc).values;
  const latest: Valued | undefined = status.latest && typeof status.latest.value === 'number' ? (status.latest as Valued) : values[values.length - 1];
  if (!latest) return fill(t.summaryNoData, { title });
  const first = values.find((p) => p.period.start <= latest.period.start) ?? latest;

  const period = (p: Point) => formatPeriod(p.period, loc);
  let movement: string;
  if (first.period.key === latest.period.key) {
    movement = fill(t.summarySingle, { title, value: value(latest.value), period: period(latest) });
  } else {
    const from = displayValue(first.value, doc.decimals, doc.unit);
    const to = displayValue(latest.value, doc.decimals, doc.unit);
    // Differences of the shown numbers, rounded again to drop floating-point dust (6.56 - 0.47).
    const delta = displayValue(to - from, doc.decimals);
    if (delta === 0) {
      movement = fill(t.summaryUnchanged, {
        title,
        value: value(latest.value),
        fromPeriod: period(first),
        toPeriod: period(latest),
      });
    } else {
      // `delta` already carries the multiplier: format it without applying it twice.
      const plain = { ...opts, unit: doc.unit ? { ...doc.unit, multiplier: 0 } : doc.unit, sign: 'never' as const };
      const change = isPercentUnit(doc.unit) ? formatPoints(delta, plain) : quantity(formatChange(delta, plain));
      // Relative to the size of the first value, so a change from a negative value keeps the
      // sign of the movement; from 0 there is no relative change to state (never "Infinity").
      // Rounded as a newsroom prints it (contract): whole per cent from 10 % up, one decimal below.
      const ratio = delta / Math.abs(from);
      const relative =
        from === 0 ? '' : fill(t.summaryRelative, { percent: formatPercentChange(ratio, { locale: loc, decimals: Math.abs(ratio) >= 0.1 ? 0 : 1 }) });
      movement = fill(delta < 0 ? t.summaryFell : t.summaryRose, {
        title,
        from: value(first.value),
        fromPeriod: period(first),
        to: value(latest.value),
        toPeriod: period(latest),
        change,
        relative,
      });
    }
  }
  return `${movement} ${describeTarget(doc, status, loc)}`;
}

/** "Target 0% pada 2024: tidak tercapai." or "No target set." */
function describeTarget(doc: IndicatorDocument, status: StatusResult, loc: string): string {
  const t = messages(loc);
  const target = status.target;
  if (!target) return t.summaryNoTarget;
  const deadline = status.deadline ?? parsePeriod(target.period);
  const values = {
    target: formatConditionWords(target, { locale: loc, decimals: doc.decimals, unit: doc.unit }),
    period: deadline ? formatPeriod(deadline, loc) : String(target.period),
    status: status.status ? statusText(t, status.status) : '',
  };
  return fill(status.status ? t.summaryTarget : t.summaryTargetNoStatus, values);
}

/** The name a source is credited by: its publisher, else its (localized) name. */
function creditOf(source: Source, locale: string): string | undefined {
  if (typeof source.publisher === 'string' && source.publisher.trim()) return source.publisher.trim();
  return pickText(source.name, locale)?.text.trim() || undefined;
}

/**
 * The producers and outlets behind the values shown, in order of first use, de-duplicated. A
 * secondary source with an `origin` is credited as its producer via its outlet, and outlets of one
 * producer are grouped: "BPS, via ANTARA Sumsel, Palpos, Republika". Any other source is credited by
 * its publisher (else its name), in a group of its own. Groups are returned separately so the caller can join them.
 *
 * `refs`: the `sourceRef`s of what is on screen; by default those of the observations with a value.
 * When none of them names a usable source, every source of the document is credited (a source line is
 * never empty for a valid document: the schema requires at least one source).
 */
export function listSources(doc: IndicatorDocument, locale: string, refs?: Iterable<string>): string[] {
  const t = messages(resolveLocale(locale));
  return listSourceGroups(doc, locale, refs).map(({ name, outlets }) =>
    outlets.length ? fill(t.via, { origin: name, outlets: outlets.join(', ') }) : name,
  );
}

/** The groups behind `listSources`, unformatted. */
export function listSourceGroups(doc: IndicatorDocument, locale: string, refs?: Iterable<string>): SourceGroup[] {
  const loc = resolveLocale(locale);
  const sources = Array.isArray(doc.sources) ? doc.sources : [];
  const byId = new Map<string, Source>();
  for (const s of sources) if (s && typeof s.id === 'string' && !byId.has(s.id)) byId.set(s.id, s);

  const n = refs ? undefined : normalize(doc);
  // A series where no observation names its source skips the look at each one.
  const wanted = refs ?? (n!.uses.sourceRefs ? n!.values.map((p) => p.sourceRef).filter((r): r is string => typeof r === 'string') : []);
  const used: Source[] = [];
  for (const ref of wanted) {
    const s = typeof ref === 'string' ? byId.get(ref) : undefined;
    if (s && !used.includes(s)) used.push(s);
  }
  const named = group(used, loc);
  return named.length ? named : group([...byId.values()], loc);
}

/**
 * Producer → its outlets. A source credited directly is a group of its own even when an outlet also
 * quotes the same producer: "BPS; BPS, via Republika" keeps apart what came from where.
 */
function group(sources: readonly Source[], loc: string): { name: string; outlets: string[] }[] {
  const groups = new Map<string, { name: string; outlets: string[] }>();
  for (const s of sources) {
    const credit = creditOf(s, loc);
    const origin = typeof s.origin === 'string' ? s.origin.trim() : '';
    const viaOutlet = Boolean(origin && credit && credit !== origin);
    const name = origin || credit;
    if (!name) continue;
    const key = `${viaOutlet ? 'via' : 'direct'}:${name}`;
    const entry = groups.get(key) ?? { name, outlets: [] };
    groups.set(key, entry);
    if (viaOutlet && credit && !entry.outlets.includes(credit)) entry.outlets.push(credit);
  }
  return [...groups.values()];
}

/** Outlets named one by one in a short source line; more are counted ("BPS, via 6 outlets"). */
export const MAX_OUTLETS_SHOWN = 3;

/** A producer with the outlets that quote it (none for a source credited directly). */
export interface SourceGroup {
  readonly name: string;
  readonly outlets: readonly string[];
}

/**
 * The source line in a widget: full ("Sumber: BPS, via Kordanews, Detak-Palembang, …"), and short
 * where a producer is quoted by more than MAX_OUTLETS_SHOWN outlets ("Sumber: BPS, via 6 media"),
 * for the widget to show with the full line one click away. `short` is `undefined` when the full
 * line is short already.
 */
export function sourceLines(groups: readonly SourceGroup[], locale: string): { full: string; short?: string | undefined } {
  const t = messages(resolveLocale(locale));
  const line = (list: readonly string[]) => fill(list.length > 1 ? t.sourcesLine : t.sourceLine, { sources: list.join('; ') });
  const text = (g: SourceGroup, short: boolean) =>
    !g.outlets.length
      ? g.name
      : short && g.outlets.length > MAX_OUTLETS_SHOWN
        ? fill(t.viaMany, { origin: g.name, count: g.outlets.length })
        : fill(t.via, { origin: g.name, outlets: g.outlets.join(', ') });
  const full = line(groups.map((g) => text(g, false)));
  return groups.some((g) => g.outlets.length > MAX_OUTLETS_SHOWN) ? { full, short: line(groups.map((g) => text(g, true))) } : { full };
}

/**
 * The source line: "Sumber: BPS, via ANTARA Sumsel, Palpos, Republika". Groups are joined with "; "
 * (a comma already separates outlets); "Source" or "Sources" by the number of groups.
 */
export function describeSources(doc: IndicatorDocument, locale: string, refs?: Iterable<string>): string {
  const t = messages(resolveLocale(locale));
  const groups = listSources(doc, locale, refs);
  return fill(groups.length > 1 ? t.sourcesLine : t.sourceLine, { sources: groups.join('; ') });
}
