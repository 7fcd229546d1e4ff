// The builder run from its TypeScript sources in the test page itself (the other builder tests
// drive the built dist/builder.html in a frame): each control's path through builder.ts and view.ts,
// the file and URL routes with CSV, the lists, undo, start over, the page's language, copy and the
// downloads.
import { expect } from '@open-wc/testing';
import { captureDownloads } from '../shared/capture-downloads.js';
import { STORAGE_KEY, until } from './helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(`#builder ${selector}`);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
const type = (id: string, value: string) => {
  const el = $<HTMLInputElement>(`#${id}`);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};
const choose = (id: string, value: string) => {
  const el = $<HTMLSelectElement>(`#${id}`);
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
const pick = (field: string, value: string) => $<HTMLInputElement>(`input[data-field="${field}"][value="${value}"]`).click();
const click = (selector: string) => $(selector).click();
const text = () => document.getElementById('builder')!.innerText;
const giveFile = (id: string, name: string, body: string) => {
  const el = $<HTMLInputElement>(`#${id}`);
  const transfer = new DataTransfer();
  transfer.items.add(new File([body], name, { type: 'text/plain' }));
  el.files = transfer.files;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
const ready = (tag: string) =>
  until(() => document.querySelector<HTMLElement>(`#builder .preview-frame ${tag}`)?.getAttribute('state') === 'ready', `${tag} ready`);

describe('the builder from its sources', function () {
  this.timeout(30000);
  let root: HTMLElement;
  const lang = document.documentElement.lang;
  const title = document.title;
  before(async () => {
    localStorage.removeItem(STORAGE_KEY);
    root = document.createElement('main');
    root.id = 'builder';
    document.body.append(root);
    await import('../../src/builder/builder.js');
    await until(() => root.querySelector('#f-paste'), 'the form');
  });
  after(() => {
    root.remove();
    localStorage.removeItem(STORAGE_KEY);
    document.documentElement.lang = lang;
    document.title = title;
  });

  it('pastes, fills every list, undoes and starts over', async () => {
    choose('f-decimal', 'comma');
    type('f-paste', 'Tahun\tMuba\tSumsel\n2021\t6,56\t3,1\n2022\t4,74\t2,8\n2023\t\t2,5\n2024\t0,47\t2,1');
    await until(() => root.querySelector('#f-column'), 'the column menu');
    choose('f-column', 'Sumsel');
    expect(text()).to.contain('4 nilai terbaca, 2021 sampai 2024.');
    choose('f-column', 'Muba');
    expect(text()).to.contain('Tanpa nilai (celah di garis): 2023.');
    type('f-titleId', 'Kemiskinan ekstrem');
    type('f-unitId', 'persen');
    type('f-unitEn', 'percent');
    type('f-symbol', '%');
    choose('f-decimals', '1');
    choose('f-multiplier', '0');
    pick('direction', 'lower-is-better');
    type('f-targets-0-value', '0');
    type('f-targets-0-period', '2024');
    click('[data-action="add-target"]');
    choose('f-targets-1-comparator', 'between');
    type('f-targets-1-min', '0');
    type('f-targets-1-max', '1');
    type('f-targets-1-period', '2026');
    type('f-targets-1-labelEn', 'Below one per cent');
    type('f-sources-0-name', 'BPS');
    click('[data-action="add-source"]');
    type('f-sources-1-name', 'Republika');
    pick('sources.1.kind', 'secondary');
    type('f-sources-1-origin', 'BPS');
    type('f-sources-1-publisher', 'Republika');
    click('[data-action="add-note"]');
    type('f-notes-0-textId', 'Garis kemiskinan sebelum 2025.');
    click('[data-action="add-annotation"]');
    type('f-annotations-0-period', '2022');
    type('f-annotations-0-labelId', 'Inpres 4/2022');
    type('f-baselinePeriod', '2022');
    type('f-baselineValue', '4,74');
    await ready('indikator-trend-line');
    expect(root.querySelector('.problem-box')).to.equal(null);
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { targets: unknown[]; notes: unknown[] };
    expect(stored.targets).to.have.length(2);
    expect(stored.notes).to.have.length(1);

    // The switches, the page's language, the widget and library of the code.
    click('[data-view="width"][data-value="phone"]');
    click('[data-view="lang"][data-value="en"]');
    click('[data-action="ui-lang"]');
    expect(document.documentElement.lang).to.equal('en');
    expect(text()).to.contain('2. What the data lacks');
    pick('embedWidget', 'trend-line');
    choose('f-library', 'here');
    type('f-hostUrl', 'https://data.example.go.id/x.json');
    await until(() => root.querySelector<HTMLTextAreaElement>('#code-iframe')?.value.includes('widget=trend-line'), 'the trend-line iframe');
    expect($<HTMLTextAreaElement>('#code-element').value).to.contain(`src="${new URL('./', location.href).href}indikator.js"`);
    await $('[data-action="copy"][data-copy="code-element"]').click();

    // Downloads: the document, and a picture through the element's own buttons.
    const capture = captureDownloads();
    try {
      const json = await capture.take(() => click('[data-action="download"]'));
      expect(json.name).to.equal('kemiskinan-ekstrem.json');
      const doc = JSON.parse(await json.blob.text()) as { notes: { periods?: string[] }[]; targets: unknown[] };
      expect(doc.notes.map((n) => n.periods ?? [])).to.deep.equal([[], ['2022']]);
      expect(doc.targets).to.have.length(2);
      const svg = await capture.take(() => click('[data-action="picture"][data-index="0"]'));
      expect(svg.name).to.match(/\.svg$/);
    } finally {
      capture.restore();
    }

    // Removing, undoing, starting over (and undoing that).
    click('[data-action="remove-annotation"][data-index="0"]');
    click('[data-action="remove-note"][data-index="0"]');
    click('[data-action="remove-source"][data-index="1"]');
    click('[data-action="remove-target"][data-index="1"]');
    expect(root.querySelector('#f-targets-1-period')).to.equal(null);
    click('[data-action="undo"]');
    expect($<HTMLInputElement>('#f-targets-1-period').value).to.equal('2026');
    click('[data-action="reset"]');
    expect($<HTMLInputElement>('#f-titleId').value).to.equal('');
    click('[data-action="undo"]');
    expect($<HTMLInputElement>('#f-titleId').value).to.equal('Kemiskinan ekstrem');
    click('[data-action="ui-lang"]');
  });

  it('reads a CSV file with the separators chosen, and a URL of this site', async () => {
    pick('route', 'file');
    choose('f-separator', 'semicolon');
    choose('f-decimal', 'comma');
    const csv = await (await fetch('/demo/data/formats/csv_spec_semicolon-comma-decimal.csv')).text();
    giveFile('f-file', 'kemiskinan.csv', csv);
    await until(() => text().includes('Dibaca sebagai CSV: kemiskinan.csv.'), 'the CSV read');
    await until(() => /\d+ nilai terbaca, 2019 sampai/.test(text()), 'its values');
    // The same file with the wrong decimal separator: the adapter's own sentence.
    choose('f-decimal', 'point');
    await until(() => root.querySelector('#m-data'), 'the adapter error');
    choose('f-decimal', 'comma');
    pick('route', 'url');
    type('f-url', new URL('/demo/data/formats/csv_spec_plain.csv', location.href).href);
    choose('f-separator', 'comma');
    choose('f-decimal', 'point');
    click('[data-action="fetch"]');
    await until(() => text().includes('3 nilai terbaca, 2015 sampai 2017.'), 'the fetched CSV');
    type('f-url', 'ftp://example.org/x.csv');
    click('[data-action="fetch"]');
    await until(() => text().includes('Tulis alamat lengkap yang diawali https:// atau http://.'), 'the address refused');
    type('f-url', new URL('/__fault/status/404', location.href).href);
    click('[data-action="fetch"]');
    await until(() => text().includes('menjawab HTTP 404'), 'the 404 said');
    // A file in no format the builder reads.
    pick('route', 'file');
    giveFile('f-file', 'x.json', '{"nothing": true}');
    await until(() => text().includes('bukan format yang dapat dibaca'), 'the unknown format');
  });
});
