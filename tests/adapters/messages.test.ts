// Every error an adapter throws is written in English and in Indonesian, and says what to do next:
// the element shows the one in the page's language (`error.text(lang)`), so a page in `id` never
// falls back to an English sentence.
import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/adapter.js';
import { adapt as bps } from '../../src/adapters/bps.js';
import { adapt as csv } from '../../src/adapters/csv.js';
import { describeId } from '../../src/adapters/defaults.js';
import { parseMerging } from '../../src/adapters/json-merge.js';
import { adapt as jsonStat } from '../../src/adapters/json-stat.js';
import { adapt as openSdg } from '../../src/adapters/opensdg.js';
import { adapt as sdmx } from '../../src/adapters/sdmx-json.js';
import { choose } from '../../src/adapters/select.js';
import { adapt as worldBank } from '../../src/adapters/worldbank.js';
import { loadJson } from './helpers.js';

/** The AdapterError `f` throws (anything else fails the test). */
function caught(f: () => unknown): AdapterError {
  try {
    f();
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  }
  throw new Error('expected an AdapterError, none was thrown');
}

/** Words that only an English sentence has: none may be left in an Indonesian one. */
const ENGLISH = /\b(the|is|has|got|expected|missing|should|cannot|holds|none|not)\b/;

/** The sentence in each language: Indonesian for `id` and its regional tags, English otherwise. */
function both(error: AdapterError): { id: string; en: string } {
  expect(error.text('id-ID')).to.equal(error.id);
  expect(error.text('fr')).to.equal(error.message);
  return { id: error.text('id'), en: error.text('en') };
}

describe('adapter errors in Indonesian and English', () => {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  let pinrang: any;
  let months: any;
  let colliding: any;
  let ecb: any;
  let dense: any;
  let eurostat: any;
  let twoPages: any;
  /* eslint-enable @typescript-eslint/no-explicit-any */
  before(async () => {
    [pinrang, months, colliding, ecb, dense, eurostat, twoPages] = await Promise.all(
      [
        'bps-webapi_pinrang-jumlah-penduduk.json',
        'bps-webapi_spec_vervars-months.json',
        'bps-webapi_spec_colliding-keys.json',
        'sdmx-json-2.0_sdmx-twg-sample_ecb-exr.json',
        'json-stat-2.0_spec_dense-array.json',
        'json-stat-2.0_eurostat_nama-10-gdp-dk.json',
        'worldbank-v2_spec_two-pages.json',
      ].map(loadJson),
    );
  });

  describe('CSV', () => {
    it('a value "4,74" under the decimal "."', () => {
      const { id, en } = both(caught(() => csv('period,value\n2020,"4,74"\n')));
      expect(en).to.match(/^CSV: line 2, column 2 \("value"\): "4,74" is not a number with the decimal separator "\."; declare /);
      expect(id).to.match(/^CSV: baris 2, kolom 2 \("value"\): "4,74" bukan angka dengan pemisah desimal "\."; nyatakan pemisah desimal /);
      expect(id).to.contain('pemisah ribuan');
    });

    it('no period column, and a file written with another delimiter', () => {
      const noPeriod = both(caught(() => csv('wilayah,jumlah\nBogor,3\n')));
      expect(noPeriod.en).to.contain('CSV: line 1 names no period column (it reads: wilayah, jumlah): call it period or year.');
      expect(noPeriod.id).to.contain('CSV: baris 1 tidak memuat kolom periode (isinya: wilayah, jumlah): beri nama period atau year.');
      expect(noPeriod.id).to.contain('satu baris per periode');

      const semicolon = both(caught(() => csv('period;value\n2020;1\n')));
      expect(semicolon.en).to.match(/\(the first line has no "," but has ";": is the delimiter right\?\)$/);
      expect(semicolon.id).to.match(/\(baris pertama tidak memuat "," tetapi memuat ";": apakah delimiter sudah benar\?\)$/);
    });

    it('two different values for one period (finish)', () => {
      const { id, en } = both(caught(() => csv('period,value\n2020,1\n2020,2\n')));
      expect(en).to.contain('CSV: two different values for 2020: 1 and 2');
      expect(id).to.equal('CSV: dua nilai berbeda untuk 2020: 1 dan 2; perbaiki data agar setiap periode hanya punya satu nilai');
    });
  });

  describe('BPS', () => {
    it('a table that is not available', () => {
      const { id, en } = both(caught(() => bps({ ...structuredClone(pinrang), 'data-availability': 'list-not-available' })));
      expect(en).to.contain('BPS: the API says data-availability "list-not-available": there is no table here');
      expect(id).to.equal(
        'BPS: API menyatakan data-availability "list-not-available": tabel ini tidak tersedia; periksa id tabel dan domain pada src',
      );
    });

    it('several series: the choices with their Indonesian labels', () => {
      const { id, en } = both(caught(() => bps(structuredClone(months))));
      expect(en).to.contain(
        'BPS: the message holds 4 series; select one series: vervar=1601 (Ogan Komering Ulu)|1606 (Musi Banyuasin); turtahun=month (Monthly)|year (Annual)',
      );
      expect(id).to.equal(
        'BPS: pesan ini berisi 4 seri; pilih satu seri: vervar=1601 (Ogan Komering Ulu)|1606 (Musi Banyuasin); turtahun=month (Bulanan)|year (Tahunan)',
      );
    });

    it('keys that fit two code combinations', () => {
      const listed = both(caught(() => bps(structuredClone(colliding))));
      expect(listed.id).to.contain(
        '. Selain itu: kunci datacontent "51101210" cocok dengan vervar 5 + var 1 + turvar 10 + tahun 121 + turtahun 0 dan vervar 51',
      );
      expect(listed.id).to.match(/^BPS: pesan ini berisi \d+ seri; pilih satu seri: /);

      const clash = both(caught(() => bps(structuredClone(colliding), { select: 'vervar=51;turvar=0' })));
      expect(clash.en).to.match(/^BPS: cannot tell which value is which: datacontent key "51101210" fits /);
      expect(clash.id).to.match(/^BPS: tidak dapat dipastikan nilai mana milik seri mana: kunci datacontent "51101210" cocok dengan /);
      expect(clash.id).to.match(/Pilih seri yang tidak memakai kunci-kunci ini, atau ambil data BPS satu vervar per permintaan$/);
    });

    it('a code that is not a code', () => {
      const m = structuredClone(pinrang);
      m.tahun[2].val = 'abc';
      const { id, en } = both(caught(() => bps(m)));
      expect(en).to.contain('tahun[2].val is the string "abc", not a code');
      expect(id).to.equal('BPS: tahun[2].val bukan kode (isinya teks "abc"); periksa apakah src mengarah ke tabel BPS WebAPI (list/model/data)');
    });
  });

  describe('SDMX-JSON', () => {
    it('a message with no structure', () => {
      const { id, en } = both(caught(() => sdmx({ ...structuredClone(ecb), data: { dataSets: ecb.data.dataSets } })));
      expect(en).to.contain('SDMX-JSON: no structure: expected data.structure (1.0) or data.structures (2.0)');
      expect(id).to.equal(
        'SDMX-JSON: tidak ada struktur: seharusnya ada data.structure (1.0) atau data.structures (2.0); minta SDMX-JSON beserta strukturnya dari API',
      );
    });

    it('a cross-section, and a select naming a value or a dimension that is not there', () => {
      const m = structuredClone(ecb);
      m.data.structures[0].dimensions.observation[0].id = 'WHEN';
      m.data.structures[0].dimensions.observation[0].role = 'OTHER';
      const { id } = both(caught(() => sdmx(m)));
      expect(id).to.match(
        /^SDMX-JSON: pesan ini tidak memiliki dimensi waktu \(TIME_PERIOD\), hanya .*: isinya data satu titik waktu \(cross-section\)/,
      );
      expect(id).to.contain('minta kueri dengan TIME_PERIOD ke API');

      const value = both(caught(() => sdmx(structuredClone(ecb), { select: 'CURRENCY=USD' })));
      expect(value.en).to.contain('SDMX-JSON: select: CURRENCY has no value "USD" (values: NZD, RUB)');
      expect(value.id).to.equal('SDMX-JSON: select: CURRENCY tidak memiliki nilai "USD" (nilai: NZD, RUB); pakai salah satunya');

      const dimension = both(caught(() => sdmx(structuredClone(ecb), { select: 'AGE=5' })));
      expect(dimension.en).to.match(/^SDMX-JSON: select: no dimension "AGE" \(dimensions: [A-Z_, ]+\); use one of these$/);
      expect(dimension.id).to.match(/^SDMX-JSON: select: tidak ada dimensi "AGE" \(dimensi: [A-Z_, ]+\); pakai salah satunya$/);
    });

    it('a key written twice with different values (the merging reader)', () => {
      const { id, en } = both(caught(() => parseMerging('{"a": 1, "a": 2}')));
      expect(en).to.contain('the key .a is written twice with different values: 1 and 2');
      expect(id).to.equal('kunci .a ditulis dua kali dengan nilai berbeda: 1 dan 2; laporkan pesan ini ke penerbitnya');
    });
  });

  describe('World Bank', () => {
    it('a message of two pages', () => {
      const { id, en } = both(caught(() => worldBank(structuredClone(twoPages))));
      expect(en).to.equal(
        'World Bank: page 1 of 2: this message holds only part of the series; fetch with per_page=20 or mirror all pages into one file',
      );
      expect(id).to.equal(
        'World Bank: halaman 1 dari 2: pesan ini hanya berisi sebagian seri; ambil dengan per_page=20 atau salin semua halaman ke dalam satu berkas',
      );
    });

    it("not the API's list, and an API error without details", () => {
      const { id } = both(caught(() => worldBank({ page: 1 })));
      expect(id).to.equal(
        'World Bank: seharusnya daftar [paging, rows] dari API, tetapi isinya sebuah objek; periksa apakah src mengarah ke API Bank Dunia dengan format=json',
      );
      const api = both(caught(() => worldBank([{ message: [] }])));
      expect(api.en).to.contain('the API answered with an error: an error without details');
      expect(api.id).to.contain('API menjawab dengan pesan kesalahan: kesalahan tanpa rincian; periksa kode indikator dan kode negara pada src');
    });
  });

  describe('JSON-stat', () => {
    it('a bundle of two datasets without select', () => {
      const bundle = { a: structuredClone(dense), b: structuredClone(dense) };
      const { id, en } = both(caught(() => jsonStat(bundle)));
      expect(en).to.equal('JSON-stat: a bundle of 2 datasets (a, b): select one with dataset=a or dataset=b');
      expect(id).to.equal('JSON-stat: bundel berisi 2 dataset (a, b): pilih salah satu dengan dataset=a atau dataset=b');
      const named = both(caught(() => jsonStat(bundle, { select: 'dataset=c' })));
      expect(named.id).to.contain(', tidak ada yang bernama "c": pilih salah satu');
    });

    it('several series, and a repeated index position', () => {
      const { id } = both(caught(() => jsonStat(structuredClone(eurostat))));
      expect(id).to.match(/^JSON-stat: pesan ini berisi 64 seri; pilih satu seri: unit=CLV_I20 \(/);
      const m = structuredClone(dense);
      m.dimension.geo.category.index = { ID: 0, MY: 0 };
      const index = both(caught(() => jsonStat(m, { select: 'pov;ID' })));
      expect(index.en).to.contain('dimension "geo": category.index gives "MY" the position the number 0');
      expect(index.id).to.equal('JSON-stat: dimensi "geo": category.index memberi "MY" posisi angka 0; laporkan berkas ini ke penerbitnya');
    });
  });

  describe('Open SDG', () => {
    it('no Year column', () => {
      const { id, en } = both(caught(() => openSdg({ data: [{ Value: 1 }], meta: {} })));
      expect(en).to.contain('Open SDG: no "Year" column (columns: Value)');
      expect(id).to.equal('Open SDG: tidak ada kolom "Year" (kolom: Value); periksa apakah src mengarah ke berkas data Open SDG (data/<id>.json)');
    });

    it('metadata that is not an object, and a select that leaves two series', async () => {
      const meta = both(caught(() => openSdg({ data: [{ Year: 2020, Value: 1 }], meta: 'x' })));
      expect(meta.id).to.equal(
        'Open SDG: "meta" seharusnya objek metadata, tetapi isinya teks "x"; periksa apakah metadata ada di ../meta/<id>.json',
      );
      const data = await loadJson('open-sdg_canada/data/1-2-1.json');
      const { id, en } = both(caught(() => openSdg({ data }, { select: 'Geography=Ontario' })));
      expect(en).to.contain(
        'Open SDG: select "Geography=Ontario" matches 2 series; add one of: Persons in low income=All persons|Persons under 18 years',
      );
      expect(id).to.equal(
        'Open SDG: select "Geography=Ontario" cocok dengan 2 seri; tambahkan salah satu dari: Persons in low income=All persons|Persons under 18 years',
      );
    });
  });

  describe('select', () => {
    const dims = [{ id: 'SEX' }, { id: 'AGE' }];
    const candidates = [
      { values: [{ id: 'F', label: { en: 'Female', id: 'Perempuan' } }, { id: 'Y0' }], item: 1 },
      { values: [{ id: 'M', label: { en: 'Male', id: 'Laki-laki' } }, { id: 'Y0' }], item: 2 },
    ];

    it('a select naming a missing dimension, on a message of one series', () => {
      const { id, en } = both(caught(() => csv('period,value\n2020,1\n', { select: 'SEX=F' })));
      expect(en).to.contain('CSV: select: no dimension "SEX"');
      expect(id).to.equal('CSV: select: tidak ada dimensi "SEX" (dimensi: tidak ada); hapus select: hanya ada satu seri');
    });

    it('the other select errors, the labels in the language of the sentence', () => {
      const choices = 'SEX=F (Perempuan)|M (Laki-laki)';
      const cases: [string | undefined, string][] = [
        [undefined, `T: pesan ini berisi 2 seri; pilih satu seri: ${choices}`],
        ['Y0', `T: select "Y0" cocok dengan 2 seri; tambahkan salah satu dari: ${choices}`],
        ['SEX=F||SEX=M', 'T: select "SEX=F||SEX=M": ada seri kosong di antara "|"; hapus "|" yang berlebih'],
        ['nothing', 'T: select: tidak ada dimensi yang memiliki nilai "nothing"; periksa ejaannya, atau tulis dimensi=nilai'],
        ['SEX=F;SEX=M', 'T: select "SEX=F;SEX=M": tidak ada seri yang memiliki semua nilai ini; hapus salah satunya'],
      ];
      for (const [select, id] of cases) expect(caught(() => choose(dims, candidates, select, { format: 'T' })).id, String(select)).to.equal(id);
      const twice = caught(() => choose([{ id: 'A' }, { id: 'B' }], [{ values: [{ id: 'x' }, { id: 'x' }], item: 0 }], 'x'));
      expect(twice.id).to.equal('select: "x" adalah nilai dari A dan B; tulis A=x');
    });
  });

  it('describeId names a value in Indonesian', () => {
    expect(['4,74', 3, [], {}, null, undefined, true].map(describeId)).to.deep.equal([
      'teks "4,74"',
      'angka 3',
      'sebuah array',
      'sebuah objek',
      'null',
      'tidak ada',
      'nilai boolean true',
    ]);
  });

  it('every error of a set of broken inputs across the formats is translated', () => {
    const withDense = (change: (m: Record<string, unknown>) => void) => {
      const m = structuredClone(dense);
      change(m);
      return () => jsonStat(m, { select: 'pov;ID' });
    };
    const broken: [string, () => unknown][] = [
      ['CSV: not text', () => csv({ a: 1 })],
      ['CSV: an unclosed quote', () => csv('period,value\n2020,"1.5\n2021,2')],
      ['CSV: a quote inside a field', () => csv('period,value\n2020,1"5\n')],
      ['CSV: text after a closing quote', () => csv('period,value\n2020,"1.5"x\n')],
      ['CSV: a bad period', () => csv('period,value\n2020-13,1\n')],
      ['CSV: too few fields', () => csv('period,value\n2020\n')],
      ['CSV: one separator twice', () => csv('period,value\n', { decimal: ',' })],
      ['CSV: a long delimiter', () => csv('period,value\n', { delimiter: ';;' })],
      ['CSV: no value column', () => csv('period,wilayah,jenis\n2020,Bogor,x\n')],
      ['BPS: not an object', () => bps([])],
      ['BPS: an error status', () => bps({ ...structuredClone(pinrang), status: 'Error' })],
      ['BPS: a list missing', () => bps({ ...structuredClone(pinrang), turtahun: undefined })],
      ['BPS: datacontent not a map', () => bps({ ...structuredClone(pinrang), datacontent: 'x' })],
      ['SDMX-JSON: not an object', () => sdmx([1, 2])],
      ['SDMX-JSON: no data', () => sdmx({ meta: {} })],
      ['SDMX-JSON: no dataSets', () => sdmx({ ...structuredClone(ecb), data: { ...ecb.data, dataSets: [] } })],
      ['World Bank: no paging', () => worldBank(['x', []])],
      ['World Bank: pages missing', () => worldBank([{ page: 1 }, []])],
      ['World Bank: a row without date', () => worldBank([{ page: 1, pages: 1 }, [{ indicator: { id: 'X' }, country: { id: 'FR' }, value: 1 }]])],
      ['JSON-stat: not an object', () => jsonStat('x')],
      ['JSON-stat: a collection', () => jsonStat({ class: 'collection' })],
      ['JSON-stat: no value', () => jsonStat({ class: 'x' })],
      ['JSON-stat: wrong size', withDense((m) => (m.size = [2, 2]))],
      ['JSON-stat: a value outside the cells', withDense((m) => (m.value = { 0: 1, 12: 2 }))],
      ['Open SDG: not an object', () => openSdg('x')],
      ['Open SDG: columns of different lengths', () => openSdg({ data: { Year: [2020, 2021], Value: [1] }, meta: {} })],
      ['Open SDG: no Value column', () => openSdg({ data: [{ Year: 2020 }], meta: {} })],
      ['Open SDG: a row that is not an object', () => openSdg({ data: [1], meta: {} })],
    ];
    for (const [name, f] of broken) {
      const error = caught(f);
      expect(error.id, name).not.to.equal(error.message);
      // The format's name starts both sentences; no English is left in the Indonesian one.
      const format = name.slice(0, name.indexOf(':'));
      expect(error.message.startsWith(`${format}: `), error.message).to.equal(true);
      expect(error.id.startsWith(`${format}: `), error.id).to.equal(true);
      expect(error.id, name).not.to.match(ENGLISH);
    }
  });
});
