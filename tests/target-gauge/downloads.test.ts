import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/target-gauge/indikator-target-gauge.js';
import type { IndikatorTargetGauge } from '../../src/target-gauge/target-gauge.js';
import { deepFreeze, fixture } from '../helpers.js';
import { bytes, captureDownloads, countImages, MUBA_EXTREME_CSV, type Capture } from '../shared/capture-downloads.js';
import type { GaugeData } from '../../src/data/inputs.js';

const EXTREME = 'muba-extreme-poverty.json';

let capture: Capture;
beforeEach(() => (capture = captureDownloads()));
afterEach(() => {
  capture.restore();
  document.querySelectorAll('indikator-target-gauge').forEach((el) => el.remove());
});

async function mount(attrs: Record<string, string>, data?: unknown): Promise<IndikatorTargetGauge> {
  const el = document.createElement('indikator-target-gauge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = '480px';
  el.data = (data ?? (await fixture(EXTREME))) as GaugeData; // anything a page may give (the element validates)
  document.body.append(el);
  await waitUntil(() => el.state !== 'loading', 'never left loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $$ = (el: HTMLElement, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const button = (el: HTMLElement, kind: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button.download[data-kind="${kind}"]`)!;
const take = (el: HTMLElement, kind: string) => capture.take(() => button(el, kind).click());
const parse = async (blob: Blob) => {
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses as XML').to.equal(null);
  return doc.documentElement;
};

describe('target gauge: downloads', () => {
  it('offers the buttons only with `downloads`, and not in the compact size', async () => {
    expect($$(await mount({ lang: 'id' }), 'button.download')).to.have.length(0);
    expect($$(await mount({ lang: 'id', downloads: '', size: 'compact' }), 'button.download')).to.have.length(0);
    const bullet = await mount({ lang: 'id', downloads: '' });
    expect($$(bullet, 'button.download').map((b) => b.textContent!.trim())).to.deep.equal(['unduh CSV', 'unduh SVG', 'unduh PNG']);
    expect(bullet.downloads).to.be.true;
    const arc = await mount({ lang: 'en', downloads: '', variant: 'arc' });
    expect($$(arc, 'button.download').map((b) => b.textContent!.trim())).to.deep.equal(['download CSV', 'download SVG', 'download PNG']);
    await expect(bullet).to.be.accessible();
    await expect(arc).to.be.accessible();
  });

  it('downloads the Muba extreme poverty data as the exact CSV', async () => {
    const el = await mount({ lang: 'id', downloads: '' }, deepFreeze(await fixture(EXTREME)));
    const file = await take(el, 'csv');
    expect(file.name).to.equal('idn.1606.extreme-poverty-rate.csv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(file.blob))).to.equal(MUBA_EXTREME_CSV);
  });

  it('exports an SVG with the title, the value and status, the scale, the target and the source inside', async () => {
    const el = await mount({ lang: 'id', downloads: '' });
    const file = await take(el, 'svg');
    expect(file.name).to.equal('idn.1606.extreme-poverty-rate.svg');
    const root = await parse(file.blob);
    const all = Array.from(root.querySelectorAll('text'), (t) => t.textContent).join(' | ');
    expect(all).to.contain('Persentase penduduk miskin ekstrem');
    expect(all).to.contain('0,47% pada 2024 · Status: tidak tercapai');
    expect(all).to.contain('6% | 0%');
    expect(all).to.contain('Target 0% pada 2024');
    expect(all).to.contain('Baseline 4,74% (2022)');
    expect(all).to.match(/data sampai 2024 · Sumber: /);
    expect(root.querySelector('rect.indicator')!.getAttribute('fill')).to.equal('#0b5cad');
    expect(root.querySelector('.target-line')!.getAttribute('stroke')).to.match(/^#[0-9a-f]{6}$/);
    expect(await file.blob.text()).not.to.match(/NaN|Infinity|var\(|part=/);
  });

  it('exports the arc as a PNG without creating any image', async () => {
    const el = await mount({ lang: 'en', downloads: '', variant: 'arc' });
    let png: Blob | undefined;
    const images = await countImages(async () => {
      png = (await take(el, 'png')).blob;
    });
    expect(images).to.equal(0);
    expect(png!.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png!);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(bitmap, 0, 0);
    // The accent-coloured fill of the arc is somewhere in the picture.
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let accent = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i]! - 0x0b) + Math.abs(data[i + 1]! - 0x5c) + Math.abs(data[i + 2]! - 0xad) < 30) accent += 1;
    expect(accent).to.be.greaterThan(500);
  });

  it('works from the keyboard', async () => {
    const el = await mount({ lang: 'en', downloads: '' });
    button(el, 'csv').focus();
    const file = await capture.take(() => void sendKeys({ press: 'Enter' }));
    expect(file.name).to.equal('idn.1606.extreme-poverty-rate.csv');
  });
});
