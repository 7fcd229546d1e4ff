import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepFreeze, fixture } from '../helpers.js';
import { $, $$, mount } from './helpers.js';
import { bytes, captureDownloads, countImages, MUBA_EXTREME_CSV, type Capture } from '../shared/capture-downloads.js';
import type { IndikatorTrendLine } from '../../src/trend-line/trend-line.js';

const EXTREME = 'muba-extreme-poverty.json';

let capture: Capture;
beforeEach(() => (capture = captureDownloads()));
afterEach(() => {
  capture.restore();
  document.querySelectorAll('indikator-trend-line').forEach((el) => el.remove());
});

const button = (el: HTMLElement, kind: string) => $<HTMLButtonElement>(el, `button.download[data-kind="${kind}"]`)!;
const take = (el: HTMLElement, kind: string) => capture.take(() => button(el, kind).click());
const decode = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(blob));
const parse = async (blob: Blob) => {
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses as XML').to.equal(null);
  return doc.documentElement;
};

describe('trend line: downloads', () => {
  it('offers no buttons without `downloads`, and none in a sparkline', async () => {
    const plain = await mount(await fixture(EXTREME), { lang: 'id' });
    expect($$(plain, 'button.download')).to.have.length(0);
    const spark = await mount(await fixture(EXTREME), { lang: 'id', variant: 'sparkline', downloads: '' });
    expect($$(spark, 'button.download')).to.have.length(0);
  });

  it('offers CSV, SVG and PNG in a labelled group, in the element language', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id', downloads: '' });
    const group = $(el, '[part="downloads"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Persentase penduduk miskin ekstrem');
    expect($$(el, 'button.download').map((b) => b.textContent!.trim())).to.deep.equal(['unduh CSV', 'unduh SVG', 'unduh PNG']);
    // Shown with a capital, as labels.
    expect(getComputedStyle(button(el, 'csv'), '::first-letter').textTransform).to.equal('uppercase');
    await expect(el).to.be.accessible();
  });

  it('downloads the Muba extreme poverty data as the exact CSV', async () => {
    const el = await mount(deepFreeze(await fixture(EXTREME)), { lang: 'id', downloads: '' });
    const file = await take(el, 'csv');
    expect(file.name).to.equal('idn.1606.extreme-poverty-rate.csv');
    // Read back through fetch(blob URL): Chromium 150 drops the charset parameter there (156 keeps it);
    // the blob made is checked exactly in tests/shared/downloads.test.ts.
    expect(file.blob.type).to.match(/^text\/csv(;charset=utf-8)?$/);
    expect(await decode(file.blob)).to.equal(MUBA_EXTREME_CSV);
  });

  it('writes one row per series and period, with a series column, for comparisons', async () => {
    const [muba, sumsel] = await Promise.all([
      fixture<Record<string, unknown>>('muba-poverty-rate.json'),
      fixture<Record<string, unknown>>('sumsel-poverty-rate-march.json'),
    ]);
    const el = await mount([muba, sumsel], { lang: 'en', downloads: '' });
    const csv = await decode((await take(el, 'csv')).blob);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).to.equal('series,period,value,status,note');
    const count = (doc: Record<string, unknown>) => (doc.series as unknown[]).length;
    expect(rows.length - 1).to.equal(count(muba) + count(sumsel));
    expect(rows[1]!.startsWith(`${String(muba.id)},`)).to.be.true;
    expect(rows.at(-1)!.startsWith(`${String(sumsel.id)},`)).to.be.true;
    // Plain JSON numbers whatever the language: never "18,35".
    expect(csv).not.to.match(/,\d+,\d+,/);
  });

  it('exports a standalone SVG with the title, the status, the note and the source line inside', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id', downloads: '' });
    const file = await take(el, 'svg');
    expect(file.name).to.equal('idn.1606.extreme-poverty-rate.svg');
    expect(file.blob.type).to.equal('image/svg+xml');
    const root = await parse(file.blob);
    expect(root.getAttribute('xmlns') ?? root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('lang')).to.equal('id');
    const all = Array.from(root.querySelectorAll('text'), (t) => t.textContent).join(' | ');
    expect(all).to.contain('Persentase penduduk miskin ekstrem');
    expect(all).to.contain('Status: tidak tercapai');
    expect(all).to.contain('Sumber: BPS');
    expect(all).to.contain('1. 2023: Sumber berbeda');
    expect(root.querySelector('desc')!.textContent).to.equal(el.shadowRoot!.querySelector('[part="summary"]')!.textContent);
    // The chart itself: the line in the theme's accent, axis labels, the target marker.
    const line = root.querySelector('path.line')!;
    expect(line.getAttribute('d')).to.equal($(el, '[part="line"]')!.getAttribute('d'));
    expect(line.getAttribute('stroke')).to.equal('#0b5cad');
    expect(all).to.contain('2021');
    expect(root.querySelector('.target .diamond')).to.exist;
    const markup = await file.blob.text();
    expect(markup).not.to.match(/NaN|Infinity|var\(|<!--|part=/);
  });

  it('exports the dark theme in its own colours', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'en', theme: 'dark', downloads: '' });
    const root = await parse((await take(el, 'svg')).blob);
    expect(root.querySelector(':scope > rect')!.getAttribute('fill')).to.equal('#16191d');
    expect(root.querySelector('path.line')!.getAttribute('stroke')).to.equal('#58a6ff');
  });

  it('exports a PNG painted from the chart (the line is there) without creating any image', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id', downloads: '' });
    const root = await parse((await take(el, 'svg')).blob);
    let png: Blob | undefined;
    const images = await countImages(async () => {
      png = (await take(el, 'png')).blob;
    });
    expect(images, 'images created').to.equal(0);
    expect(png!.type).to.equal('image/png');
    expect(capture.saved.at(-1)!.name).to.equal('idn.1606.extreme-poverty-rate.png');
    // Decode it (in the test only) and look where the SVG says the line is, at 2x.
    const bitmap = await createImageBitmap(png!);
    expect(bitmap.width).to.equal(2 * Number(root.getAttribute('width')));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(bitmap, 0, 0);
    const [dx, dy] = root
      .querySelector(':scope > g')!
      .getAttribute('transform')!
      .match(/-?[\d.]+/g)!
      .map(Number);
    const [x1, y1, x2, y2] = root
      .querySelector('path.line')!
      .getAttribute('d')!
      .match(/-?[\d.]+/g)!
      .map(Number);
    const at = (x: number, y: number) => Array.from(ctx.getImageData(Math.round(2 * x), Math.round(2 * y), 1, 1).data);
    const mid = at(dx! + (x1! + x2!) / 2, dy! + (y1! + y2!) / 2);
    expect(Math.abs(mid[0]! - 0x0b) + Math.abs(mid[1]! - 0x5c) + Math.abs(mid[2]! - 0xad), `line pixel ${mid}`).to.be.lessThan(60);
    // Away from every mark, the background.
    expect(at(4, 4)).to.deep.equal([255, 255, 255, 255]);
  });

  it('works from the keyboard: Enter and Space on a focused button', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'en', downloads: '' });
    const csv = button(el, 'csv');
    csv.focus();
    expect(el.shadowRoot!.activeElement).to.equal(csv);
    const first = await capture.take(() => void sendKeys({ press: 'Enter' }));
    expect(first.name).to.equal('idn.1606.extreme-poverty-rate.csv');
    button(el, 'svg').focus();
    const second = await capture.take(() => void sendKeys({ press: 'Space' }));
    expect(second.name).to.equal('idn.1606.extreme-poverty-rate.svg');
  });

  it('exports what `as-of` shows', async () => {
    const el = (await mount(await fixture(EXTREME), { lang: 'en', 'as-of': '2022', downloads: '' })) as IndikatorTrendLine;
    const csv = await decode((await take(el, 'csv')).blob);
    expect(csv).to.equal('\ufeffperiod,value,status,note\r\n2021,6.56,,\r\n2022,4.74,,\r\n');
  });
});
