// Next.js 15 with @lit-labs/nextjs (demo/nextjs, a static export pre-rendered by `next build`,
// which `npm run build:react` runs): the page as written, with JavaScript off, and after Next's
// React has hydrated it.
import { expect } from '@open-wc/testing';
import { requireBuilt, until } from '../embed/helpers.js';
import { TAGS, hasServerNodes, openPage } from './helpers.js';

const PAGE = '/demo/nextjs/out/index.html';
const open = (scripts: boolean) => openPage(PAGE, { scripts });

describe('Next.js 15 (@lit-labs/nextjs): server-rendered widgets', () => {
  before(() => requireBuilt(PAGE, 'npm run build && npm run build:react'));

  it('next build writes each widget whole, in Indonesian (JavaScript off)', async () => {
    const f = await open(false);
    try {
      const doc = f.doc;
      const gauge = doc.querySelector('indikator-target-gauge')!;
      expect(gauge.getAttribute('status')).to.equal('missed');
      expect(gauge.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain('0,47%').and.contain('tidak tercapai');
      expect(doc.querySelector('indikator-trend-line')!.shadowRoot!.querySelector('.summary')!.textContent).to.contain('18,35%');
      expect(doc.querySelector('indikator-program-card')!.shadowRoot!.querySelectorAll('indikator-trend-line')).to.have.length(2);
    } finally {
      f.remove();
    }
  });

  it("React hydrates it: the elements keep the server's nodes, get their data, and their events reach React", async function () {
    this.timeout(30000);
    const f = await open(true);
    try {
      const { doc, win } = f;
      const loads = await until(
        () => {
          const items = [...doc.querySelectorAll('[data-testid="events"] li')].map((li) => li.textContent);
          return items.length >= 3 ? items : undefined;
        },
        'three indikator-load events in the React log',
        20000,
      );
      expect(loads).to.have.members(TAGS.map((t) => `load ${t}`));
      for (const tag of TAGS) {
        const el = doc.querySelector(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
        await el.updateComplete;
        expect(el.getAttribute('state'), tag).to.equal('ready');
        expect(el.hasAttribute('defer-hydration'), tag).to.equal(false);
        expect(el.data, `${tag}.data`).to.be.an(tag === 'indikator-trend-line' ? 'array' : 'object');
        expect(hasServerNodes(el.shadowRoot!), `${tag} kept the server's nodes`).to.equal(true);
      }
      expect(
        win.performance.getEntriesByType('resource').filter((e) => /\.json(\?|$)/.test(e.name)),
        'nothing fetched',
      ).to.deep.equal([]);
    } finally {
      f.remove();
    }
  });
});

describe('Next.js: the client-only pattern (next/dynamic with ssr: false, as on Next 16)', () => {
  const CLIENT = '/demo/nextjs/out/client-only.html';
  before(() => requireBuilt(CLIENT, 'npm run build && npm run build:react'));

  it('the server writes the loading text and no widget; the browser draws all three with their data', async function () {
    this.timeout(30000);
    const off = await openPage(CLIENT, { scripts: false });
    try {
      expect(off.doc.querySelector('.loading-widgets')!.textContent).to.equal('Memuat grafik…');
      expect(off.doc.querySelectorAll('indikator-target-gauge, indikator-trend-line, indikator-program-card')).to.have.length(0);
    } finally {
      off.remove();
    }
    const f = await openPage(CLIENT);
    try {
      const loads = await until(
        () => {
          const items = [...f.doc.querySelectorAll('[data-testid="events"] li')].map((li) => li.textContent);
          return items.length >= 3 ? items : undefined;
        },
        'three indikator-load events in the React log',
        20000,
      );
      expect(loads).to.have.members(TAGS.map((t) => `load ${t}`));
      for (const tag of TAGS) {
        const el = f.widget(tag);
        expect(el.getAttribute('state'), tag).to.equal('ready');
        expect(hasServerNodes(el.shadowRoot!), `${tag} drawn in the browser`).to.equal(false);
      }
      expect(f.widget('indikator-target-gauge').getAttribute('status')).to.equal('missed');
      expect(f.errors).to.deep.equal([]);
    } finally {
      f.remove();
    }
  });
});
