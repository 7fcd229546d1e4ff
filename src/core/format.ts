/**
 * Numbers as the reader sees them, through `Intl` (whatever `Intl` gives for a locale is the rule:
 * `id` 0,98% and 12.345,6; `en` 0.98% and 12,345.6). Formatters are cached by locale and options,
 * because a chart formats hundreds of numbers per render and `Intl.NumberFormat` is costly to build.
 * A number that is not finite is never printed as `NaN` or `Infinity`: every function returns
 * `UNREADABLE` instead, which callers treat as a value they could not read.
 */
import type { Target, Unit } from '../data/schema.js';
import { fill, messages } from './messages.js';
import { pickText } from './locale.js';
import { ownNumber, roundedUnits, shift } from '../data/own-format.js';

/** What a non-finite number formats to. */
export const UNREADABLE = '–';
/** Between a number and a unit symbol other than `%`, so "Rp 12.345" never breaks across lines. */
const NBSP = '\u00a0';
/** Ranges use an en dash with no spaces: `6–7%`. */
const EN_DASH = '–';

export interface FormatOptions {
  readonly locale: string;
  /** The document's `decimals`. */
  readonly decimals: number;
  readonly unit?: Unit | undefined;
}

type Sign = 'negative' | 'exceptZero' | 'never';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    // Bounded: a page that cycles through many locales must not grow this forever.
    if (cache.size > 200) cache.clear();
    cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  }
  return f;
}

/** Decimals shown at most, whatever a document or a message asks for (README, "Data"). */
export const MAX_DECIMALS = 4;

/**
 * The digits a reader is shown for a document's `decimals`: at most 4 (a file asking for 9 shows
 * noise, not precision), and never what would make Intl throw.
 */
export const shownDecimals = (decimals: number): number =>
  Number.isFinite(decimals) ? Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals))) : 0;
const digits = shownDecimals;

/**
 * A unit label that says per cent in the words publishers use: `%`, `% of GDP`, `Persen`,
 * `Persentase`, `Percentage (%)`, `per cent`, `prosenttia`, `pourcentage`, `porcentaje`, `Prozent`.
 */
const PERCENT_LABEL =
  /^(%|(per ?cent(age)?|persen(tase)?|pourcentage|porcentaje|prosentti(a)?|procent|prozent|percentuale|процент|пайыз)(\b|$))|\(%\)$/i;

/** The label strings of a unit (a string, or a map of languages). */
function labelStrings(label: unknown): string[] {
  if (typeof label === 'string') return [label];
  if (label && typeof label === 'object') return Object.values(label).filter((x): x is string => typeof x === 'string');
  return [];
}

/**
 * A percentage unit: the symbol `%`, the code `PERCENT`, or a label that says per cent (real files
 * say "Persen" or "Percentage (%)" and nothing else). Changes in it are percentage points.
 */
export const isPercentUnit = (unit: Unit | undefined | null): boolean =>
  !!unit &&
  (unit.symbol === '%' ||
    (typeof unit.code === 'string' && /^(PERCENT|PC|PCT)(_[A-Z0-9_]*)?$/i.test(unit.code)) ||
    (unit.symbol === undefined && labelStrings(unit.label).some((l) => PERCENT_LABEL.test(l.trim()))));

/**
 * The words that go after a formatted value so it reads as a quantity: the unit's label, unless
 * the number already carries the unit (a per cent sign, a symbol such as `Rp`). `''` when there
 * is nothing to add.
 */
export function unitText(unit: Unit | undefined, locale: string): string {
  if (!unit || isPercentUnit(unit) || (typeof unit.symbol === 'string' && unit.symbol)) return '';
  return pickText(unit.label, locale)?.text.trim() ?? '';
}

/** `unit.multiplier` as a power of ten, 0 when absent or unusable. */
const multiplierOf = (unit: Unit | undefined): number =>
  // Own key only: units copied with a spread (`{ ...unit, symbol: undefined }`) have a prototype again.
  unit && Object.hasOwn(unit, 'multiplier') && typeof unit.multiplier === 'number' && Number.isInteger(unit.multiplier) ? unit.multiplier : 0;

/**
 * Rounds half away from zero at `decimals` on the shortest decimal form (1.005 → 1.01), like Intl.
 * Used where arithmetic must work on the numbers the reader sees (a change from 6,56 to 0,47 is 6,09).
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  // On the digits, as the text is rounded: -0.024999999999999998 is 0,02 both on screen and here.
  return Math.sign(value) * Number(`${roundedUnits(value, decimals)}e${-decimals}`) || 0;
}

/** A value as displayed: multiplier applied, rounded at `decimals`. */
export const displayValue = (value: number, decimals: number, unit?: Unit): number => roundTo(shift(value, multiplierOf(unit)), digits(decimals));

/** Puts a unit symbol other than Intl's `%` on a formatted number, with a no-break space. */
function withSymbol(number: string, unit: Unit | undefined): string {
  const symbol = unit && typeof unit.symbol === 'string' ? unit.symbol : '';
  if (!symbol) return number;
  return unit?.symbolPosition === 'start' ? `${symbol}${NBSP}${number}` : `${number}${NBSP}${symbol}`;
}

/** A percentage unit with the plain `%` symbol (or none), whose placement Intl knows per locale. */
const intlPercent = (unit: Unit | undefined): boolean => isPercentUnit(unit) && (unit?.symbol === undefined || unit.symbol === '%');

function formatNumber(value: number, locale: string, min: number, max: number, sign: Sign, unit: Unit | undefined): string {
  if (!Number.isFinite(value)) return UNREADABLE;
  const percent = intlPercent(unit);
  // en and id are written without Intl (data/own-format.ts: the first Intl formatter costs a page ~20 ms).
  const own = ownNumber(value, locale, min, max, sign, percent);
  if (own !== undefined) return percent ? own : withSymbol(own, unit);
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    // `negative`: -0.001 at 2 decimals reads 0,00, never -0,00.
    signDisplay: sign,
  };
  if (percent) {
    // style `unit` with `percent` takes the number as is (no ×100 in floating point) and places
    // the % sign the locale's way: id/en `0,98%`, other locales may add a space.
    return numberFormat(locale, { ...options, style: 'unit', unit: 'percent' }).format(value);
  }
  return withSymbol(numberFormat(locale, options).format(value), unit);
}

/**
 * An observation: exactly `decimals` digits, `unit.multiplier` applied (919.6 with multiplier 3 →
 * 919,600.0 at one decimal: the document's decimals stay the rule), the unit symbol per
 * `unit.symbolPosition` (default end).
 */
export function formatValue(value: number | null | undefined, { locale, decimals, unit }: FormatOptions): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return UNREADABLE;
  const d = digits(decimals);
  return formatNumber(shift(value, multiplierOf(unit)), locale, d, d, 'negative', unit);
}

/** A target: up to `decimals` digits with trailing zeros dropped (`0%`, `10%`, `4,5%`). */
export function formatTargetValue(value: number, { locale, decimals, unit }: FormatOptions): string {
  if (!Number.isFinite(value)) return UNREADABLE;
  return formatNumber(shift(value, multiplierOf(unit)), locale, 0, digits(decimals), 'negative', unit);
}

/** A band: `6–7%`, `4,5–5%`, `Rp 4–5`: the symbol once, on the side the unit puts it. */
export function formatRange(min: number, max: number, options: FormatOptions): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return UNREADABLE;
  // An empty symbol (not none): a label that says per cent must not bring the sign back.
  const bare = { ...options, unit: options.unit ? { ...options.unit, symbol: '', code: undefined } : undefined };
  const low = formatTargetValue(min, bare);
  const high = formatTargetValue(max, bare);
  const unit = options.unit;
  if (intlPercent(unit)) {
    // Let Intl place `%` on the upper end, then put the lower end in front: `6–7%`.
    return `${low}${EN_DASH}${formatTargetValue(max, options)}`;
  }
  return withSymbol(`${low}${EN_DASH}${high}`, unit);
}

const OPERATORS: Readonly<Record<Exclude<Target['comparator'], 'between' | 'eq'>, string>> = {
  lt: '<',
  le: '≤',
  ge: '≥',
  gt: '>',
};

/**
 * A target as a condition: `< 10%`, `≤ 10%`, `0%` (eq shows just the value), `≥ 80%`, `> 80%`,
 * `6–7%`. The operator is followed by a plain space, as the contract writes it (`< 10%`).
 */
export function formatComparator(target: Target, options: FormatOptions): string {
  if (target.comparator === 'between') return formatRange(target.min, target.max, options);
  const value = formatTargetValue(target.value, options);
  if (value === UNREADABLE) return UNREADABLE;
  if (target.comparator === 'eq') return value;
  const operator = OPERATORS[target.comparator];
  return operator ? `${operator} ${value}` : UNREADABLE;
}

/**
 * A target as words, for prose and accessible text (contract: symbols only in compact labels):
 * `kurang dari 10%`, `less than 10%`, `paling tinggi 10%`, `at least 80%`, `0%`, `6–7%`.
 */
export function formatConditionWords(target: Target, options: FormatOptions): string {
  if (target.comparator === 'between' || target.comparator === 'eq') return formatComparator(target, options);
  const value = formatTargetValue(target.value, options);
  if (value === UNREADABLE) return UNREADABLE;
  const t = messages(options.locale);
  const words = { lt: t.conditionLt, le: t.conditionLe, ge: t.conditionGe, gt: t.conditionGt }[target.comparator];
  return words ? fill(words, { value }) : UNREADABLE;
}

export interface ChangeOptions extends FormatOptions {
  /** `exceptZero` (default): `+1,20` / `-1,20` / `0,00`; `never` for a magnitude after "down"/"up". */
  readonly sign?: 'exceptZero' | 'never';
}

/** A change in the unit itself, signed: `+1.234,5 jt`, `-3,76%` (use formatPoints for percentages). */
export function formatChange(delta: number, options: ChangeOptions): string {
  if (!Number.isFinite(delta)) return UNREADABLE;
  const d = digits(options.decimals);
  return formatNumber(shift(delta, multiplierOf(options.unit)), options.locale, d, d, options.sign ?? 'exceptZero', options.unit);
}

/**
 * A change in a percentage, in percentage points and labelled so (`-3,76 poin persentase`,
 * `-3.76 percentage points`; "1 percentage point" where the locale's plural rules say one).
 */
export function formatPoints(delta: number, options: Omit<ChangeOptions, 'unit'>): string {
  if (!Number.isFinite(delta)) return UNREADABLE;
  const d = digits(options.decimals);
  const number = formatNumber(delta, options.locale, d, d, options.sign ?? 'exceptZero', undefined);
  const t = messages(options.locale);
  const one = pluralRules(options.locale, d).select(Math.abs(roundTo(delta, d))) === 'one';
  return fill(one ? t.pointsOne : t.pointsOther, { value: number });
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string, decimals: number): Intl.PluralRules {
  const key = `${locale}|${decimals}`;
  let rules = plurals.get(key);
  // Same fraction digits as the number shown: "1.00" is plural in English, "1" is not.
  if (!rules) plurals.set(key, (rules = new Intl.PluralRules(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return rules;
}

/**
 * A relative change as per cent, signed: `relative` is a ratio (-0.9284 → `-92,84%`), shown with
 * `decimals` digits (default 2, as in the contract's examples).
 */
export function formatPercentChange(relative: number, options: { locale: string; decimals?: number }): string {
  if (!Number.isFinite(relative)) return UNREADABLE;
  // Own key only: a destructuring default would take a `decimals` a host page added to Object.prototype.
  const d = digits(Object.hasOwn(options, 'decimals') && options.decimals !== undefined ? options.decimals : 2);
  const { locale } = options;
  return formatNumber(shift(relative, 2), locale, d, d, 'exceptZero', { label: '', symbol: '%' });
}

/** A large number in the locale's compact notation: id `1,2 jt`, en `1.2M` (`digits` significant digits, default 3). */
export function formatCompact(value: number, locale: string, digits = 3): string {
  if (!Number.isFinite(value)) return UNREADABLE;
  // Compact notation stops at trillions (1e15 reads "1000T", 1e300 three hundred digits):
  // beyond that, scientific notation keeps a label short.
  const notation = Math.abs(value) >= 1e15 ? 'scientific' : 'compact';
  return numberFormat(locale, { notation, maximumSignificantDigits: digits }).format(value);
}

/** A number in scientific notation with `digits` significant digits (`2E-12`): for axis steps finer than 4 decimals. */
export function formatScientific(value: number, locale: string, digits = 3): string {
  if (!Number.isFinite(value)) return UNREADABLE;
  return numberFormat(locale, { notation: 'scientific', maximumSignificantDigits: digits }).format(value);
}

/**
 * An amount of money in its own currency (a budget keeps the document's currency), in compact
 * notation by default: id `Rp 1,2 T`, en `IDR 1.2T`. A code that is not three letters gives the
 * bare number (the card's "budget" label still says what it is): text from data that is not a
 * currency code is not printed as one.
 */
export function formatCurrency(amount: number, currency: string, locale: string, { compact = true } = {}): string {
  if (!Number.isFinite(amount)) return UNREADABLE;
  const notation = compact ? 'compact' : 'standard';
  // Three significant digits: Intl's compact default rounds 12.5 billion to "13 M", which hides
  // the half that a budget story may be about.
  const digits = compact ? { maximumSignificantDigits: 3 } : {};
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return numberFormat(locale, { style: 'currency', currency: code, notation, ...digits }).format(amount);
    } catch {
      // An engine that rejects a well-formed code: say the code, then the number.
      return `${code}${NBSP}${numberFormat(locale, { notation, ...digits }).format(amount)}`;
    }
  }
  return numberFormat(locale, { notation, ...digits }).format(amount);
}

/**
 * When data was fetched, in the reader's own time zone (it is a moment on their clock, not a
 * reporting period): the time alone on the same day, else the date too.
 */
export function formatFetchTime(at: number, now: number, locale: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
