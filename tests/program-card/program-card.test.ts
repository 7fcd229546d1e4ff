import { expect, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import '../../src/program-card/indikator-program-card.js';
import type { IndikatorProgramCard } from '../../src/program-card/program-card.js';
import { rowTargetId } from '../../src/program-card/card-model.js';
import type { IndicatorDocument, ProgramDocument } from '../../src/data/schema.js';
import type { CardData, IndicatorInput } from '../../src/data/inputs.js';
import { deepFreeze, fixture } from '../helpers.js';

const PROGRAM = 'program-muba-poverty-2025.json';
const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function card(setup: (el: IndikatorProgramCard) => void, attrs: Record<string, string> = {}) {
  const el = document.createElement('indikator-program-card');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  setup(el);
  document.body.append(el);
  await waitUntil(() => el.state !== 'loading', 'card never settled', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

async function rowsReady(el: IndikatorProgramCard) {
  const nested = Array.from(shadow(el).querySelectorAll('indikator-target-gauge, indikator-trend-line')) as (HTMLElement & {
    state: string;
    updateComplete: Promise<unknown>;
  })[];
  await waitUntil(() => nested.every((n) => n.state && n.state !== 'loading'), 'rows never settled', { timeout: 8000 });
  await Promise.all(nested.map((n) => n.updateComplete));
  return nested;
}

afterEach(() => document.querySelectorAll('indikator-program-card').forEach((el) => el.remove()));

describe('program card model', () => {
  it('picks the target whose deadline falls inside the programme period', async () => {
    const program = await fixture<ProgramDocument>(PROGRAM);
    const extreme = await fixture<IndicatorDocument>('muba-extreme-poverty.json');
    expect(rowTargetId(extreme, program)).to.equal('inpres-4-2022');
    expect(rowTargetId(extreme, program, 'rpjmn-2025-2029')).to.equal('rpjmn-2025-2029');
    expect(rowTargetId(await fixture<IndicatorDocument>('muba-poverty-rate.json'), program)).to.equal('muba-single-digit-2025');
  });
});

describe('<indikator-program-card>', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`loads the real programme by URL in ${lang}: extreme poverty missed, poverty rate achieved`, async () => {
      const host = document.createElement('div');
      host.setAttribute('lang', lang);
      document.body.append(host);
      const loads: CustomEvent[] = [];
      host.addEventListener('indikator-load', (e) => loads.push(e as CustomEvent));
      const el = document.createElement('indikator-program-card');
      el.src = `/__fault/ok/${PROGRAM}`;
      host.append(el);
      await waitUntil(() => el.state === 'ready', 'not ready', { timeout: 8000 });
      await rowsReady(el);
      await aTimeout(50);
      expect(loads, 'the host hears one indikator-load').to.have.length(1);
      const rows = (loads[0]!.detail as { rows: { ok: boolean; status: string }[] }).rows;
      expect(rows.map((r) => [r.ok, r.status])).to.deep.equal([
        [true, 'achieved'],
        [true, 'missed'],
      ]);
      const gauges = Array.from(shadow(el).querySelectorAll('indikator-target-gauge'));
      expect(gauges.map((g) => g.getAttribute('status'))).to.deep.equal(['achieved', 'missed']);
      expect(gauges[1]!.getAttribute('target-id')).to.equal('inpres-4-2022');
      expect(gauges.every((g) => g.getAttribute('lang') === lang)).to.equal(true);
      expect(text(el, '[part="title"]')).to.equal(
        lang === 'id'
          ? 'Penurunan kemiskinan satu digit dan penghapusan kemiskinan ekstrem di Musi Banyuasin'
          : 'Single-digit poverty and elimination of extreme poverty in Musi Banyuasin',
      );
      expect(shadow(el).querySelector('h3[part="title"]')).to.exist;
      expect(text(el, '[part="facts"]')).to.contain(lang === 'id' ? 'tidak dipublikasikan' : 'not published');
      expect(text(el, '[part="milestones"]')).to.contain(lang === 'id' ? '16 Juli 2025' : 'July 16, 2025');
      expect(el.hasAttribute('status')).to.equal(false);
      await expect(el).to.be.accessible();
      host.remove();
    });
  }

  it('shows a failing indicator URL as an error in its own row while the rest renders', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const errors: CustomEvent[] = [];
    const el = document.createElement('indikator-program-card');
    el.addEventListener('indikator-error', (e) => errors.push(e as CustomEvent));
    const load = oneEvent(el, 'indikator-load');
    el.data = { ...program, indicators: ['/__fault/status/404', '/__fault/ok/muba-poverty-rate.json'] };
    document.body.append(el);
    await load;
    await aTimeout(20);
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelectorAll('.row-error')).to.have.length(1);
    expect(shadow(el).querySelectorAll('indikator-target-gauge')).to.have.length(1);
    expect(errors).to.have.length(1);
    expect((errors[0]!.detail as { code: string }).code).to.equal('fetch');
    await rowsReady(el);
    await expect(el).to.be.accessible();
  });

  it('never lets a javascript: link reach an href, in any spelling', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ];
    const el = await card((c) => {
      c.data = {
        ...program,
        url: 'javascript:alert(1)',
        links: bad.map((url) => ({ label: 'x', url })).concat([{ label: 'ok', url: 'mailto:tkpk@example.org' }]),
        indicators: [],
      };
    });
    const hrefs = Array.from(shadow(el).querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).to.be.greaterThan(0);
    for (const href of hrefs) expect(href).to.match(/^(https?:|mailto:)/);
    expect(hrefs).to.include('mailto:tkpk@example.org');
    expect(shadow(el).querySelector('[part="link"]')).to.equal(null);
  });

  it('shows markup in any text field as text', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const payload = '<img src=x onerror="window.__xss=1">';
    const el = await card((c) => {
      c.data = deepFreeze({ ...program, title: payload, summary: { id: payload, en: payload }, owner: payload, indicators: [] });
    });
    expect(text(el, '[part="title"]')).to.equal(payload);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('formats a published budget in its currency, never showing 0 for null', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const el = await card((c) => (c.data = { ...program, budget: { amount: 12_500_000_000, currency: 'IDR', year: 2025 }, indicators: [] }), {
      lang: 'id',
    });
    expect(text(el, '[part="facts"]')).to.match(/Rp\s?12,5\s?M/);
    const none = await card((c) => (c.data = { ...program, budget: { amount: null, currency: 'IDR' }, indicators: [] }), { lang: 'en' });
    expect(text(none, '[part="facts"]')).to.contain('not published');
    expect(text(none, '[part="facts"]')).not.to.match(/\b0\b/);
  });

  it('fires a cancelable indikator-select from its main link', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const el = await card((c) => (c.data = { ...program, url: 'https://www.musibanyuasinkab.go.id/', indicators: [] }));
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    el.addEventListener('indikator-select', (e) => e.preventDefault(), { once: true });
    const selected = oneEvent(el, 'indikator-select');
    link.click();
    const event = await selected;
    expect(event.cancelable).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('uses heading-level for its title and gives nested widgets the next level', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const extreme = await fixture<IndicatorInput>('muba-extreme-poverty.json');
    const el = await card((c) => (c.data = { ...program, indicators: [extreme] }), { 'heading-level': '2' });
    expect(shadow(el).querySelector('h2[part="title"]')).to.exist;
    expect(shadow(el).querySelector('indikator-target-gauge')!.getAttribute('heading-level')).to.equal('3');
  });

  it('shows an invalid programme as an error naming the path', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const el = await card((c) => (c.data = { ...program, status: 'paused' }));
    expect(el.state).to.equal('error');
    expect(text(el, '[part="error"]')).to.contain('status');
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    for (const dir of ['ltr', 'rtl']) {
      it(`passes axe in the ${theme} theme, ${dir}`, async () => {
        const program = await fixture<CardData>(PROGRAM);
        const extreme = await fixture<IndicatorInput>('muba-extreme-poverty.json');
        const wrapper = document.createElement('div');
        wrapper.dir = dir;
        document.body.append(wrapper);
        const el = document.createElement('indikator-program-card');
        el.theme = theme;
        el.data = { ...program, indicators: [extreme] };
        wrapper.append(el);
        await waitUntil(() => el.state === 'ready');
        await rowsReady(el);
        await expect(el).to.be.accessible();
        wrapper.remove();
      });
    }
  }
});

describe('<indikator-program-card> dropped URLs', () => {
  it('reports each dropped URL once (links, sources, the main link), not on every render', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const el = await card((c) => {
        c.data = {
          ...program,
          url: 'javascript:alert(1)',
          links: [{ label: 'x', url: 'vbscript:msgbox(1)' }],
          sources: [{ id: 's', name: 'S', url: 'data:text/html,x' }],
          indicators: [],
        };
      });
      for (const theme of ['dark', 'light', 'dark']) {
        el.theme = theme;
        await el.updateComplete;
      }
      expect(warnings.filter((w) => w.includes('dropped'))).to.have.length(3);
      expect(warnings.join('\n')).to.contain('programme link').and.contain('source link').and.contain('link dropped');
    } finally {
      console.warn = warn;
    }
  });
});

describe('programme card: its rows on a refresh, and a programme of thousands', () => {
  let n = 0;
  const tag = () => `card-${Date.now()}-${++n}`;
  const hits = async (path: string) => ((await (await fetch(`/__fault/hits?path=${encodeURIComponent(path)}`)).json()) as { hits: number }).hits;
  const programUrl = (indicators: string[]) => `/__fault/program?indicators=${encodeURIComponent(indicators.join('|'))}&tag=${tag()}`;

  it('reload() fetches its indicator rows anew, past the shared cache', async () => {
    const row = `/__fault/ok/muba-extreme-poverty.json?tag=${tag()}`;
    const el = await card((c) => (c.src = programUrl([row])));
    await rowsReady(el);
    expect(await hits(row)).to.equal(1);
    const load = oneEvent(el, 'indikator-load');
    el.reload();
    await load;
    expect(await hits(row)).to.equal(2);
  });

  it('a row whose refresh fails keeps its last data, marked, while the others update', async () => {
    const failing = `/__fault/sequence/muba-extreme-poverty.json?steps=ok,500&tag=${tag()}`;
    const ok = `/__fault/ok/muba-poverty-rate.json?tag=${tag()}`;
    const el = await card((c) => (c.src = programUrl([failing, ok])), { lang: 'id' });
    await rowsReady(el);
    const load = oneEvent(el, 'indikator-load');
    el.reload();
    await load;
    await el.updateComplete;
    const rows = Array.from(shadow(el).querySelectorAll('[part="row"]'));
    expect(rows).to.have.length(2);
    expect(rows[0]!.querySelector('indikator-target-gauge')).to.exist;
    expect(rows[0]!.textContent).to.contain('Tidak diperbarui');
    expect(rows[1]!.textContent).not.to.contain('Tidak diperbarui');
    expect(await hits(failing)).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('takes at most 50 rows and fetches at most 6 at a time, saying what it left out', async () => {
    const original = window.fetch;
    let inFlight = 0;
    let most = 0;
    let requests = 0;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes('muba-poverty-rate')) return original(input, init);
      requests++;
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await original(input, init);
      } finally {
        inFlight--;
      }
    }) as typeof fetch;
    try {
      const rows = Array.from({ length: 3000 }, (_, i) => `/__fault/ok/muba-poverty-rate.json?delay=5&tag=${tag()}-${i}`);
      const program = { ...(await fixture<ProgramDocument>(PROGRAM)), indicators: rows };
      const el = await card((c) => (c.data = program), { lang: 'en' });
      await waitUntil(() => shadow(el).querySelectorAll('[part="row"]').length === 50, 'the 50 rows', { timeout: 15000 });
      expect(requests).to.equal(50);
      expect(most).to.be.at.most(6);
      expect(text(el, '.rows-more')).to.equal('2950 more indicators are not shown: a card shows at most 50.');
    } finally {
      window.fetch = original;
    }
  });
});

describe("programme card: rows in a publisher's format, through the same pipeline as an element's src", () => {
  let n = 0;
  const tag = () => `fmt-${Date.now()}-${++n}`;
  const hits = async (path: string) => ((await (await fetch(`/__fault/hits?path=${encodeURIComponent(path)}`)).json()) as { hits: number }).hits;
  const WB = '/__fault/ok/formats/worldbank-v2_fra_ny-gdp-mktp-cd.json';
  const CSV = '/__fault/ok/formats/csv_spec_semicolon-comma-decimal.csv';

  it('reads a World Bank response and a semicolon CSV with decimal commas as rows, each with its own format and options', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const wb = `${WB}?tag=${tag()}`;
    const csv = `${CSV}?tag=${tag()}`;
    const el = document.createElement('indikator-program-card');
    const load = oneEvent(el, 'indikator-load');
    el.data = {
      ...program,
      indicators: [
        { src: wb, format: 'worldbank' },
        { src: csv, format: 'csv', decimal: ',', delimiter: ';' },
      ],
    };
    document.body.append(el);
    const { detail } = (await load) as CustomEvent<{ rows: { ok: boolean; message?: string }[] }>;
    expect(detail.rows.map((r) => r.ok)).to.deep.equal([true, true]);
    const [gdpGauge, , csvGauge, csvTrend] = await rowsReady(el);
    // The World Bank row: France's GDP, titled as the response names it; 2022 is the latest value (2023 is null).
    const titles = Array.from(shadow(el).querySelectorAll('[part="row"]'), (r) =>
      r.querySelector('indikator-target-gauge')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim(),
    );
    expect(titles[0]).to.equal('GDP (current US$)');
    expect(gdpGauge!.shadowRoot!.querySelector('.period')!.textContent).to.contain('2022');
    // The CSV row read with its declared separators: 9,03 for 2024 (the file's last value), never 903; 2023 is empty, so 5 values of 6 rows.
    expect(csvGauge!.shadowRoot!.querySelector('.number')!.textContent).to.contain('9.03');
    expect((csvTrend as unknown as { model: { series: { values: unknown[] }[] } }).model.series[0]!.values).to.have.length(5);
    expect(await hits(wb)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows a row whose format is unknown, or whose message the adapter refuses, as an error in its row, in the page language', async () => {
    const program = await fixture<CardData>(PROGRAM);
    const el = document.createElement('indikator-program-card');
    el.lang = 'id';
    const load = oneEvent(el, 'indikator-load');
    el.data = {
      ...program,
      indicators: [{ src: `${WB}?tag=${tag()}`, format: 'pie' }, { src: `${CSV}?tag=${tag()}`, format: 'csv' }, '/__fault/ok/muba-poverty-rate.json'],
    };
    document.body.append(el);
    const { detail } = (await load) as CustomEvent<{ rows: { ok: boolean; message?: string }[] }>;
    expect(detail.rows.map((r) => r.ok)).to.deep.equal([false, false, true]);
    // The unknown format names the formats there are.
    expect(detail.rows[0]!.message).to.contain('pie').and.contain('worldbank');
    // The CSV read with the default separator (a comma) trips on its quotes: the adapter says why and asks about the delimiter, in Indonesian.
    expect(detail.rows[1]!.message).to.match(/^Data yang dipublikasikan tidak dapat dikonversi\. CSV: .*delimiter/);
    const errors = shadow(el).querySelectorAll('.row-error');
    expect(errors).to.have.length(2);
    expect(errors[0]!.textContent).to.contain('pie');
    await rowsReady(el);
    await expect(el).to.be.accessible();
  });

  it('reload() fetches a formatted row anew, past the shared cache', async () => {
    const wb = `${WB}?tag=${tag()}`;
    const programUrl = `/__fault/program?indicators=${encodeURIComponent(JSON.stringify({ src: wb, format: 'worldbank' }))}&tag=${tag()}`;
    const el = await card((c) => (c.src = programUrl));
    await rowsReady(el);
    expect(await hits(wb)).to.equal(1);
    const load = oneEvent(el, 'indikator-load');
    el.reload();
    await load;
    expect(await hits(wb)).to.equal(2);
  });
});

describe('programme card: its sparklines share one time scale', () => {
  it("draws every row on the same years, written under each sparkline: 2015 to 2025 for both of Musi Banyuasin's rows", async () => {
    // The real rows: the poverty rate runs 2015-2025, extreme poverty 2021-2024.
    const [program, poverty, extreme] = await Promise.all([
      fixture<CardData>(PROGRAM),
      fixture<IndicatorInput>('muba-poverty-rate.json'),
      fixture<IndicatorInput>('muba-extreme-poverty.json'),
    ]);
    const el = await card((c) => (c.data = { ...program, indicators: [{ data: poverty }, { data: extreme }] }));
    const [, povertyTrend, , extremeTrend] = await rowsReady(el);
    const years = (trend: HTMLElement) => Array.from(trend.shadowRoot!.querySelectorAll('.spark-year'), (s) => s.textContent);
    expect(years(povertyTrend!)).to.deep.equal(['2015', '2025']);
    expect(years(extremeTrend!)).to.deep.equal(['2015', '2025']);
    // The same scale: extreme poverty's line starts where 2021 is on the poverty row, not at the left edge.
    const xs = (trend: HTMLElement) =>
      Array.from((trend.shadowRoot!.querySelector('[part="line"]')!.getAttribute('d') ?? '').matchAll(/[ML]([\d.-]+),/g), (m) => Number(m[1]));
    const povertyXs = xs(povertyTrend!);
    expect(povertyXs, 'the poverty rate: one point a year, 2015-2025').to.have.length(11);
    // The poverty rate is a March figure (its referenceMonth is 3), so its 2021 is drawn at March
    // 2021; extreme poverty's 2021 (no reference month) at the year's start, two months before.
    const month = (povertyXs[7]! - povertyXs[6]!) / 12;
    expect(xs(extremeTrend!)[0]).to.be.closeTo(povertyXs[6]! - 2 * month, 1);
    // Alone, the extreme-poverty sparkline spans its own years.
    const alone = document.createElement('indikator-trend-line');
    alone.setAttribute('variant', 'sparkline');
    alone.data = extreme as never;
    document.body.append(alone);
    await waitUntil(() => alone.state === 'ready', 'never ready');
    await alone.updateComplete;
    expect(years(alone)).to.deep.equal(['2021', '2024']);
    alone.remove();
    await expect(el).to.be.accessible();
  });
});

describe('programme card: two cards on one page', () => {
  it("name their regions uniquely (axe landmark-unique), by the programme's title", async () => {
    const program = await fixture<ProgramDocument>(PROGRAM);
    const other = { ...program, id: 'other', title: { id: 'Program lain', en: 'Another programme' } };
    const wrapper = document.createElement('div');
    const a = document.createElement('indikator-program-card');
    const b = document.createElement('indikator-program-card');
    a.setAttribute('lang', 'en');
    b.setAttribute('lang', 'en');
    a.data = program;
    b.data = other;
    wrapper.append(a, b);
    document.body.append(wrapper);
    try {
      await waitUntil(() => a.state === 'ready' && b.state === 'ready', 'both cards', { timeout: 8000 });
      await Promise.all([a.updateComplete, b.updateComplete]);
      const names = [a, b].flatMap((c) => Array.from(shadow(c).querySelectorAll('section[aria-label]'), (s) => s.getAttribute('aria-label')));
      expect(new Set(names).size).to.equal(names.length);
      expect(names).to.include('indicators: Another programme');
      await expect(wrapper).to.be.accessible();
    } finally {
      wrapper.remove();
    }
  });
});
