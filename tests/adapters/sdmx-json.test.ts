import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/adapter.js';
import { accept, adapt } from '../../src/adapters/sdmx-json.js';
import { loadJson, runner } from './helpers.js';

type Json = Record<string, any>;
const load = (file: string): Promise<Json> => loadJson(file);

const run = runner(adapt);

describe('adapters/sdmx-json', () => {
  let unicef: Json;
  let ecb: Json;
  let flat: Json;
  let periods: Json;
  before(async () => {
    unicef = await load('sdmx-json-1.0_unicef-cme_afg-u5mr.json');
    ecb = await load('sdmx-json-2.0_sdmx-twg-sample_ecb-exr.json');
    flat = await load('sdmx-json-2.0_spec_flat-unit-mult-decimals.json');
    periods = await load('sdmx-json-1.0_spec_series-periods.json');
  });
  const copy = (x: Json): Json => structuredClone(x);

  it('asks for SDMX-JSON 2.0, then 1.0, then any JSON', () => {
    expect(accept).to.match(/^application\/vnd\.sdmx\.data\+json;version=2\.0\.0, application\/vnd\.sdmx\.data\+json;version=1\.0\.0;q=0\.9/);
  });

  describe('the real 1.0 sample (UNICEF, flat observations, language maps)', () => {
    it('lists the series to choose from when no select is given', () => {
      expect(() => run(copy(unicef))).to.throw(
        AdapterError,
        'select one series: SERIES_NAME=38 (DHS Direct (Various periods) Full Birth Histories)|269 (UN IGME estimate); SERIES_YEAR=2015|2018',
      );
    });

    it('decodes the UN IGME estimate: 48 mid-year months with bounds, unit from UNIT_MEASURE', () => {
      const [doc] = run(copy(unicef), { select: 'SERIES_NAME=269', source: 'https://sdmx.data.unicef.org/rest/data/x?key=k' });
      expect(doc!.series).to.have.length(48);
      expect(doc!.series[0]).to.deep.equal({ period: '1970-06', value: 300.9, lower: 264.9, upper: 344.6 });
      expect(doc!.series[47]!.period).to.equal('2017-06');
      // The TIME_PERIOD list is not in order in the message: the series is sorted.
      const starts = doc!.series.map((o) => o.period);
      expect([...starts].sort()).to.deep.equal(starts);
      expect(doc!.title).to.deep.equal({ en: 'Mortality Rate Under 5 Years Old: UN IGME estimate, 2018' });
      expect(doc!.unit).to.deep.equal({ label: { en: 'Deaths per 1000 live births' }, code: 'D_PER_1000_B' });
      expect(doc!.area).to.deep.equal({ code: 'AFG', name: { en: 'Afghanistan' } });
      expect(doc!.decimals).to.equal(1);
      expect(doc!.frequency).to.equal('A');
      expect(doc!.id).to.equal('AFG.MRY0T4._T.269.2018');
      // .Stat names itself "unknown" and the message names no agency: the source says so (never
      // the host, which may be a mirror), and links the file without its key.
      expect(doc!.sources).to.deep.equal([
        {
          id: 'source',
          name: { en: 'Source not stated in the file', id: 'Sumber tidak disebutkan dalam berkas' },
          url: 'https://sdmx.data.unicef.org/rest/data/x',
        },
      ]);
    });

    it('keeps the DHS series status EX with its meaning, selected by label', () => {
      const [doc] = run(copy(unicef), { select: 'Series Name=DHS Direct (Various periods) Full Birth Histories' });
      expect(doc!.series).to.have.length(9);
      expect(doc!.series.every((o) => o.status?.[0] === 'EX')).to.equal(true);
      expect(doc!.series[0]).to.deep.equal({ period: '1991-06', value: 135.65, status: ['EX'] });
      expect(doc!.notes![0]).to.deep.include({ kind: 'footnote', text: { en: 'EX: Excluded from IGME' } });
      expect(doc!.notes![0]!.periods).to.have.length(9);
      expect(doc!.decimals).to.equal(2);
    });

    it('returns both series, the first primary', () => {
      const docs = run(copy(unicef), { select: 'SERIES_NAME=38|SERIES_NAME=269' });
      expect(docs.map((d) => d.id)).to.deep.equal(['AFG.MRY0T4._T.38.2015', 'AFG.MRY0T4._T.269.2018']);
    });
  });

  describe('the real 2.0 sample (SDMX TWG, ECB exchange rates, series layout)', () => {
    it('decodes series keys, observation keys, series attributes and annotations', () => {
      const docs = run(copy(ecb), { select: 'CURRENCY=NZD|Russian rouble' });
      expect(docs.map((d) => d.title)).to.deep.equal(['New Zealand dollar (NZD)', 'Russian rouble (RUB)']);
      expect(docs[0]!.series).to.deep.equal([
        // A is SDMX's "normal value": no flag.
        { period: '2013-01-18', value: 1.5931 },
        { period: '2013-01-21', value: 1.5925 },
      ]);
      expect(docs[1]!.series[1]).to.deep.equal({ period: '2013-01-21', value: 40.3, note: { en: 'Sample observation annotation text' } });
      expect(docs[0]!.notes).to.deep.equal([{ kind: 'footnote', text: { en: 'Sample series annotation text' } }]);
      expect(docs[0]!.id).to.equal('ECB:EXR.D.NZD.EUR.SP00.A');
      expect(docs[0]!.frequency).to.equal('D');
      expect(docs[0]!.sources[0]).to.deep.include({ name: 'European Central Bank', publisher: 'European Central Bank' });
    });

    it('lists the currencies when no select is given', () => {
      expect(() => run(copy(ecb))).to.throw(AdapterError, 'CURRENCY=NZD (New Zealand dollar)|RUB (Russian rouble)');
    });
  });

  describe('built from the specification', () => {
    it('flat AllDimensions layout: UNIT_MULT, DECIMALS and UNIT_MEASURE at dataSet level, status defaults', () => {
      const [doc] = run(copy(flat), { select: 'REF_AREA=Jawa Barat' });
      expect(doc!.unit).to.deep.equal({ label: { en: 'Indonesian rupiah', id: 'Rupiah' }, code: 'IDR', multiplier: 12 });
      expect(doc!.decimals).to.equal(1);
      expect(doc!.frequency).to.equal('Q');
      expect(doc!.title).to.deep.equal({ en: 'Gross regional domestic product: West Java', id: 'Produk domestik regional bruto: Jawa Barat' });
      expect(doc!.series).to.deep.equal([
        { period: '2023-Q1', value: 612.5 },
        { period: '2023-Q2', value: 620.25 },
        { period: '2023-Q3', value: null, status: ['E'] },
        {
          period: '2023-Q4',
          value: 641,
          status: ['P'],
          note: { en: 'Quarterly figures are not seasonally adjusted.', id: 'Angka triwulanan tidak disesuaikan musiman.' },
        },
      ]);
      expect(doc!.sources[0]).to.deep.include({ name: 'Example Statistics Office' });
      expect(doc!.codes).to.deep.equal([{ system: 'SDMX', code: 'EXAMPLE:GRDP(1.0)/Q.ID-JB' }]);
    });

    it('flat layout: the other area by id; an omitted status takes the default', () => {
      const [doc] = run(copy(flat), { select: 'ID-JK' });
      expect(doc!.series.map((o) => o.status)).to.deep.equal([undefined, undefined, undefined, ['P']]);
      expect(doc!.series[3]!.value).to.equal(840.125);
    });

    it('SDMX reporting periods: 2023-M01, 2023-Q1, 2023-S1, 2023-A1', () => {
      const get = (select: string) => run(copy(periods), { select })[0]!;
      expect(get('FREQ=M').series.map((o) => o.period)).to.deep.equal(['2023-01', '2023-02']);
      expect(get('FREQ=Q').series.map((o) => o.period)).to.deep.equal(['2023-Q1', '2023-Q2']);
      expect(get('FREQ=S').series.map((o) => o.period)).to.deep.equal(['2023-S1']);
      const annual = get('Annual');
      expect(annual.series).to.deep.equal([
        { period: '2023', value: 115 },
        { period: '2024', value: 117.5, status: ['F'] },
      ]);
      expect(annual.unit).to.deep.equal({ label: { en: 'Index, 2018=100' }, code: 'IX' });
      expect(annual.title).to.deep.equal({ en: 'Consumer price index: Annual' });
    });

    it('drops and reports a period it cannot read', () => {
      const m = copy(periods);
      m.data.structure.dimensions.observation[0].values[6].id = '2024-T1';
      const [doc] = run(m, { select: 'FREQ=A' });
      expect(doc!.series.map((o) => o.period)).to.deep.equal(['2023']);
      expect((doc!.notes!.find((n) => n.kind === 'discrepancy')!.text as Record<string, string>).en).to.contain(
        '1 row, period not understood ("2024-T1")',
      );
    });

    it('2.0 dimension-group attributes: a slot per dimension, empty slots match any value', () => {
      const m = copy(ecb);
      m.data.structures[0].attributes.dimensionGroup = [
        {
          id: 'UNIT_MEASURE',
          names: { en: 'Unit' },
          relationship: { dimensions: ['CURRENCY'] },
          values: [
            { id: 'NZD', names: { en: 'New Zealand dollar' } },
            { id: 'RUB', names: { en: 'Russian rouble' } },
          ],
        },
        { id: 'UNIT_MULT', names: { en: 'Multiplier' }, relationship: { dimensions: ['CURRENCY'] }, values: [{ id: '0' }, { id: '3' }] },
      ];
      m.data.dataSets[0].dimensionGroupAttributes = { '0:': [0, 0], '1:': [1, 1] };
      const [nzd, rub] = run(m, { select: 'NZD|RUB' });
      expect(nzd!.unit).to.deep.equal({ label: { en: 'New Zealand dollar' }, code: 'NZD' });
      expect(rub!.unit).to.deep.equal({ label: { en: 'Russian rouble' }, code: 'RUB', multiplier: 3 });
      const wrong = structuredClone(m);
      wrong.data.dataSets[0].dimensionGroupAttributes = { '0:1:2': [0, 0] };
      expect(() => run(wrong, { select: 'NZD' })).to.throw(
        AdapterError,
        /dimensionGroupAttributes key "0:1:2" fits the dimensions neither by keyPosition nor as listed/,
      );
    });

    it('a message without "data" (older .Stat: header, dataSets, structure at the top) and OECD names', () => {
      const m = copy(periods);
      const legacy = { header: { id: 'x' }, dataSets: m.data.dataSets, structure: m.data.structure };
      legacy.structure.attributes.series = [
        { id: 'UNIT', name: 'Unit', values: [{ id: 'IDX', name: 'Index' }] },
        { id: 'POWERCODE', name: 'Unit multiplier', values: [{ id: '3', name: 'Thousands' }] },
      ];
      for (const series of Object.values(legacy.dataSets[0].series) as Json[]) series.attributes = [0, 0];
      const [doc] = run(legacy, { select: 'FREQ=Q' });
      expect(doc!.unit).to.deep.equal({ label: 'Index', code: 'IDX', multiplier: 3 });
    });

    it('a data set without observations is a document without observations', () => {
      const m = copy(ecb);
      m.data.dataSets[0].series = {};
      const [doc] = run(m);
      expect(doc!.series).to.deep.equal([]);
      expect(doc!.sources[0]!.name).to.equal('European Central Bank');
    });

    it('reads null values and string values', () => {
      const m = copy(flat);
      m.data.dataSets[0].observations['0:0:0'] = ['801.5'];
      const [doc] = run(m, { select: 'ID-JK' });
      expect(doc!.series[0]!.value).to.equal(801.5);
    });
  });

  describe('malformed messages', () => {
    const cases: [string, (m: Json) => unknown, RegExp][] = [
      ['not an object', () => [1, 2], /SDMX-JSON: expected a JSON object with "data", got an array/],
      ['no data', () => ({ meta: {} }), /SDMX-JSON: "data" is missing/],
      [
        'an error message',
        () => ({ meta: {}, errors: [{ code: 404, title: 'No results found' }] }),
        /carries an error instead of data: 404 No results found/,
      ],
      [
        'no structure',
        (m) => ({ ...m, data: { dataSets: m.data.dataSets } }),
        /no structure: expected data\.structure \(1\.0\) or data\.structures \(2\.0\)/,
      ],
      ['no dataSets', (m) => ({ ...m, data: { ...m.data, dataSets: [] } }), /data\.dataSets is missing or empty/],
      [
        'a key outside the structure',
        (m) => {
          m.data.dataSets[0].series['5'] = { observations: { '0': [1] } };
          return m;
        },
        /series key "5": CURRENCY has 2 values, no value 5/,
      ],
      [
        'a key of the wrong length',
        (m) => {
          m.data.dataSets[0].series['0'].observations['0:1'] = [1];
          return m;
        },
        /observation key "0:1" has 2 positions; the structure has 1 dimensions there/,
      ],
      [
        'no time dimension',
        (m) => {
          m.data.structures[0].dimensions.observation[0].id = 'WHEN';
          m.data.structures[0].dimensions.observation[0].role = 'OTHER';
          return m;
        },
        /the message has no time dimension \(TIME_PERIOD\), only .*: it is a cross-section/,
      ],
      [
        'an observation that is not an array',
        (m) => {
          m.data.dataSets[0].series['0'].observations['0'] = 1.5;
          return m;
        },
        /observation "0" is not an array/,
      ],
      [
        'an attribute index out of range',
        (m) => {
          m.data.dataSets[0].series['0'].observations['0'] = [1.5, 7];
          return m;
        },
        /attribute OBS_STATUS has 1 values, no value 7/,
      ],
    ];
    for (const [name, make, pattern] of cases) {
      it(name, () => {
        const message = make(structuredClone(ecb));
        expect(() => run(message, { select: 'NZD' })).to.throw(AdapterError, pattern);
      });
    }

    it('a select that names nothing', () => {
      expect(() => run(copy(ecb), { select: 'CURRENCY=USD' })).to.throw(
        AdapterError,
        /SDMX-JSON: select: CURRENCY has no value "USD" \(values: NZD, RUB\)/,
      );
    });
  });
});
