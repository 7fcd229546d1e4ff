import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { comparePeriods, decimalYear, formatPeriod, parsePeriod, yearsBetween } from '../../src/data/periods.js';

const p = (key: string) => {
  const period = parsePeriod(key);
  if (!period) throw new Error(`unparsed ${key}`);
  return period;
};

describe('periods', () => {
  it('parses every granularity as UTC from its parts', () => {
    expect(p('2024').start).to.equal(Date.UTC(2024, 0, 1));
    expect(p('2024').end).to.equal(Date.UTC(2025, 0, 1));
    expect(p('2024-03').start).to.equal(Date.UTC(2024, 2, 1));
    expect(p('2024-03').end).to.equal(Date.UTC(2024, 3, 1));
    expect(p('2025-07-16').start).to.equal(Date.UTC(2025, 6, 16));
    expect(p('2024-Q2').start).to.equal(Date.UTC(2024, 3, 1));
    expect(p('2024-Q4').end).to.equal(Date.UTC(2025, 0, 1));
    expect(p('2024-S2').start).to.equal(Date.UTC(2024, 6, 1));
    expect(p('2026-W01').start).to.equal(Date.UTC(2025, 11, 29));
    expect(p('0099').start).to.equal(new Date('0099-01-01T00:00:00Z').getTime());
  });

  it('rejects malformed and impossible periods', () => {
    for (const bad of ['2023-02-30', '2023-13', '2024-Q5', '2024-S3', '2025-W53', '24', '2024-3', ' 2024', '2024-01-00', '']) {
      expect(parsePeriod(bad), bad).to.equal(undefined);
    }
    expect(parsePeriod('2024-02-29')).to.not.equal(undefined);
    expect(parsePeriod('2020-W53')).to.not.equal(undefined);
  });

  // The parser reads character codes (no regex): it must accept exactly the published schema's
  // pattern, for dates that exist. Every string here is near a valid one: one character changed,
  // dropped or added, at every position.
  it('accepts exactly what the published period pattern accepts, for near misses of every shape', async () => {
    const text = await (await fetch('/schema/indicator.schema.json')).text();
    const pattern = /"pattern": "(\^\[0-9\]\{4\}[^"]*Q\[1-4\][^"]*)"/.exec(text)?.[1];
    expect(pattern, 'the period pattern in schema/indicator.schema.json').to.be.a('string');
    const published = new RegExp(pattern!.replaceAll('\\\\', '\\'));
    const seeds = ['2024', '2024-03', '2024-12-31', '2024-02-29', '2023-02-28', '2024-Q4', '2024-S1', '2020-W53', '2026-W01'];
    const alphabet = ['0', '1', '2', '3', '9', '-', 'Q', 'S', 'W', 'q', '/', ' ', '５', 'T'];
    const cases = new Set<string>();
    for (const seed of seeds) {
      for (let i = 0; i <= seed.length; i++) {
        cases.add(seed.slice(0, i) + seed.slice(i + 1));
        for (const c of alphabet) cases.add(seed.slice(0, i) + c + seed.slice(i + 1)).add(seed.slice(0, i) + c + seed.slice(i));
      }
    }
    // The pattern alone lets through days a month lacks (2023-02-30) and week 53 of a 52-week
    // year; the parser refuses those (the schema adds the same check as `isValidPeriod`).
    const impossible = (key: string) => {
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
      if (day) return Number(day[3]) > new Date(Date.UTC(Number(day[1]), Number(day[2]), 0)).getUTCDate();
      if (!/^\d{4}-W53$/.test(key)) return false;
      // A year has 53 ISO weeks when 28 December falls in week 53: its Thursday is 53 weeks in.
      const dec28 = Date.UTC(Number(key.slice(0, 4)), 11, 28);
      const thursday = dec28 + (3 - ((new Date(dec28).getUTCDay() + 6) % 7)) * 86_400_000;
      const jan1 = new Date(thursday);
      jan1.setUTCMonth(0, 1);
      return Math.floor((thursday - jan1.getTime()) / 86_400_000 / 7) + 1 < 53;
    };
    let accepted = 0;
    for (const key of cases) {
      const expected = published.test(key) && !impossible(key);
      expect(parsePeriod(key) !== undefined, key).to.equal(expected);
      if (expected) accepted++;
    }
    expect(accepted).to.be.greaterThan(40);
  });

  it('puts days, months and years on the same instants as Date does, over years 0000-9999', () => {
    const viaDate = (y: number, m0: number, d: number) => {
      const date = new Date(Date.UTC(2000, 0, 1));
      date.setUTCFullYear(y, m0, d);
      return date.getTime();
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (let y = 0; y <= 9999; y += y < 2100 ? 1 : 37) {
      for (let m = 1; m <= 12; m++) {
        const last = new Date(viaDate(y, m, 0)).getUTCDate();
        for (const d of [1, 15, last]) expect(p(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`).start).to.equal(viaDate(y, m - 1, d));
        expect(parsePeriod(`${pad(y, 4)}-${pad(m, 2)}-${pad(last + 1, 2)}`), `day ${last + 1} of ${y}-${m}`).to.equal(undefined);
        expect(p(`${pad(y, 4)}-${pad(m, 2)}`).end).to.equal(viaDate(y, m, 1));
      }
      expect(p(pad(y, 4)).start).to.equal(viaDate(y, 0, 1));
    }
  });

  it('compares at the coarser granularity: 2024-03 is in 2024', () => {
    expect(comparePeriods(p('2024-03'), p('2024'))).to.equal(0);
    expect(comparePeriods(p('2023-12'), p('2024'))).to.equal(-1);
    expect(comparePeriods(p('2025-01'), p('2024'))).to.equal(1);
    expect(comparePeriods(p('2024'), p('2024-Q3'))).to.equal(0);
  });

  it('measures whole years between January starts exactly', () => {
    expect(yearsBetween(p('2022'), p('2024'))).to.equal(2);
    expect(yearsBetween(p('2019-03'), p('2025-03'))).to.be.closeTo(6, 1e-3);
    expect(decimalYear(Date.UTC(2024, 6, 2))).to.be.closeTo(2024.5, 1e-2);
  });

  it('labels periods per locale', () => {
    expect(formatPeriod(p('2024'), 'id')).to.equal('2024');
    expect(formatPeriod(p('2024-Q1'), 'en')).to.equal('Q1 2024');
    expect(formatPeriod(p('2024-Q1'), 'id')).to.equal('Triwulan 1 2024');
    expect(formatPeriod(p('2025-07-16'), 'en', 'long')).to.equal('July 16, 2025');
    expect(formatPeriod(p('2025-07-16'), 'id', 'long')).to.equal('16 Juli 2025');
  });

  it('labels the same period in a time zone west of UTC', async () => {
    await executeServerCommand('emulate-timezone', { timezoneId: 'America/Los_Angeles' });
    try {
      expect(new Date(2024, 0, 1).getTimezoneOffset()).to.be.greaterThan(0);
      expect(formatPeriod(p('2024-03'), 'en', 'long')).to.equal('March 2024');
      expect(formatPeriod(p('2025-07-16'), 'id', 'long')).to.equal('16 Juli 2025');
      expect(p('2024').start).to.equal(Date.UTC(2024, 0, 1));
    } finally {
      await executeServerCommand('emulate-timezone', { timezoneId: null });
    }
  });
});
