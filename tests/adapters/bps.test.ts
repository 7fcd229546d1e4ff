import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/adapter.js';
import { adapt } from '../../src/adapters/bps.js';
import { loadJson, runner } from './helpers.js';

const load = loadJson;

const run = runner(adapt);

describe('adapters/bps', () => {
  let pinrang: any;
  let months: any;
  let colliding: any;
  before(async () => {
    pinrang = await load('bps-webapi_pinrang-jumlah-penduduk.json');
    months = await load('bps-webapi_spec_vervars-months.json');
    colliding = await load('bps-webapi_spec_colliding-keys.json');
  });

  it('reads the real Pinrang table: keys built from the code lists, years from tahun labels', () => {
    const [doc] = run(structuredClone(pinrang), {
      source: 'https://webapi.bps.go.id/v1/api/list/model/data/lang/ind/domain/7315/var/31/key/0123abcd/',
    });
    expect(doc!.series).to.have.length(23);
    // "7315310990": 7315 + 31 + 0 + 99 + 0 (tahun 99 = 1999); the next key is one digit longer.
    expect(doc!.series[0]).to.deep.equal({ period: '1999', value: 308669 });
    expect(doc!.series[1]).to.deep.equal({ period: '2000', value: 311595 });
    expect(doc!.series[22]).to.deep.equal({ period: '2021', value: 407371 });
    expect(doc!.title).to.equal('Jumlah Penduduk');
    expect(doc!.unit).to.deep.equal({ label: 'Jiwa' });
    expect(doc!.decimals).to.equal(0);
    expect(doc!.area).to.deep.equal({ code: '7315', name: 'Pinrang', system: 'BPS' });
    expect(doc!.frequency).to.equal('A');
    // The WebAPI key is in the URL's path: it must not reach the document.
    expect(doc!.sources[0]!.url).to.equal('https://webapi.bps.go.id/v1/api/list/model/data/lang/ind/domain/7315/var/31/');
    expect(JSON.stringify(doc)).not.to.contain('0123abcd');
  });

  it('an empty datacontent gives a document with no observations (the empty state)', () => {
    const m = structuredClone(pinrang);
    m.datacontent = [];
    const [doc] = run(m);
    expect(doc!.series).to.deep.equal([]);
    expect(doc!.title).to.equal('Jumlah Penduduk');
  });

  describe('several vervars and months', () => {
    it('lists the regions and the kinds of period when no select is given', () => {
      expect(() => run(structuredClone(months))).to.throw(
        AdapterError,
        'BPS: the message holds 4 series; select one series: vervar=1601 (Ogan Komering Ulu)|1606 (Musi Banyuasin); turtahun=month (Monthly)|year (Annual)',
      );
    });

    it('turtahun 1-12 are months, by vervar label', () => {
      const [doc] = run(structuredClone(months), { select: 'Musi Banyuasin;turtahun=month' });
      expect(doc!.series).to.have.length(18);
      expect(doc!.series[0]!.period).to.equal('2023-01');
      expect(doc!.series[17]!.period).to.equal('2024-06');
      expect(doc!.series[0]!.value).to.equal(months.datacontent['160653001231']);
      expect(doc!.series[9]!.value).to.equal(months.datacontent['1606530012310']);
      expect(doc!.frequency).to.equal('M');
      expect(doc!.description).to.equal('Perubahan harga konsumen dari bulan ke bulan & dari tahun ke tahun');
      expect(doc!.notes).to.deep.equal([{ kind: 'footnote', text: 'Catatan: angka 2024 bersifat sementara' }]);
      expect(doc!.title).to.deep.equal({ id: 'Inflasi Bulanan: Musi Banyuasin, Bulanan', en: 'Inflasi Bulanan: Musi Banyuasin, Monthly' });
    });

    it('turtahun 13 "Tahunan" is the year, selected by its label; several series in order', () => {
      const [annual, monthly] = run(structuredClone(months), { select: 'vervar=1601;turtahun=Tahunan|vervar=1601;turtahun=Januari' });
      expect(annual!.series).to.deep.equal([{ period: '2023', value: months.datacontent['1601530012313'] }]);
      expect(monthly!.series).to.have.length(18);
      expect(annual!.id).to.equal('bps.530.1601.year');
    });

    it('reads quarters and semesters by label', () => {
      const m = structuredClone(months);
      m.turtahun = [
        { val: 31, label: 'Triwulan I' },
        { val: 32, label: 'Triwulan II' },
        { val: 41, label: 'Semester 1 (Januari-Juni)' },
        { val: 99, label: 'Sesuatu' },
      ];
      m.datacontent = { '1601530012331': 1.5, '1601530012332': 1.75, '1601530012341': 3.1, '1601530012399': 9 };
      const [q] = run(m, { select: '1601;turtahun=quarter' });
      expect(q!.series).to.deep.equal([
        { period: '2023-Q1', value: 1.5 },
        { period: '2023-Q2', value: 1.75 },
      ]);
      // A turtahun it cannot read is reported, not guessed.
      expect((q!.notes!.find((n) => n.kind === 'discrepancy')!.text as Record<string, string>).en).to.contain(
        '1 row, period not understood ("2023 Sesuatu")',
      );
      const [s] = run(m, { select: '1601;Semester 1 (Januari-Juni)' });
      expect(s!.series).to.deep.equal([{ period: '2023-S1', value: 3.1 }]);
    });
  });

  describe('colliding keys', () => {
    it('names the ambiguous keys beside the choices', () => {
      expect(() => run(structuredClone(colliding))).to.throw(
        AdapterError,
        'Also: datacontent key "51101210" fits vervar 5 + var 1 + turvar 10 + tahun 121 + turtahun 0 and vervar 51 + var 1 + turvar 0 + tahun 121 + turtahun 0',
      );
    });

    it('a series that needs an ambiguous key is an error', () => {
      expect(() => run(structuredClone(colliding), { select: 'vervar=51;turvar=0' })).to.throw(
        AdapterError,
        /BPS: cannot tell which value is which: datacontent key "51101210" fits/,
      );
      expect(() => run(structuredClone(colliding), { select: 'vervar=5;turvar=Perkotaan' })).to.throw(
        AdapterError,
        /cannot tell which value is which/,
      );
    });

    it('a select that avoids them is read', () => {
      const docs = run(structuredClone(colliding), { select: 'vervar=7;turvar=0|Kecamatan Lima;Tidak Ada|51;Perkotaan' });
      expect(docs.map((d) => d.series.map((o) => o.value))).to.deep.equal([
        [1630, 1700],
        [1070, 1140],
        [1490, 1560],
      ]);
      expect(docs.map((d) => d.title)).to.deep.equal([
        'Jumlah Rumah Tangga: Kecamatan Tujuh',
        'Jumlah Rumah Tangga: Kecamatan Lima',
        'Jumlah Rumah Tangga: Kecamatan Lima Satu, Perkotaan',
      ]);
    });
  });

  describe('malformed messages', () => {
    const cases: [string, (m: any) => unknown, RegExp][] = [
      ['not an object', () => [], /BPS: expected a JSON object, got an array/],
      ['an error status', (m) => ({ ...m, status: 'Error', message: 'Invalid key' }), /the API answered status "Error": Invalid key/],
      ['no table', (m) => ({ ...m, 'data-availability': 'list-not-available' }), /data-availability "list-not-available": there is no table here/],
      ['a list missing', (m) => ({ ...m, turtahun: undefined }), /"turtahun" is missing: keys cannot be read without it/],
      [
        'a code that is not a code',
        (m) => {
          m.tahun[2].val = 'abc';
          return m;
        },
        /tahun\[2\]\.val is the string "abc", not a code/,
      ],
      ['datacontent not a map', (m) => ({ ...m, datacontent: 'x' }), /"datacontent" should map keys to values, got the string "x"/],
    ];
    for (const [name, make, pattern] of cases) {
      it(name, () => expect(() => run(make(structuredClone(pinrang)))).to.throw(AdapterError, pattern));
    }
  });
});
