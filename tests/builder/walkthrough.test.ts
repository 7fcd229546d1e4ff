// The builder walked as a journalist would (issue 21): a pasted table of Musi Banyuasin's extreme
// poverty with decimal commas, then a published file with several series picked from the menus.
// Each ends with the downloaded document, checked by the library and drawn in a page of its own.
import { expect } from '@open-wc/testing';
import { validateIndicator } from '../../src/index.js';
import { fixture } from '../helpers.js';
import { frame, requireBuilt, settled, widgetsIn } from '../embed/helpers.js';
import { openBuilder, previewWidget, reload, STORAGE_KEY, summaryOf, until, visible, type BuilderFrame } from './helpers.js';

interface Doc {
  id: string;
  series: { period: string; value: number | null }[];
  [key: string]: unknown;
}

/** The table as a spreadsheet copies it: tab-separated, decimal commas, a heading row. */
async function extremePovertyTable(): Promise<string> {
  const doc = await fixture<Doc>('muba-extreme-poverty.json');
  const rows = doc.series.map((o) => `${o.period}\t${String(o.value).replace('.', ',')}`);
  return ['Tahun\tPersentase penduduk miskin ekstrem (%)', ...rows].join('\n');
}

/** The document checked against the published JSON Schema file (by Ajv, in the test server). */
async function againstSchemaFile(doc: unknown): Promise<{ valid: boolean; errors: unknown[] }> {
  const response = await fetch('/__schema/indicator', { method: 'POST', body: JSON.stringify(doc) });
  return (await response.json()) as { valid: boolean; errors: unknown[] };
}

/** The document drawn by the CDN bundle in a page of its own, from inline JSON: each widget's status and the trend line's summary. */
async function renderedElsewhere(doc: unknown): Promise<{ gauge: string; trend: string; summary: string; gaugeText: string }> {
  const json = JSON.stringify(doc).replace(/</g, '\\u003c');
  const el = await frame({
    width: 800,
    height: 1200,
    srcdoc: `<!doctype html><html lang="id"><body>
      <indikator-target-gauge lang="id"><script type="application/json">${json}</script></indikator-target-gauge>
      <indikator-trend-line lang="id"><script type="application/json">${json}</script></indikator-trend-line>
      <script type="module" src="/dist/indikator.js"></script></body></html>`,
  });
  try {
    await settled(el.contentDocument!, 2, 9000);
    const [gauge, trend] = widgetsIn(el.contentDocument!);
    return {
      gauge: gauge!.getAttribute('status')!,
      trend: trend!.getAttribute('status')!,
      summary: summaryOf(trend!),
      gaugeText: gauge!.shadowRoot!.textContent!,
    };
  } finally {
    el.remove();
  }
}

describe('the builder, walked as a journalist', function () {
  this.timeout(60000);
  let b: BuilderFrame | undefined;
  before(async () => {
    await requireBuilt('/dist/builder.html');
    await requireBuilt('/dist/builder.js');
  });
  afterEach(() => {
    b?.frame.remove();
    b = undefined;
    localStorage.removeItem(STORAGE_KEY);
  });

  it('pastes a table with decimal commas, sets what it lacks, and gets "tidak tercapai", a valid document and a form that survives a reload', async () => {
    b = await openBuilder();
    expect(b.doc.documentElement.lang).to.equal('id');
    // The decimal separator is chosen, and shown, before anything is read.
    b.choose('f-decimal', 'comma');
    expect(b.text()).to.contain('Angka dibaca dengan desimal koma: 6,56.');
    b.type('f-paste', await extremePovertyTable());
    await until(() => b!.text().includes('4 nilai terbaca, 2021 sampai 2024.'), 'the table read');
    b.type('f-titleId', 'Persentase penduduk miskin ekstrem');
    b.type('f-titleEn', 'Extreme poverty rate');
    b.type('f-symbol', '%');
    b.pick('direction', 'lower-is-better');
    b.choose('f-targets-0-comparator', 'eq');
    b.type('f-targets-0-value', '0');
    b.type('f-targets-0-period', '2024');
    b.type('f-targets-0-basisLabel', 'Inpres No. 4 Tahun 2022 tentang Percepatan Penghapusan Kemiskinan Ekstrem');
    b.type(
      'f-targets-0-basisUrl',
      'https://www.idntimes.com/news/indonesia/lia-hutasoit-1/hapus-kemiskinan-ekstrem-pada-2024-pemerintah-terbitkan-inpres',
    );
    b.type('f-sources-0-name', 'Republika: BPS, 12.690 warga Muba bebas dari kemiskinan');
    b.type('f-sources-0-url', 'https://fbeta.republika.co.id/berita/sgpxp4490');
    b.pick('sources.0.kind', 'secondary');
    b.type('f-sources-0-origin', 'BPS');
    b.type('f-sources-0-publisher', 'Republika');

    // The preview, in Indonesian: the status, the summary sentence and the source line.
    const gauge = await previewWidget(b, 'indikator-target-gauge', 'missed');
    const trend = await previewWidget(b, 'indikator-trend-line', 'missed');
    expect(gauge.shadowRoot!.textContent).to.contain('tidak tercapai');
    const summary =
      'Persentase penduduk miskin ekstrem turun dari 6,56% (2021) menjadi 0,47% (2024), turun 6,09 poin persentase (-93%). Target 0% pada 2024: tidak tercapai.';
    expect(summaryOf(trend)).to.equal(summary);
    expect(gauge.shadowRoot!.textContent).to.contain('Sumber: BPS, via Republika');
    expect(b.doc.querySelector('.problem-box') === null).to.be.true;

    // One click each: English, dark, phone width.
    b.click('[data-view="lang"][data-value="en"]');
    await until(() => summaryOf(trend).includes('Target 0% by 2024: missed.'), 'the English summary');
    b.click('[data-view="theme"][data-value="dark"]');
    expect(trend.getAttribute('theme')).to.equal('dark');
    b.click('[data-view="width"][data-value="phone"]');
    await until(() => Math.round(b!.$('.preview-frame').getBoundingClientRect().width) === 375, 'the phone width');
    expect(b.$('[data-view="width"][data-value="phone"]').getAttribute('aria-pressed')).to.equal('true');
    b.click('[data-view="lang"][data-value="id"]');
    b.click('[data-view="theme"][data-value="light"]');

    // The embed code: the script tag, the element and its fallback content (the library's fallbackHtml).
    const code = b.$<HTMLTextAreaElement>('#code-element').value;
    expect(code).to.match(
      /^<script type="module" src="https:\/\/unpkg\.com\/indikator@0\.1\.0\/dist\/indikator\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>/,
    );
    expect(code).to.contain('<indikator-target-gauge src="extreme-poverty-rate.json" lang="id" theme="light">');
    expect(code).to.contain(summary);
    expect(b.text()).to.contain('Iframe memerlukan alamat lengkap JSON');
    b.type('f-hostUrl', 'https://data.example.go.id/indikator/muba-kemiskinan-ekstrem.json');
    const iframe = await until(() => b!.doc.querySelector<HTMLTextAreaElement>('#code-iframe')?.value, 'the iframe code');
    expect(iframe).to.match(/<iframe data-indikator-embed title="Persentase penduduk miskin ekstrem" loading="lazy" width="100%" height="\d+"/);
    expect(iframe).to.contain(
      'embed.html?widget=gauge&amp;src=https%3A%2F%2Fdata.example.go.id%2Findikator%2Fmuba-kemiskinan-ekstrem.json&amp;lang=id',
    );
    expect(b.text()).to.contain('Taruh berkas JSON di server web yang Anda kelola');

    // The document: downloaded, valid, and drawn the same in a page of its own.
    const file = await b.download(() => b!.click('[data-action="download"]'));
    expect(file.name).to.equal('extreme-poverty-rate.json');
    const doc = JSON.parse(file.text) as Doc;
    const checked = validateIndicator(doc);
    expect(checked.ok, JSON.stringify(checked.ok ? [] : checked.issues)).to.be.true;
    expect(await againstSchemaFile(doc)).to.deep.equal({ valid: true, errors: [] });
    expect((await againstSchemaFile({ ...doc, decimals: 'dua' })).valid, 'the schema check can fail').to.be.false;
    expect(doc.series).to.deep.equal([
      { period: '2021', value: 6.56, sourceRef: 'source-1' },
      { period: '2022', value: 4.74, sourceRef: 'source-1' },
      { period: '2023', value: 0.98, sourceRef: 'source-1' },
      { period: '2024', value: 0.47, sourceRef: 'source-1' },
    ]);
    expect(doc.targets).to.deep.equal([
      {
        id: 'target-2024',
        comparator: 'eq',
        value: 0,
        period: '2024',
        basis: 'Inpres No. 4 Tahun 2022 tentang Percepatan Penghapusan Kemiskinan Ekstrem',
        sourceRef: 'basis-1',
      },
    ]);
    expect(doc.unit).to.deep.equal({ label: { id: 'persen', en: 'percent' }, symbol: '%', symbolPosition: 'end' });
    expect(doc.decimals).to.equal(2);
    expect(doc.direction).to.equal('lower-is-better');
    const elsewhere = await renderedElsewhere(doc);
    expect(elsewhere.gauge).to.equal('missed');
    expect(elsewhere.trend).to.equal('missed');
    expect(elsewhere.summary).to.equal(summary);
    expect(elsewhere.gaugeText).to.contain('tidak tercapai').and.contain('Sumber: BPS, via Republika');

    // The pictures: the elements' own SVG and PNG of what the preview shows.
    const svg = await b.download(() => b!.click('[data-action="picture"][data-index="2"]'));
    expect(svg.name).to.equal('extreme-poverty-rate.svg');
    expect(svg.text)
      .to.match(/^<\?xml|^<svg/)
      .and.contain('Persentase penduduk miskin ekstrem');
    const png = await b.download(() => b!.click('[data-action="picture"][data-index="1"]'));
    expect(png.name).to.equal('extreme-poverty-rate.png');
    expect(png.text.slice(1, 4)).to.equal('PNG');

    // A reload restores the form as it was.
    b = await reload(b);
    expect(b.$<HTMLTextAreaElement>('#f-paste').value).to.equal(await extremePovertyTable());
    expect(b.$<HTMLInputElement>('#f-titleId').value).to.equal('Persentase penduduk miskin ekstrem');
    expect(b.$<HTMLSelectElement>('#f-decimal').value).to.equal('comma');
    expect(b.$<HTMLInputElement>('input[data-field="direction"][value="lower-is-better"]').checked).to.be.true;
    expect(b.$<HTMLInputElement>('#f-targets-0-period').value).to.equal('2024');
    expect(b.$<HTMLInputElement>('#f-sources-0-publisher').value).to.equal('Republika');
    await previewWidget(b, 'indikator-target-gauge', 'missed');

    // Undo takes back the last change; a document imported later fills the form again.
    b.type('f-titleId', 'Judul yang salah');
    b.click('[data-action="undo"]');
    expect(b.$<HTMLInputElement>('#f-titleId').value).to.equal('Persentase penduduk miskin ekstrem');
  });

  it('reads a published file with several series (SDMX-JSON), the series picked from menus that write the select', async () => {
    b = await openBuilder();
    b.pick('route', 'file');
    const text = await (await fetch('/demo/data/formats/sdmx-json-1.0_unicef-cme_afg-u5mr.json')).text();
    b.file('f-file', 'sdmx-json-1.0_unicef-cme_afg-u5mr.json', text);
    // Two series (UN IGME estimate and a DHS survey): the adapter's error names them, and so do the menus.
    const menu = await until(() => b!.doc.querySelector<HTMLSelectElement>('select[data-pick="SERIES_NAME"]'), 'the series menu');
    expect(b.text()).to.contain('Dibaca sebagai SDMX-JSON');
    expect(b.text()).to.contain('pesan ini berisi 2 seri');
    const options = [...menu.options].map((o) => o.textContent!.trim());
    expect(options).to.include('UN IGME estimate (269)');
    expect(options.some((o) => o.startsWith('DHS Direct'))).to.be.true;
    expect(b.doc.querySelector('.preview-frame indikator-trend-line') === null).to.be.true;
    menu.value = '=269';
    menu.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => b!.$('.select-shown').textContent === 'SERIES_NAME=269', 'the select shown');
    await until(() => b!.text().includes('48 nilai terbaca, 1970-06 sampai 2017-06.'), 'the chosen series read');

    // What the file lacks: a target (SDG 3.2: at most 25 per 1,000 by 2030) and the direction.
    b.type('f-titleId', 'Angka kematian balita, Afghanistan');
    b.type('f-titleEn', 'Under-five mortality rate, Afghanistan');
    b.pick('direction', 'lower-is-better');
    b.choose('f-targets-0-comparator', 'le');
    b.type('f-targets-0-value', '25');
    b.type('f-targets-0-period', '2030');
    b.type('f-targets-0-labelEn', 'SDG 3.2: at most 25 per 1,000 live births');
    // The file states no source, and the preview says so; the source a user names takes its place.
    const unstated = await previewWidget(b, 'indikator-trend-line');
    await until(() => unstated.shadowRoot!.textContent!.includes('Sumber: Sumber tidak disebutkan dalam berkas'), 'the unstated source');
    b.type('f-sources-0-name', 'UN IGME (UNICEF, WHO, Bank Dunia, UN DESA)');
    b.type('f-sources-0-url', 'https://childmortality.org/');
    const trend = await previewWidget(b, 'indikator-trend-line');
    await until(() => trend.shadowRoot!.textContent!.includes('Sumber: UN IGME (UNICEF, WHO, Bank Dunia, UN DESA)'), 'the named source');
    expect(['off-track', 'on-track']).to.include(trend.getAttribute('status'));
    const summary = summaryOf(trend);
    expect(summary).to.match(/^Angka kematian balita, Afghanistan turun dari /);
    expect(summary).to.contain('(Jun 1970)').and.contain('(Jun 2017)');

    const file = await b.download(() => b!.click('[data-action="download"]'));
    const doc = JSON.parse(file.text) as Doc;
    const checked = validateIndicator(doc);
    expect(checked.ok, JSON.stringify(checked.ok ? [] : checked.issues)).to.be.true;
    expect(await againstSchemaFile(doc)).to.deep.equal({ valid: true, errors: [] });
    expect(doc.series).to.have.length(48);
    expect(doc.sources).to.deep.equal([
      { id: 'source-1', name: 'UN IGME (UNICEF, WHO, Bank Dunia, UN DESA)', url: 'https://childmortality.org/', kind: 'official' },
    ]);
    const elsewhere = await renderedElsewhere(doc);
    expect(elsewhere.trend).to.equal(trend.getAttribute('status'));
    expect(elsewhere.summary).to.equal(summary);

    // The other series, from the same menu.
    const other = [...menu.options].find((o) => o.textContent!.startsWith('DHS Direct'))!.value;
    const again = b.$<HTMLSelectElement>('select[data-pick="SERIES_NAME"]');
    again.value = other;
    again.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => b!.$('.select-shown').textContent === `SERIES_NAME=${other.slice(1)}`, 'the other select');
    await until(() => b!.text().includes('9 nilai terbaca, 1991-06 sampai 2014-06.'), 'the other series read');
    expect(visible(b.doc.querySelector('.problem-box'))).to.be.false;
  });

  it('imports an existing indicator document to edit it, keeping what the form does not show', async () => {
    b = await openBuilder();
    b.pick('route', 'file');
    const original = await fixture<Doc>('muba-extreme-poverty.json');
    b.file('f-import', 'muba-extreme-poverty.json', JSON.stringify(original));
    await until(() => b!.doc.querySelector<HTMLInputElement>('#f-titleId')?.value === 'Persentase penduduk miskin ekstrem', 'the imported title');
    expect(b.$<HTMLInputElement>('#f-targets-1-period').value).to.equal('2026');
    expect(b.$<HTMLInputElement>('#f-baselineValue').value).to.equal('4,74');
    await previewWidget(b, 'indikator-target-gauge', 'missed');
    const file = await b.download(() => b!.click('[data-action="download"]'));
    const doc = JSON.parse(file.text) as Doc;
    expect(validateIndicator(doc).ok).to.be.true;
    // Nothing of the original is lost by the round trip.
    expect(doc).to.deep.equal(original);
  });
});
