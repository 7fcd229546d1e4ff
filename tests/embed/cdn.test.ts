// The CDN file, dist/indikator.js: one module that registers every element, in a page that has
// nothing else; and a second copy of it on the same page throws nothing.
import { expect } from '@open-wc/testing';
import { frame, requireBuilt, settled, widgetsIn } from './helpers.js';

type TrappedWindow = Window & { __errors: string[] };

describe('dist/indikator.js (CDN bundle)', () => {
  before(async () => {
    await requireBuilt('/dist/indikator.js');
  });

  it('renders all three elements from inline JSON in a bare page, loaded twice without an error', async () => {
    const el = await frame({ src: '/tests/embed/bare.html' });
    try {
      const doc = el.contentDocument!;
      const states = await settled(doc, 3);
      expect(states).to.deep.equal(['indikator-target-gauge:ready', 'indikator-trend-line:ready', 'indikator-program-card:ready']);
      // Upgraded by the bundle: each element has its class and a rendered shadow root.
      for (const w of widgetsIn(doc)) {
        expect(el.contentWindow!.customElements.get(w.localName), w.localName).to.be.a('function');
        expect(w.shadowRoot?.querySelector('.frame'), w.localName).to.exist;
      }
      // The gauge judged the inline document (80.2 of a ≥ 90 target, rising fast enough).
      expect(widgetsIn(doc)[0]!.getAttribute('status')).to.equal('on-track');
      // Both copies were fetched and evaluated; neither threw.
      const loaded = el.contentWindow!.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname + new URL(r.name).search);
      expect(loaded).to.include.members(['/dist/indikator.js', '/dist/indikator.js?second-copy']);
      // Valid inline documents need no chunk: not the fetching code, not the schema library.
      expect(loaded.filter((path) => path.includes('/cdn/'))).to.deep.equal([]);
      expect((el.contentWindow as TrappedWindow).__errors).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('can be imported twice (two module instances) without throwing', async () => {
    const first = `/dist/indikator.js?instance=${Math.random()}`;
    const second = `/dist/indikator.js?instance=${Math.random()}`;
    await import(/* @vite-ignore */ first);
    await import(/* @vite-ignore */ second);
    for (const tag of ['indikator-target-gauge', 'indikator-trend-line', 'indikator-program-card']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('tells what to run when a build output is missing', async () => {
    let message = '';
    await requireBuilt('/dist/no-such-build-output.js').catch((e: Error) => (message = e.message));
    expect(message).to.equal('/dist/no-such-build-output.js is missing (HTTP 404): run `npm run build` first');
  });

  it('needs no bare imports (every import is a relative URL)', async () => {
    const text = await (await fetch('/dist/indikator.js')).text();
    const specifiers = [...text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
    expect(specifiers.filter((s) => !s.startsWith('./') && !s.startsWith('../'))).to.deep.equal([]);
  });
});
