// Server rendering (contract, "Rendering on the server"): pages written by indikator/server in
// Node (the test server's /__ssr/page.html, from dist/server), shown in the browser with
// JavaScript off, then taken over by the library: with Lit's hydration support (the nodes the
// server wrote stay), and with the CDN bundle, which has none (drawn anew, in the same task).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { TAGS, loadModule, openPage, readerText, type Framed, type Tag } from './helpers.js';
import { until } from '../embed/helpers.js';

const ALL: Tag[] = [...TAGS];

const open = (query: string, options: { scripts?: boolean; width?: number } = {}) => openPage(`/__ssr/page.html?${query}`, options);
const root = (f: Framed, tag: Tag) => f.widget(tag).shadowRoot!;
const text = readerText;
const load = loadModule;

async function settled(f: Framed, tags: Tag[]): Promise<void> {
  for (const tag of tags) {
    await f.win.customElements.whenDefined(tag);
    const el = f.doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
  }
  // The redraw at the page's language, theme and width, a microtask and a frame later.
  await new Promise((resolve) => f.win.requestAnimationFrame(() => setTimeout(resolve, 50)));
  for (const tag of tags) await (f.doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('server rendering: the page as written, JavaScript off', () => {
  it('every element is drawn whole, in Indonesian, from its data', async () => {
    const f = await open(`tags=${ALL.join(',')}&lang=id`, { scripts: false });
    try {
      const gauge = root(f, 'indikator-target-gauge');
      const meter = gauge.querySelector('[role="meter"]')!;
      // muba-poverty-rate.json: 9,97 % in 2025 against < 10 % by 2025.
      expect(meter.getAttribute('aria-valuenow')).to.equal('9.97');
      expect(meter.getAttribute('aria-valuetext')).to.contain('9,97%').and.contain('tercapai');
      expect(text(gauge)).to.contain('tercapai').and.not.contain('Memuat').and.not.contain('Loading');
      expect(f.doc.querySelector('indikator-target-gauge')!.getAttribute('status')).to.equal('achieved');

      const trend = root(f, 'indikator-trend-line');
      const line = trend.querySelector('path.line[part="line"]')!;
      expect(line.getAttribute('d'), 'the line has its path').to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){9,}/);
      expect(text(trend.querySelector('.summary')!))
        .to.contain('18,35%')
        .and.contain('9,97%');
      expect(trend.querySelector('.frame')!.getAttribute('lang')).to.equal('id');

      const card = root(f, 'indikator-program-card');
      expect(text(card)).to.contain('Penurunan kemiskinan satu digit').and.contain('penanggung jawab');
      // The rows the server fetched, drawn with their own shadow roots.
      const rows = [...card.querySelectorAll('indikator-target-gauge')];
      expect(rows).to.have.length(2);
      expect(rows.map((r) => r.getAttribute('status'))).to.deep.equal(['achieved', 'missed']);
      expect(text(rows[1]!.shadowRoot!)).to.contain('tidak tercapai');
    } finally {
      f.remove();
    }
  });

  it('is light on a page that declares no colour scheme, even when the OS is dark; theme="auto" follows the OS', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const page = await open('tags=indikator-target-gauge', { scripts: false });
    const auto = await open('tags=indikator-target-gauge&theme=auto', { scripts: false });
    try {
      const background = (f: Framed) => f.win.getComputedStyle(root(f, 'indikator-target-gauge').querySelector('.frame')!).backgroundColor;
      expect(background(page)).to.equal('rgb(255, 255, 255)');
      expect(background(auto)).to.equal('rgb(22, 25, 29)');
      page.doc.documentElement.style.colorScheme = 'dark';
      expect(background(page), 'a dark page').to.equal('rgb(22, 25, 29)');
    } finally {
      page.remove();
      auto.remove();
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });

  it('an invalid document is drawn as its error, in the page language', async () => {
    const f = await open('tags=indikator-trend-line&lang=id&fixture=program-muba-poverty-2025.json', { scripts: false });
    try {
      const el = f.doc.querySelector('indikator-trend-line')!;
      expect(el.getAttribute('state')).to.equal('error');
      expect(text(el.shadowRoot!.querySelector('[part="error"]')!)).to.match(/tidak dapat ditampilkan/);
    } finally {
      f.remove();
    }
  });
});

describe('server rendering: taken over in the browser', () => {
  it("with Lit's hydration support: the server's nodes stay, nothing is fetched, no error, no layout shift", async () => {
    const f = await open(`tags=${ALL.join(',')}&lang=id`, { width: 375 });
    try {
      const before = ALL.map((tag) => root(f, tag).querySelector('.frame'));
      const line = root(f, 'indikator-trend-line').querySelector('path.line');
      const shifts: number[] = [];
      new f.win.PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift' });
      const fetchesBefore = f.win.performance.getEntriesByType('resource').filter((e) => /\.json/.test(e.name)).length;
      await load(f, '/tests/ssr/hydrate-client.js');
      await settled(f, ALL);
      expect(f.errors).to.deep.equal([]);
      ALL.forEach((tag, i) => expect(root(f, tag).querySelector('.frame'), `${tag} kept the server's frame`).to.equal(before[i]));
      expect(root(f, 'indikator-trend-line').querySelector('path.line'), 'the same line node').to.equal(line);
      const fetches = f.win.performance.getEntriesByType('resource').filter((e) => /\.json/.test(e.name)).length;
      expect(fetches, 'nothing fetched').to.equal(fetchesBefore);
      // Now drawn at its own width (the server drew at the default 640) and resolved as the page has it.
      const trend = root(f, 'indikator-trend-line');
      const svg = trend.querySelector('svg.svg')!;
      expect(Number(svg.getAttribute('width'))).to.be.below(375);
      expect(trend.querySelector('.frame')!.classList.contains('theme-light')).to.equal(true);
      expect(
        shifts.reduce((a, b) => a + b, 0),
        'cumulative layout shift',
      ).to.be.below(0.1);
      // And it works: the keyboard walks the points.
      const chart = trend.querySelector('.chart') as HTMLElement;
      chart.focus();
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await (f.doc.querySelector('indikator-trend-line') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(text(trend.querySelector('.tooltip')!)).to.contain('9,97');
    } finally {
      f.remove();
    }
  });

  it('with the CDN bundle (no hydration support): drawn anew with the same content, without a flash or an error', async () => {
    const f = await open(`tags=${ALL.join(',')}&lang=id`, { width: 375 });
    try {
      const server = ALL.map((tag) => text(root(f, tag).querySelector('.summary') ?? root(f, tag).querySelector('.value')!));
      // Every animation frame between load and settled shows a finished chart, never "loading".
      let loadingSeen = false;
      let watching = true;
      const watch = () => {
        if (ALL.some((tag) => root(f, tag).querySelector('.loading'))) loadingSeen = true;
        if (watching) f.win.requestAnimationFrame(watch);
      };
      watch();
      await load(f, '/dist/indikator.js');
      await settled(f, ALL);
      watching = false;
      expect(f.errors).to.deep.equal([]);
      expect(loadingSeen, 'a loading state was painted').to.equal(false);
      const client = ALL.map((tag) => text(root(f, tag).querySelector('.summary') ?? root(f, tag).querySelector('.value')!));
      expect(client).to.deep.equal(server);
      expect(root(f, 'indikator-trend-line').querySelectorAll('style').length, "the server's styles stay").to.be.greaterThan(0);
    } finally {
      f.remove();
    }
  });
});

describe('server rendering: a published file, and an element with only src', () => {
  it('a real SDMX-JSON file (UNICEF, Afghanistan under-5 mortality) converted by its adapter in Node renders whole', async () => {
    const f = await openPage('/__ssr/adapted.html?format=sdmx-json&file=sdmx-json-1.0_unicef-cme_afg-u5mr.json&select=SERIES_NAME%3D269', {
      scripts: false,
    });
    try {
      const trend = f.widget('indikator-trend-line');
      expect(trend.getAttribute('state')).to.equal('ready');
      // The file's 48 mid-year estimates, 300.9 in 1970 to 67.9 in 2017 (checked against the raw file in tests/adapters).
      const d = trend.shadowRoot!.querySelector('path.line')!.getAttribute('d')!;
      expect(d.match(/[ML]/g)).to.have.length(48);
      const summary = readerText(trend.shadowRoot!.querySelector('.summary')!);
      expect(summary).to.contain('300.9').and.contain('67.9');
      expect(readerText(trend.shadowRoot!)).to.contain('Afghanistan');
    } finally {
      f.remove();
    }
  });

  it('with only `src`, the server shows the fallback content, and the browser keeps that drawing until the data has arrived', async () => {
    const off = await openPage('/__ssr/src.html', { scripts: false });
    try {
      const trend = off.widget('indikator-trend-line');
      expect(trend.shadowRoot!.querySelector('slot'), 'a slot for the fallback').to.exist;
      expect(readerText(trend.shadowRoot!)).to.not.match(/Memuat|Loading/);
      expect(off.doc.getElementById('fallback')!.getBoundingClientRect().height, 'the fallback is shown').to.be.greaterThan(0);
    } finally {
      off.remove();
    }
    const f = await openPage('/__ssr/src.html?delay=800&script=cdn');
    try {
      const trend = f.widget('indikator-trend-line');
      await f.win.customElements.whenDefined('indikator-trend-line');
      await new Promise((r) => setTimeout(r, 200));
      expect(trend.getAttribute('state'), 'still waiting for its data').to.equal('loading');
      expect(trend.shadowRoot!.querySelector('slot'), "the server's drawing stays").to.exist;
      expect(trend.shadowRoot!.querySelector('.loading'), 'never "loading"').to.equal(null);
      await until(() => trend.getAttribute('state') === 'ready', 'the data', 8000);
      await trend.updateComplete;
      expect(trend.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(readerText(trend.shadowRoot!.querySelector('.summary')!)).to.contain('9,97%');
      expect(f.errors).to.deep.equal([]);
    } finally {
      f.remove();
    }
  });
});

describe('without the browser APIs jsdom lacks', () => {
  it('draws with defaults when matchMedia and ResizeObserver are missing', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & typeof globalThis & { matchMedia?: unknown; ResizeObserver?: unknown };
      delete (win as { matchMedia?: unknown }).matchMedia;
      Object.defineProperty(win, 'matchMedia', { value: undefined });
      Object.defineProperty(win, 'ResizeObserver', { value: undefined });
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(String(e.message)));
      win.addEventListener('unhandledrejection', (e) => errors.push(String((e as PromiseRejectionEvent).reason)));
      const doc = frame.contentDocument!;
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/indikator.js';
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        doc.head.append(script);
      });
      const doc1 = await (await fetch('/demo/data/muba-poverty-rate.json')).json();
      const el = doc.createElement('indikator-trend-line') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
      el.setAttribute('lang', 'id');
      el.data = doc1;
      doc.body.append(el);
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')).to.match(/^M/);
    } finally {
      frame.remove();
    }
  });
});
