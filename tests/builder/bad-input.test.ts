// Bad input gets a clear, visible message next to what caused it, is announced, and loses
// nothing: the text stays in its field and in the browser's storage, and the document is not
// offered until it is fixed (issue 21).
import { expect } from '@open-wc/testing';
import { requireBuilt } from '../embed/helpers.js';
import { openBuilder, previewWidget, STORAGE_KEY, until, visible, type BuilderFrame } from './helpers.js';

const TABLE = '2021\t6,56\n2022\t4,74\n2023\t0,98\n2024\t0,47';

/** A builder with a valid pasted table, title and source: one field away from a document. */
async function ready(): Promise<BuilderFrame> {
  const b = await openBuilder();
  b.choose('f-decimal', 'comma');
  b.type('f-paste', TABLE);
  b.type('f-titleId', 'Persentase penduduk miskin ekstrem');
  b.type('f-symbol', '%');
  b.pick('direction', 'lower-is-better');
  b.type('f-sources-0-name', 'BPS Kabupaten Musi Banyuasin');
  return b;
}

const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
const live = (b: BuilderFrame) => b.$('[role="status"][aria-live="polite"]');

describe('the builder with bad input', function () {
  this.timeout(30000);
  let b: BuilderFrame | undefined;
  before(() => requireBuilt('/dist/builder.html'));
  afterEach(() => {
    b?.frame.remove();
    b = undefined;
    localStorage.removeItem(STORAGE_KEY);
  });

  it('a pasted table with a text value: the line and the cell named, nothing dropped, nothing shown half', async () => {
    b = await ready();
    const bad = '2021\t6,56\n2022\tn/a\n2023\t0,98\n2024\t0,47';
    b.type('f-paste', bad);
    const message = await until(() => b!.doc.querySelector('#m-data'), 'the data message');
    expect(visible(message)).to.be.true;
    expect(message.textContent).to.contain('Baris 2 (2022): "n/a" bukan angka');
    expect(b.$('#f-paste').getAttribute('aria-invalid')).to.equal('true');
    expect(b.$('#f-paste').getAttribute('aria-describedby')).to.contain('m-data');
    // The table as typed, in the field and in storage; no preview of three points out of four.
    expect(b.$<HTMLTextAreaElement>('#f-paste').value).to.equal(bad);
    expect(stored().paste).to.equal(bad);
    // (Elements of the frame are compared as booleans: chai would walk another window's DOM to print one.)
    const trend = b.$<HTMLElement & { data?: { series: unknown[] } }>('.preview-frame indikator-trend-line');
    expect(trend.data!.series).to.have.length(4);
    expect(visible(b.doc.querySelector('.notice'))).to.be.true;
    expect(b.$('.notice').textContent).to.contain('Pratinjau menampilkan versi sah terakhir');
    expect(b.$<HTMLButtonElement>('[data-action="download"]').disabled).to.be.true;
    // Listed, linked to the field, and announced after a pause.
    expect(b.$('.problem-box').textContent).to.contain('"n/a" bukan angka');
    await until(() => /perlu diperbaiki/.test(live(b!).textContent ?? ''), 'the announcement', 4000);
    // A decimal point where a comma was chosen is said so, not read as another number.
    b.type('f-paste', '2021\t6.56');
    await until(() => b!.text().includes('Ini terbaca sebagai angka dengan desimal titik: apakah pemisah desimalnya benar?'), 'the separator hint');
    // Fixed: the preview comes.
    b.type('f-paste', TABLE);
    await until(() => b!.doc.querySelector('#m-data') === null, 'the message gone');
    await previewWidget(b, 'indikator-trend-line');
    expect(b.doc.querySelector('#m-data') === null).to.be.true;
    expect(b.doc.querySelector('.notice') === null).to.be.true;
  });

  it('a deadline before the baseline: said at the deadline field, the value kept', async () => {
    b = await ready();
    b.type('f-targets-0-value', '0');
    b.type('f-targets-0-period', '2020');
    const message = await until(() => b!.doc.querySelector('#m-targets-0-period'), 'the deadline message');
    expect(visible(message)).to.be.true;
    expect(message.textContent).to.contain('Target 1: tenggat 2020 sebelum baseline 2021; tenggat target harus sesudah baseline.');
    expect(b.$('#f-targets-0-period').getAttribute('aria-invalid')).to.equal('true');
    expect(b.$<HTMLInputElement>('#f-targets-0-period').value).to.equal('2020');
    expect((stored().targets as { period: string }[])[0]!.period).to.equal('2020');
    expect(b.$<HTMLButtonElement>('[data-action="download"]').disabled).to.be.true;
    // A baseline of its own moves the check: 2019 is before a 2020 deadline, which is fine.
    b.type('f-baselinePeriod', '2019');
    b.type('f-baselineValue', '7,1');
    await until(() => !b!.doc.querySelector('#m-targets-0-period'), 'the message gone');
  });

  it("a band with min above max: the library's path-precise message at the field, in English too", async () => {
    b = await ready();
    b.choose('f-targets-0-comparator', 'between');
    b.type('f-targets-0-min', '5');
    b.type('f-targets-0-max', '1');
    b.type('f-targets-0-period', '2029');
    const message = await until(() => b!.doc.querySelector('#m-targets-0-min'), 'the band message');
    expect(visible(message)).to.be.true;
    expect(message.textContent).to.equal('targets[0].min: lebih besar dari max (1)');
    expect(b.$<HTMLInputElement>('#f-targets-0-min').value).to.equal('5');
    b.click('[data-action="ui-lang"]');
    await until(() => b!.doc.querySelector('#m-targets-0-min')?.textContent === 'targets[0].min: is greater than max (1)', 'the English message');
    expect(b.doc.documentElement.lang).to.equal('en');
    // A value that is not a number is named as such, not passed on.
    b.type('f-targets-0-max', 'tujuh');
    await until(() => b!.doc.querySelector('#m-targets-0-max')?.textContent?.includes('"tujuh" is not a number'), 'the number message');
    b.type('f-targets-0-max', '7');
    await until(() => !b!.doc.querySelector('#m-targets-0-min'), 'fixed');
    await previewWidget(b, 'indikator-target-gauge');
  });

  it('a URL whose server refuses cross-origin reads: said so, with the file route offered', async () => {
    b = await ready();
    b.pick('route', 'url');
    // A port nothing listens on: the browser's fetch fails as it does on a CORS refusal.
    b.type('f-url', 'http://127.0.0.1:9/data.json');
    b.click('[data-action="fetch"]');
    const alert = await until(() => b!.doc.querySelector('.problem-box[role="alert"]'), 'the refusal');
    expect(alert.textContent).to.contain('tidak mengizinkan halaman ini membaca berkasnya').and.contain('CORS');
    b.click('[data-action="use-file"]');
    await until(() => b!.doc.activeElement?.id === 'f-file', 'the file input focused');
    // The pasted table was not lost on the way.
    expect(stored().paste).to.equal(TABLE);
  });
});
