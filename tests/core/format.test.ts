import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  UNREADABLE,
  displayValue,
  formatChange,
  formatCompact,
  formatComparator,
  formatCurrency,
  formatFetchTime,
  formatPercentChange,
  formatPoints,
  formatRange,
  formatTargetValue,
  formatValue,
  isPercentUnit,
  roundTo,
} from '../../src/core/format.js';
import type { Target, Unit } from '../../src/data/schema.js';

const NBSP = '\u00a0';
const percent: Unit = { code: 'PERCENT', label: { id: 'persen', en: 'percent' }, symbol: '%', symbolPosition: 'end' };
const people: Unit = { label: 'jiwa' };
const id = (decimals: number, unit?: Unit) => ({ locale: 'id', decimals, unit });
const en = (decimals: number, unit?: Unit) => ({ locale: 'en', decimals, unit });

describe('format', () => {
  describe('formatValue', () => {
    it('formats observations exactly as the contract writes them', () => {
      expect(formatValue(0.98, id(2, percent))).to.equal('0,98%');
      expect(formatValue(0.98, en(2, percent))).to.equal('0.98%');
      expect(formatValue(12345.6, id(1))).to.equal('12.345,6');
      expect(formatValue(12345.6, en(1))).to.equal('12,345.6');
    });

    it('always shows exactly the document decimals', () => {
      expect(formatValue(14.9, id(2, percent))).to.equal('14,90%');
      expect(formatValue(0, en(2, percent))).to.equal('0.00%');
      expect(formatValue(1.005, en(2))).to.equal('1.01');
      expect(formatValue(12.5, en(0))).to.equal('13');
    });

    it('never shows a negative zero', () => {
      expect(formatValue(-0.001, en(2))).to.equal('0.00');
      expect(formatValue(-0, id(0))).to.equal('0');
      expect(formatValue(-1.5, en(1))).to.equal('-1.5');
    });

    it('applies the unit multiplier without floating-point dust', () => {
      const thousands: Unit = { label: 'people', multiplier: 3 };
      expect(formatValue(919.6, id(0, thousands))).to.equal('919.600');
      expect(formatValue(919.6, en(1, thousands))).to.equal('919,600.0');
      expect(formatValue(1234, en(2, { label: 'x', multiplier: -2 }))).to.equal('12.34');
    });

    it('puts other symbols at the end or the start with a no-break space', () => {
      expect(formatValue(12.3, id(1, { label: 'juta', symbol: 'jt', symbolPosition: 'end' }))).to.equal(`12,3${NBSP}jt`);
      expect(formatValue(12345, id(0, { label: 'rupiah', symbol: 'Rp', symbolPosition: 'start' }))).to.equal(`Rp${NBSP}12.345`);
      expect(formatValue(12.3, en(1, { label: 'kilograms', symbol: 'kg' }))).to.equal(`12.3${NBSP}kg`);
    });

    it('shows a percentage coded PERCENT without a symbol with the % sign', () => {
      expect(formatValue(9.97, id(2, { code: 'percent', label: 'persen' }))).to.equal('9,97%');
    });

    it('shows no symbol for a unit without one', () => {
      expect(formatValue(12690, id(0, people))).to.equal('12.690');
    });

    it('never prints NaN or Infinity', () => {
      for (const bad of [NaN, Infinity, -Infinity, null, undefined, '5' as unknown as number]) {
        expect(formatValue(bad, id(2, percent))).to.equal(UNREADABLE);
      }
      expect(UNREADABLE).to.equal('–');
    });

    it('survives silly decimals', () => {
      expect(formatValue(1.5, en(-3))).to.equal('2');
      expect(formatValue(1.5, en(NaN))).to.equal('2');
      expect(formatValue(1.5, en(99)).length).to.be.lessThan(30);
    });
  });

  describe('targets', () => {
    it('shows up to the decimals with trailing zeros dropped', () => {
      expect(formatTargetValue(0, id(2, percent))).to.equal('0%');
      expect(formatTargetValue(10, id(2, percent))).to.equal('10%');
      expect(formatTargetValue(4.5, id(2, percent))).to.equal('4,5%');
      expect(formatTargetValue(4.567, en(2, percent))).to.equal('4.57%');
    });

    it('writes a band with an en dash and the symbol once', () => {
      expect(formatRange(6, 7, id(2, percent))).to.equal('6–7%');
      expect(formatRange(4.5, 5, id(2, percent))).to.equal('4,5–5%');
      expect(formatRange(4.5, 5, en(2, percent))).to.equal('4.5–5%');
      expect(formatRange(1, 2, id(0, { label: 'rupiah', symbol: 'Rp', symbolPosition: 'start' }))).to.equal(`Rp${NBSP}1–2`);
      expect(formatRange(1, 2, en(0, people))).to.equal('1–2');
      expect(formatRange(1, NaN, en(0))).to.equal(UNREADABLE);
    });

    it('writes each comparator as a condition', () => {
      const t = (comparator: 'lt' | 'le' | 'eq' | 'ge' | 'gt', value: number): Target => ({ comparator, value, period: '2025' });
      expect(formatComparator(t('lt', 10), id(2, percent))).to.equal('< 10%');
      expect(formatComparator(t('le', 10), id(2, percent))).to.equal('≤ 10%');
      expect(formatComparator(t('eq', 0), id(2, percent))).to.equal('0%');
      expect(formatComparator(t('ge', 80), en(2, percent))).to.equal('≥ 80%');
      expect(formatComparator(t('gt', 80), en(2, percent))).to.equal('> 80%');
      expect(formatComparator({ comparator: 'between', min: 6, max: 7, period: '2024' }, id(2, percent))).to.equal('6–7%');
      expect(formatComparator(t('lt', NaN), id(2, percent))).to.equal(UNREADABLE);
      expect(formatComparator({ comparator: 'nope', value: 1, period: '2024' } as unknown as Target, id(2))).to.equal(UNREADABLE);
    });
  });

  describe('changes', () => {
    it('labels a change in a percentage as percentage points, with its sign', () => {
      expect(formatPoints(-3.76, id(2))).to.equal('-3,76 poin persentase');
      expect(formatPoints(-3.76, en(2))).to.equal('-3.76 percentage points');
      expect(formatPoints(2.5, en(2))).to.equal('+2.50 percentage points');
      expect(formatPoints(0, en(2))).to.equal('0.00 percentage points');
      expect(formatPoints(-6.09, { ...id(2), sign: 'never' })).to.equal('6,09 poin persentase');
    });

    it('uses the singular only where the number reads as one', () => {
      expect(formatPoints(1, en(0))).to.equal('+1 percentage point');
      expect(formatPoints(1, en(2))).to.equal('+1.00 percentage points');
      expect(formatPoints(1, id(0))).to.equal('+1 poin persentase');
    });

    it('writes the minus sign Intl gives (a hyphen-minus for id and en)', () => {
      const minus = new Intl.NumberFormat('id').format(-1).charAt(0);
      expect(formatChange(-3.76, id(2, percent)).charAt(0)).to.equal(minus);
      expect(minus).to.equal('-');
    });

    it('signs a change in the unit itself', () => {
      expect(formatChange(-3.76, id(2, percent))).to.equal('-3,76%');
      expect(formatChange(1234.5, en(1, { label: 'jt', symbol: 'jt' }))).to.equal(`+1,234.5${NBSP}jt`);
      expect(formatChange(0, en(1))).to.equal('0.0');
      expect(formatChange(-5, { ...en(0), sign: 'never' })).to.equal('5');
      expect(formatChange(Infinity, en(0))).to.equal(UNREADABLE);
      expect(formatPoints(NaN, en(2))).to.equal(UNREADABLE);
    });

    it('writes a relative change as a signed per cent', () => {
      expect(formatPercentChange(-0.928353658, { locale: 'id' })).to.equal('-92,84%');
      expect(formatPercentChange(-0.456675749, { locale: 'en' })).to.equal('-45.67%');
      expect(formatPercentChange(0.125, { locale: 'en', decimals: 1 })).to.equal('+12.5%');
      expect(formatPercentChange(Infinity, { locale: 'en' })).to.equal(UNREADABLE);
      expect(formatPercentChange(NaN, { locale: 'id' })).to.equal(UNREADABLE);
    });
  });

  describe('isPercentUnit', () => {
    it('knows a percentage by its symbol or its code', () => {
      expect(isPercentUnit(percent)).to.equal(true);
      expect(isPercentUnit({ label: 'x', symbol: '%' })).to.equal(true);
      expect(isPercentUnit({ label: 'x', code: 'PERCENT' })).to.equal(true);
      expect(isPercentUnit({ label: 'x', code: 'PT', symbol: 'pt' })).to.equal(false);
      expect(isPercentUnit(people)).to.equal(false);
      expect(isPercentUnit(undefined)).to.equal(false);
    });
  });

  describe('rounding', () => {
    it('rounds half away from zero on the shortest decimal form', () => {
      expect(roundTo(1.005, 2)).to.equal(1.01);
      expect(roundTo(-1.005, 2)).to.equal(-1.01);
      expect(roundTo(6.56 - 0.47, 2)).to.equal(6.09);
      expect(roundTo(1234.5, -2)).to.equal(1200);
      // The shortest form is 0.0249…: a scaled double (2.5) would round it up to 0.03; Intl shows 0,02.
      expect(roundTo(-0.024999999999999998, 2)).to.equal(-0.02);
      expect(roundTo(0.995, 2)).to.equal(1);
      expect(roundTo(1e300, 4)).to.equal(1e300);
      expect(Object.is(roundTo(-0.001, 2), 0)).to.equal(true);
      expect(roundTo(NaN, 2)).to.be.NaN;
    });

    it('gives a value as displayed, multiplier applied', () => {
      expect(displayValue(919.6, 0, { label: 'x', multiplier: 3 })).to.equal(919600);
      expect(displayValue(0.456, 2)).to.equal(0.46);
    });
  });

  describe('compact numbers and money', () => {
    it('writes large numbers in the locale compact notation', () => {
      expect(formatCompact(1_200_000, 'id')).to.equal(new Intl.NumberFormat('id', { notation: 'compact' }).format(1_200_000));
      expect(formatCompact(1_200_000, 'en')).to.equal('1.2M');
      expect(formatCompact(NaN, 'en')).to.equal(UNREADABLE);
    });

    it('keeps the budget currency, compact per locale', () => {
      expect(formatCurrency(1.2e12, 'IDR', 'id')).to.equal(`Rp${NBSP}1,2${NBSP}T`);
      // Three significant digits, so a budget's half-billion is not rounded away.
      expect(formatCurrency(1.25e9, 'IDR', 'id')).to.match(/^Rp\s1,25\sM$/);
      expect(formatCurrency(1.2e9, 'USD', 'en')).to.equal('$1.2B');
      expect(formatCurrency(1.2e12, 'IDR', 'en')).to.match(/^IDR\s1\.2T$/);
    });

    it('can write the full amount', () => {
      // Whatever Intl gives is the rule: CLDR gives the rupiah no minor digits.
      expect(formatCurrency(12345, 'IDR', 'id', { compact: false })).to.equal(
        new Intl.NumberFormat('id', { style: 'currency', currency: 'IDR' }).format(12345),
      );
      expect(formatCurrency(12345.5, 'USD', 'en', { compact: false })).to.equal('$12,345.50');
    });

    it('gives the bare number for a code that is not a currency code, and never throws', () => {
      expect(formatCurrency(1.2e6, 'rp', 'en')).to.equal('1.2M');
      expect(formatCurrency(1.2e6, ' idr ', 'id')).to.equal(`Rp${NBSP}1,2${NBSP}jt`);
      expect(formatCurrency(1.2e6, 42 as unknown as string, 'en')).to.equal('1.2M');
      expect(formatCurrency(1.2e6, '<b>', 'en')).to.equal('1.2M');
      expect(formatCurrency(Infinity, 'IDR', 'id')).to.equal(UNREADABLE);
    });
  });

  it('formats the same numbers in a time zone west of UTC', async () => {
    await executeServerCommand('emulate-timezone', { timezoneId: 'America/Los_Angeles' });
    try {
      expect(new Date(2024, 0, 1).getTimezoneOffset()).to.be.greaterThan(0);
      expect(formatValue(0.98, id(2, percent))).to.equal('0,98%');
      expect(formatValue(12345.6, en(1))).to.equal('12,345.6');
      expect(formatPoints(-3.76, id(2))).to.equal('-3,76 poin persentase');
      expect(formatComparator({ comparator: 'lt', value: 10, period: '2025' }, id(2, percent))).to.equal('< 10%');
    } finally {
      await executeServerCommand('emulate-timezone', { timezoneId: null });
    }
  });
});

describe('formatFetchTime', () => {
  it('gives the time alone on the same day, and the date too on another', () => {
    const at = new Date(2026, 10, 29, 14, 5).getTime();
    const sameDay = formatFetchTime(at, new Date(2026, 10, 29, 18, 0).getTime(), 'en');
    const later = formatFetchTime(at, new Date(2026, 11, 2, 9, 0).getTime(), 'en');
    expect(sameDay).to.match(/^2:05\s?PM$/);
    expect(later)
      .to.contain('Nov 29, 2026')
      .and.match(/2:05\s?PM/);
    expect(formatFetchTime(at, at, 'id')).to.equal('14.05');
  });
});

describe('format: units as real files label them', () => {
  it('reads per cent from labels publishers write: Persen, %, Percentage (%), per cent, % of GDP, prosenttia', async () => {
    const { isPercentUnit } = await import('../../src/core/format.js');
    for (const label of [
      'Persen',
      'persentase',
      '%',
      'Percentage (%)',
      'per cent',
      'Percent',
      '% of GDP',
      'prosenttia',
      { id: 'Persen', en: 'Percent' },
    ]) {
      expect(isPercentUnit({ label }), JSON.stringify(label)).to.equal(true);
    }
    for (const label of ['Deaths per 1000 live births', 'Rupiah', 'Jiwa', 'percentile rank', '']) {
      expect(isPercentUnit({ label }), label).to.equal(false);
    }
    expect(isPercentUnit({ label: 'x', code: 'PC_GDP' })).to.equal(true);
    // A symbol set by the document wins over its label.
    expect(isPercentUnit({ label: 'Persen', symbol: '‰' })).to.equal(false);
  });

  it('shows changes in a per cent labelled unit as percentage points, never "+1.546,43%"', async () => {
    const { formatPoints, formatValue } = await import('../../src/core/format.js');
    expect(formatValue(9.97, { locale: 'id', decimals: 2, unit: { label: 'Persen' } })).to.equal('9,97%');
    expect(formatPoints(-3.76, { locale: 'id', decimals: 2 })).to.equal('-3,76 poin persentase');
  });

  it('shows at most 4 decimals, whatever the document asks for', async () => {
    const { formatValue } = await import('../../src/core/format.js');
    expect(formatValue(1.123456789, { locale: 'en', decimals: 9, unit: { label: '' } })).to.equal('1.1235');
  });
});
