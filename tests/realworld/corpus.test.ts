// Real published files, unmodified (tests/fixtures/realworld/PROVENANCE.md says where each one
// comes from), rendered through `format=` in the browser the way a page would use them. The
// values, statuses and counts in expected.json were read by hand from the raw files (each entry's
// `checked` says where); title, unit, source and area are what a reader must see.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { IndicatorDocument, Observation } from '../../src/data/schema.js';

interface Expected {
  readonly file: string;
  readonly format: string;
  readonly select?: string;
  readonly lang?: string;
  readonly error?: string;
  readonly state?: 'empty';
  readonly title?: string;
  readonly unit?: string;
  readonly source?: string;
  readonly area?: string;
  readonly percent?: boolean;
  readonly multiplier?: number;
  readonly decimals?: number;
  readonly noDefaultError?: string;
  readonly observations?: readonly { period: string; value: number | null; status?: string[] }[];
  readonly count?: number;
  readonly checked: string;
}

type Trend = HTMLElement & { state: string; updateComplete: Promise<unknown> };

const base = new URL('../fixtures/realworld/', import.meta.url);
const expected: Expected[] = await (await fetch(new URL('expected.json', base))).json();

const text = (t: unknown, lang: string): string =>
  typeof t === 'string'
    ? t
    : t && typeof t === 'object'
      ? ((t as Record<string, string>)[lang] ?? (t as Record<string, string>).en ?? Object.values(t)[0] ?? '')
      : '';

async function render(e: Expected, select = e.select): Promise<{ el: Trend; doc?: IndicatorDocument; error?: string }> {
  const el = document.createElement('indikator-trend-line') as Trend;
  el.setAttribute('lang', e.lang ?? 'en');
  el.setAttribute('format', e.format);
  if (select) el.setAttribute('select', select);
  el.setAttribute('src', new URL(e.file, base).pathname);
  let doc: IndicatorDocument | undefined;
  let error: string | undefined;
  el.addEventListener('indikator-load', (ev) => (doc = (ev as CustomEvent<{ data: IndicatorDocument }>).detail.data));
  el.addEventListener('indikator-error', (ev) => (error = (ev as CustomEvent<{ message: string }>).detail.message));
  document.body.append(el);
  await waitUntil(() => el.state && el.state !== 'loading', `${e.file} never settled`, { timeout: 8000 });
  await el.updateComplete;
  await waitUntil(() => doc || error || el.state === 'empty', `${e.file}: no event`, { timeout: 4000 });
  return { el, doc, error };
}

const shown = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('real published files (tests/fixtures/realworld)', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('body > indikator-trend-line').forEach((el) => el.remove()));

  it('the corpus holds at least 30 files from at least 12 publishers, each with its provenance', async () => {
    const provenance = await (await fetch(new URL('PROVENANCE.md', base))).text();
    const files = [...new Set(expected.map((e) => e.file))];
    expect(files.length).to.be.at.least(30);
    for (const f of files) expect(provenance, f).to.contain(f.split('/').at(-1)!);
    const publishers = new Set([...provenance.matchAll(/^\| `[^`]+` \| [^|]+ \| ([^|]+) \|$/gm)].map((m) => m[1]!.trim()));
    expect(publishers.size, [...publishers].join('; ')).to.be.at.least(12);
  });

  for (const e of expected) {
    const name = `${e.format}: ${e.file}${e.select ? ` [select ${e.select}]` : ''}`;
    if (e.error) {
      it(`${name} is refused in words the page's editor can act on`, async () => {
        const { el, error } = await render(e);
        expect(el.state).to.equal('error');
        expect(error).to.contain(e.error);
        const box = el.shadowRoot!.querySelector('[part="error"]')!;
        // Two layers: a sentence for readers, then the technical reason in a collapsed details.
        expect(box.querySelector('details')?.textContent).to.contain(e.error);
        await expect(el).to.be.accessible();
      });
      continue;
    }
    if (e.state === 'empty') {
      it(`${name} is the empty state in the page's language, titled`, async () => {
        const { el } = await render(e);
        expect(el.state).to.equal('empty');
        expect(shown(el)).to.contain(e.title);
        expect(shown(el)).to.match(/belum tersedia|tidak ada/i);
        await expect(el).to.be.accessible();
      });
      continue;
    }
    it(`${name}: the hand-checked values, title, unit and source`, async () => {
      const { el, doc } = await render(e);
      expect(el.state, `state of ${e.file}`).to.equal('ready');
      const lang = e.lang ?? 'en';
      const byPeriod = new Map(doc!.series.map((o: Observation) => [o.period, o]));
      expect(doc!.series, 'observation count').to.have.length(e.count!);
      for (const o of e.observations!) {
        const got = byPeriod.get(o.period);
        expect(got, `${o.period} present`).to.exist;
        if (o.value === null) expect(got!.value, o.period).to.equal(null);
        else expect(got!.value, o.period).to.be.closeTo(o.value, Math.abs(o.value) * 1e-12);
        expect(got!.status ?? [], `${o.period} status`).to.deep.equal(o.status ?? []);
      }
      if (e.title) expect(text(doc!.title, lang)).to.contain(e.title);
      if (e.unit !== undefined) expect(text(doc!.unit.label, lang)).to.equal(e.unit);
      if (e.multiplier !== undefined) expect(doc!.unit.multiplier ?? 0).to.equal(e.multiplier);
      if (e.decimals !== undefined) expect(doc!.decimals).to.equal(e.decimals);
      if (e.area) expect(text(doc!.area?.name, lang)).to.equal(e.area);
      // The source names the publisher, never the host that served the file (it may be a mirror).
      const source = doc!.sources.map((s) => `${text(s.name, lang)} ${s.publisher ?? ''}`).join(' ');
      if (e.source) expect(source).to.contain(e.source);
      expect(source).not.to.contain(location.host);

      // What the reader sees: the title, the source line, and the latest value in the summary.
      const screen = shown(el);
      if (e.title) expect(screen).to.contain(e.title);
      if (e.source) expect(el.shadowRoot!.querySelector('.sources')?.textContent).to.contain(e.source);
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
      if (e.percent) {
        // A per cent unit: changes in percentage points, never "+1,546.43%".
        if (doc!.series.filter((o) => o.value !== null).length > 1) expect(summary).to.match(/percentage point|процентн|пайыздық|pp/i);
        expect(summary).to.contain('%');
      }
      expect(summary).not.to.match(/NaN|undefined|Infinity/);
    });
    if (e.noDefaultError) {
      it(`${e.format}: ${e.file} without select lists the series to choose from`, async () => {
        const { el, error } = await render(e, '');
        expect(el.state).to.equal('error');
        expect(error).to.contain(e.noDefaultError);
      });
    }
  }
});

describe('rows a file had but no adapter could read', () => {
  afterEach(() => document.querySelectorAll('body > indikator-trend-line').forEach((el) => el.remove()));

  it("the empty state says how many rows were left out and why, in the page's language", async () => {
    const el = document.createElement('indikator-trend-line') as Trend;
    el.setAttribute('lang', 'id');
    el.setAttribute('format', 'worldbank');
    // Periods no adapter reads ("2000 T1"): every row is left out, and the empty state must say so.
    const row = (date: string, value: number) => ({
      indicator: { id: 'X', value: 'Kemiskinan' },
      country: { id: 'ID', value: 'Indonesia' },
      countryiso3code: 'IDN',
      date,
      value,
    });
    (el as unknown as { data: unknown }).data = [{ page: 1, pages: 1, total: 3 }, [row('2000 T1', 1), row('2000 T2', 2), row('2000 T3', 3)]];
    let message = '';
    el.addEventListener('indikator-error', (e) => (message = (e as CustomEvent<{ message: string }>).detail.message));
    document.body.append(el);
    await waitUntil(() => el.state === 'empty' && message, 'the empty state', { timeout: 8000 });
    expect(shown(el)).to.contain('Tidak semua data yang diterbitkan dapat dibaca: 3 baris, periode tidak dikenali');
    expect(message).to.contain('3 baris');
    await expect(el).to.be.accessible();
  });
});

describe('what the corpus files credit', () => {
  const read = async (file: string) => (await fetch(new URL(file, base))).json();

  it('World Bank: the database the paging names, published by the World Bank', async () => {
    const { adapt } = await import('../../src/adapters/worldbank.js');
    const [doc] = adapt(await read('worldbank-v2_world-bank_china-gdp-2021-sourcename.json'));
    expect(doc!.sources[0]).to.include({ name: 'World Development Indicators', publisher: 'World Bank' });
  });

  it('Open SDG: sources marked active "False" (strings from spreadsheets) are not credited', async () => {
    const { adapt } = await import('../../src/adapters/opensdg.js');
    const data = await read('open-sdg_rwanda/en/data/3-2-1.json');
    const meta = await read('open-sdg_rwanda/en/meta/3-2-1.json');
    const [doc] = adapt({ data, meta }, { select: 'Reference area=(empty);Sex=(empty);Degree of urbanisation=(empty)' });
    expect(doc!.sources.map((s) => s.name)).to.deep.equal(['Demographic and Health Survey (RDHS)']);
  });
});
