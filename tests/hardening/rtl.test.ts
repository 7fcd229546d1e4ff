// Right to left: every element under `dir="rtl"` lays out mirrored (text from the right, the gauge's
// graphic flipped so the better end is on the left), keeps every number as it is, and stays axe clean.
// The trend line's plot keeps time running left to right (`direction: ltr` on its SVG, as most
// right-to-left publications draw time series); its text around the plot is mirrored.
import { expect } from '@open-wc/testing';
import {
  $,
  ALL_TAGS,
  CARD,
  GAUGE,
  TREND,
  flatText,
  mount,
  nestedWidgets,
  serialize,
  stable,
  unmountAll,
  watchErrors,
  type Tag,
  type Widget,
} from './helpers.js';
import { deepFreeze, fixture } from '../helpers.js';

const EXTREME = 'muba-extreme-poverty.json';
const PROGRAMME = 'program-muba-poverty-2025.json';

async function documentFor(tag: Tag): Promise<unknown> {
  if (tag !== CARD) return deepFreeze(await fixture(EXTREME));
  const programme = await fixture<Record<string, unknown>>(PROGRAMME);
  return deepFreeze({ ...programme, indicators: [await fixture('muba-poverty-rate.json'), await fixture(EXTREME)] });
}

async function mountIn(tag: Tag, dir: 'ltr' | 'rtl', lang: string): Promise<Widget> {
  const host = document.createElement('div');
  host.setAttribute('dir', dir);
  host.setAttribute('lang', lang);
  const el = await mount(tag, { data: await documentFor(tag), parent: host, width: 520 });
  el.removeAttribute('lang');
  await stable(el);
  return el;
}

/** Where the text of an element starts and ends on screen, against its own box. */
function textEdges(node: Element): { left: number; right: number; boxLeft: number; boxRight: number } {
  const range = document.createRange();
  range.selectNodeContents(node);
  const text = range.getBoundingClientRect();
  const box = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return {
    left: text.left,
    right: text.right,
    boxLeft: box.left + parseFloat(style.paddingLeft),
    boxRight: box.right - parseFloat(style.paddingRight),
  };
}

// The trend line's title is `dir="auto"` (a Latin title reads left to right even on a right-to-left
// page): its meta line (area, unit, "data up to") shows the page's direction instead.
const TITLE: Record<Tag, string> = { [GAUGE]: '[part="title"]', [TREND]: '.meta', [CARD]: '[part="title"]' };

let watcher: ReturnType<typeof watchErrors>;
beforeEach(() => (watcher = watchErrors()));
afterEach(() => {
  watcher.stop();
  unmountAll();
  expect(watcher.errors).to.deep.equal([]);
});

describe('right to left', function () {
  this.timeout(30000);
  for (const tag of ALL_TAGS) {
    it(`${tag}: mirrored, every number and word as in left to right, axe clean`, async () => {
      const ltr = await mountIn(tag, 'ltr', 'id');
      const rtl = await mountIn(tag, 'rtl', 'id');
      expect(rtl.state).to.equal('ready');
      // The same DOM, text and numbers: mirroring is the layout's job, not the content's.
      expect(serialize(rtl, true)).to.equal(serialize(ltr, true));
      for (const el of [rtl, ...nestedWidgets(rtl)]) {
        expect(getComputedStyle($(el, '.frame')!).direction, `${el.localName} frame`).to.equal('rtl');
      }
      // Text starts at the right edge under rtl, at the left edge under ltr.
      const r = textEdges($(rtl, TITLE[tag])!);
      const l = textEdges($(ltr, TITLE[tag])!);
      expect(Math.abs(r.right - r.boxRight), 'rtl title hugs the right edge').to.be.below(2);
      expect(Math.abs(l.left - l.boxLeft), 'ltr title hugs the left edge').to.be.below(2);
      const gauges = tag === GAUGE ? [rtl] : nestedWidgets(rtl).filter((n) => n.localName === GAUGE);
      for (const gauge of gauges) {
        // The gauge's better end is on the left: the graphic is flipped as a whole.
        expect(getComputedStyle($(gauge, '.graphic')!).transform, 'gauge graphic mirrored').to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      }
      if (tag === TREND) {
        // Time runs left to right inside the plot in both directions; the y axis labels keep their numbers.
        expect(getComputedStyle($(rtl, 'svg.svg')!).direction).to.equal('ltr');
        expect(flatText(rtl)).to.contain('0,47%');
      }
      if (tag === GAUGE) {
        expect($(rtl, '.number')!.textContent!.trim()).to.equal('0,47%');
        expect($(rtl, '[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('0.47');
      }
      await expect(rtl).to.be.accessible();
    });

    it(`${tag}: in Arabic (lang="ar", dir="rtl") the numbers keep their values, axe clean`, async () => {
      const el = await mountIn(tag, 'rtl', 'ar');
      expect(el.state).to.equal('ready');
      const gauge = tag === GAUGE ? el : nestedWidgets(el).find((n) => n.localName === GAUGE);
      if (gauge) {
        const shown = $(gauge, '.number')!.textContent!.trim();
        const latin = shown
          .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
          .replace(/[\u066b,]/g, '.')
          .replace(/[^\d.-]/g, '');
        expect(Number(latin), `"${shown}" reads as the latest value`).to.equal(Number($(gauge, '[role="meter"]')!.getAttribute('aria-valuenow')));
      }
      await expect(el).to.be.accessible();
    });
  }
});
