import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/adapter.js';
import { adapt } from '../../src/adapters/json-stat.js';
import { loadJson, runner } from './helpers.js';

const load = loadJson;

const run = runner(adapt);

describe('adapters/json-stat', () => {
  let eurostat: any;
  let dense: any;
  let sparse: any;
  before(async () => {
    eurostat = await load('json-stat-2.0_eurostat_nama-10-gdp-dk.json');
    dense = await load('json-stat-2.0_spec_dense-array.json');
    sparse = await load('json-stat-2.0_spec_sparse-object.json');
  });

  describe('the real Eurostat sample (sparse value, index objects out of order)', () => {
    it('lists unit and na_item when no select is given', () => {
      expect(() => run(structuredClone(eurostat))).to.throw(
        AdapterError,
        /JSON-stat: the message holds 64 series; select one series: unit=CLV_I20 \(Chain linked volumes, index 2020=100\)\|.*; na_item=B1GQ \(Gross domestic product at market prices\)\|B1G \(Value added, gross\)$/,
      );
    });

    it('finds a cell by the positions in category.index, not the key order', () => {
      // unit CP_MEUR is at position 7, na_item B1GQ at 0: cell 7 × 2 + 0 = 14.
      const [doc] = run(structuredClone(eurostat), { select: 'unit=CP_MEUR;na_item=B1GQ' });
      expect(doc!.series).to.deep.equal([{ period: '2023', value: 376430 }]);
      expect(doc!.unit).to.deep.equal({ label: 'Current prices, million euro', code: 'CP_MEUR' });
      expect(doc!.area).to.deep.equal({ code: 'DK', name: 'Denmark' });
      expect(doc!.updated).to.equal('2024-11-18');
      expect(doc!.id).to.equal('NAMA_10_GDP.CP_MEUR.B1GQ');
      expect(doc!.sources[0]).to.deep.include({ name: 'ESTAT' });
      expect(doc!.title).to.equal(
        'GDP and main components (output, expenditure and income): Current prices, million euro, Gross domestic product at market prices',
      );
    });

    it("maps Eurostat's status d to D and keeps its meaning in a note", () => {
      // status {"42": "d", "43": "d"}: unit position 21 (CON_PPCH_PRE), both na_items.
      const docs = run(structuredClone(eurostat), { select: 'unit=CON_PPCH_PRE;na_item=B1GQ|unit=CON_PPCH_PRE;na_item=Value added, gross' });
      expect(docs.map((d) => d.series[0])).to.deep.equal([
        { period: '2023', value: 2.5, status: ['D'] },
        { period: '2023', value: 2.62, status: ['D'] },
      ]);
      expect(docs[0]!.notes).to.deep.equal([{ kind: 'footnote', text: 'D: definition differs (see metadata)', periods: ['2023'] }]);
    });
  });

  describe('built from the specification', () => {
    it('dense arrays: row-major cells, status array, unit and decimals from the metric role', () => {
      const [pov, pop] = run(structuredClone(dense), {
        select: 'metric=pov;geo=ID|metric=Population;geo=Malaysia',
        source: 'https://example.org/stat/poverty.json',
      });
      expect([pov!.id, pop!.id]).to.deep.equal(['poverty.pov.ID', 'poverty.pop.MY']);
      expect(pov!.series).to.deep.equal([
        { period: '2021', value: 10.14 },
        { period: '2022', value: 9.54 },
        { period: '2023', value: 9.36, status: ['P'] },
      ]);
      expect(pov!.unit).to.deep.equal({ label: 'per cent of population', symbol: '%', symbolPosition: 'end' });
      expect(pov!.decimals).to.equal(2);
      expect(pov!.notes).to.deep.equal([{ kind: 'footnote', text: 'Illustrative figures built for the adapter tests.' }]);
      expect(pop!.series[2]).to.deep.equal({ period: '2023', value: 34.31, status: ['E'] });
      expect(pop!.unit.label).to.equal('million persons');
      expect(pop!.area).to.deep.equal({ code: 'MY', name: 'Malaysia' });
    });

    it('dense arrays: a null value is a gap', () => {
      const [doc] = run(structuredClone(dense), { select: 'pov;MY' });
      expect(doc!.series.map((o) => o.value)).to.deep.equal([6.2, 6.2, null]);
    });

    it('sparse objects: missing cells are left out, status keyed by flat index, time found by its id', () => {
      const [total, women, men] = run(structuredClone(sparse), { select: 'sex=T|F|Males' });
      expect(total!.series).to.deep.equal([
        { period: '2023-Q3', value: 5.1 },
        { period: '2023-Q4', value: 5 },
        { period: '2024-Q1', value: 4.9 },
        { period: '2024-Q2', value: 4.8, status: ['P'] },
      ]);
      expect(women!.series.map((o) => o.period)).to.deep.equal(['2023-Q3', '2024-Q1', '2024-Q2']);
      expect(women!.series[2]!.status).to.deep.equal(['x']);
      expect(men!.series[0]!.status).to.deep.equal(['B']);
      expect(men!.notes).to.deep.equal([{ kind: 'footnote', text: 'B: break in time series', periods: ['2023-Q3'] }]);
      expect(total!.frequency).to.equal('Q');
      expect(total!.unit).to.deep.equal({ label: '' });
    });

    it('status as one string applies to every cell', () => {
      const m = structuredClone(dense);
      m.status = 'e';
      const [doc] = run(m, { select: 'pov;ID' });
      expect(doc!.series.every((o) => o.status?.[0] === 'E')).to.equal(true);
    });

    it('a single-category dimension may leave out its index', () => {
      const m = structuredClone(sparse);
      m.id = ['sex', 'time'];
      m.size = [1, 4];
      m.dimension.sex.category = { label: { T: 'Total' } };
      m.value = { '0': 1, '3': 2 };
      m.status = {};
      const [doc] = run(m);
      expect(doc!.series).to.deep.equal([
        { period: '2023-Q3', value: 1 },
        { period: '2024-Q2', value: 2 },
      ]);
    });

    it('reads the 1.0 form inside a bundle', () => {
      const { id, size, role, ...rest } = structuredClone(dense);
      const bundle = { poverty: { ...rest, dimension: { ...rest.dimension, id, size, role } } };
      const [doc] = run(bundle, { select: 'pov;ID' });
      expect(doc!.series[0]).to.deep.equal({ period: '2021', value: 10.14 });
    });
  });

  describe('malformed messages', () => {
    const cases: [string, (m: any) => unknown, RegExp][] = [
      ['not an object', () => 'x', /JSON-stat: expected a JSON object, got the string "x"/],
      ['a collection', () => ({ class: 'collection', link: { item: [] } }), /a collection \(a list of links\), not a dataset/],
      ['no value', (m) => ({ ...m, value: undefined, class: undefined }), /"value" is missing: this is not a JSON-stat dataset/],
      ['id and size disagree', (m) => ({ ...m, size: [2, 2] }), /"size" must be a list of whole numbers, one per entry of "id"/],
      [
        'a dimension missing',
        (m) => {
          delete m.dimension.geo;
          return m;
        },
        /dimension "geo" is listed in "id" but missing from "dimension"/,
      ],
      [
        'categories and size disagree',
        (m) => {
          m.dimension.time.category.index = ['2021', '2022'];
          return m;
        },
        /dimension "time" has 2 categories but "size" says 3/,
      ],
      ['too few values', (m) => ({ ...m, value: m.value.slice(1) }), /"value" has 11 entries but "size" gives 12 cells/],
      ['a sparse key outside the cells', (m) => ({ ...m, value: { '0': 1, '12': 2 } }), /"value" has the key "12", outside the 12 cells/],
      [
        'no time dimension',
        (m) => {
          m.role = { geo: ['geo'] };
          m.dimension.time.category.index = ['a', 'b', 'c'];
          m.id = ['metric', 'geo', 'when'];
          m.dimension.when = m.dimension.time;
          delete m.dimension.time;
          return m;
        },
        /no time dimension among metric, geo, when: expected role\.time, or a dimension called "time"/,
      ],
      [
        'an index with a repeated position',
        (m) => {
          m.dimension.geo.category.index = { ID: 0, MY: 0 };
          return m;
        },
        /dimension "geo": category\.index gives "MY" the position the number 0/,
      ],
    ];
    for (const [name, make, pattern] of cases) {
      it(name, () => expect(() => run(make(structuredClone(dense)), { select: 'pov;ID' })).to.throw(AdapterError, pattern));
    }
  });
});
