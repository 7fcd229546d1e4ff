// Worst cases, timed as ratios in one run (never against a fixed time: these machines are shared).
// Each crafted input targets the step of one format that once grew faster than its file (BPS built
// every key of its code lists: a 7 KB file took 51 s and 2.9 GB; the HTML-to-text step lower-cased
// the whole text at every <script; SDMX group attributes were tested per key per observation;
// dropped rows were de-duplicated with indexOf). The work per byte of the crafted file may be at
// most LIMIT times the work per byte of a normal file of the same format.
import { expect } from '@open-wc/testing';
import { adapt as bps } from '../../src/adapters/bps.js';
import { adapt as csv } from '../../src/adapters/csv.js';
import { adapt as jsonStat } from '../../src/adapters/json-stat.js';
import { adapt as opensdg } from '../../src/adapters/opensdg.js';
import { adapt as sdmx, parse as sdmxParse } from '../../src/adapters/sdmx-json.js';
import { adapt as worldbank } from '../../src/adapters/worldbank.js';
import { htmlToText, finish } from '../../src/adapters/defaults.js';

const LIMIT = 20;

/** Milliseconds per run of `f`, repeated until at least 40 ms have passed (the median of 3 such rounds). */
function cost(f: () => unknown): number {
  const rounds: number[] = [];
  for (let r = 0; r < 3; r++) {
    let n = 0;
    const t0 = performance.now();
    do {
      try {
        f();
      } catch {
        // A crafted file may well be refused: refusing it must be cheap too.
      }
      n++;
    } while (performance.now() - t0 < 40);
    rounds.push((performance.now() - t0) / n);
  }
  return rounds.sort((a, b) => a - b)[1]!;
}

/** Asserts the crafted input costs at most LIMIT × the normal one, per byte. */
function linear(name: string, normal: { bytes: number; run: () => unknown }, crafted: { bytes: number; run: () => unknown }) {
  const a = cost(normal.run) / normal.bytes;
  const b = cost(crafted.run) / crafted.bytes;
  const ratio = b / a;
  console.log(`${name}: ${ratio.toFixed(2)}× the work per byte of a normal file (${crafted.bytes} bytes crafted)`);
  expect(ratio, name).to.be.below(LIMIT);
}

const size = (x: unknown) => (typeof x === 'string' ? x.length : JSON.stringify(x).length);
const fixture = async (name: string) => (await fetch(new URL(`../../demo/data/formats/${name}`, import.meta.url))).json();

describe('worst cases: no step grows faster than the file', function () {
  this.timeout(60000);

  it('BPS: long code lists and a few values (the 7 KB file that froze a page)', async () => {
    const normal = await fixture('bps-webapi_pinrang-jumlah-penduduk.json');
    const codes = (n: number, digits: number) => Array.from({ length: n }, (_, i) => ({ val: String(10 ** (digits - 1) + i), label: `c${i}` }));
    const crafted = {
      status: 'OK',
      'data-availability': 'available',
      var: codes(40, 3),
      vervar: codes(40, 4),
      turvar: codes(40, 2),
      tahun: codes(40, 3).map((c, i) => ({ ...c, label: String(1990 + i) })),
      turtahun: [{ val: '0', label: 'Tahunan' }],
      datacontent: { '10001001010': 1, '10001001011': 2 },
    };
    linear('BPS', { bytes: size(normal), run: () => bps(normal) }, { bytes: size(crafted), run: () => bps(crafted, { select: '1000' }) });
  });

  it('HTML to text: "<a" repeated, and <script without a close (1 MB of Open SDG text)', () => {
    const normal = '<p>Goal 1: <b>End poverty</b> in all its forms &amp; everywhere.</p>'.repeat(2000);
    const crafted = '<a'.repeat(100_000) + '<script>'.repeat(20_000);
    linear('htmlToText', { bytes: normal.length, run: () => htmlToText(normal) }, { bytes: crafted.length, run: () => htmlToText(crafted) });
  });

  it('SDMX-JSON: thousands of dimension-group attribute keys', async () => {
    const normal = await fixture('sdmx-json-2.0_sdmx-twg-sample_ecb-exr.json');
    const n = 3000;
    const crafted = structuredClone(normal);
    const structure = crafted.data.structures[0];
    structure.dimensions.series[0].values = Array.from({ length: n }, (_, i) => ({ id: `C${i}`, name: `c${i}` }));
    structure.attributes.dimensionGroup = [{ id: 'UNIT_MEASURE', name: 'unit', values: [{ id: 'U', name: 'u' }] }];
    const series: Record<string, unknown> = {};
    const groups: Record<string, unknown> = {};
    // Keys with one slot per series and observation dimension (CURRENCY, TIME_PERIOD).
    for (let i = 0; i < n; i++) {
      series[String(i)] = { attributes: [], observations: { '0': [i], '1': [i + 1] } };
      groups[`${i}:`] = [0];
    }
    crafted.data.dataSets[0].series = series;
    crafted.data.dataSets[0].dimensionGroupAttributes = groups;
    const text = JSON.stringify(crafted);
    const normalText = JSON.stringify(normal);
    linear(
      'SDMX-JSON group attributes',
      { bytes: normalText.length, run: () => sdmx(sdmxParse(normalText), { select: 'CURRENCY=NZD' }) },
      { bytes: text.length, run: () => sdmx(sdmxParse(text), { select: 'CURRENCY=C7' }) },
    );
  });

  it('SDMX-JSON text: one series key written 20,000 times merges in one pass', async () => {
    const normal = JSON.stringify(await fixture('sdmx-json-2.0_sdmx-twg-sample_ecb-exr.json'));
    const entries = Array.from({ length: 20_000 }, (_, i) => `"0:0:0:0:0":{"observations":{"${i}":[${i}]}}`).join(',');
    const crafted = `{"data":{"series":{${entries}}}}`;
    linear(
      'SDMX-JSON duplicate keys',
      { bytes: normal.length, run: () => sdmxParse(normal) },
      { bytes: crafted.length, run: () => sdmxParse(crafted) },
    );
  });

  it('rows that cannot be read: 20,000 dropped rows are counted, not compared with each other', () => {
    const normal = Array.from({ length: 2000 }, (_, i) => ({ period: String(1000 + i), value: i }));
    const crafted = Array.from({ length: 20_000 }, (_, i) => ({ period: `${1000 + (i % 1000)} X${i}`, value: i }));
    linear(
      'dropped rows',
      { bytes: size(normal), run: () => finish({ format: 'T', observations: normal }) },
      { bytes: size(crafted), run: () => finish({ format: 'T', observations: crafted }) },
    );
  });

  it('JSON-stat: a status flag on every cell', async () => {
    const normal = await fixture('json-stat-2.0_eurostat_nama-10-gdp-dk.json');
    const n = 20_000;
    const crafted = {
      version: '2.0',
      class: 'dataset',
      id: ['time'],
      size: [n],
      dimension: { time: { category: { index: Array.from({ length: n }, (_, i) => String(1000 + i)) } } },
      value: Array.from({ length: n }, (_, i) => i),
      status: Array.from({ length: n }, () => 'p'),
      extension: { status: { label: { p: 'provisional' } } },
    };
    linear(
      'JSON-stat flags',
      { bytes: size(normal), run: () => jsonStat(normal, { select: 'unit=CP_MEUR;na_item=B1GQ' }) },
      { bytes: size(crafted), run: () => jsonStat(crafted) },
    );
  });

  it('CSV: a long table of many series, and a quoted field with a million doubled quotes', () => {
    const normal = `period,value\n${Array.from({ length: 2000 }, (_, i) => `${1000 + i},${i}`).join('\n')}\n`;
    const long = `year,sex,age,value\n${Array.from({ length: 20_000 }, (_, i) => `${1000 + (i % 500)},s${i % 2},a${Math.floor(i / 1000)},${i}`).join('\n')}\n`;
    const quotes = `period,value,note\n2020,1,"${'""'.repeat(200_000)}"\n`;
    linear(
      'CSV long table',
      { bytes: normal.length, run: () => csv(normal) },
      { bytes: long.length, run: () => csv(long, { select: 'sex=s0;age=a3' }) },
    );
    linear('CSV quotes', { bytes: normal.length, run: () => csv(normal) }, { bytes: quotes.length, run: () => csv(quotes) });
  });

  it('World Bank and Open SDG: many rows, many disaggregations', async () => {
    const normal = await fixture('worldbank-v2_fra_ny-gdp-mktp-cd.json');
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      indicator: { id: 'X', value: 'x' },
      country: { id: `C${i % 200}`, value: `c${i % 200}` },
      date: String(1900 + (i % 100)),
      value: i,
    }));
    const crafted = [{ page: 1, pages: 1, total: rows.length }, rows];
    linear(
      'World Bank rows',
      { bytes: size(normal), run: () => worldbank(normal) },
      { bytes: size(crafted), run: () => worldbank(crafted, { select: 'country=C7' }) },
    );
    const sdgNormal = { data: { Year: Array.from({ length: 200 }, (_, i) => 1900 + i), Value: Array.from({ length: 200 }, (_, i) => i) } };
    const n = 20_000;
    const sdg = {
      data: {
        Year: Array.from({ length: n }, (_, i) => 1900 + (i % 100)),
        Sex: Array.from({ length: n }, (_, i) => (i < 100 ? null : `s${i % 200}`)),
        Value: Array.from({ length: n }, (_, i) => i),
      },
    };
    linear('Open SDG disaggregations', { bytes: size(sdgNormal), run: () => opensdg(sdgNormal) }, { bytes: size(sdg), run: () => opensdg(sdg) });
  });
});
