import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/adapter.js';
import { accept, adapt, companions } from '../../src/adapters/opensdg.js';
import { loadJson, runner } from './helpers.js';

const load = loadJson;

const run = runner(adapt);

const HEADLINE = [14.5, 12.9, 11.9, 11.2, 10.3, 6.4, 7.4, 9.9, 10.2];

describe('adapters/opensdg', () => {
  let data: any;
  let headline: any;
  let meta: any;
  before(async () => {
    data = await load('open-sdg_canada/data/1-2-1.json');
    headline = await load('open-sdg_canada/headline/1-2-1.json');
    meta = await load('open-sdg_canada/meta/1-2-1.json');
  });
  const message = () => ({ data: structuredClone(data), meta: structuredClone(meta) });

  it('finds the metadata at ../meta/<id>.json', () => {
    expect(companions('https://sdg.example.ca/en/data/1-2-1.json')).to.deep.equal({ meta: 'https://sdg.example.ca/en/meta/1-2-1.json' });
    expect(companions('https://sdg.example.ca/en/headline/1-2-1.json?v=3')).to.deep.equal({ meta: 'https://sdg.example.ca/en/meta/1-2-1.json' });
    expect(companions('en/data/1-2-1.json')).to.deep.equal({ meta: 'en/meta/1-2-1.json' });
    expect(companions('data/1-2-1.json')).to.deep.equal({ meta: 'meta/1-2-1.json' });
    expect(accept).to.equal('application/json');
  });

  it('takes the headline rows by default (every disaggregation empty)', () => {
    const [doc] = run(message());
    expect(doc!.series.map((o) => o.value)).to.deep.equal(HEADLINE);
    expect(doc!.series.map((o) => o.period)).to.deep.equal(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(doc!.id).to.equal('1.2.1');
    expect(doc!.title).to.equal('Proportion of population living below the national poverty line');
    expect(doc!.area).to.deep.equal({ name: 'Canada' });
    expect(doc!.codes).to.deep.equal([{ system: 'SDG', code: '1.2.1' }]);
    expect(doc!.updated).to.equal('2025-05-06');
  });

  it('reads direction, target (default year 2030, noted), unit and sources from the metadata', () => {
    const [doc] = run(message());
    expect(doc!.direction).to.equal('lower-is-better');
    expect(doc!.targets).to.deep.equal([
      {
        id: 'open-sdg',
        period: '2030',
        comparator: 'le',
        value: 7.25,
        basis:
          'Target: 1.2 By 2030, reduce at least by half the proportion of men, women and children of all ages living in poverty in all its dimensions according to national definitions',
      },
    ]);
    expect(doc!.notes![0]!.kind).to.equal('methodology');
    expect((doc!.notes![0]!.text as Record<string, string>).en).to.contain('target year 2030');
    expect(doc!.unit).to.deep.equal({ label: 'Percentage (%)', symbol: '%', symbolPosition: 'end' });
    expect(doc!.decimals).to.equal(1);
    expect(doc!.sources.map((s) => s.id)).to.deep.equal(['source-1', 'source-2', 'source-3']);
    expect(doc!.sources[0]).to.deep.equal({
      id: 'source-1',
      name: 'Statistics Canada. Table 11-10-0135-01 Low income statistics by age, sex and economic family type',
      publisher: 'Statistics Canada',
      url: 'https://doi.org/10.25318/1110013501-eng',
    });
    // HTML in the metadata is reduced to text.
    expect(doc!.description).to.match(/^This indicator measures the percentage of persons in low income/);
    expect(doc!.description).not.to.contain('<');
  });

  it('reads the headline file (a list of rows) the same way', () => {
    const [doc] = run({ data: structuredClone(headline), meta: structuredClone(meta) });
    expect(doc!.series.map((o) => o.value)).to.deep.equal(HEADLINE);
  });

  it('select picks a disaggregation, and says what is missing when it does not settle it', () => {
    expect(() => run(message(), { select: 'Geography=Ontario' })).to.throw(
      AdapterError,
      'Open SDG: select "Geography=Ontario" matches 2 series; add one of: Persons in low income=All persons|Persons under 18 years',
    );
    const [doc] = run(message(), { select: 'Geography=Ontario;Persons in low income=Persons under 18 years' });
    expect(doc!.series).to.have.length(9);
    expect(doc!.title).to.equal('Proportion of population living below the national poverty line: Persons under 18 years, Ontario');
    expect(doc!.area).to.deep.equal({ name: 'Ontario' });
    // The progress options are for the headline; Open SDG draws graph_target_lines on every series
    // of the unit, so a disaggregation keeps the line as its target, and the direction.
    expect(doc!.targets?.map((t) => [t.comparator, 'value' in t ? t.value : undefined, t.period])).to.deep.equal([['le', 7.25, '2030']]);
    expect(doc!.direction).to.equal('lower-is-better');
  });

  it('several series: the headline and a city (whose GeoCode is null)', () => {
    const docs = run(message(), { select: 'Geography=(empty)|Montréal, Quebec' });
    expect(docs[0]!.series.map((o) => o.value)).to.deep.equal(HEADLINE);
    expect(docs[1]!.series).to.have.length(9);
    expect(docs[1]!.id).to.equal('1.2.1.All_persons.Montreal_Quebec');
  });

  it('follows the options: target year, base year, precision, a units column and observation attributes', () => {
    const rows = [
      { Year: 2015, Units: 'Percent', Sex: null, Value: 20, OBS_STATUS: 'E', COMMENT_OBS: null },
      { Year: 2020, Units: 'Percent', Sex: null, Value: 15.5, OBS_STATUS: null, COMMENT_OBS: '<b>Census</b> year' },
      { Year: 2015, Units: 'Number', Sex: null, Value: 2000, OBS_STATUS: null, COMMENT_OBS: null },
      { Year: 2015, Units: 'Percent', Sex: 'Female', Value: 21, OBS_STATUS: null, COMMENT_OBS: null },
    ];
    const m = {
      data: rows,
      meta: {
        indicator_number: '9.9.9',
        indicator_name: 'Example &amp; test',
        progress_calculation_options: [{ unit: 'Percent', direction: 'positive', target: 30, target_year: 2028, base_year: 2015 }],
        precision: [{ unit: 'Percent', decimals: 2 }],
        graph_limits: [{ unit: 'Percent', minimum: 0, maximum: 100 }],
        sources: [{ organisation: 'Example Office', url: 'https://example.org/', url_text: 'Example survey' }],
      },
    };
    expect(() => run(m)).to.throw(AdapterError, 'select one series: Units=Percent|Number');
    const [doc] = run(m, { select: 'Units=Percent' });
    expect(doc!.series).to.deep.equal([
      { period: '2015', value: 20, status: ['E'] },
      { period: '2020', value: 15.5, note: 'Census year' },
    ]);
    // The unit is the unit, not part of the title.
    expect(doc!.title).to.equal('Example & test');
    expect(doc!.direction).to.equal('higher-is-better');
    expect(doc!.targets).to.deep.equal([{ id: 'open-sdg', period: '2028', comparator: 'ge', value: 30 }]);
    expect(doc!.notes).to.equal(undefined);
    expect(doc!.baseline).to.deep.equal({ period: '2015', value: 20 });
    expect(doc!.decimals).to.equal(2);
    expect(doc!.limits).to.deep.equal({ min: 0, max: 100 });
    expect(doc!.unit).to.deep.equal({ label: 'Percent', symbol: '%' });
    expect(doc!.sources).to.deep.equal([{ id: 'source-1', name: 'Example survey', publisher: 'Example Office', url: 'https://example.org/' }]);
  });

  it('without headline rows, starts from data_start_values', () => {
    const m = message();
    const keep = m.data.Geography.map((g: string | null) => g !== null);
    for (const key of Object.keys(m.data)) m.data[key] = m.data[key].filter((_: unknown, i: number) => keep[i]);
    m.meta.data_start_values = [
      { field: 'Persons in low income', value: 'All persons' },
      { field: 'Geography', value: 'Quebec' },
    ];
    const [doc] = run(m);
    expect(doc!.title).to.equal('Proportion of population living below the national poverty line: All persons, Quebec');
  });

  it('works without metadata: title and id from the file name', () => {
    const [doc] = run({ data: structuredClone(data) }, { source: 'https://sdg.example.ca/en/data/1-2-1.json' });
    expect(doc!.title).to.equal('1-2-1');
    expect(doc!.direction).to.equal('neutral');
    expect(doc!.sources[0]!.name).to.deep.equal({ en: 'Source not stated in the file', id: 'Sumber tidak disebutkan dalam berkas' });
  });

  describe('malformed messages', () => {
    const cases: [string, unknown, RegExp][] = [
      ['not an object', 'x', /Open SDG: expected \{ data, meta \}, got the string "x"/],
      ['data not rows or columns', { data: 5, meta: {} }, /"data" should be a list of rows or a map of columns, got the number 5/],
      ['columns of different lengths', { data: { Year: [2020, 2021], Value: [1] }, meta: {} }, /data column "Value" has 1 entries, "Year" has 2/],
      ['a column that is not a list', { data: { Year: 2020, Value: [1] }, meta: {} }, /data column "Year" is the number 2020, not a list/],
      ['no Year column', { data: [{ Value: 1 }], meta: {} }, /no "Year" column \(columns: Value\)/],
      ['no Value column', { data: [{ Year: 2020 }], meta: {} }, /no "Value" column/],
      ['a row that is not an object', { data: [1], meta: {} }, /data row 0 is the number 1, not an object/],
      ['meta not an object', { data: [{ Year: 2020, Value: 1 }], meta: 'x' }, /"meta" should be the metadata object, got the string "x"/],
    ];
    for (const [name, m, pattern] of cases) it(name, () => expect(() => run(m)).to.throw(AdapterError, pattern));
  });
});
