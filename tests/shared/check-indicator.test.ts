// An element checks its document without the schema library when the document is plainly valid
// (the first draw neither waits for nor carries it), and loads it to explain a document that is not,
// with the schema's own paths and messages, a moment later. Only the trend line is loaded on this
// page: a page with the schema library loaded already (the server) hands it over (useValidator).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/trend-line/indikator-trend-line.js';
import type { IndikatorTrendLine } from '../../src/trend-line/trend-line.js';
import { validateIndicator } from '../../src/data/validate.js';
import { fixture } from '../helpers.js';

describe('checking a document in an element', () => {
  it('draws valid data in its first update, and explains invalid data in the page language once the schema is loaded', async () => {
    const doc = await fixture<Record<string, unknown> & { series: Record<string, unknown>[] }>('muba-poverty-rate.json');
    const el = document.createElement('indikator-trend-line') as IndikatorTrendLine;
    el.lang = 'id';
    el.data = doc;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.getAttribute('state'), 'valid data: no chunk waited for').to.equal('ready');

      const bad = { ...doc, series: doc.series.map((o, i) => (i === 3 ? { ...o, value: '4,74' } : o)) };
      el.data = bad;
      await waitUntil(() => el.getAttribute('state') === 'error', 'the error state', { timeout: 5000 });
      const error = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      error.querySelector('details')!.open = true;
      const expected = validateIndicator(bad, { lang: 'id' });
      expect(expected.ok).to.equal(false);
      const first = expected.ok ? '' : expected.issues[0]!.message;
      expect(first).to.match(/^series\[3\]\.value: /);
      expect(error.innerText).to.include(first);

      // The schema is loaded now: the next invalid document is explained at once, and valid data still is drawn at once.
      el.data = { ...doc, decimals: -1 };
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('error');
      el.data = doc;
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
    } finally {
      el.remove();
    }
  });
});
