// The builder page itself: under quality-bar.md's strict Content-Security-Policy (served with that
// header, violations reported to the test server), no third-party loads, axe clean with a label on
// every control, keyboard-operable switches, readable at 320 px; and its pure parts.
import { expect } from '@open-wc/testing';
import { requireBuilt } from '../embed/helpers.js';
import { parseTable, readNumber } from '../../src/builder/paste-table.js';
import { buildDocument } from '../../src/builder/build-document.js';
import { defaultState, restoreState } from '../../src/builder/form-state.js';
import { detectFormat, readFile, selectFrom } from '../../src/builder/read-data.js';
import { VERSION } from '../../src/builder/embed-code.js';
import { History } from '../../src/builder/history.js';
import { seriesChoices, describeChoices } from '../../src/adapters/select.js';
import { adapt as adaptSdmx } from '../../src/adapters/sdmx-json.js';
import { openBuilder, previewWidget, STORAGE_KEY, until, type BuilderFrame } from './helpers.js';

type AxeWindow = Window & {
  axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
};

/** axe-core run inside the frame (loaded from this server: the page's CSP allows 'self'). */
async function axeViolations(b: BuilderFrame): Promise<string[]> {
  const win = b.win as unknown as AxeWindow;
  if (!win.axe) {
    const script = b.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    b.doc.head.append(script);
    await loaded;
  }
  const result = await win.axe.run(b.doc, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function fillJournalist(b: BuilderFrame): Promise<void> {
  b.choose('f-decimal', 'comma');
  b.type('f-paste', 'Tahun\tNilai\n2021\t6,56\n2022\t4,74\n2023\t0,98\n2024\t0,47');
  b.type('f-titleId', 'Persentase penduduk miskin ekstrem');
  b.type('f-symbol', '%');
  b.pick('direction', 'lower-is-better');
  b.type('f-targets-0-value', '0');
  b.type('f-targets-0-period', '2024');
  b.type('f-sources-0-name', 'BPS Kabupaten Musi Banyuasin');
  b.type('f-sources-0-url', 'https://musibanyuasinkab.bps.go.id/');
  await previewWidget(b, 'indikator-target-gauge', 'missed');
  await previewWidget(b, 'indikator-trend-line', 'missed');
}

describe('dist/builder.html', function () {
  this.timeout(60000);
  let b: BuilderFrame | undefined;
  before(async () => {
    await requireBuilt('/dist/builder.html');
  });
  afterEach(() => {
    b?.frame.remove();
    b = undefined;
    localStorage.removeItem(STORAGE_KEY);
  });

  it('works under the strict CSP header with 0 violations and loads nothing from elsewhere', async () => {
    const tag = `builder-${Math.random().toString(36).slice(2)}`;
    b = await openBuilder({ src: `/dist/builder.html?csp=strict&tag=${tag}` });
    const seen: string[] = [];
    b.doc.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    await fillJournalist(b);
    b.click('[data-view="theme"][data-value="dark"]');
    b.click('[data-view="width"][data-value="phone"]');
    b.click('[data-action="add-note"]');
    b.type('f-notes-0-textId', 'Angka 2023 berbeda antarsumber.');
    await new Promise((r) => setTimeout(r, 500));
    const reports = (await (await fetch(`/__csp-report?tag=${tag}`)).json()) as { reports: string[] };
    expect(reports.reports).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
    // The page's own markup has no inline script, style or style attribute.
    const html = await (await fetch('/dist/builder.html')).text();
    expect(html).not.to.match(/<style|style=|<script(?![^>]*\bsrc=)/i);
    expect(b.doc.querySelectorAll('[style]')).to.have.length(0);
    // Every resource came from this origin.
    const hosts = new Set(b.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).host));
    expect([...hosts]).to.deep.equal([location.host]);
  });

  it('is axe clean, empty and filled, in both languages, with a label on every control', async () => {
    b = await openBuilder();
    expect(await axeViolations(b)).to.deep.equal([]);
    await fillJournalist(b);
    b.click('[data-action="add-annotation"]');
    b.pick('sources.0.kind', 'secondary');
    b.type('f-targets-0-period', '2019'); // a problem shown, with its list
    await until(() => b!.doc.querySelector('.problem-box'), 'the problems list');
    expect(await axeViolations(b)).to.deep.equal([]);
    b.click('[data-action="ui-lang"]');
    expect(await axeViolations(b)).to.deep.equal([]);
    for (const control of b.doc.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const named = control.labels?.length || control.getAttribute('aria-label') || control.closest('label');
      expect(Boolean(named), control.outerHTML.slice(0, 120)).to.be.true;
    }
  });

  it('is operable by keyboard: the switches are buttons that say which is on; the problems link to their fields', async () => {
    b = await openBuilder();
    await fillJournalist(b);
    const dark = b.$<HTMLButtonElement>('[data-view="theme"][data-value="dark"]');
    expect(dark.localName).to.equal('button');
    expect(dark.getAttribute('aria-pressed')).to.equal('false');
    dark.focus();
    dark.click(); // Enter and Space on a button are a click
    expect(b.$('[data-view="theme"][data-value="dark"]').getAttribute('aria-pressed')).to.equal('true');
    expect(b.$('.preview-frame').classList.contains('theme-dark')).to.be.true;
    b.type('f-targets-0-period', 'tahun depan');
    const link = await until(() => b!.doc.querySelector<HTMLAnchorElement>('.problem-box a[href="#f-targets-0-period"]'), 'the link');
    link.click();
    expect(b.doc.activeElement?.id).to.equal('f-targets-0-period');
  });

  it('is readable at 320 px: one column, nothing wider than the screen', async () => {
    b = await openBuilder({ width: 320 });
    await fillJournalist(b);
    await until(() => b!.doc.querySelector('#code-element'), 'the code');
    expect(b.doc.documentElement.scrollWidth).to.be.at.most(320);
    const form = b.$('.form').getBoundingClientRect();
    const side = b.$('.side').getBoundingClientRect();
    expect(side.top).to.be.at.least(form.bottom - 1);
  });
});

describe('the builder’s pure parts', () => {
  it('reads a pasted table with the decimal separator chosen, never guessed', () => {
    const comma = parseTable('Tahun\tNilai\n2021\t6,56\n2022\t\n2023\t1.234,5', { separator: 'tab', decimal: 'comma' });
    // A blank cell is a gap (null), kept as one: never dropped, never 0.
    expect(comma.observations).to.deep.equal([
      { period: '2021', value: 6.56 },
      { period: '2022', value: null },
      { period: '2023', value: 1234.5 },
    ]);
    expect(comma.gaps).to.deep.equal(['2022']);
    expect(comma.problems).to.deep.equal([]);
    const point = parseTable('2021,6.56\n2022,4.74', { separator: 'comma', decimal: 'point' });
    expect(point.observations.map((o) => o.value)).to.deep.equal([6.56, 4.74]);
    expect(parseTable('2021;6,56', { separator: 'semicolon', decimal: 'point' }).problems[0]!.en).to.contain(
      'decimal comma: is the decimal separator right?',
    );
    expect(parseTable('2021,6', { separator: 'comma', decimal: 'comma' }).problems[0]!.id).to.contain(
      'Koma tidak bisa menjadi pemisah kolom sekaligus pemisah desimal',
    );
    expect(readNumber('−0,5%', 'comma')).to.equal(-0.5);
    expect(readNumber('6,56', 'point')).to.equal(undefined);
    expect(readNumber('12 345,6', 'comma')).to.equal(12345.6);
  });

  it('reads a wide table (periods across) and a table with a column to choose; reports duplicates and bad periods by line', () => {
    const wide = parseTable('Wilayah\t2021\t2022\nMusi Banyuasin\t6,56\t4,74', { separator: 'tab', decimal: 'comma' });
    expect(wide.observations).to.deep.equal([
      { period: '2021', value: 6.56 },
      { period: '2022', value: 4.74 },
    ]);
    const columns = parseTable('Tahun\tMuba\tSumsel\n2021\t6,56\t3,1\n2022\t4,74\t2,8', { separator: 'tab', decimal: 'comma', column: 'Sumsel' });
    expect(columns.columns).to.deep.equal(['Muba', 'Sumsel']);
    expect(columns.observations.map((o) => o.value)).to.deep.equal([3.1, 2.8]);
    const bad = parseTable('2021\t1\n2021\t2\ntahun lalu\t3', { separator: 'tab', decimal: 'point' });
    expect(bad.problems.map((p) => p.line)).to.deep.equal([2, 3]);
    expect(bad.problems[0]!.en).to.equal('Line 2: the period 2021 is already on line 1.');
  });

  it('builds the document and says what the schema cannot know: a deadline before the baseline, a link that is not http(s)', () => {
    const state = {
      ...defaultState('en'),
      titleEn: 'Extreme poverty',
      targets: [{ ...defaultState().targets[0]!, value: '0', period: '2019', basisUrl: 'javascript:alert(1)' }],
      sources: [{ ...defaultState().sources[0]!, name: 'BPS', url: 'ftp://x' }],
    };
    const built = buildDocument(state, { kind: 'table', observations: [{ period: '2021', value: 6.56 }] });
    expect(built.problems.map((p) => p.field)).to.deep.equal(['sources.0.url', 'targets.0.period', 'targets.0.basisUrl']);
    expect(built.fieldOf('targets[0].min')).to.equal('targets.0.min');
    expect(built.fieldOf('series[3].value')).to.equal('data');
    expect(built.fieldOf('sources')).to.equal('sources.0.name');
    expect(buildDocument(defaultState(), { kind: 'none' }).problems.map((p) => p.field)).to.deep.equal(['data', 'titleId']);
  });

  it('restores any stored state to a complete one, and undoes by change, not by keystroke', () => {
    expect(restoreState({ version: 1, targets: [{ comparator: 'between', min: '1' }], __proto__: { paste: 'x' } }).targets[0]!.comparator).to.equal(
      'between',
    );
    expect(restoreState('nonsense')).to.deep.equal(defaultState());
    const h = new History(10, 1000);
    const s0 = defaultState();
    h.record(s0, 'titleId', 0);
    h.record({ ...s0, titleId: 'a' }, 'titleId', 100);
    h.record({ ...s0, titleId: 'ab' }, 'symbol', 200);
    expect(h.size).to.equal(2);
    expect(h.undo('id')!.titleId).to.equal('ab');
    expect(h.undo('id')!.titleId).to.equal('');
    expect(h.undo('id')).to.equal(undefined);
  });

  it("tells a published file's format and its series dimensions: the same list the adapter's error shows", async () => {
    const text = await (await fetch('/demo/data/formats/sdmx-json-1.0_unicef-cme_afg-u5mr.json')).text();
    expect(detectFormat('x.json', text)).to.equal('sdmx-json');
    expect(detectFormat('x.csv', 'period,value\n2021,1')).to.equal('csv');
    expect(detectFormat('x.json', '{"schema":"indikator/indicator@1"}')).to.equal('indikator');
    let told: ReturnType<typeof seriesChoices> = [];
    expect(() => adaptSdmx(JSON.parse(text), { onChoices: (d) => (told = [...d]) })).to.throw(
      /select one series: SERIES_NAME=38 \(DHS .*\)\|269 \(UN IGME estimate\); SERIES_YEAR=/,
    );
    expect(told.map((d) => d.id)).to.deep.equal(['SERIES_NAME', 'SERIES_YEAR']);
    expect(told[0]!.values.map((v) => v.id)).to.deep.equal(['38', '269']);
    expect(selectFrom(told, { SERIES_NAME: '38' })).to.equal('SERIES_NAME=38');
    expect(selectFrom(told, { OTHER: 'x' })).to.equal('');
    const read = await readFile({ name: 'u5mr.json', format: 'auto', text }, { ...defaultState(), picks: { SERIES_NAME: '269' } });
    expect(read.select).to.equal('SERIES_NAME=269');
    expect(read.data.kind).to.equal('adapted');
    // describeChoices is written from seriesChoices: one list, two wordings.
    expect(
      describeChoices(
        [{ id: 'SEX' }],
        [
          { values: [{ id: '' }], item: 1 },
          { values: [{ id: 'F', label: 'Female' }], item: 2 },
        ],
      ),
    ).to.equal('SEX=(empty)|F (Female)');
  });

  it('writes the version of package.json into the CDN address', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
