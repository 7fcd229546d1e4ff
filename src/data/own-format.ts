/**
 * Numbers and dates in the two first-class languages, written without `Intl`. The first
 * `Intl.NumberFormat` or `Intl.DateTimeFormat` a page builds costs 16-28 ms in Chromium (ICU sets up
 * its locale data), more than the rest of a chart's first draw; a page in `en` or `id` need never
 * pay it. Only the shapes the widgets print are written here, each exactly as Intl writes it
 * (tests/data/own-format.test.ts compares them with Intl over generated values); anything else
 * returns `undefined`, and the caller asks Intl.
 *
 * Only the bare tags and their main regions: `en-GB` writes "Sept" and `en-IN` groups by two, so
 * every other tag stays with Intl.
 */

interface Own {
  readonly group: string;
  readonly decimal: string;
  /** The months' names; the short names are their first three letters in both languages. */
  readonly months: readonly string[];
  /** Day first (`6 Sep 2025`) or month first (`Sep 6, 2025`). */
  readonly dayFirst: boolean;
}

const EN: Own = {
  group: ',',
  decimal: '.',
  months: 'January February March April May June July August September October November December'.split(' '),
  dayFirst: false,
};
const ID: Own = {
  group: '.',
  decimal: ',',
  months: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  dayFirst: true,
};

const OWN: Readonly<Record<string, Own>> = { en: EN, 'en-US': EN, id: ID, 'id-ID': ID };
const ownOf = (locale: string): Own | undefined => (Object.hasOwn(OWN, locale) ? OWN[locale] : undefined);

/**
 * `value × 10^power` by moving the decimal point in the number's shortest decimal form, so that
 * 919.6 × 10³ is 919600 and not 919600.0000000001 (and 1.005 rounds as Intl rounds it, to 1.01).
 */
export function shift(value: number, power: number): number {
  if (!power) return value;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + power}`);
}

/**
 * `|value| × 10^decimals` rounded half away from zero, as a string of decimal digits (`decimals`
 * may be negative: 1234.5 at -2 is 12). The rounding is done on the digits of the number's
 * shortest decimal form, as Intl does (1.005 → 101 at two decimals), never on a scaled double
 * (0.024999999999999998 × 100 is the double 2.5, which would round up).
 */
export function roundedUnits(value: number, decimals: number): string {
  const text = String(Math.abs(value));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Digits before the decimal point, once the exponent is applied.
  const point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1)));
  const keep = point + decimals;
  if (keep >= digits.length) return (digits + '0'.repeat(keep - digits.length)).replace(/^0+(?=\d)/, '');
  if (keep < 0) return '0';
  let kept = digits.slice(0, keep);
  if (digits.charCodeAt(keep) >= 53) {
    // Add one in the last kept digit, carrying: 0.995 → 99 + 1 → 100.
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    kept = (i < 0 ? '1' : kept.slice(0, i) + String(Number(kept[i]) + 1)) + '0'.repeat(kept.length - i - 1);
  }
  return kept.replace(/^0+(?=\d)/, '') || '0';
}

/**
 * A decimal number as `Intl.NumberFormat(locale, { minimumFractionDigits: min,
 * maximumFractionDigits: max, signDisplay: sign })` writes it, with `%` after it when `percent`
 * (Intl's `style: 'unit', unit: 'percent'`); `undefined` for another locale.
 */
export function ownNumber(
  value: number,
  locale: string,
  min: number,
  max: number,
  sign: 'negative' | 'exceptZero' | 'never',
  percent = false,
): string | undefined {
  const own = ownOf(locale);
  if (!own || !Number.isFinite(value) || min > max) return undefined;
  const units = roundedUnits(value, max);
  const digits = units.padStart(max + 1, '0');
  const whole = digits.length - max;
  let end = digits.length;
  while (end > whole + min && digits.charCodeAt(end - 1) === 48) end--;
  let text = '';
  for (let i = 0; i < whole; i++) {
    if (i && (whole - i) % 3 === 0) text += own.group;
    text += digits[i];
  }
  if (end > whole) text += own.decimal + digits.slice(whole, end);
  if (percent) text += '%';
  if (units === '0' || sign === 'never') return text;
  if (value < 0) return `-${text}`;
  return sign === 'exceptZero' ? `+${text}` : text;
}

/** The date shapes the widgets print: a period's month or day, and a time axis' ticks. */
export interface DateShape {
  readonly year?: 'numeric';
  readonly month: 'short' | 'long';
  readonly day?: 'numeric';
}

/**
 * A UTC instant as `Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' })` writes it, or
 * `undefined` for another locale or a year outside 1000-9999 (Intl writes those its own way).
 */
export function ownDate(ms: number, locale: string, shape: DateShape): string | undefined {
  const own = ownOf(locale);
  if (!own || !Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return undefined;
  const name = own.months[date.getUTCMonth()]!;
  const month = shape.month === 'long' ? name : name.slice(0, 3);
  const day = date.getUTCDate();
  if (!shape.day) return shape.year ? `${month} ${year}` : month;
  if (own.dayFirst) return shape.year ? `${day} ${month} ${year}` : `${day} ${month}`;
  return shape.year ? `${month} ${day}, ${year}` : `${month} ${day}`;
}
