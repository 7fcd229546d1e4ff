// Fallback content: the snippet generator's text (escaped HTML, never rendered by the library), and
// what a reader sees before the element upgrades or when scripts are blocked.
import { expect } from '@open-wc/testing';
import { escapeHtml, fallbackHtml, FallbackError } from '../../src/embed/fallback.js';
import { fixture } from '../helpers.js';
import { frame, requireBuilt, settled, until, widgetsIn } from './helpers.js';

/** The fallback text parsed the way a browser would parse the pasted snippet (test code only). */
const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
const cells = (body: HTMLElement) => [...body.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('fallbackHtml', () => {
  it('writes the summary sentence, the last five observations and the sources (id)', async () => {
    const html = fallbackHtml(await fixture('muba-poverty-rate.json'), 'id');
    const body = parse(html);
    expect(body.querySelector('p')!.textContent).to.equal(
      'Persentase penduduk miskin (P0) turun dari 18,35% (2015) menjadi 9,97% (2025), turun 8,38 poin persentase (-46%). Target kurang dari 10% pada 2025: tercapai.',
    );
    expect(html).to.contain('Target kurang dari 10% pada 2025');
    expect(body.querySelector('caption')!.textContent).to.equal('Persentase penduduk miskin (P0)');
    expect([...body.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Periode', 'Nilai']);
    expect(cells(body)).to.deep.equal([
      ['2021', '15,84%'],
      ['2022', '15,19%'],
      ['2023', '14,90%'],
      ['2024', '12,88%'],
      ['2025', '9,97%'],
    ]);
    expect([...body.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.be.true;
    expect(body.querySelector('p:last-of-type')!.textContent).to.match(/^Sumber: BPS, via /);
  });

  it('states the status of the chosen target, as of a period, in English', async () => {
    const doc = await fixture('muba-extreme-poverty.json');
    const body = parse(fallbackHtml(doc, 'en', { targetId: 'rpjmn-2025-2029' }));
    expect(body.querySelector('p')!.textContent).to.equal(
      'Extreme poverty rate fell from 6.56% (2021) to 0.47% (2024), down 6.09 percentage points (-93%). Target 0% by 2026: on track.',
    );
    const asOf = parse(fallbackHtml(doc, 'en', { asOf: '2023', rows: 2 }));
    expect(cells(asOf)).to.deep.equal([
      ['2022', '4.74%'],
      ['2023', '0.98%'],
    ]);
    expect(asOf.querySelector('p')!.textContent).to.contain('to 0.98% (2023)').and.contain('on track');
    expect(parse(fallbackHtml(doc, 'id')).querySelector('p')!.textContent).to.equal(
      'Persentase penduduk miskin ekstrem turun dari 6,56% (2021) menjadi 0,47% (2024), turun 6,09 poin persentase (-93%). Target 0% pada 2024: tidak tercapai.',
    );
  });

  it('describes a programme: title, summary, owner and period, its last milestones', async () => {
    const body = parse(fallbackHtml(await fixture('program-muba-poverty-2025.json'), 'id', { rows: 1 }));
    expect(body.querySelector('strong')!.textContent).to.equal(
      'Penurunan kemiskinan satu digit dan penghapusan kemiskinan ekstrem di Musi Banyuasin',
    );
    expect(body.textContent).to.contain('Penanggung jawab: Pemerintah Kabupaten Musi Banyuasin · 2022–2025');
    expect(body.querySelector('caption')!.textContent).to.equal('Tahapan');
    expect(cells(body)).to.deep.equal([['16 Jul 2025', 'Rapat koordinasi penanggulangan kemiskinan, Opproom Pemkab Muba']]);
  });

  it('escapes & < > " \' from the data: markup in a document stays text', async () => {
    const doc = await fixture<Record<string, unknown>>('muba-extreme-poverty.json');
    const evil = `<img src=x onerror=alert(1)> & "quoted" 'single' </table><script>alert(2)</script>`;
    doc.title = evil;
    (doc.sources as Array<Record<string, unknown>>).forEach((s) => {
      s.publisher = `<b onclick="x()">Pub</b>`;
    });
    const html = fallbackHtml(doc, 'en');
    expect(html).not.to.match(/<(img|script|b)\b/i);
    expect(html).to.contain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39; &lt;/table&gt;');
    const body = parse(html);
    const tags = new Set([...body.querySelectorAll('*')].map((e) => e.localName));
    expect([...tags].sort()).to.deep.equal(['caption', 'p', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
    expect(body.querySelector('caption')!.textContent).to.equal(evil);
    expect(escapeHtml(`&<>"'`)).to.equal('&amp;&lt;&gt;&quot;&#39;');
  });

  it('throws a FallbackError naming the problem for an invalid document', async () => {
    const doc = await fixture<Record<string, unknown>>('muba-poverty-rate.json');
    (doc.series as Array<Record<string, unknown>>)[3]!.value = '4,74';
    expect(() => fallbackHtml(doc, 'en')).to.throw(FallbackError, /series\[3\]\.value/);
    expect(() => fallbackHtml(null, 'en')).to.throw(FallbackError);
    expect(() => fallbackHtml({ schema: 'indikator/program@1' }, 'en')).to.throw(FallbackError);
  });
});

describe('fallback content before the upgrade and without scripts', () => {
  before(async () => {
    await requireBuilt('/dist/indikator.js');
  });

  it('shows each element’s sentence and table until the element upgrades, then not at all', async () => {
    const [poverty, extreme, programme] = await Promise.all([
      fixture('muba-poverty-rate.json'),
      fixture('muba-extreme-poverty.json'),
      fixture('program-muba-poverty-2025.json'),
    ]);
    // A page as a publisher pastes it, with no script yet: what a reader sees when scripts are blocked.
    const el = await frame({
      width: 700,
      height: 1200,
      srcdoc: `<!doctype html><html lang="id"><body>
        <indikator-target-gauge src="/demo/data/muba-poverty-rate.json">${fallbackHtml(poverty, 'id')}</indikator-target-gauge>
        <indikator-trend-line src="/demo/data/muba-extreme-poverty.json">${fallbackHtml(extreme, 'id')}</indikator-trend-line>
        <indikator-program-card src="/demo/data/program-muba-poverty-2025.json">${fallbackHtml(programme, 'id')}</indikator-program-card>
      </body></html>`,
    });
    try {
      const doc = el.contentDocument!;
      const widgets = widgetsIn(doc);
      expect(widgets).to.have.length(3);
      const boxes = (w: HTMLElement) => [...w.querySelectorAll('p, table')].map((n) => n.getBoundingClientRect());
      for (const w of widgets) {
        expect(w.matches(':defined'), w.localName).to.be.false;
        const rects = boxes(w);
        expect(rects.length, w.localName).to.be.at.least(2);
        for (const r of rects) expect(r.width > 0 && r.height > 0, `${w.localName} fallback is visible`).to.be.true;
        expect(w.textContent).to.match(/Sumber|Penanggung jawab/);
      }

      // The library arrives: every element upgrades, renders from `src`, and its light-DOM fallback
      // leaves the layout (the shadow root has no slot for it).
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/indikator.js';
      doc.head.append(script);
      expect(await settled(doc, 3, 9000)).to.deep.equal([
        'indikator-target-gauge:ready',
        'indikator-trend-line:ready',
        'indikator-program-card:ready',
      ]);
      for (const w of widgetsIn(doc)) {
        expect(w.matches(':defined'), w.localName).to.be.true;
        expect(w.shadowRoot!.querySelector('slot'), `${w.localName} has no slot`).to.equal(null);
        for (const n of w.querySelectorAll(':scope > p, :scope > table')) {
          expect(n.getClientRects().length, `${w.localName} > ${n.localName} is not rendered`).to.equal(0);
          const r = n.getBoundingClientRect();
          expect([r.width, r.height]).to.deep.equal([0, 0]);
        }
        // Still in the DOM (search engines and reader modes can read it), just not rendered.
        expect(w.querySelector('table')).to.exist;
      }
    } finally {
      el.remove();
    }
  });

  it('leaves the fallback in place when the library never loads (a blocked script)', async () => {
    const html = fallbackHtml(await fixture('muba-extreme-poverty.json'), 'en');
    const el = await frame({
      srcdoc: `<!doctype html><html lang="en"><body>
        <script type="module" src="/dist/no-such-file.js"></script>
        <indikator-target-gauge src="/demo/data/muba-extreme-poverty.json">${html}</indikator-target-gauge></body></html>`,
    });
    try {
      await new Promise((r) => setTimeout(r, 300));
      const gauge = el.contentDocument!.querySelector('indikator-target-gauge')!;
      expect(gauge.matches(':defined')).to.be.false;
      const table = gauge.querySelector('table')!;
      expect(table.getBoundingClientRect().height).to.be.greaterThan(50);
      await until(() => gauge.querySelector('p')!.getBoundingClientRect().height > 0, 'the sentence');
    } finally {
      el.remove();
    }
  });

  it('says an as-of that names no period instead of ignoring it', async () => {
    const doc = await fixture('muba-extreme-poverty.json');
    const html = fallbackHtml(doc, 'en', { asOf: '2018-W53' });
    expect(html.split('\n')[0]).to.equal(
      '<p>The period &quot;2018-W53&quot; in as-of is not one (write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Sn): the latest data is shown.</p>',
    );
    expect(html).to.contain('0.47%');
  });
});
