// The numbers and dates written without Intl (src/data/own-format.ts) must read exactly as Intl
// writes them in the browser: generated values, every shape the widgets print, and the numbers
// where rounding is hard (half-way cases, the shortest decimal form, sign of a rounded zero).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ownDate, ownNumber, type DateShape } from '../../src/data/own-format.js';
import { dateFormat, formatPeriod, parsePeriod } from '../../src/data/periods.js';
import { formatValue } from '../../src/core/format.js';

const OWN_LOCALES = ['en', 'en-US', 'id', 'id-ID'] as const;
const SIGNS = ['negative', 'exceptZero', 'never'] as const;

function intlNumber(value: number, locale: string, min: number, max: number, sign: (typeof SIGNS)[number], percent: boolean): string {
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay: sign };
  return new Intl.NumberFormat(locale, percent ? { ...options, style: 'unit', unit: 'percent' } : options).format(value);
}

/** Values of every size a document holds, many of them on a rounding edge at some number of decimals. */
const value = fc.oneof(
  fc.double({ min: -1e11, max: 1e11, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
  fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 200 + 0.005),
  fc.integer({ min: -99_999, max: 99_999 }).chain((n) => fc.integer({ min: 0, max: 5 }).map((k) => (n + 0.5) / 10 ** k)),
  fc.constantFrom(0, -0, 1.005, 2.675, 0.125, -0.001, -0.0049, 999.995, 999_999.5, 0.1 + 0.2, 1e-7, -1e-7, 5e-324, 123_456_789.12345),
);

describe('own-format: numbers without Intl', () => {
  it('writes every number as Intl.NumberFormat does in en, en-US, id and id-ID', () => {
    fc.assert(
      fc.property(
        value,
        fc.constantFrom(...OWN_LOCALES),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.constantFrom(...SIGNS),
        fc.boolean(),
        (v, locale, max, exact, sign, percent) => {
          const min = exact ? max : 0;
          const own = ownNumber(v, locale, min, max, sign, percent);
          expect(own, `${v} ${locale} ${min}-${max} ${sign} ${percent}`).to.equal(intlNumber(v, locale, min, max, sign, percent));
          return true;
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('reads the hard cases as Intl does, written out', () => {
    expect(ownNumber(1.005, 'en', 2, 2, 'negative')).to.equal('1.01');
    expect(ownNumber(-0.001, 'id', 2, 2, 'negative')).to.equal('0,00');
    expect(ownNumber(-0.001, 'id', 2, 2, 'exceptZero')).to.equal('0,00');
    expect(ownNumber(1234567.891, 'id', 1, 1, 'negative')).to.equal('1.234.567,9');
    expect(ownNumber(-3.76, 'en', 2, 2, 'exceptZero', true)).to.equal('-3.76%');
    expect(ownNumber(3.76, 'id', 2, 2, 'exceptZero', true)).to.equal('+3,76%');
    expect(ownNumber(4.5, 'id', 0, 4, 'negative', true)).to.equal('4,5%');
  });

  it("leaves every other locale to Intl, and the widgets still print it Intl's way", () => {
    for (const locale of ['en-GB', 'en-IN', 'id-x-test', 'de', 'ms', 'EN', ''])
      expect(ownNumber(1234.5, locale, 1, 1, 'negative')).to.equal(undefined);
    expect(formatValue(1234567.5, { locale: 'en-IN', decimals: 1 })).to.equal(intlNumber(1234567.5, 'en-IN', 1, 1, 'negative', false));
    expect(formatValue(1234567.5, { locale: 'de', decimals: 1 })).to.equal('1.234.567,5');
  });
});

const SHAPES: readonly DateShape[] = [
  { year: 'numeric', month: 'short' },
  { year: 'numeric', month: 'long' },
  { year: 'numeric', month: 'short', day: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { month: 'short' },
  { day: 'numeric', month: 'short' },
];

describe('own-format: dates without Intl', () => {
  it('writes every day of 1999-2001 and 2024 in every shape as Intl.DateTimeFormat does (UTC)', () => {
    for (const locale of OWN_LOCALES) {
      for (const shape of SHAPES) {
        const intl = new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' });
        for (const year of [1999, 2000, 2001, 2024]) {
          for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) {
            expect(ownDate(ms, locale, shape), `${locale} ${JSON.stringify(shape)} ${new Date(ms).toISOString()}`).to.equal(intl.format(ms));
          }
        }
      }
    }
  });

  it('agrees with Intl on generated instants, any time of day, years 1000-9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59) }),
        fc.constantFrom(...OWN_LOCALES),
        fc.constantFrom(...SHAPES),
        (ms, locale, shape) => ownDate(ms, locale, shape) === new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' }).format(ms),
      ),
      { numRuns: 5_000 },
    );
  });

  it('leaves other locales and other years to Intl, and periods read the same either way', () => {
    expect(ownDate(Date.UTC(2025, 8, 6), 'en-GB', { year: 'numeric', month: 'short' })).to.equal(undefined);
    expect(ownDate(Date.UTC(999, 8, 6), 'en', { year: 'numeric', month: 'short' })).to.equal(undefined);
    expect(dateFormat('en-GB', { year: 'numeric', month: 'short' }).format(Date.UTC(2025, 8, 6))).to.equal(
      new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2025, 8, 6)),
    );
    expect(formatPeriod(parsePeriod('2025-08')!, 'id', 'long')).to.equal('Agustus 2025');
    expect(formatPeriod(parsePeriod('2025-09-16')!, 'en')).to.equal('Sep 16, 2025');
    expect(formatPeriod(parsePeriod('2025-09-16')!, 'id')).to.equal('16 Sep 2025');
  });
});
