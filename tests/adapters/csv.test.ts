import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/adapter.js';
import { accept, adapt, parseCsv } from '../../src/adapters/csv.js';
import { loadText, runner } from './helpers.js';

const load = loadText;
const run = runner(adapt);

describe('adapters/csv', () => {
  let semicolon: string;
  let plain: string;
  before(async () => {
    semicolon = await load('csv_spec_semicolon-comma-decimal.csv');
    plain = await load('csv_spec_plain.csv');
  });

  it('asks for CSV', () => expect(accept).to.match(/^text\/csv/));

  it('reads decimal "," and delimiter ";" with quoted fields, escaped quotes, a line break in quotes, BOM and CRLF', () => {
    expect(semicolon.charCodeAt(0)).to.equal(0xfeff);
    const [doc] = run(semicolon, { decimal: ',', delimiter: ';', source: 'https://example.org/data/poverty%20rate.csv' });
    expect(doc!.series).to.deep.equal([
      { period: '2019', value: 9.41 },
      { period: '2020', value: 9.78, note: 'Covid-19; survey "by phone" this year' },
      { period: '2021', value: 10.14 },
      { period: '2022', value: 9.54, status: ['P'], note: 'revised\r\ntwice' },
      { period: '2023', value: null, note: 'not published' },
      { period: '2024', value: 9.03, status: ['P', 'E'] },
    ]);
    expect(doc!.title).to.equal('poverty rate');
    expect(doc!.id).to.equal('poverty_rate');
    expect(doc!.decimals).to.equal(2);
    expect(doc!.unit).to.deep.equal({ label: '' });
    expect(doc!.direction).to.equal('neutral');
    // The host that served the file is never named as the source (sites mirror official files).
    expect(doc!.sources[0]).to.deep.include({
      name: { en: 'Source not stated in the file', id: 'Sumber tidak disebutkan dalam berkas' },
      url: 'https://example.org/data/poverty%20rate.csv',
    });
  });

  it('never reads "9,41" as a number under the default decimal: it names the line and column', () => {
    expect(() => run(semicolon, { delimiter: ';' })).to.throw(
      AdapterError,
      'CSV: line 2, column 2 ("value"): "9,41" is not a number with the decimal separator "."',
    );
    expect(() => run('period,value\n2020,"4,74"\n')).to.throw(AdapterError, 'line 2, column 2 ("value"): "4,74" is not a number');
  });

  it('hints at the delimiter when the file uses another one', () => {
    expect(() => run(semicolon)).to.throw(AdapterError, /is the delimiter right\?/);
  });

  it('reads headers in any case, an empty value as a gap, and a status column', () => {
    const [doc] = run(plain);
    expect(doc!.series).to.deep.equal([
      { period: '2015', value: 18.35 },
      { period: '2016', value: 17.5 },
      { period: '2017', value: 16.96, status: ['E'] },
    ]);
    expect(run('period,value\n2020,\n2021,1\n')[0]!.series[0]).to.deep.equal({ period: '2020', value: null });
  });

  it('uses the first two columns when the header names others, or when there is no header', () => {
    expect(run('tahun;nilai\n2020;1,5\n', { delimiter: ';', decimal: ',' })[0]!.series).to.deep.equal([{ period: '2020', value: 1.5 }]);
    expect(run('2020,1.5\r\n2021,2')[0]!.series).to.deep.equal([
      { period: '2020', value: 1.5 },
      { period: '2021', value: 2 },
    ]);
    expect(run('value,period\n3,2020\n')[0]!.series).to.deep.equal([{ period: '2020', value: 3 }]);
  });

  it('reads periods in the forms publishers write them, and a tab delimiter', () => {
    expect(run('period\tvalue\n2023Q1\t1\n2023-Q2\t2\n', { delimiter: '\t' })[0]!.series.map((o) => o.period)).to.deep.equal(['2023-Q1', '2023-Q2']);
    expect(run('period|value\n2023-01|1\n', { delimiter: '|' })[0]!.frequency).to.equal('M');
  });

  it('parses RFC 4180 fields', () => {
    expect(parseCsv('a,"b,c","d""e"\n"f\ng",h\n\n', ',')).to.deep.equal([
      { line: 1, cells: ['a', 'b,c', 'd"e'] },
      { line: 2, cells: ['f\ng', 'h'] },
    ]);
    expect(parseCsv('x,""\n,', ',')).to.deep.equal([
      { line: 1, cells: ['x', ''] },
      { line: 2, cells: ['', ''] },
    ]);
  });

  describe('malformed text', () => {
    const cases: [string, unknown, Parameters<typeof adapt>[1], RegExp][] = [
      ['not text', { a: 1 }, {}, /CSV: expected the text of a CSV file, got an object/],
      ['an unclosed quote', 'period,value\n2020,"1.5\n2021,2', {}, /line 2, column 2: a quoted field is not closed/],
      ['a quote inside a field', 'period,value\n2020,1"5\n', {}, /line 2, column 2: a quote inside an unquoted field/],
      ['text after a closing quote', 'period,value\n2020,"1.5"x\n', {}, /line 2, column 2: text after the closing quote/],
      ['a bad period', 'period,value\n2020,1\n2020-13,1\n', {}, /line 3, column 1 \("period"\): "2020-13" is not a period/],
      ['a missing value column', 'period,value\n2020\n', {}, /line 2 has 1 field; the value is in column 2/],
      ['a thousands separator', 'period,value\n2020,"1,234.5"\n', {}, /"1,234.5" is not a number with the decimal separator "."/],
      ['a bad lower bound', 'period,value,lower\n2020,1,x\n', {}, /line 2, column 3 \("lower"\): "x" is not a number/],
      ['the same separator twice', 'period,value\n', { decimal: ',' }, /the decimal separator and the delimiter are both ","/],
      ['a long delimiter', 'period,value\n', { delimiter: ';;' }, /delimiter must be one character/],
      ['a select on a single series', 'period,value\n2020,1\n', { select: 'SEX=F' }, /CSV: select: no dimension "SEX"/],
    ];
    for (const [name, text, options, pattern] of cases) it(name, () => expect(() => adapt(text, options)).to.throw(AdapterError, pattern));
  });

  it('refuses a second, different value for the same period, naming both (contract: duplicates)', () => {
    expect(() => adapt('period,value\n2020,1\n2020,2\n')).to.throw(AdapterError, 'CSV: two different values for 2020: 1 and 2');
  });
});

describe('adapters/csv: the first row, as real files write it', () => {
  it('a first row of unreadable data is an error naming line 1, never a header dropped in silence', () => {
    // "4,74" under decimal "." once made the first row a "header" and lost the 2015 figure.
    expect(() => adapt('2015,"4,74"\n2016,4.5\n')).to.throw(
      AdapterError,
      'CSV: line 1, column 2: "4,74" is not a number with the decimal separator "."',
    );
    expect(() => adapt('2015;4,74\n2016;4,5\n', { delimiter: ';' })).to.throw(AdapterError, 'line 1, column 2: "4,74"');
  });

  it('a header is recognised by its field names, or by holding words only', () => {
    const [fred] = adapt('DATE,UNRATE\n2000-01-01,4.0\n2000-02-01,4.1\n');
    expect(fred!.title).to.equal('UNRATE');
    expect(fred!.series).to.deep.equal([
      { period: '2000-01', value: 4 },
      { period: '2000-02', value: 4.1 },
    ]);
    const [tahun] = adapt('tahun,nilai\n2023,9.97\n2024,9.8\n');
    expect(tahun!.series.map((o) => o.value)).to.deep.equal([9.97, 9.8]);
    expect(() => adapt('Tahun Pelaporan,Jumlah Kejadian\n2023,4\n')).to.throw(AdapterError, 'line 1 names no period column');
  });
});
