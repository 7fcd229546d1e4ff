// A static site generator rendering the widgets at build time: the Eleventy example
// (demo/eleventy, an `indikator` shortcode on indikator/server) built by Eleventy 3 through the
// test server, read with JavaScript off, then taken over by the CDN bundle.
import { expect } from '@open-wc/testing';
import { TAGS, openPage } from './helpers.js';

const open = (scripts: boolean) => openPage('/__ssr/eleventy/index.html', { scripts });

describe('Eleventy: widgets rendered at build time', () => {
  it('the built page shows each widget whole with JavaScript off, in Indonesian', async function () {
    this.timeout(60000);
    const f = await open(false);
    try {
      const doc = f.doc;
      const gauge = doc.querySelector('indikator-target-gauge')!;
      expect(gauge.getAttribute('status')).to.equal('missed');
      expect(gauge.shadowRoot!.textContent).to.contain('tidak tercapai');
      const trend = doc.querySelector('indikator-trend-line')!;
      expect(trend.shadowRoot!.querySelector('path.line')!.getAttribute('d')).to.match(/^M/);
      expect(trend.shadowRoot!.querySelector('.summary')!.textContent).to.contain('9,97%');
      expect(doc.querySelector('indikator-program-card')!.shadowRoot!.querySelectorAll('indikator-target-gauge')).to.have.length(2);
      // The data is inline for the library in the browser.
      expect(JSON.parse(trend.querySelector('script[type="application/json"]')!.textContent!).id).to.be.a('string');
    } finally {
      f.remove();
    }
  });

  it('the library takes the page over without fetching, without an error', async function () {
    this.timeout(60000);
    const f = await open(true);
    try {
      const { win, doc } = f;
      for (const tag of TAGS) await win.customElements.whenDefined(tag);
      for (const tag of TAGS) await (doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(TAGS.map((t) => doc.querySelector(t)!.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready']);
      expect(f.errors).to.deep.equal([]);
      expect(win.performance.getEntriesByType('resource').filter((e) => /\.json/.test(e.name))).to.deep.equal([]);
      expect(doc.querySelector('indikator-trend-line')!.shadowRoot!.querySelector('.summary')!.textContent).to.contain('9,97%');
    } finally {
      f.remove();
    }
  });
});
