import { AdapterError } from '../../src/adapters/adapter.js';
import { expect } from '@open-wc/testing';
import {
  dataDecimals,
  decimalsOf,
  baseName,
  finish,
  htmlToText,
  mapStatus,
  normalizePeriod,
  publicUrl,
  readNumber,
  sanitizeId,
  sourceHost,
  toText,
  withSuffix,
} from '../../src/adapters/defaults.js';
import type { AdapterModule } from '../../src/adapters/adapter.js';
import * as bps from '../../src/adapters/bps.js';
import * as csv from '../../src/adapters/csv.js';
import * as jsonStat from '../../src/adapters/json-stat.js';
import * as opensdg from '../../src/adapters/opensdg.js';
import * as sdmx from '../../src/adapters/sdmx-json.js';
import * as worldbank from '../../src/adapters/worldbank.js';
import { validateIndicator } from '../../src/data/validate.js';

// Each format module is an AdapterModule (checked by the compiler here).
const MODULES: Record<string, AdapterModule> = { 'sdmx-json': sdmx, worldbank, bps, opensdg, 'json-stat': jsonStat, csv };

describe('adapters/defaults', () => {
  it('every format module has adapt and an Accept header; Open SDG names its companion', () => {
    for (const [name, m] of Object.entries(MODULES)) {
      expect(m.adapt, name).to.be.a('function');
      expect(m.accept, name).to.be.a('string');
    }
    expect(MODULES.opensdg!.companions).to.be.a('function');
  });

  describe('normalizePeriod', () => {
    const cases: [unknown, string | undefined][] = [
      ['2013', '2013'],
      [2013, '2013'],
      ['2013-01-18', '2013-01-18'],
      ['1970-06', '1970-06'],
      ['2013-Q1', '2013-Q1'],
      ['2013Q4', '2013-Q4'],
      ['2013K2', '2013-Q2'],
      ['2013-S1', '2013-S1'],
      ['2013H2', '2013-S2'],
      ['2013-M01', '2013-01'],
      ['2013M12', '2013-12'],
      ['2013-A1', '2013'],
      ['2013-W05', '2013-W05'],
      ['2013-D032', '2013-02-01'],
      ['2013-01-18T00:00:00Z', '2013-01-18'],
      [' 2020 ', '2020'],
      ['2013-13', undefined],
      ['2023-02-30', undefined],
      ['2013-T1', undefined],
      ['2013-Q5', undefined],
      ['2015/16', undefined],
      ['', undefined],
      [null, undefined],
      [2013.5, undefined],
    ];
    for (const [raw, expected] of cases) {
      it(`${JSON.stringify(raw)} → ${JSON.stringify(expected)}`, () => expect(normalizePeriod(raw)).to.equal(expected));
    }
  });

  it('counts decimals as JavaScript writes the number, at most 4 for the data', () => {
    expect(decimalsOf(62225478000.8822)).to.equal(4);
    expect(decimalsOf(10)).to.equal(0);
    expect(decimalsOf(-0.47)).to.equal(2);
    expect(decimalsOf(1.5e-7)).to.equal(8);
    expect(decimalsOf(1e21)).to.equal(0);
    expect(dataDecimals([1.5, null, 2.25])).to.equal(2);
    expect(dataDecimals([0.1 + 0.2])).to.equal(4);
    expect(dataDecimals([])).to.equal(0);
  });

  it('reads numbers as JSON publishers write them, and nothing else', () => {
    expect(readNumber(4.74)).to.equal(4.74);
    expect(readNumber('4.74')).to.equal(4.74);
    expect(readNumber(' -1e3 ')).to.equal(-1000);
    expect(readNumber(null)).to.equal(null);
    expect(readNumber('')).to.equal(null);
    expect(readNumber('4,74')).to.equal(undefined);
    expect(readNumber('0x10')).to.equal(undefined);
    expect(readNumber(true)).to.equal(undefined);
  });

  it('makes ids fit the schema pattern', () => {
    expect(sanitizeId('AFG.MRY0T4._T.269')).to.equal('AFG.MRY0T4._T.269');
    expect(sanitizeId('Montréal, Quebec')).to.equal('Montreal_Quebec');
    expect(sanitizeId('__x y')).to.equal('x_y');
    expect(sanitizeId('¿?')).to.equal('indicator');
    expect(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(sanitizeId('-- 1.2.1 / Ontario --'))).to.equal(true);
  });

  it('maps Eurostat d e p b to SDMX letters and passes other codes through', () => {
    expect(mapStatus('d')).to.deep.equal({ codes: ['D'], rejected: [] });
    expect(mapStatus(['e', 'p', 'b'])).to.deep.equal({ codes: ['E', 'P', 'B'], rejected: [] });
    expect(mapStatus('EX')).to.deep.equal({ codes: ['EX'], rejected: [] });
    expect(mapStatus('u')).to.deep.equal({ codes: ['u'], rejected: [] });
    expect(mapStatus('P E')).to.deep.equal({ codes: ['P', 'E'], rejected: [] });
    expect(mapStatus(':')).to.deep.equal({ codes: [], rejected: [':'] });
    expect(mapStatus(undefined)).to.deep.equal({ codes: [], rejected: [] });
  });

  it('reduces HTML to text without the DOM', () => {
    expect(htmlToText('<p>Goal 1: End poverty</p>')).to.equal('Goal 1: End poverty');
    expect(htmlToText('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; f&nbsp;g &#8212; &#x2014;')).to.equal('a & b <c> "d" \'e\' f g — —');
    expect(htmlToText('one<br>two<li>three</li>')).to.equal('one two three');
    expect(htmlToText('x<script>alert(1)</script>y<style>p{}</style>z<!-- c -->')).to.equal('xyz');
    expect(htmlToText('a < b and &unknown; stay')).to.equal('a < b and &unknown; stay');
    expect(htmlToText('<a href="https://x">Poverty</a>, <em>Canada</em>')).to.equal('Poverty, Canada');
  });

  it('keeps language maps as Text and drops what is not one', () => {
    expect(toText({ EN: 'Total', 'en-GB': 'Total', __proto__x: 'no', fr: 5 })).to.deep.equal({ en: 'Total', 'en-GB': 'Total' });
    expect(toText('  ')).to.equal(undefined);
    expect(toText({})).to.equal(undefined);
    expect(withSuffix('Title', ['Female', '2018'])).to.equal('Title: Female, 2018');
    expect(withSuffix({ en: 'Rate', id: 'Tingkat' }, ['F'])).to.deep.equal({ en: 'Rate: F', id: 'Tingkat: F' });
  });

  it('reads the file name and host of the source, and never publishes a key', () => {
    expect(baseName('https://x.org/en/data/1-2-1.json?v=2')).to.equal('1-2-1');
    expect(baseName('data/poverty%20rate.csv')).to.equal('poverty rate');
    expect(baseName(undefined)).to.equal(undefined);
    expect(sourceHost('https://api.worldbank.org/v2/x')).to.equal('api.worldbank.org');
    expect(sourceHost('relative/path.json')).to.equal(undefined);
    expect(publicUrl('https://webapi.bps.go.id/v1/api/list/model/data/domain/7315/var/31/key/SECRET/')).to.equal(
      'https://webapi.bps.go.id/v1/api/list/model/data/domain/7315/var/31/',
    );
    expect(publicUrl('https://user:pw@x.org/a?api_key=1&format=json#t')).to.equal('https://x.org/a?format=json');
    expect(publicUrl('data:application/json,{}')).to.equal(undefined);
  });

  describe('what real files write (the corpus found these)', () => {
    it('reads periods with the publisher\'s spaces: Open SDG "2000 Q1", "2013 M01", "Q1 2010"', () => {
      expect(normalizePeriod('2000 Q1')).to.equal('2000-Q1');
      expect(normalizePeriod(' 2013  M01 ')).to.equal('2013-01');
      expect(normalizePeriod('2013 S2')).to.equal('2013-S2');
      expect(normalizePeriod('Q1-2010')).to.equal('2010-Q1');
      expect(normalizePeriod('2020-01-01 00:00:00')).to.equal('2020-01-01');
      expect(normalizePeriod('2000 Q5')).to.equal(undefined);
    });

    it('merges a repeated period with a gap, and refuses two different values naming both', () => {
      const doc = finish({
        format: 'T',
        observations: [
          { period: '2020', value: null },
          { period: '2020', value: 4.5 },
          { period: '2021', value: 5 },
          { period: '2021', value: null },
        ],
      });
      expect(doc.series).to.deep.equal([
        { period: '2020', value: 4.5 },
        { period: '2021', value: 5 },
      ]);
      expect(doc.notes).to.equal(undefined);
      expect(() =>
        finish({
          format: 'SDMX-JSON',
          observations: [
            { period: '2020', value: 1 },
            { period: '2020', value: 2 },
          ],
        }),
      ).to.throw(AdapterError, 'SDMX-JSON: two different values for 2020: 1 and 2');
    });

    it('shows data without stated decimals at a precision a reader can use: -64,025,866,378.843 in whole units', () => {
      expect(
        finish({
          format: 'T',
          observations: [
            { period: '2016', value: -638000000 },
            { period: '2017', value: -64025866378.843 },
          ],
        }).decimals,
      ).to.equal(0);
      expect(
        finish({
          format: 'T',
          observations: [
            { period: '2016', value: 0.0589520349657065 },
            { period: '2017', value: 0.0612 },
          ],
        }).decimals,
      ).to.equal(4);
      expect(
        finish({
          format: 'T',
          observations: [
            { period: '2016', value: 6.56 },
            { period: '2017', value: 0.47 },
          ],
        }).decimals,
      ).to.equal(2);
    });

    it('caps the decimals a message asks for at 4', () => {
      expect(finish({ format: 'T', decimals: 9, observations: [{ period: '2020', value: 1.123456789 }] }).decimals).to.equal(4);
      expect(finish({ format: 'T', decimals: '2', observations: [] }).decimals).to.equal(2);
    });

    it('counts 9,261 unreadable rows in one short note, with five examples', () => {
      const observations = Array.from({ length: 9261 }, (_, i) => ({ period: `${2000 + (i % 20)} T${i % 4}`, value: i }));
      const doc = finish({ format: 'T', observations });
      expect(doc.series).to.have.length(0);
      const en = (doc.notes![0]!.text as Record<string, string>).en!;
      expect(en).to.match(
        /^Not everything in the published data could be read: 9,261 rows, period not understood \("2000 T0", "2001 T1", "2002 T2", "2003 T3", "2004 T0", …\)\.$/,
      );
    });
  });

  describe('finish', () => {
    it('fills what the format lacks with the stated defaults', () => {
      const doc = finish(
        {
          format: 'Test',
          observations: [
            { period: '2021', value: 1.25 },
            { period: '2020', value: 1.123456 },
          ],
        },
        { source: 'https://stats.example.org/files/poverty-rate.json' },
      );
      expect(doc.title).to.equal('poverty-rate');
      expect(doc.id).to.equal('poverty-rate');
      expect(doc.unit).to.deep.equal({ label: '' });
      // The data's decimals (6), at most 4, and no more than about four significant digits of a typical value (1.25 → 3).
      expect(doc.decimals).to.equal(3);
      expect(doc.direction).to.equal('neutral');
      // Never the host: it may be a mirror, and would be credited as the source.
      expect(doc.sources).to.deep.equal([
        {
          id: 'source',
          name: { en: 'Source not stated in the file', id: 'Sumber tidak disebutkan dalam berkas' },
          url: 'https://stats.example.org/files/poverty-rate.json',
        },
      ]);
      expect(doc.series.map((o) => o.period)).to.deep.equal(['2020', '2021']);
      expect(doc.frequency).to.equal('A');
      expect(validateIndicator(doc).ok).to.equal(true);
    });

    it('names the publisher when it is known, and says so when nothing is', () => {
      expect(finish({ format: 'T', observations: [], publisher: 'BPS' }).sources[0]).to.deep.equal({ id: 'BPS', name: 'BPS', publisher: 'BPS' });
      expect(finish({ format: 'T', observations: [] }).sources[0]!.name).to.deep.equal({
        en: 'Source not stated in the file',
        id: 'Sumber tidak disebutkan dalam berkas',
      });
    });

    it('leaves out what the schema cannot take and says why in a note', () => {
      const doc = finish({
        format: 'T',
        observations: [
          { period: '2020', value: 1 },
          { period: '2020', value: 1 },
          { period: '2021', value: null },
          { period: '2021', value: 2 },
          { period: '2022-13', value: 4 },
          { period: '2023', value: '4,74' },
          { period: '2024', value: 5, status: ':' },
        ],
      });
      expect(doc.series).to.deep.equal([
        { period: '2020', value: 1 },
        { period: '2021', value: 2 },
        { period: '2024', value: 5 },
      ]);
      const note = doc.notes![0]!;
      expect(note.kind).to.equal('discrepancy');
      const en = (note.text as Record<string, string>).en!;
      // Counted per reason, with examples: a file that lost 9,261 rows says so in one sentence.
      expect(en).to.contain('1 row, period not understood ("2022-13")');
      expect(en).to.contain('1 row, value is not a number (2023: the string "4,74")');
      expect(en).to.contain('1 row, status code left out (2024: ":")');
      expect((note.text as Record<string, string>).id).to.contain('1 baris, periode tidak dikenali ("2022-13")');
      expect(validateIndicator(doc).ok).to.equal(true);
    });

    it('takes message decimals, unit and multiplier, and the frequency the periods show', () => {
      const doc = finish({
        format: 'T',
        unit: { label: 'USD', code: 'USD', multiplier: '6' },
        decimals: '1',
        observations: [
          { period: '1970-06', value: 300.91 },
          { period: '1971-06', value: 295.3 },
        ],
      });
      expect(doc.unit).to.deep.equal({ label: 'USD', code: 'USD', multiplier: 6 });
      expect(doc.decimals).to.equal(1);
      // Mid-year months a year apart are yearly figures.
      expect(doc.frequency).to.equal('A');
    });
  });
});
