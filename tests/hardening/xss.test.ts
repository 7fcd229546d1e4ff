// The XSS battery: every payload through every text field and every URL field of both document
// types, on every element that shows them (the card shows its inline indicators through nested
// gauges and sparklines). Tripwires (`window.__xss`, stubbed `alert`/`confirm`/`prompt`) must stay
// untouched; no markup from data may become an element or an attribute; no URL other than http(s):
// and mailto: may reach the DOM; text fields must show the payload literally wherever the field is shown.
import { expect } from '@open-wc/testing';
import {
  CARD,
  GAUGE,
  TREND,
  foreignElements,
  handlerAttributes,
  indicator,
  mount,
  programme,
  settled,
  shadowText,
  unmountAll,
  unsafeUrls,
  watchErrors,
  type Json,
  type Tag,
  type Widget,
} from './helpers.js';
import { PAYLOADS, armTripwires } from './payloads.js';
import { safeUrl } from '../../src/core/urls.js';

type Setter = (doc: Json, value: string) => void;

interface Field {
  readonly name: string;
  readonly kind: 'text' | 'url';
  readonly set: Setter;
}

const at = (doc: Json, key: string) => doc[key] as Json;
const first = (doc: Json, key: string) => (doc[key] as Json[])[0]!;

/** Every text and URL field of an indicator document. */
const INDICATOR_FIELDS: Field[] = [
  { name: 'title', kind: 'text', set: (d, v) => void (d.title = v) },
  { name: 'title (localized)', kind: 'text', set: (d, v) => void (d.title = { en: v, id: v }) },
  { name: 'shortTitle', kind: 'text', set: (d, v) => void (d.shortTitle = v) },
  { name: 'description', kind: 'text', set: (d, v) => void (d.description = v) },
  { name: 'area.name', kind: 'text', set: (d, v) => void (d.area = { name: v }) },
  { name: 'unit.label', kind: 'text', set: (d, v) => void (d.unit = { label: v }) },
  { name: 'unit.symbol', kind: 'text', set: (d, v) => void (d.unit = { label: 'unit', symbol: v }) },
  { name: 'periodNote', kind: 'text', set: (d, v) => void (d.periodNote = v) },
  { name: 'targets[].label', kind: 'text', set: (d, v) => void (first(d, 'targets').label = v) },
  { name: 'targets[].basis', kind: 'text', set: (d, v) => void (first(d, 'targets').basis = v) },
  { name: 'sources[].name', kind: 'text', set: (d, v) => void (first(d, 'sources').name = v) },
  { name: 'sources[].publisher', kind: 'text', set: (d, v) => void (first(d, 'sources').publisher = v) },
  {
    name: 'sources[].quotes',
    kind: 'text',
    set: (d, v) => void Object.assign(first(d, 'sources'), { kind: 'secondary', publisher: 'Outlet', quotes: v }),
  },
  {
    name: 'sources[].origin',
    kind: 'text',
    set: (d, v) => void Object.assign(first(d, 'sources'), { kind: 'secondary', publisher: 'Outlet', origin: v }),
  },
  { name: 'sources[].reference', kind: 'text', set: (d, v) => void (first(d, 'sources').reference = v) },
  { name: 'notes[].text', kind: 'text', set: (d, v) => void (d.notes = [{ text: v, periods: ['2021'] }]) },
  { name: 'series[].note', kind: 'text', set: (d, v) => void ((d.series as Json[])[1]!.note = v) },
  { name: 'baseline.note', kind: 'text', set: (d, v) => void (at(d, 'baseline').note = v) },
  { name: 'codes[].code', kind: 'text', set: (d, v) => void (d.codes = [{ system: 'sdg', code: v }]) },
  { name: 'sources[].url', kind: 'url', set: (d, v) => void (first(d, 'sources').url = v) },
  { name: 'codes[].url', kind: 'url', set: (d, v) => void (d.codes = [{ system: 'sdg', code: '1.2.1', url: v }]) },
];

/** Every text and URL field of a programme document. */
const PROGRAMME_FIELDS: Field[] = [
  { name: 'title', kind: 'text', set: (d, v) => void (d.title = v) },
  { name: 'title (localized)', kind: 'text', set: (d, v) => void (d.title = { en: v, id: v }) },
  { name: 'owner', kind: 'text', set: (d, v) => void (d.owner = v) },
  { name: 'coordinator', kind: 'text', set: (d, v) => void (d.coordinator = v) },
  { name: 'summary', kind: 'text', set: (d, v) => void (d.summary = v) },
  { name: 'area.name', kind: 'text', set: (d, v) => void (d.area = { name: v }) },
  { name: 'legalBasis[].title', kind: 'text', set: (d, v) => void (d.legalBasis = [{ type: 'Inpres', number: '4', year: 2022, title: v }]) },
  { name: 'legalBasis[].type', kind: 'text', set: (d, v) => void (d.legalBasis = [{ type: v, number: '4', year: 2022 }]) },
  { name: 'legalBasis[].number', kind: 'text', set: (d, v) => void (d.legalBasis = [{ type: 'Inpres', number: v }]) },
  { name: 'milestones[].title', kind: 'text', set: (d, v) => void (d.milestones = [{ date: '2023-05', title: v }]) },
  { name: 'links[].label', kind: 'text', set: (d, v) => void (d.links = [{ label: v, url: 'https://example.org/link' }]) },
  { name: 'budget.note', kind: 'text', set: (d, v) => void (d.budget = { amount: 1e9, currency: 'IDR', note: v }) },
  { name: 'sources[].name', kind: 'text', set: (d, v) => void (first(d, 'sources').name = v) },
  { name: 'sources[].publisher', kind: 'text', set: (d, v) => void (first(d, 'sources').publisher = v) },
  { name: 'sources[].quotes', kind: 'text', set: (d, v) => void Object.assign(first(d, 'sources'), { kind: 'secondary', quotes: v }) },
  { name: 'sources[].origin', kind: 'text', set: (d, v) => void Object.assign(first(d, 'sources'), { kind: 'secondary', origin: v }) },
  { name: 'notes[].text', kind: 'text', set: (d, v) => void (d.notes = [{ text: v }]) },
  { name: 'url', kind: 'url', set: (d, v) => void (d.url = v) },
  { name: 'links[].url', kind: 'url', set: (d, v) => void (d.links = [{ label: 'A link', url: v }]) },
  { name: 'sources[].url', kind: 'url', set: (d, v) => void (first(d, 'sources').url = v) },
  { name: 'legalBasis[].url', kind: 'url', set: (d, v) => void (d.legalBasis = [{ type: 'Inpres', url: v }]) },
  { name: 'indicators[] (URL string)', kind: 'url', set: (d, v) => void (d.indicators = [v]) },
  { name: 'indicators[].src', kind: 'url', set: (d, v) => void (d.indicators = [{ src: v }]) },
];

/**
 * Where each field must show up as text (found by rendering a marker first; this list is the floor,
 * so a field that stops being shown fails here rather than passing the literal check vacuously).
 */
const MUST_SHOW: Record<string, readonly string[]> = {
  [`${GAUGE} indicator`]: ['title', 'title (localized)', 'shortTitle', 'unit.symbol', 'sources[].name', 'sources[].publisher', 'sources[].origin'],
  [`${TREND} indicator`]: [
    'title',
    'title (localized)',
    'area.name',
    'unit.label',
    'periodNote',
    'sources[].name',
    'sources[].publisher',
    'sources[].origin',
    'notes[].text',
    'series[].note',
  ],
  [`${CARD} indicator`]: ['title', 'title (localized)', 'shortTitle'],
  [`${CARD} programme`]: [
    'title',
    'title (localized)',
    'owner',
    'coordinator',
    'summary',
    'area.name',
    'legalBasis[].title',
    'legalBasis[].type',
    'legalBasis[].number',
    'milestones[].title',
    'links[].label',
    'sources[].publisher',
  ],
};

const MARKER = 'Zq7MarkerXy';

interface Combination {
  readonly tag: Tag;
  readonly docKind: 'indicator' | 'programme';
  readonly field: Field;
}

const combinations: Combination[] = [
  ...INDICATOR_FIELDS.flatMap((field) => ([GAUGE, TREND, CARD] as const).map((tag): Combination => ({ tag, docKind: 'indicator', field }))),
  ...PROGRAMME_FIELDS.map((field): Combination => ({ tag: CARD, docKind: 'programme', field })),
];

function documentWith(c: Combination, value: string): Json {
  if (c.docKind === 'programme') {
    const doc = programme();
    c.field.set(doc, value);
    return doc;
  }
  const doc = indicator();
  c.field.set(doc, value);
  return c.tag === CARD ? programme({ indicators: [doc] }) : doc;
}

/** The shadow text with the element's own error and live-region noise left in: that is where text shows. */
const shows = (el: Widget, text: string) => shadowText(el).includes(text);

let tripwires: ReturnType<typeof armTripwires>;
let watcher: ReturnType<typeof watchErrors>;
const shownTable: string[] = [];
/** The card reports each dropped link and indicator URL on the console: collected, not printed. */
let warnings: string[] = [];
const consoleWarn = console.warn;

beforeEach(() => {
  tripwires = armTripwires();
  watcher = watchErrors();
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
});

afterEach(() => {
  console.warn = consoleWarn;
  unmountAll();
  watcher.stop();
  tripwires.disarm();
});

after(() => {
  // For the report: which field is shown by which element.
  console.log(
    `XSS battery: ${PAYLOADS.length} payloads × ${combinations.length} field/element combinations (${INDICATOR_FIELDS.length} indicator fields on 3 elements, ${PROGRAMME_FIELDS.length} programme fields) + element src on 3 elements`,
  );
  console.log(shownTable.join('\n'));
});

describe('XSS battery', () => {
  it(`has at least 30 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(30);
    expect(new Set(PAYLOADS.map((p) => p.text)).size).to.equal(PAYLOADS.length);
  });

  for (const c of combinations) {
    it(`${c.tag}: ${c.docKind} ${c.field.name} (${c.field.kind}) × every payload`, async () => {
      // Where does this field show? A harmless marker first.
      const probe = await mount(c.tag, { data: documentWith(c, c.field.kind === 'url' ? `https://example.org/${MARKER}` : MARKER) });
      expect(probe.state, 'the marker document renders').to.equal('ready');
      const shown = c.field.kind === 'text' && shows(probe, MARKER);
      shownTable.push(
        `${c.tag.padEnd(24)} ${c.docKind.padEnd(10)} ${c.field.name.padEnd(28)} ${c.field.kind === 'url' ? 'url' : shown ? 'shown' : 'not shown'}`,
      );
      const floor = MUST_SHOW[`${c.tag} ${c.docKind}`] ?? [];
      if (floor.includes(c.field.name)) expect(shown, `${c.field.name} must be shown by ${c.tag}`).to.equal(true);
      probe.remove();

      const elements = await Promise.all(PAYLOADS.map((p) => mount(c.tag, { data: documentWith(c, p.text), settle: false })));
      await Promise.all(elements.map((el) => settled(el)));
      await new Promise((resolve) => setTimeout(resolve, 30));
      elements.forEach((el, i) => {
        const p = PAYLOADS[i]!;
        const what = `${p.name} (${JSON.stringify(p.text)})`;
        expect(el.state, what).to.equal('ready');
        expect(handlerAttributes(el), what).to.deep.equal([]);
        expect(unsafeUrls(el), what).to.deep.equal([]);
        expect(foreignElements(el), what).to.deep.equal([]);
        if (shown) expect(shows(el, p.text.trim()), `${what} shown literally`).to.equal(true);
      });
      if (c.tag === CARD && ['links[].url', 'indicators[] (URL string)', 'indicators[].src'].includes(c.field.name)) {
        // Dropped, and reported: one warning per URL the card would not use.
        // Links may be mailto:; indicators are fetched, so only http(s) will do.
        const usable = (text: string) => {
          const url = safeUrl(text);
          return url !== undefined && (c.field.name.startsWith('links') || /^https?:/.test(url));
        };
        const dropped = PAYLOADS.filter((p) => !usable(p.text));
        expect(dropped.length, 'payloads the card must drop').to.be.at.least(10);
        expect(warnings.length, 'one warning per dropped URL').to.equal(dropped.length);
      }
      expect(tripwires.fired()).to.deep.equal([]);
      expect(watcher.errors).to.deep.equal([]);
    });
  }

  for (const tag of [GAUGE, TREND, CARD] as const) {
    it(`${tag}: element src × every payload ends in the error state, never a script URL`, async () => {
      const elements = await Promise.all(PAYLOADS.map((p) => mount(tag, { src: p.text, settle: false })));
      await Promise.all(elements.map((el) => settled(el)));
      elements.forEach((el, i) => {
        const p = PAYLOADS[i]!;
        const what = `${p.name} (${JSON.stringify(p.text)})`;
        expect(el.state, what).to.equal('error');
        expect(handlerAttributes(el), what).to.deep.equal([]);
        expect(unsafeUrls(el), what).to.deep.equal([]);
        expect(foreignElements(el), what).to.deep.equal([]);
      });
      expect(tripwires.fired()).to.deep.equal([]);
      expect(watcher.errors).to.deep.equal([]);
    });
  }

  it('a clean render has none of the elements the battery looks for (the check is not vacuous)', async () => {
    for (const tag of [GAUGE, TREND, CARD] as const) {
      const el = await mount(tag, {
        data: tag === CARD ? programme({ links: [{ label: 'x', url: 'https://example.org' }], url: 'https://example.org/p' }) : indicator(),
      });
      expect(foreignElements(el), tag).to.deep.equal([]);
      expect(unsafeUrls(el), tag).to.deep.equal([]);
      if (tag === CARD) expect(el.shadowRoot!.querySelectorAll('a[href^="https:"]').length).to.be.at.least(2);
    }
  });
});
