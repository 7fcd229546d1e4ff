import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/adapter.js';
import { adapt } from '../../src/adapters/worldbank.js';
import { loadJson, runner } from './helpers.js';

const load = loadJson;

const run = runner(adapt);

describe('adapters/worldbank', () => {
  let france: any;
  let old: any;
  let twoPages: any;
  before(async () => {
    france = await load('worldbank-v2_fra_ny-gdp-mktp-cd.json');
    old = await load('worldbank-v2_spec_old-string-numbers.json');
    twoPages = await load('worldbank-v2_spec_two-pages.json');
  });

  it('reads the real response: 64 rows newest first, 2023 null, decimal 0', () => {
    const [doc] = run(structuredClone(france), {
      source: 'https://api.worldbank.org/v2/country/FRA/indicator/NY.GDP.MKTP.CD?format=json&per_page=10000',
    });
    expect(doc!.series).to.have.length(64);
    expect(doc!.series[0]).to.deep.equal({ period: '1960', value: 62225478000.8822 });
    expect(doc!.series[63]).to.deep.equal({ period: '2023', value: null });
    expect(doc!.decimals).to.equal(0);
    expect(doc!.title).to.equal('GDP (current US$)');
    expect(doc!.unit).to.deep.equal({ label: 'current US$' });
    expect(doc!.area).to.deep.equal({ code: 'FRA', name: 'France', system: 'ISO 3166-1 alpha-3' });
    expect(doc!.id).to.equal('NY.GDP.MKTP.CD.FRA');
    expect(doc!.updated).to.equal('2024-03-28');
    expect(doc!.frequency).to.equal('A');
    expect(doc!.codes![0]).to.deep.include({ system: 'World Bank', code: 'NY.GDP.MKTP.CD' });
    expect(doc!.sources[0]).to.deep.include({ name: 'World Bank', publisher: 'World Bank' });
  });

  it('a message with more than one page is an error that says how to get the rest', () => {
    expect(() => run(structuredClone(twoPages))).to.throw(
      AdapterError,
      'World Bank: page 1 of 2: this message holds only part of the series; fetch with per_page=20 or mirror all pages into one file',
    );
  });

  it('reads the older shape: numbers and decimal as strings, no countryiso3code', () => {
    const [doc] = run(structuredClone(old), { select: 'country=ID' });
    expect(doc!.series).to.deep.equal([
      { period: '2012', value: null },
      { period: '2013', value: 11.37 },
      { period: '2014', value: 10.96 },
      { period: '2015', value: 11.2 },
    ]);
    expect(doc!.decimals).to.equal(1);
    expect(doc!.unit.label).to.equal('% of population');
    expect(doc!.title).to.equal('Poverty headcount ratio at national poverty lines (% of population): Indonesia');
  });

  it('selects a country by id or name, and lists them when none is selected', () => {
    expect(() => run(structuredClone(old))).to.throw(AdapterError, 'select one series: country=ID (Indonesia)|MY (Malaysia)');
    expect(run(structuredClone(old), { select: 'Malaysia' })[0]!.area!.code).to.equal('MY');
    expect(run(structuredClone(old), { select: 'REF_AREA=MY|ID' }).map((d) => d.id)).to.deep.equal(['SI.POV.NAHC.MY', 'SI.POV.NAHC.ID']);
    const current = run(structuredClone(france), { select: 'FR' });
    expect(current[0]!.area!.code).to.equal('FRA');
  });

  it('reads quarterly and monthly dates and status codes', () => {
    const m = structuredClone(france);
    m[1] = [
      { ...m[1][0], date: '2023Q1', value: 1.5, obs_status: 'E' },
      { ...m[1][0], date: '2023Q2', value: 1.25, obs_status: '' },
    ];
    const [doc] = run(m);
    expect(doc!.series).to.deep.equal([
      { period: '2023-Q1', value: 1.5, status: ['E'] },
      { period: '2023-Q2', value: 1.25 },
    ]);
  });

  it('an empty answer ([paging, null]) is a document with no observations', () => {
    const [doc] = run([{ page: 1, pages: 0, per_page: 50, total: 0, lastupdated: '2024-03-28' }, null]);
    expect(doc!.series).to.deep.equal([]);
  });

  describe('malformed messages', () => {
    const cases: [string, unknown, RegExp][] = [
      ['not a list', { page: 1 }, /World Bank: expected the API's \[paging, rows\] list, got an object/],
      [
        'an API error',
        [{ message: [{ id: '120', key: 'Invalid value', value: 'The provided parameter value is not valid' }] }],
        /the API answered with an error: 120 Invalid value The provided parameter value is not valid/,
      ],
      ['no paging', ['x', []], /the first element should be the paging object, got the string "x"/],
      ['pages missing', [{ page: 1 }, []], /paging\.pages is missing or not a number/],
      ['rows not a list', [{ page: 1, pages: 1 }, { a: 1 }], /the second element should be the list of rows, got an object/],
      ['a row without indicator', [{ page: 1, pages: 1 }, [{ country: { id: 'FR' }, date: '2020', value: 1 }]], /row 0 has no indicator\.id/],
      ['a row without date', [{ page: 1, pages: 1 }, [{ indicator: { id: 'X' }, country: { id: 'FR' }, value: 1 }]], /row 0 has no "date"/],
    ];
    for (const [name, message, pattern] of cases) it(name, () => expect(() => run(message)).to.throw(AdapterError, pattern));

    it('reports a value it cannot read instead of dropping it silently', () => {
      const m = structuredClone(old);
      m[1][0].value = '11,2';
      const [doc] = run(m, { select: 'ID' });
      expect(doc!.series.map((o) => o.period)).to.deep.equal(['2012', '2013', '2014']);
      expect((doc!.notes![0]!.text as Record<string, string>).en).to.contain('1 row, value is not a number (2015: the string "11,2")');
    });
  });
});

describe('adapters/worldbank: rows saved without the paging header', () => {
  it('reads a list of rows alone, as some mirrors save them', async () => {
    const [, rows] = (await loadJson('worldbank-v2_fra_ny-gdp-mktp-cd.json')) as [unknown, Record<string, unknown>[]];
    const [doc] = adapt(structuredClone(rows));
    expect(doc!.series).to.have.length(rows.length);
    expect(doc!.series.at(-1)).to.deep.equal({ period: '2023', value: null });
    expect(doc!.title).to.equal('GDP (current US$)');
  });
});
