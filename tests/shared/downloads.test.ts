import { expect } from '@open-wc/testing';
import {
  composeSvg,
  csvBlob,
  dataRows,
  drawSvgToCanvas,
  fileName,
  pngBlob,
  save,
  svgDocument,
  toCsv,
  type Colours,
} from '../../src/shared/downloads.js';
import { normalize } from '../../src/data/normalize.js';
import { parsePeriod } from '../../src/data/periods.js';
import type { IndicatorDocument } from '../../src/data/schema.js';
import { deepFreeze, fixture } from '../helpers.js';
import { bytes, captureDownloads, countImages, MUBA_EXTREME_CSV } from './capture-downloads.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WHITE: Colours = { background: '#ffffff', text: '#1b1f24', muted: '#545d68', font: 'sans-serif' };

/** An SVG from markup (DOMParser is fine in tests; src/ never parses markup). */
function parseSvg(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'markup parses').to.equal(null);
  return document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
}

/** A chart styled by classes and custom properties, like the elements' charts, mounted so styles compute. */
function styledChart(): { chart: SVGSVGElement; cleanup: () => void } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    .frame { --_accent: #0b5cad; --_bg: #ffffff; }
    .line { fill: none; stroke: var(--_accent); stroke-width: 6px; stroke-dasharray: 5 3; }
    .band { fill: color-mix(in srgb, var(--_accent) 50%, var(--_bg)); opacity: 0.5; }
    .hidden { display: none; }
    text { fill: var(--_accent); font-size: 11px; font-weight: 600; }
    .halo { paint-order: stroke; stroke: var(--_bg); stroke-width: 3px; }`;
  const frame = document.createElement('div');
  frame.className = 'frame';
  const chart = parseSvg(`<svg xmlns="${SVG_NS}" viewBox="0 0 200 100" width="200" height="100" part="x" aria-hidden="true">
    <rect class="band" x="0" y="0" width="50" height="100"/>
    <path class="line" part="line" d="M10,50H190"/>
    <circle class="hidden" cx="5" cy="5" r="5"/>
    <circle class="focus-marker" cx="5" cy="5" r="5"/>
    <text class="halo" x="100" y="90" text-anchor="middle">2024</text>
  </svg>`);
  frame.append(chart);
  root.append(style, frame);
  document.body.append(host);
  return { chart, cleanup: () => host.remove() };
}

const pixel = (ctx: CanvasRenderingContext2D, x: number, y: number) => Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data);
const isBackground = (rgba: number[]) => rgba[0]! > 245 && rgba[1]! > 245 && rgba[2]! > 245;

describe('downloads: CSV', () => {
  it('quotes per RFC 4180, ends lines with CRLF and writes numbers as JSON numbers', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"', 'two\nlines', 'cr\rhere'],
      [1.5, -0, 1e21, 0.1 + 0.2, NaN],
      [null, undefined, '', 'plain', Infinity],
    ]);
    expect(csv).to.equal('a,"b,c","say ""hi""","two\nlines","cr\rhere"\r\n' + '1.5,0,1e+21,0.30000000000000004,\r\n' + ',,,plain,\r\n');
  });

  it('guards a formula after any separator a spreadsheet may split on (Excel with ";" in Indonesian locales)', () => {
    expect(toCsv([['a;=cmd()', 'b,+1', 'c\t@SUM(A1)', 'd| -2', 'e;f', '6-7%']])).to.equal(`"a;'=cmd()","b,'+1","c\t'@SUM(A1)",d| '-2,"e;f",6-7%\r\n`);
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'safe']])).to.equal(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),safe\r\n`);
    // Numbers stay numbers, negative or not.
    expect(toCsv([[-2]])).to.equal('-2\r\n');
  });

  it('writes the Muba extreme poverty series exactly, as UTF-8 with a BOM', async () => {
    const doc = deepFreeze(await fixture<IndicatorDocument>('muba-extreme-poverty.json'));
    const blob = csvBlob(dataRows([{ id: doc.id, points: normalize(doc).points }], 'id'));
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const b = await bytes(blob);
    expect(Array.from(b.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)).to.equal(MUBA_EXTREME_CSV);
  });

  it('adds a series column for several series, and keeps gaps and status flags', () => {
    const period = (key: string) => parsePeriod(key)!;
    const rows = dataRows(
      [
        { id: 'a', points: [{ period: period('2020'), value: null, status: [] }] },
        { id: 'b', points: [{ period: period('2020'), value: 2, status: ['P', 'E'], note: { en: 'x', id: 'y' } }] },
      ],
      'en',
    );
    expect(toCsv(rows)).to.equal('series,period,value,status,note\r\na,2020,,,\r\nb,2020,2,P E,x\r\n');
  });
});

describe('downloads: file names', () => {
  it('names files after the document id and the kind, and sanitizes them', () => {
    expect(fileName('idn.1606.poverty-rate', 'csv')).to.equal('idn.1606.poverty-rate.csv');
    expect(fileName('../../etc/passwd', 'svg')).to.equal('etc-passwd.svg');
    expect(fileName('Kemiskinan ekstrem/Muba <2024>', 'png')).to.equal('Kemiskinan-ekstrem-Muba-2024.png');
    expect(fileName('café', 'csv')).to.equal('cafe.csv');
    expect(fileName('', 'csv')).to.equal('indikator.csv');
    expect(fileName(undefined, 'csv')).to.equal('indikator.csv');
    expect(fileName('x'.repeat(500), 'csv')).to.have.length(104);
  });
});

describe('downloads: standalone SVG', () => {
  it('is an XML document with the title and source inside and every colour resolved', () => {
    const { chart, cleanup } = styledChart();
    try {
      const text = svgDocument(chart, {
        title: 'Persentase penduduk miskin ekstrem',
        lines: ['0,47% pada 2024'],
        after: [['6%', '0%'], 'Target 0% pada 2024'],
        source: 'Sumber: BPS & mitra <uji>',
        description: 'Ringkasan.',
        colours: WHITE,
        lang: 'id',
      });
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).to.be.true;
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const root = doc.documentElement;
      expect(root.namespaceURI).to.equal(SVG_NS);
      expect(Number(root.getAttribute('width'))).to.be.greaterThan(200);
      expect(Number(root.getAttribute('height'))).to.be.greaterThan(100);
      expect(root.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
      expect(root.querySelector('title')!.textContent).to.equal('Persentase penduduk miskin ekstrem');
      const texts = Array.from(root.querySelectorAll('text'), (t) => t.textContent);
      // The title wraps to the chart's width; its lines read as the title.
      expect(texts.join(' ')).to.contain('Persentase penduduk miskin ekstrem');
      expect(texts).to.include('Sumber: BPS & mitra <uji>');
      expect(texts).to.include.members(['6%', '0%', 'Target 0% pada 2024', '0,47% pada 2024', '2024']);
      // No CSS, no custom properties, no shadow-DOM wiring: paint is in presentation attributes.
      expect(text).not.to.match(/var\(|color-mix|part=|aria-hidden|<style/);
      const line = root.querySelector('path.line')!;
      expect(line.getAttribute('stroke')).to.equal('#0b5cad');
      expect(line.getAttribute('stroke-width')).to.equal('6');
      expect(line.getAttribute('stroke-dasharray')).to.equal('5 3');
      expect(line.getAttribute('fill')).to.equal('none');
      const band = root.querySelector('rect.band')!;
      expect(band.getAttribute('fill')).to.match(/^#[0-9a-f]{6}$/);
      expect(band.getAttribute('opacity')).to.equal('0.5');
      const label = root.querySelector('text.halo')!;
      expect(label.getAttribute('paint-order')).to.equal('stroke');
      expect(label.getAttribute('text-anchor')).to.equal('middle');
      // Hidden marks and the keyboard focus ring stay out.
      expect(root.querySelectorAll('circle')).to.have.length(0);
      expect(text).not.to.match(/NaN|Infinity|undefined/);
    } finally {
      cleanup();
    }
  });

  it('wraps a long title to the width of the chart', () => {
    const { chart, cleanup } = styledChart();
    try {
      const svg = composeSvg(chart, { title: 'kata '.repeat(40).trim(), source: 's', colours: WHITE });
      const width = Number(svg.getAttribute('width'));
      const lines = Array.from(svg.querySelectorAll(':scope > text')).filter((t) => t.textContent!.startsWith('kata'));
      expect(lines.length).to.be.greaterThan(1);
      expect(lines.map((l) => l.textContent).join(' ')).to.equal('kata '.repeat(40).trim());
      expect(width).to.be.lessThan(300);
    } finally {
      cleanup();
    }
  });
});

describe('downloads: PNG without an image', () => {
  it('paints paths, rects, circles, lines and text onto a canvas', () => {
    const svg = parseSvg(`<svg xmlns="${SVG_NS}" width="200" height="120" font-family="sans-serif">
      <g transform="translate(10 20)">
        <path d="M0,10H180" fill="none" stroke="#0b5cad" stroke-width="6"/>
        <path d="M0,40H180" fill="none" stroke="#c62828" stroke-width="4" stroke-dasharray="10 10"/>
        <rect x="0" y="60" width="20" height="10" fill="#1a7f37"/>
        <circle cx="100" cy="65" r="5" fill="#000000"/>
        <line x1="150" x2="150" y1="55" y2="75" stroke="#000000" stroke-width="3"/>
        <text x="0" y="95" font-size="16" fill="#000000"><tspan x="0" dy="0">MMMM</tspan></text>
      </g>
    </svg>`);
    const canvas = document.createElement('canvas');
    canvas.width = 200;
    canvas.height = 120;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    drawSvgToCanvas(svg, ctx, WHITE);
    expect(pixel(ctx, 100, 30).slice(0, 3)).to.deep.equal([0x0b, 0x5c, 0xad]);
    expect(isBackground(pixel(ctx, 100, 5))).to.be.true;
    // The dash pattern leaves gaps: 10 on, 10 off.
    expect(isBackground(pixel(ctx, 15, 60))).to.be.false;
    expect(isBackground(pixel(ctx, 25, 60))).to.be.true;
    expect(pixel(ctx, 20, 85).slice(0, 3)).to.deep.equal([0x1a, 0x7f, 0x37]);
    expect(isBackground(pixel(ctx, 110, 85))).to.be.false;
    expect(isBackground(pixel(ctx, 160, 85))).to.be.false;
    const text = ctx.getImageData(10, 100, 60, 16).data;
    let inked = 0;
    for (let i = 0; i < text.length; i += 4) if (text[i]! < 128) inked += 1;
    expect(inked, 'text pixels').to.be.greaterThan(30);
  });

  it('makes a PNG of the composed chart with the line where the chart has it, and never an <img>', async () => {
    const { chart, cleanup } = styledChart();
    try {
      const svg = composeSvg(chart, { title: 'T', source: 'S', colours: WHITE });
      let blob: Blob | undefined;
      const images = await countImages(async () => {
        blob = await pngBlob(svg, WHITE, 1);
      });
      expect(images).to.equal(0);
      expect(blob!.type).to.equal('image/png');
      expect(Array.from((await bytes(blob!)).slice(0, 8))).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // Where the line is: the chart's offset in the composed SVG plus the path's y.
      const [dx, dy] = (
        svg
          .querySelector('g')!
          .getAttribute('transform')!
          .match(/-?[\d.]+/g) ?? []
      ).map(Number);
      const canvas = document.createElement('canvas');
      canvas.width = Number(svg.getAttribute('width'));
      canvas.height = Number(svg.getAttribute('height'));
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      drawSvgToCanvas(svg, ctx, WHITE);
      expect(isBackground(pixel(ctx, dx! + 12, dy! + 50))).to.be.false;
      expect(pixel(ctx, dx! + 12, dy! + 50).slice(0, 3)).to.deep.equal([0x0b, 0x5c, 0xad]);
      expect(isBackground(pixel(ctx, dx! + 100, dy! + 30))).to.be.true;
    } finally {
      cleanup();
    }
  });
});

describe('downloads: save', () => {
  it('clicks an <a download> with an object URL and revokes the URL later, not at once', async () => {
    const capture = captureDownloads();
    const revoked: string[] = [];
    const revoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    try {
      const file = await capture.take(() => save(new Blob(['a,b\r\n'], { type: 'text/csv' }), 'x.csv'));
      expect(file.name).to.equal('x.csv');
      expect(file.href).to.match(/^blob:/);
      expect(await file.blob.text()).to.equal('a,b\r\n');
      expect(revoked).to.deep.equal([]);
    } finally {
      URL.revokeObjectURL = revoke;
      capture.restore();
    }
  });
});
