import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parsePeriod, type Period } from '../../src/data/periods.js';
import type { StatusResult, StatusWord } from '../../src/core/status.js';
import { describeSources, listSources, summarize } from '../../src/core/summary.js';
import { normalizeSeries, type Point } from '../../src/data/normalize.js';
import type { IndicatorDocument, Observation, Target } from '../../src/data/schema.js';

const load = async (name: string): Promise<IndicatorDocument> =>
  deepFreeze(await (await fetch(new URL(`../../demo/data/${name}.json`, import.meta.url))).json());

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const period = (key: string): Period => {
  const p = parsePeriod(key);
  if (!p) throw new Error(`unparsed ${key}`);
  return p;
};

const pointAt = (doc: IndicatorDocument, key: string): Point => {
  const p = normalizeSeries(doc.series).points.find((x) => x.period.key === key);
  if (!p) throw new Error(`no point ${key}`);
  return p;
};

/** A StatusResult built by hand, so these tests do not depend on assessStatus. */
function result(doc: IndicatorDocument, word: StatusWord | null, targetId: string | null, latestKey: string | null): StatusResult {
  const target: Target | null = targetId === null ? null : doc.targets!.find((t) => t.id === targetId)!;
  const latest = latestKey === null ? null : pointAt(doc, latestKey);
  return {
    status: word,
    target,
    deadline: target ? period(target.period) : null,
    latest,
    judged: latest,
    baseline: doc.baseline ? { period: period(doc.baseline.period), value: doc.baseline.value } : null,
    ratePerYear: null,
    projected: null,
  };
}

const withSeries = (doc: IndicatorDocument, series: Observation[], extra: Partial<IndicatorDocument> = {}): IndicatorDocument => ({
  ...doc,
  ...extra,
  series,
});

describe('summary', () => {
  let extreme: IndicatorDocument;
  let poverty: IndicatorDocument;
  let indonesia: IndicatorDocument;

  before(async () => {
    [extreme, poverty, indonesia] = await Promise.all([load('muba-extreme-poverty'), load('muba-poverty-rate'), load('idn-poverty-rate-march')]);
  });

  describe('summarize', () => {
    it('tells the Muba extreme poverty story in Indonesian exactly as the contract writes it', () => {
      expect(summarize(extreme, result(extreme, 'missed', 'inpres-4-2022', '2024'), 'id')).to.equal(
        'Persentase penduduk miskin ekstrem turun dari 6,56% (2021) menjadi 0,47% (2024), turun 6,09 poin persentase (-93%). Target 0% pada 2024: tidak tercapai.',
      );
    });

    it('tells the same story in English', () => {
      expect(summarize(extreme, result(extreme, 'missed', 'inpres-4-2022', '2024'), 'en')).to.equal(
        'Extreme poverty rate fell from 6.56% (2021) to 0.47% (2024), down 6.09 percentage points (-93%). Target 0% by 2024: missed.',
      );
    });

    it('tells the Muba poverty rate story with its achieved single-digit target', () => {
      const status = result(poverty, 'achieved', 'muba-single-digit-2025', '2025');
      expect(summarize(poverty, status, 'id')).to.equal(
        'Persentase penduduk miskin (P0) turun dari 18,35% (2015) menjadi 9,97% (2025), turun 8,38 poin persentase (-46%). Target kurang dari 10% pada 2025: tercapai.',
      );
      expect(summarize(poverty, status, 'en')).to.equal(
        'Percentage of poor people (P0) fell from 18.35% (2015) to 9.97% (2025), down 8.38 percentage points (-46%). Target less than 10% by 2025: achieved.',
      );
    });

    it('uses the title, not the short title', () => {
      const text = summarize(poverty, result(poverty, 'achieved', 'muba-single-digit-2025', '2025'), 'id');
      expect(text).to.match(/^Persentase penduduk miskin \(P0\) /);
      expect(text).not.to.contain('Kemiskinan');
    });

    it('runs to the status latest observation, as of an earlier period', () => {
      expect(summarize(extreme, result(extreme, 'on-track', 'inpres-4-2022', '2023'), 'id')).to.equal(
        'Persentase penduduk miskin ekstrem turun dari 6,56% (2021) menjadi 0,98% (2023), turun 5,58 poin persentase (-85%). Target 0% pada 2024: sesuai jalur.',
      );
    });

    it('falls back to the last observation when the status has no latest', () => {
      const text = summarize(extreme, result(extreme, null, null, null), 'en');
      expect(text).to.equal('Extreme poverty rate fell from 6.56% (2021) to 0.47% (2024), down 6.09 percentage points (-93%). No target set.');
    });

    it('ends with "no target set" when there is no target', () => {
      const doc = withSeries(extreme, [...extreme.series], { targets: [] });
      expect(summarize(doc, result(doc, null, null, '2024'), 'id')).to.match(/\. Belum ada target\.$/);
      expect(summarize(doc, result(doc, null, null, '2024'), 'en')).to.match(/\. No target set\.$/);
    });

    it('says a rise with "naik" and "rose"', () => {
      const doc = withSeries(extreme, [
        { period: '2021', value: 1.5 },
        { period: '2022', value: 2.25 },
      ]);
      const status = result(doc, 'wrong-direction', 'inpres-4-2022', '2022');
      expect(summarize(doc, status, 'id')).to.equal(
        'Persentase penduduk miskin ekstrem naik dari 1,50% (2021) menjadi 2,25% (2022), naik 0,75 poin persentase (+50%). Target 0% pada 2024: berbalik arah.',
      );
      expect(summarize(doc, status, 'en')).to.equal(
        'Extreme poverty rate rose from 1.50% (2021) to 2.25% (2022), up 0.75 percentage points (+50%). Target 0% by 2024: wrong direction.',
      );
    });

    it('says an unchanged value once, judged at the shown decimals', () => {
      const doc = withSeries(extreme, [
        { period: '2021', value: 1.501 },
        { period: '2023', value: 1.499 },
      ]);
      const status = result(doc, 'off-track', 'inpres-4-2022', '2023');
      expect(summarize(doc, status, 'id')).to.equal(
        'Persentase penduduk miskin ekstrem tetap 1,50% dari 2021 sampai 2023. Target 0% pada 2024: tidak sesuai jalur.',
      );
      expect(summarize(doc, status, 'en')).to.equal('Extreme poverty rate was unchanged at 1.50% from 2021 to 2023. Target 0% by 2024: off track.');
    });

    it('gives the value and period alone for a single observation', () => {
      const doc = withSeries(extreme, [{ period: '2024', value: 0.47 }]);
      const status = result(doc, 'no-data', 'inpres-4-2022', '2024');
      expect(summarize(doc, status, 'id')).to.equal(
        'Persentase penduduk miskin ekstrem sebesar 0,47% pada 2024. Target 0% pada 2024: data belum cukup.',
      );
      expect(summarize(doc, status, 'en')).to.equal('Extreme poverty rate was 0.47% in 2024. Target 0% by 2024: not enough data.');
    });

    it('says there is no data when there are no observations with a value', () => {
      for (const series of [[], [{ period: '2023', value: null }]] as Observation[][]) {
        const doc = withSeries(extreme, series);
        const status = { ...result(doc, 'no-data', 'inpres-4-2022', null) };
        expect(summarize(doc, status, 'id')).to.equal('Persentase penduduk miskin ekstrem: belum ada data.');
        expect(summarize(doc, status, 'en')).to.equal('Extreme poverty rate: no data yet.');
      }
    });

    it('skips gaps and starts at the first observation with a value', () => {
      const doc = withSeries(extreme, [{ period: '2020', value: null }, ...extreme.series]);
      expect(summarize(doc, result(doc, 'missed', 'inpres-4-2022', '2024'), 'en')).to.contain('from 6.56% (2021)');
    });

    it('leaves out the relative change when the first value is zero, never printing Infinity', () => {
      const doc = withSeries(extreme, [
        { period: '2021', value: 0 },
        { period: '2022', value: 1.2 },
      ]);
      const text = summarize(doc, result(doc, 'wrong-direction', 'inpres-4-2022', '2022'), 'en');
      expect(text).to.equal(
        'Extreme poverty rate rose from 0.00% (2021) to 1.20% (2022), up 1.20 percentage points. Target 0% by 2024: wrong direction.',
      );
      expect(text).not.to.match(/Infinity|NaN/);
    });

    it('states a change in the unit itself when the unit is not a percentage', () => {
      const doc = withSeries(
        extreme,
        [
          { period: '2021', value: 919.6 },
          { period: '2024', value: 880.25 },
        ],
        { title: { id: 'Jumlah penduduk miskin', en: 'Poor people' }, unit: { label: 'ribu jiwa', symbol: 'ribu', multiplier: 0 }, decimals: 2 },
      );
      expect(summarize(doc, result(doc, null, null, '2024'), 'id')).to.equal(
        'Jumlah penduduk miskin turun dari 919,60\u00a0ribu (2021) menjadi 880,25\u00a0ribu (2024), turun 39,35\u00a0ribu (-4,3%). Belum ada target.',
      );
    });

    it('applies the unit multiplier once to the values and the change', () => {
      const doc = withSeries(
        extreme,
        [
          { period: '2021', value: 919.6 },
          { period: '2024', value: 880.2 },
        ],
        { title: 'Poor people', unit: { label: 'people', multiplier: 3 }, decimals: 0 },
      );
      // The unit goes with every quantity (real files: "34,880.5" alone once stood for 34.9 million people).
      expect(summarize(doc, result(doc, null, null, '2024'), 'en')).to.equal(
        'Poor people fell from 919,600 people (2021) to 880,200 people (2024), down 39,400 people (-4.3%). No target set.',
      );
    });

    it('describes a band target and monthly periods', () => {
      const status = result(indonesia, 'missed', 'rpjmn-2020-2024', '2024-03');
      expect(summarize(indonesia, status, 'en')).to.equal(
        'Poverty rate, Indonesia (March round) fell from 11.22% (Mar 2015) to 9.03% (Mar 2024), down 2.19 percentage points (-20%). Target 6–7% by 2024: missed.',
      );
      expect(summarize(indonesia, status, 'id')).to.match(
        /^Persentase penduduk miskin, Indonesia \(Maret\) turun dari 11,22% \(Mar 2015\) menjadi 9,03% \(Mar 2024\), .* Target 6–7% pada 2024: tidak tercapai\.$/,
      );
    });

    it('falls back to English words and numbers for other languages, and to the first title key', () => {
      const status = result(extreme, 'missed', 'inpres-4-2022', '2024');
      expect(summarize(extreme, status, 'fr')).to.equal(summarize(extreme, status, 'en'));
      expect(summarize(extreme, status, 'en-GB')).to.match(/^Extreme poverty rate fell from 6\.56% \(2021\)/);
      expect(summarize(extreme, status, 'id-ID')).to.equal(summarize(extreme, status, 'id'));
      const doc = withSeries(extreme, [...extreme.series], { title: { id: 'Hanya Indonesia' } });
      expect(summarize(doc, status, 'en')).to.match(/^Hanya Indonesia fell from/);
    });

    it('does not mutate the document', () => {
      // The fixtures are deep-frozen: a write would throw in these strict-mode modules.
      expect(() => summarize(extreme, result(extreme, 'missed', 'inpres-4-2022', '2024'), 'id')).not.to.throw();
      expect(Object.isFrozen(extreme.series)).to.equal(true);
    });

    it('writes the same sentence in a time zone west of UTC', async () => {
      const expected = summarize(indonesia, result(indonesia, 'missed', 'rpjmn-2020-2024', '2024-03'), 'id');
      await executeServerCommand('emulate-timezone', { timezoneId: 'America/Los_Angeles' });
      try {
        expect(new Date(2024, 0, 1).getTimezoneOffset()).to.be.greaterThan(0);
        expect(summarize(indonesia, result(indonesia, 'missed', 'rpjmn-2020-2024', '2024-03'), 'id')).to.equal(expected);
        expect(summarize(extreme, result(extreme, 'missed', 'inpres-4-2022', '2024'), 'id')).to.contain('(2021) menjadi 0,47% (2024)');
      } finally {
        await executeServerCommand('emulate-timezone', { timezoneId: null });
      }
    });
  });

  describe('describeSources', () => {
    it('names the producer and its outlets behind the values shown', () => {
      expect(describeSources(extreme, 'id')).to.equal('Sumber: BPS, via ANTARA Sumsel, Palpos, Republika');
      expect(describeSources(extreme, 'en')).to.equal('Source: BPS, via ANTARA Sumsel, Palpos, Republika');
    });

    it('credits only the sources behind the given references, in their order', () => {
      expect(describeSources(extreme, 'en', ['republika-2024-07-16'])).to.equal('Source: BPS, via Republika');
      expect(describeSources(extreme, 'en', ['republika-2024-07-16', 'antara-2024-07', 'republika-2024-07-16'])).to.equal(
        'Source: BPS, via Republika, ANTARA Sumsel',
      );
    });

    it('credits a source without an origin by its publisher, as a group of its own', () => {
      expect(describeSources(extreme, 'en', ['idntimes-2022-06', 'republika-2024-07-16'])).to.equal('Sources: IDN Times; BPS, via Republika');
      expect(listSources(extreme, 'en', ['palpos-2024-07', 'palpos-2025-07-rakor'])).to.deep.equal(['Palpos', 'BPS, via Palpos']);
    });

    it('credits a direct producer apart from the same producer via an outlet', () => {
      const doc: IndicatorDocument = {
        ...extreme,
        sources: [{ id: 'bps', name: 'BPS: Profil kemiskinan', publisher: 'BPS', kind: 'official' }, ...extreme.sources],
      };
      expect(listSources(doc, 'en', ['bps', 'republika-2024-07-16'])).to.deep.equal(['BPS', 'BPS, via Republika']);
    });

    it('uses the localized name when a source has no publisher', () => {
      const doc: IndicatorDocument = {
        ...extreme,
        series: [{ period: '2024', value: 1, sourceRef: 's' }],
        sources: [{ id: 's', name: { id: 'Badan Pusat Statistik', en: 'Statistics Indonesia' } }],
      };
      expect(describeSources(doc, 'en')).to.equal('Source: Statistics Indonesia');
      expect(describeSources(doc, 'id')).to.equal('Sumber: Badan Pusat Statistik');
    });

    it('credits every source when no value names one', () => {
      const doc: IndicatorDocument = { ...extreme, series: [{ period: '2024', value: 1 }] };
      expect(listSources(doc, 'en')).to.deep.equal(['BPS, via ANTARA Sumsel, Palpos, Republika', 'Palpos', 'IDN Times', 'Suaraindonews']);
      expect(listSources(doc, 'en', ['unknown'])).to.have.length(4);
    });

    it('ignores values of the wrong type', () => {
      const doc = {
        ...extreme,
        series: [{ period: '2024', value: 1, sourceRef: 'x' }],
        sources: [
          { id: 'x', name: { en: { nodeType: 1 } }, publisher: 42, origin: { toString: () => 'BPS' } },
          { id: 'y', name: 'Ok' },
        ],
      } as unknown as IndicatorDocument;
      // x names nothing usable, so the line falls back to every usable source.
      expect(listSources(doc, 'en')).to.deep.equal(['Ok']);
    });

    it('lists the Muba poverty rate sources from the first to the last value', () => {
      expect(describeSources(poverty, 'id')).to.equal('Sumber: BPS, via Kordanews, Detak-Palembang, Beritasmart, Palpos, Republika, Harian Muba');
    });
  });
});

describe('summary: a long list of outlets', () => {
  it('is counted in the short line ("BPS, via 4 media") and kept whole in the full one', async () => {
    const { listSourceGroups, sourceLines } = await import('../../src/core/summary.js');
    const { fixture } = await import('../helpers.js');
    const extreme = await fixture<IndicatorDocument>('muba-extreme-poverty.json');
    // Four outlets quote BPS for the four figures (one each): more than three are counted.
    const outlets = ['Kordanews', 'Detak-Palembang', 'Beritasmart', 'Palpos'];
    const doc = {
      ...extreme,
      series: extreme.series.map((o, i) => ({ ...o, sourceRef: `o${i % outlets.length}` })),
      sources: outlets.map((name, i) => ({ id: `o${i}`, name, origin: 'BPS' })),
    };
    const lines = sourceLines(listSourceGroups(doc, 'id'), 'id');
    expect(extreme.series).to.have.length(4);
    expect(lines.short).to.equal('Sumber: BPS, via 4 media');
    expect(lines.full).to.equal(`Sumber: BPS, via ${outlets.join(', ')}`);
    expect(sourceLines(listSourceGroups(extreme, 'en'), 'en')).to.deep.equal({ full: 'Source: BPS, via ANTARA Sumsel, Palpos, Republika' });
  });
});
