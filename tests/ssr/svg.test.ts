// Standalone SVG files written in Node by indikator/server's renderSvg (the test server's
// /__ssr/svg, from dist/server) and by its CLI (`indikator render`, /__ssr/cli): valid files with
// the widget's words, and the same drawing as the element in the browser at the same width.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { fixture } from '../helpers.js';

const svgOf = async (query: string) => {
  const text = await (await fetch(`/__ssr/svg?${query}`)).text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return { text, root: doc.documentElement as unknown as SVGSVGElement };
};
const words = (root: Element) => [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' ');

/** The element in this page, drawn in a column whose content box is `content` pixels wide. */
async function live(tag: string, data: unknown, content: number): Promise<HTMLElement> {
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
  el.setAttribute('lang', 'id');
  el.style.width = `${content + 24}px`; // the frame's default padding
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('indikator/server: standalone SVG', () => {
  it('a trend line: its size, title, summary, words and source, in Indonesian', async () => {
    const { root } = await svgOf('widget=trend-line&fixture=muba-poverty-rate.json&lang=id&width=1200');
    expect(root.getAttribute('width')).to.equal('1200');
    expect(root.getAttribute('lang')).to.equal('id');
    expect(root.querySelector('title')!.textContent).to.equal('Persentase penduduk miskin (P0)');
    // muba-poverty-rate.json: 18,35 % in 2015, 9,97 % in 2025, target < 10 % by 2025.
    expect(root.querySelector('desc')!.textContent).to.contain('18,35%').and.contain('9,97%').and.contain('tercapai');
    expect(words(root)).to.contain('Kabupaten Musi Banyuasin').and.contain('Sumber: BPS');
    expect(words(root), 'the full source list, not the counted summary').to.not.contain('6 media');
  });

  it('draws the same line as the element in the browser at that width', async () => {
    const { root } = await svgOf('widget=trend-line&fixture=muba-poverty-rate.json&lang=id&width=900');
    const el = await live('indikator-trend-line', await fixture('muba-poverty-rate.json'), 900 - 32);
    try {
      const mine = el.shadowRoot!.querySelector('path.line')!.getAttribute('d');
      expect(mine).to.match(/^M/);
      expect(root.querySelector('svg.svg path.line')!.getAttribute('d')).to.equal(mine);
      expect(root.querySelector('svg.svg')!.getAttribute('viewBox')).to.equal(el.shadowRoot!.querySelector('svg.svg')!.getAttribute('viewBox'));
    } finally {
      el.remove();
    }
  });

  it('a gauge: the value, the verdict and the bar as the element draws them', async () => {
    const { root } = await svgOf('widget=target-gauge&fixture=muba-extreme-poverty.json&lang=id&width=600');
    const el = await live('indikator-target-gauge', await fixture('muba-extreme-poverty.json'), 600 - 32);
    try {
      expect(words(root)).to.contain('0,47% 2024').and.contain('tidak tercapai');
      expect(root.querySelector('desc')!.textContent).to.equal(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'));
      const bar = (r: ParentNode) => r.querySelector('rect.indicator')!.getAttribute('width');
      expect(bar(root)).to.equal(bar(el.shadowRoot!));
    } finally {
      el.remove();
    }
  });

  it('is an image a browser shows (as <img>), light or dark', async () => {
    for (const theme of ['light', 'dark']) {
      const img = new Image();
      img.src = `/__ssr/svg?widget=trend-line&fixture=muba-poverty-rate.json&lang=id&width=640&theme=${theme}`;
      await img.decode();
      expect(img.naturalWidth, theme).to.equal(640);
    }
    const { text } = await svgOf('widget=trend-line&fixture=muba-poverty-rate.json&width=640&theme=dark');
    expect(text).to.contain('--_background:#16191d');
  });

  it("an invalid document: the element's error as the title, no chart", async () => {
    const { root } = await svgOf('widget=trend-line&fixture=program-muba-poverty-2025.json&lang=id');
    expect(root.querySelector('title')!.textContent).to.match(/tidak dapat ditampilkan/);
    expect(root.querySelector('svg')).to.equal(null);
  });
});

describe('indikator render (the CLI)', () => {
  const cli = async (args: string[]) =>
    (await fetch(`/__ssr/cli?args=${encodeURIComponent(args.join('|'))}`)).json() as Promise<{ code: number; stdout: string; stderr: string }>;

  it('writes the same file as renderSvg', async () => {
    const out = await cli(['render', 'muba-poverty-rate.json', '--widget', 'trend-line', '--lang', 'id', '--width', '1200']);
    expect(out.code).to.equal(0);
    const { text } = await svgOf('widget=trend-line&fixture=muba-poverty-rate.json&lang=id&width=1200');
    expect(out.stdout).to.equal(text);
  });

  it('fails with a message and a non-zero code on bad arguments or a missing file', async () => {
    const bad = await cli(['render', 'muba-poverty-rate.json', '--widget', 'pie']);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.contain('usage: indikator render');
    const missing = await cli(['render', 'no-such-file.json']);
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.contain('cannot read');
  });
});
