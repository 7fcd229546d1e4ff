import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepFreeze, fixture } from '../helpers.js';
import { $, $$, badAttributes, doc, frames, mount, moves, openTable, text, type Doc } from './helpers.js';
import type { IndikatorTrendLine, SelectDetail } from '../../src/trend-line/trend-line.js';
import type { TrendData } from '../../src/data/inputs.js';

const EXTREME = 'muba-extreme-poverty.json';
const POVERTY = 'muba-poverty-rate.json';
const SUMSEL = 'sumsel-poverty-rate-march.json';
const IDN = 'idn-poverty-rate-march.json';

afterEach(() => {
  document.querySelectorAll('indikator-trend-line').forEach((el) => el.remove());
  document.querySelectorAll('[data-test-wrapper]').forEach((el) => el.remove());
});

const path = (el: HTMLElement, selector: string) => $(el, selector)?.getAttribute('d') ?? '';
const legend = (el: HTMLElement) => text(el, '[part="legend"]');

describe('trend line: drawing', () => {
  it('draws the Muba poverty rate as one flat path with a labelled threshold line for its lt target', async () => {
    const el = await mount(deepFreeze(await fixture(POVERTY)), { lang: 'id' });
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('status')).to.equal('achieved');
    const line = path(el, '[part="line"]');
    expect(moves(line)).to.equal(1);
    expect(line).to.not.match(/NaN|Infinity/);
    expect($$(el, 'path[part="line"]')).to.have.length(1);
    const target = $(el, '[part="target"]')!;
    expect(target.classList.contains('target-line')).to.be.true;
    expect(target.querySelector('path')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+H[\d.]+$/);
    expect(target.querySelector('text')!.textContent).to.contain('< 10%').and.contain('2025');
    expect(badAttributes(el)).to.deep.equal([]);
  });

  it('draws the chart once, at its measured width, and its load event and updateComplete wait for that drawing', async () => {
    const el = document.createElement('indikator-trend-line') as IndikatorTrendLine;
    el.style.display = 'block';
    el.style.width = '420px';
    const widths: string[] = [];
    // Every chart SVG the element ever puts in its shadow root, with its width when it went in.
    const watch = new MutationObserver((records) => {
      for (const r of records)
        for (const n of Array.from(r.addedNodes))
          if (n instanceof Element) {
            for (const svgEl of [n, ...Array.from(n.querySelectorAll('svg.svg'))])
              if (svgEl.matches('svg.svg')) widths.push(svgEl.getAttribute('width') ?? '');
          }
    });
    el.data = await fixture(POVERTY);
    const loaded = oneEvent(el, 'indikator-load');
    document.body.append(el);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await loaded;
    // The frame's padding is 12 px a side by default: 420 - 24.
    expect($(el, 'svg.svg')?.getAttribute('width')).to.equal('396');
    await el.updateComplete;
    watch.disconnect();
    expect(widths).to.deep.equal(['396']);
  });

  it('reads the widths of the elements connected in one task together, before any of them draws', async () => {
    const doc = await fixture(POVERTY);
    const reads: boolean[] = [];
    const els = [0, 1, 2].map(() => {
      const el = document.createElement('indikator-trend-line') as IndikatorTrendLine;
      el.style.display = 'block';
      el.style.width = '400px';
      el.data = doc as TrendData;
      const read = el.getBoundingClientRect.bind(el);
      // Whether this element, or any other, had drawn when its width was read.
      el.getBoundingClientRect = () => {
        reads.push(els.some((e) => e.shadowRoot?.querySelector('.frame')));
        return read();
      };
      return el;
    });
    document.body.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(reads).to.deep.equal([false, false, false]);
    for (const el of els) expect($(el, 'svg.svg')?.getAttribute('width')).to.equal('376');
  });

  it('waits for a width again when moved before it was measured', async () => {
    const hidden = () => {
      const box = document.createElement('div');
      box.dataset.testWrapper = '';
      box.style.display = 'none';
      document.body.append(box);
      return box;
    };
    const [a, b] = [hidden(), hidden()];
    const el = document.createElement('indikator-trend-line') as IndikatorTrendLine;
    el.data = await fixture(POVERTY);
    const loaded = oneEvent(el, 'indikator-load');
    a.append(el);
    // Moved in the same task, after its first update (the loading frame) and before any layout.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(el.hasUpdated && !$(el, 'svg.svg')).to.be.true;
    b.append(el);
    await loaded;
    // Drawn (at the default width, since nothing lays it out), not a loading frame.
    expect($(el, 'svg.svg')).to.not.equal(null);
    expect($(el, '.frame')?.getAttribute('aria-busy')).to.equal('false');
  });

  it('draws at its default width when no measurement comes (a layout that never runs)', async () => {
    const el = document.createElement('indikator-trend-line') as IndikatorTrendLine;
    el.data = await fixture(POVERTY);
    // Neither the first read nor the shared observer gives a width, as in a tab that runs no layout.
    const controller = (el as unknown as { resize: { measured: boolean; resized(): void; readWidth(): number } }).resize;
    controller.readWidth = () => 0;
    controller.resized = () => {};
    document.body.append(el);
    await el.updateComplete;
    expect(controller.measured).to.be.true;
    expect($(el, 'svg.svg')?.getAttribute('width')).to.equal('640');
    expect($(el, '.frame')?.getAttribute('aria-busy')).to.equal('false');
  });

  it('draws the Indonesia rpjmn-2020-2024 target as a band', async () => {
    const el = await mount(await fixture(IDN), { lang: 'en', 'target-id': 'rpjmn-2020-2024' });
    expect(el.getAttribute('status')).to.equal('missed');
    const target = $(el, '[part="target"]')!;
    expect(target.classList.contains('target-band')).to.be.true;
    const band = target.querySelector('rect.band')!;
    expect(Number(band.getAttribute('height'))).to.be.greaterThan(5);
    expect(target.textContent).to.contain('6–7%');
  });

  it('draws the Muba extreme poverty eq target as a marker at the deadline', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id' });
    const target = $(el, '[part="target"]')!;
    expect(target.classList.contains('target-marker')).to.be.true;
    expect(target.querySelector('.diamond')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+l6,6l-6,6l-6,-6z$/);
    // The full label where it fits, else the bare value beside the diamond; the legend has it in full.
    expect(target.querySelector('text')!.textContent).to.match(/^(target 0% \(2024\)|0%)$/);
    expect(legend(el)).to.contain('target 0% (2024)');
    // The deadline period is the diamond's bar, not a shaded column (issue 17: unlabelled, it was removed).
    expect($(el, 'rect.deadline')).to.equal(null);
  });

  it("says the target's comparator in words in the legend, in the page's language, and as a symbol on the chart", async () => {
    // muba-poverty-rate.json: target "lt" 10 (percent) by 2025.
    for (const [lang, words] of [
      ['id', 'target kurang dari 10% (2025)'],
      ['en', 'target less than 10% (2025)'],
    ] as const) {
      const el = await mount(await fixture(POVERTY), { lang });
      expect(legend(el), lang).to.contain(words);
      expect(legend(el), lang).not.to.contain('<');
      expect(text(el, '[part="target"] text'), lang).to.match(/< 10%/);
      el.remove();
    }
  });

  it('marks the baseline with a labelled dot', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id' });
    expect($(el, '.baseline circle')).to.exist;
    expect(text(el, '.baseline text')).to.equal('baseline');
    expect(legend(el)).to.contain('baseline 4,74% (2022)');
  });

  it('draws and labels the required path and the current pace while the verdict rests on the line', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'en', 'as-of': '2023' });
    expect(el.getAttribute('status')).to.equal('on-track');
    expect(moves(path(el, '.required'))).to.equal(1);
    expect(moves(path(el, '.pace'))).to.equal(1);
    expect(legend(el)).to.contain('required path to 0% by 2024').and.contain('current pace: -3.76 percentage points a year');
    // Once the verdict is final (missed), the lines would explain nothing: they are not drawn.
    el.removeAttribute('as-of');
    await waitUntil(() => el.getAttribute('status') === 'missed');
    await el.updateComplete;
    expect($(el, '.required')).to.not.exist;
    expect($(el, '.pace')).to.not.exist;
  });

  it('splits the line at null values and never interpolates them', async () => {
    const data = doc({
      series: [
        { period: '2015', value: 1 },
        { period: '2016', value: 2 },
        { period: '2017', value: null },
        { period: '2018', value: 3 },
        { period: '2019', value: 4 },
        { period: '2020', value: null },
        { period: '2021', value: 5 },
        { period: '2022', value: 6 },
      ],
    });
    const el = await mount(data);
    expect(moves(path(el, '[part="line"]'))).to.equal(3);
  });

  it('draws provisional, estimated and forecast points hollow', async () => {
    const data = doc({
      series: [
        { period: '2020', value: 1 },
        { period: '2021', value: 2, status: ['E'] },
        { period: '2022', value: 3, status: ['P'] },
        { period: '2023', value: 4, status: ['F'] },
      ],
    });
    const el = await mount(data, { lang: 'en' });
    const hollow = path(el, '.marker.hollow');
    expect(moves(hollow)).to.equal(3);
    expect(moves(path(el, '.marker:not(.hollow)'))).to.equal(1);
    expect(legend(el)).to.contain('provisional, estimated or forecast');
  });

  it('breaks the line before a series break (B)', async () => {
    const data = doc({
      series: [
        { period: '2020', value: 1 },
        { period: '2021', value: 2 },
        { period: '2022', value: 5, status: ['B'] },
        { period: '2023', value: 6 },
      ],
    });
    const el = await mount(data, { lang: 'en' });
    expect(moves(path(el, '[part="line"]'))).to.equal(2);
  });

  it('draws lower/upper bounds as one band', async () => {
    const data = doc({
      series: [
        { period: '2020', value: 1, lower: 0.5, upper: 1.5 },
        { period: '2021', value: 2, lower: 1.5, upper: 2.5 },
        { period: '2022', value: 3, lower: 2, upper: 4 },
      ],
    });
    const el = await mount(data, { lang: 'en' });
    const band = path(el, '.bounds');
    expect(moves(band)).to.equal(1);
    expect(band.endsWith('Z')).to.be.true;
    expect(legend(el)).to.contain('range');
  });

  it('numbers the note on Muba 2023 (sources disagree) and lists its text', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'en' });
    const markers = $$(el, '.note-marker');
    expect(markers).to.have.length(1);
    expect(markers[0]!.textContent!.trim()).to.equal('1');
    const notes = text(el, '.notes');
    expect(notes).to.contain('2023').and.contain('0.98').and.contain('0.96').and.contain("'0.9'");
  });

  it('draws annotations as labelled vertical markers', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id' }, (e) => {
      e.annotations = [{ period: '2025-07-16', label: 'Rapat koordinasi' }];
    });
    expect(moves(path(el, '.verticals path'))).to.equal(1);
    expect(text(el, '.verticals text')).to.equal('Rapat koordinasi');
  });

  it('draws document notes tied to periods as numbered vertical markers', async () => {
    const data = doc({ notes: [{ kind: 'break', text: 'New method', periods: ['2021'] }] });
    const el = await mount(data, { lang: 'en' });
    expect(text(el, '.verticals text')).to.equal('(1)');
    expect(text(el, '.notes')).to.contain('New method');
  });

  it('starts the axis of a rate at 0 and draws the axes as one path each plus labels', async () => {
    const el = await mount(await fixture(POVERTY), { lang: 'id' });
    const labels = $$(el, '.y-axis text').map((t) => t.textContent);
    expect(labels[0]).to.equal('0%');
    expect($$(el, '.y-axis path')).to.have.length(1);
    expect($$(el, '.x-axis path')).to.have.length(1);
    const years = $$(el, '.x-axis text').map((t) => t.textContent);
    expect(years).to.include('2015');
  });

  it('keeps tick labels apart at 320 px', async () => {
    const el = await mount(await fixture(IDN), { lang: 'id' }, undefined, 320);
    const boxes = $$<SVGTextElement>(el, '.x-axis text').map((t) => t.getBBox());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).to.be.greaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width);
    const ys = $$<SVGTextElement>(el, '.y-axis text').map((t) => t.getBBox());
    for (let i = 1; i < ys.length; i++) expect(Math.abs(ys[i]!.y - ys[i - 1]!.y)).to.be.greaterThan(ys[i]!.height);
  });
});

describe('trend line: comparison series', () => {
  it('draws comparisons dashed, muted, with direct labels, and aligns them in the table', async () => {
    const [a, b, c] = await Promise.all([fixture(POVERTY), fixture(SUMSEL), fixture(IDN)]);
    const el = await mount(deepFreeze([a, b, c]), { lang: 'id' });
    expect(el.state).to.equal('ready');
    const comparisons = $$(el, 'svg.svg path.comparison');
    expect(comparisons).to.have.length(2);
    const dashes = comparisons.map((p) => p.getAttribute('stroke-dasharray'));
    expect(dashes[0]).to.be.a('string').and.not.equal(dashes[1]);
    // At 600 px the names fit beside the lines' ends, each above its latest value (issue 17: the
    // story's number, 9,97%, is on the chart).
    const labels = $$(el, 'text.direct').map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
    expect(labels).to.deep.equal(['Musi Banyuasin 9,97%', 'Sumatera Selatan 10,15%', 'Indonesia 8,47%']);
    expect($(el, '.key')).to.equal(null);
    expect(legend(el)).to.contain('Putaran Maret');
    await openTable(el);
    const firstRow = $$(el, 'tbody tr')[0]!;
    expect(firstRow.textContent!.replace(/\s+/g, ' ')).to.contain('18,35%').and.contain('14,25%').and.contain('11,22%');
  });

  it('moves the names to a key above the plot on a phone, keeping 60 % of the width for the plot and every latest value on the chart', async () => {
    const [a, b, c] = await Promise.all([fixture(POVERTY), fixture(SUMSEL), fixture(IDN)]);
    const el = await mount([a, b, c], { lang: 'id' }, undefined, 351);
    const svgEl = $(el, 'svg.svg') as SVGSVGElement;
    const key = $$(el, '.key text').map((t) => t.textContent);
    expect(key).to.deep.equal(['Musi Banyuasin', 'Sumatera Selatan', 'Indonesia']);
    const labels = $$(el, 'text.direct').map((t) => t.textContent!.trim());
    expect(labels).to.deep.equal(['9,97%', '10,15%', '8,47%']);
    // The plot: the value axis's grid spans it.
    const grid = ($(el, '.y-axis .grid') as SVGPathElement).getBoundingClientRect();
    expect(grid.width / svgEl.getBoundingClientRect().width).to.be.at.least(0.6);
    // No two labels of the chart overlap, and none is smaller than 12 px.
    const boxes = $$(el, 'svg.svg text').map((t) => (t as SVGTextElement).getBoundingClientRect());
    for (const t of $$(el, 'svg.svg text')) expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `labels ${i} and another overlap`).to.equal(false);
      }),
    );
  });

  it('draws a yearly series at its reference month, in line with the March rounds it is compared to', async () => {
    const [a, b] = await Promise.all([fixture<Doc>(POVERTY), fixture<Doc>(SUMSEL)]);
    expect(a.referenceMonth).to.equal(3);
    const firstX = (el: HTMLElement, sel: string) => Number(/^M([\d.]+),/.exec($(el, sel)!.getAttribute('d')!)![1]);
    const el = await mount([a, b], { lang: 'id' });
    // Muba's "2015" and Sumsel's "2015-03" at one x; without the reference month two months apart.
    expect(firstX(el, 'path.line')).to.be.closeTo(firstX(el, 'path.comparison'), 0.5);
    const { referenceMonth: _, ...yearStart } = a;
    const plain = await mount([yearStart, b], { lang: 'id' });
    expect(firstX(plain, 'path.comparison') - firstX(plain, 'path.line')).to.be.above(3);
    // The table and the sentence still say the year as written.
    expect(text(el, '[part="summary"]')).to.contain('9,97% (2025)');
  });

  it('validates each document and prefixes issues with [i]', async () => {
    const a = await fixture<Doc>(POVERTY);
    const el = await mount([a, { ...a, series: [{ period: '2024', value: '4,74' }] }], { lang: 'en' });
    expect(el.state).to.equal('error');
    expect(text(el, '.issues')).to.match(/^\[1\] series\[0\]\.value/);
  });

  it('rejects an empty list', async () => {
    const el = await mount([], { lang: 'en' });
    expect(el.state).to.equal('error');
    expect(text(el, '.issues')).to.contain('empty');
  });
});

describe('trend line: summary and accessible name', () => {
  it('says the Muba extreme poverty summary in id', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id' });
    expect(text(el, '[part="summary"]')).to.equal(
      'Persentase penduduk miskin ekstrem turun dari 6,56% (2021) menjadi 0,47% (2024), turun 6,09 poin persentase (-93%). Target 0% pada 2024: tidak tercapai.',
    );
    const chart = $(el, '[part="chart"]')!;
    expect(chart.getAttribute('aria-label')).to.equal('Persentase penduduk miskin ekstrem');
    expect(chart.getAttribute('tabindex')).to.equal('0');
    const described = chart.getAttribute('aria-describedby')!.split(' ');
    expect(el.shadowRoot!.getElementById(described[0]!)!.getAttribute('part')).to.equal('summary');
    expect($(el, 'svg.svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('says the Muba extreme poverty summary in en', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'en' });
    const s = text(el, '[part="summary"]');
    expect(s).to.contain('6.56% (2021)').and.contain('0.47% (2024)').and.contain('6.09 percentage points').and.contain('(-93%)');
    expect(s).to.contain('Target 0% by 2024: missed.');
  });

  it('says the Muba poverty rate summary in id and en', async () => {
    const id = await mount(await fixture(POVERTY), { lang: 'id' });
    const s = text(id, '[part="summary"]');
    expect(s).to.contain('18,35% (2015)').and.contain('9,97% (2025)').and.contain('8,38 poin persentase').and.contain('(-46%)');
    expect(s).to.contain('Target kurang dari 10% pada 2025: tercapai.');
    const en = await mount(await fixture(POVERTY), { lang: 'en' });
    const e = text(en, '[part="summary"]');
    expect(e).to.contain('18.35% (2015)').and.contain('9.97% (2025)').and.contain('8.38 percentage points').and.contain('(-46%)');
    expect(e).to.contain('Target less than 10% by 2025: achieved.');
  });

  it('shows the status as a word and an icon', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id' });
    expect(text(el, '.status strong')).to.equal('tidak tercapai');
    expect($(el, '.status .icon path')!.getAttribute('d')).to.be.a('string').that.is.not.empty;
  });
});

describe('trend line: keyboard, pointer, tooltip', () => {
  const live = (el: HTMLElement) => text(el, '.trend > [role="status"]');
  const tooltip = (el: HTMLElement) => $<HTMLElement>(el, '[part="tooltip"]')!;

  it('moves one focus marker through the points with arrows, Home and End, announcing each', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id' });
    ($(el, '[part="chart"]') as HTMLElement).focus();
    // Checked after the first key: a page in the background gets focus events only once keys arrive.
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.be.false;
    expect($$(el, '.focus-marker')).to.have.length(1);
    expect(live(el)).to.equal('2021: 6,56%');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live(el)).to.match(/^2023: 0,98%\. Catatan: Sumber berbeda/);
    expect(text(el, '[part="tooltip"]')).to.contain('0,98%');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live(el)).to.equal('2024: 0,47%');
    expect($$(el, '.focus-marker')).to.have.length(1);
  });

  it('moves between the series of a comparison with Up and Down, to the point nearest in time, naming each series', async () => {
    const [muba, sumsel, idn] = await Promise.all([fixture(POVERTY), fixture(SUMSEL), fixture('idn-poverty-rate-march.json')]);
    const el = await mount([muba, sumsel, idn], { lang: 'id' });
    ($(el, '[part="chart"]') as HTMLElement).focus();
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await el.updateComplete;
      return live(el).replace(/\u00a0$/, '');
    };
    // The values as the three files have them: Musi Banyuasin 9,97 (2025), South Sumatra 10,15 and Indonesia 8,47 (March 2025).
    expect(await press('End')).to.equal('Musi Banyuasin. 2025: 9,97%');
    expect(await press('ArrowDown')).to.match(/^Sumatera Selatan\. .*2025: 10,15%$/);
    // Indonesia's March 2025 round carries a note in the file (fieldwork moved for Ramadan): it is read too.
    expect(await press('ArrowDown')).to.match(/^Indonesia\. Mar 2025: 8,47%\. Catatan: Pencacahan Susenas Maret 2025 dimajukan ke Februari 2025/);
    expect(text(el, '[part="tooltip"]')).to.contain('8,47%');
    expect($$(el, '.focus-marker')).to.have.length(1);
    // Past the last series, Down stays; Left moves along the series it is on.
    expect(await press('ArrowDown')).to.match(/^Indonesia\. Mar 2025: 8,47%/);
    expect(await press('ArrowLeft')).to.match(/^Indonesia\. .*2024: 9,03%$/);
    const event = oneEvent(el, 'indikator-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<SelectDetail>).detail).to.deep.equal({ period: '2024-03', value: 9.03, series: 'idn.poverty-rate.march' });
    expect(await press('ArrowUp')).to.match(/^Sumatera Selatan\. .*2024: 10,97%$/);
    expect(await press('ArrowUp')).to.equal('Musi Banyuasin. 2024: 12,88%');
    // The hint says how: the keys between lines are there only when there are lines to move between.
    expect(text(el, `#trend-hint`)).to.contain('panah atas dan bawah');
  });

  it('keeps Up and Down for moving between series: on a single line they do not move the point', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id' });
    ($(el, '[part="chart"]') as HTMLElement).focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(live(el)).to.equal('2021: 6,56%');
    expect(text(el, `#trend-hint`)).not.to.contain('panah atas');
  });

  it('closes the tooltip on Escape', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'en' });
    ($(el, '[part="chart"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.be.false;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.be.true;
  });

  it('fires a cancelable indikator-select on Enter', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'en' });
    ($(el, '[part="chart"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    const event = oneEvent(el, 'indikator-select');
    await sendKeys({ press: 'Enter' });
    const e = (await event) as CustomEvent<SelectDetail>;
    expect(e.detail).to.deep.equal({ period: '2023', value: 0.98, series: 'idn.1606.extreme-poverty-rate' });
    expect(e.cancelable && e.bubbles && e.composed).to.be.true;
  });

  it('shows the nearest point on hover and selects it on click', async () => {
    const el = await mount(await fixture(POVERTY), { lang: 'en' });
    const chart = $(el, '[part="chart"]') as HTMLElement;
    const svg = $(el, 'svg.svg')!.getBoundingClientRect();
    const marker = $$(el, '.marker')[0]!;
    expect(marker).to.exist;
    // 2015 is the first point: near the left edge of the plot.
    const x = svg.left + svg.width * 0.1;
    chart.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: svg.top + 40, pointerType: 'mouse', bubbles: true }));
    await el.updateComplete;
    expect(tooltip(el).hidden).to.be.false;
    expect(tooltip(el).textContent).to.match(/2015|2016/);
    expect(tooltip(el).style.getPropertyValue('--_tip-x')).to.match(/^0\.\d+/);
    const event = oneEvent(el, 'indikator-select');
    chart.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: svg.top + 40, bubbles: true }));
    const e = (await event) as CustomEvent<SelectDetail>;
    expect(['2015', '2016']).to.include(e.detail.period);
    chart.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tooltip(el).hidden).to.be.true;
  });

  it('shows the tooltip on tap', async () => {
    const el = await mount(await fixture(POVERTY), { lang: 'en' });
    const chart = $(el, '[part="chart"]') as HTMLElement;
    const svg = $(el, 'svg.svg')!.getBoundingClientRect();
    chart.dispatchEvent(new PointerEvent('pointerdown', { clientX: svg.right - 60, clientY: svg.top + 40, pointerType: 'touch', bubbles: true }));
    await el.updateComplete;
    expect(live(el)).to.contain('2025');
  });
});

describe('trend line: table', () => {
  it('toggles a real table with caption and scoped headers', async () => {
    const el = await mount(await fixture(EXTREME), { lang: 'id' });
    const button = $(el, '.table-toggle') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await openTable(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const table = $(el, 'table[part="table"]')!;
    expect(table.querySelector('caption')!.textContent).to.contain('tabel data');
    // Period, value and notes: no observation carries a flag, so the empty status column is left out.
    expect($$(el, 'thead th[scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal(['periode', 'nilai', 'catatan']);
    expect(getComputedStyle($(el, 'td.num')!).textAlign).to.equal('end');
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(4);
    expect(rows[2]!.querySelector('th[scope="row"]')!.textContent!.trim()).to.equal('2023');
    expect(rows[2]!.textContent).to.contain('0,98%').and.contain('Sumber berbeda');
    button.click();
    await el.updateComplete;
    expect($(el, 'table')).to.not.exist;
  });

  it('writes status flags as words', async () => {
    const el = await mount(
      doc({
        series: [
          { period: '2020', value: 1, status: ['P', 'B'] },
          { period: '2021', value: 2 },
        ],
      }),
      { lang: 'en' },
    );
    await openTable(el);
    expect($$(el, 'tbody tr')[0]!.textContent).to.contain('provisional, break in series');
  });

  it('paginates beyond 100 rows', async () => {
    const series = Array.from({ length: 150 }, (_, i) => ({ period: `${1850 + i}`, value: i }));
    const el = await mount(doc({ series }), { lang: 'id' });
    await openTable(el);
    expect($$(el, 'tbody tr')).to.have.length(100);
    expect(text(el, '.pager')).to.contain('halaman 1 dari 2');
    const [prev, next] = $$<HTMLButtonElement>(el, '.pager button');
    expect(prev!.disabled).to.be.true;
    next!.click();
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(50);
    expect(text(el, '.pager')).to.contain('halaman 2 dari 2');
    expect($$(el, 'tbody th')[0]!.textContent!.trim()).to.equal('1950');
  });
});

describe('trend line: many points', () => {
  it('draws 100,000 points with a bounded path and stays navigable', async () => {
    const series = Array.from({ length: 100_000 }, (_, i) => {
      const day = new Date(Date.UTC(1800, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return { period: day, value: Math.sin(i / 500) * 10 + (i % 7) };
    });
    const el = await mount(doc({ series }), { lang: 'en' }, undefined, 800);
    expect(el.state).to.equal('ready');
    const svg = $(el, 'svg.svg')!;
    const width = Number(svg.getAttribute('width'));
    const d = path(el, '[part="line"]');
    const commands = (d.match(/[ML]/g) ?? []).length;
    expect(commands).to.be.greaterThan(width);
    expect(commands).to.be.at.most(4 * width);
    expect($(el, '.marker')).to.not.exist;
    ($(el, '[part="chart"]') as HTMLElement).focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(el, '.trend > [role="status"]')).to.match(/^(2 Jan|Jan 2),? 1800: /);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(text(el, '.trend > [role="status"]')).to.match(/1827: /);
    expect(badAttributes(el)).to.deep.equal([]);
  });
});

describe('trend line: marks a reader must always see (review of issue 17)', () => {
  it('draws a threshold whose baseline sits on it, from the baseline to the deadline', async () => {
    // The baseline's circle at 10.2 is taken before the target's label is placed; the rule that
    // starts beside it once stopped there and was drawn empty.
    const data = doc({
      unit: { label: 'percent', symbol: '%' },
      direction: 'lower-is-better',
      baseline: { period: '2020', value: 10.2 },
      targets: [{ id: 't', comparator: 'lt', value: 10, period: '2026' }],
      series: [
        { period: '2020', value: 10.2 },
        { period: '2021', value: 12 },
        { period: '2022', value: 13 },
        { period: '2023', value: 14 },
      ],
    });
    for (const width of [375, 640]) {
      const el = await mount(data, { lang: 'en' }, undefined, width);
      const d = $(el, '[part="target"] path')!.getAttribute('d')!;
      const [x0, x1] = /^M([\d.]+),[\d.]+H([\d.]+)$/.exec(d)!.slice(1).map(Number);
      expect(x1! - x0!, `the rule at ${width} px`).to.be.above(width / 4);
    }
  });

  it('keeps the latest value inside a narrow chart with wide tick labels', async () => {
    const data = doc({
      series: [
        { period: '2020', value: 123456.78 },
        { period: '2021', value: 234567.89 },
        { period: '2022', value: 345678.9 },
      ],
    });
    for (const width of [160, 200, 240]) {
      const el = await mount(data, { lang: 'en' }, undefined, width);
      const svg = ($(el, 'svg.svg') as SVGSVGElement).getBoundingClientRect();
      const label = $(el, 'text.direct')!.getBoundingClientRect();
      expect(label.right, `the value at ${width} px`).to.be.at.most(svg.right + 1);
      expect(label.left).to.be.at.least(svg.left - 1);
    }
  });
});

describe('trend line: sparkline', () => {
  it('is a compact line with the target and the last value, a name and a hidden summary', async () => {
    const el = await mount(await fixture(POVERTY), { lang: 'id', variant: 'sparkline' }, undefined, 240);
    const chart = $(el, '[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.contain('Persentase penduduk miskin (P0)').and.contain('tercapai');
    expect($(el, '[part="summary"]')!.classList.contains('visually-hidden')).to.be.true;
    expect($(el, '[part="axis"]')).to.not.exist;
    expect($(el, '.table-toggle')).to.not.exist;
    expect($(el, '[part="target"] path')).to.exist;
    expect(text(el, 'text.last')).to.equal('9,97%');
    // The line's 48 px and the row of its first and last years (in the SVG since issue 17, so that
    // the last year sits under the axis' end): 2015 and 2025, the 2025 centred under the line's end.
    const height = Number($(el, 'svg')!.getAttribute('height'));
    expect(height).to.be.within(40, 72);
    const years = $$(el, 'text.spark-year');
    expect(years.map((t) => t.textContent)).to.deep.equal(['2015', '2025']);
    const end = Number(/([\d.]+),[\d.]+$/.exec($(el, 'path.line')!.getAttribute('d')!)![1]);
    expect(years[1]!.getAttribute('text-anchor')).to.equal('middle');
    expect(Number(years[1]!.getAttribute('x'))).to.be.closeTo(end, 0.5);
    expect(badAttributes(el)).to.deep.equal([]);
  });
});

describe('trend line: input', () => {
  it('never mutates its input', async () => {
    const docs = deepFreeze([await fixture(POVERTY), await fixture(SUMSEL)]);
    const before = JSON.stringify(docs);
    const el = await mount(docs, { lang: 'en' });
    expect(el.state).to.equal('ready');
    expect(JSON.stringify(docs)).to.equal(before);
  });

  it('reads a series again when it was changed in place and given again in a new document', async () => {
    const doc = (await fixture(POVERTY)) as Doc;
    const series = [...(doc.series as object[])];
    const el = await mount({ ...doc, series }, { lang: 'en' });
    expect(text(el, '[part="summary"]')).to.contain('9.97%');
    series.push({ period: '2026', value: 8.76 });
    el.data = { ...doc, series };
    await el.updateComplete;
    expect(text(el, '[part="summary"]')).to.contain('8.76%').and.contain('2026');
  });

  it('reads src and switches target with target-id', async () => {
    const el = document.createElement('indikator-trend-line');
    el.src = '/demo/data/muba-extreme-poverty.json';
    el.lang = 'en';
    document.body.append(el);
    await waitUntil(() => el.state === 'ready');
    expect(el.getAttribute('status')).to.equal('missed');
    el.targetId = 'rpjmn-2025-2029';
    await el.updateComplete;
    await frames();
    expect(el.getAttribute('status')).to.equal('on-track');
    expect(text(el, '[part="summary"]')).to.contain('Target 0% by 2026: on track.');
  });
});

describe('trend line: accessibility', () => {
  const states: Record<string, (el: IndikatorTrendLine, fx: unknown) => void> = {
    ready: (el, fx) => (el.data = fx as TrendData),
    empty: (el, fx) => (el.data = { ...(fx as Doc), series: [] }),
    error: (el, fx) => (el.data = { ...(fx as Doc), title: 5 }),
    loading: () => {},
  };
  for (const [state, setup] of Object.entries(states)) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['id', 'en']) {
        for (const dir of ['ltr', 'rtl']) {
          it(`is axe clean: ${state}, ${theme}, ${lang}, ${dir}`, async () => {
            const fx = await fixture(EXTREME);
            const wrapper = document.createElement('div');
            wrapper.dataset.testWrapper = '';
            wrapper.dir = dir;
            wrapper.lang = lang;
            const el = document.createElement('indikator-trend-line');
            el.theme = theme;
            el.style.width = '600px';
            setup(el, fx);
            wrapper.append(el);
            document.body.append(wrapper);
            if (state !== 'loading') await waitUntil(() => el.state === state, `never reached ${state}`);
            await frames();
            await el.updateComplete;
            await expect(el).to.be.accessible();
            expect(badAttributes(el)).to.deep.equal([]);
          });
        }
      }
    }
  }

  it('is axe clean with comparisons, the table open, the tooltip shown, and as a sparkline', async () => {
    const [a, b, c] = await Promise.all([fixture(POVERTY), fixture(SUMSEL), fixture(IDN)]);
    const el = await mount([a, b, c], { lang: 'id', theme: 'dark' });
    await openTable(el);
    ($(el, '[part="chart"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const spark = await mount(a, { lang: 'en', variant: 'sparkline' });
    await expect(spark).to.be.accessible();
  });
});

describe('trend line: a long source list', () => {
  it('counts many outlets ("BPS, via 4 media") and keeps the full list one click away', async () => {
    const data = await fixture<Doc>('muba-extreme-poverty.json');
    const outlets = ['Kordanews', 'Detak-Palembang', 'Beritasmart', 'Palpos'];
    const el = await mount(
      {
        ...data,
        series: (data.series as Record<string, unknown>[]).map((o, i) => ({ ...o, sourceRef: `o${i}` })),
        sources: outlets.map((name, i) => ({ id: `o${i}`, name, origin: 'BPS' })),
      },
      { lang: 'id' },
    );
    const details = $(el, 'details.sources') as HTMLDetailsElement;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Sumber: BPS, via 4 media');
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open);
    expect(details.textContent).to.contain(`BPS, via ${outlets.join(', ')}`);
    await expect(el).to.be.accessible();
  });
});
