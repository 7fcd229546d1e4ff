// The browser's label measurer (src/shared/measure.ts): a canvas in the element's font, forgotten
// when the page's web fonts arrive (widths measured before were the fallback font's).
import { expect } from '@open-wc/testing';
import { canvasMeasure, onFontsLoaded } from '../../src/shared/measure.js';
import { estimateWidth } from '../../src/geometry/text.js';

describe('shared/measure', () => {
  it("measures in the family it is given, close to the server's estimate", () => {
    const measure = canvasMeasure('sans-serif')!;
    expect(measure('Illi', 12, false)).to.be.below(measure('MWMW', 12, false));
    // Bold is never narrower (with no bold face installed, a synthetic bold keeps the advances).
    expect(measure('9,97%', 12, true)).to.be.at.least(measure('9,97%', 12, false));
    // The estimate the server uses stays within a fifth of the browser's own widths.
    for (const text of ['Musi Banyuasin', 'Sumatera Selatan', '10,15%', 'target < 10% (2025)']) {
      const ratio = estimateWidth(text, 12) / measure(text, 12, false);
      expect(ratio, text).to.be.within(0.8, 1.25);
    }
    expect(canvasMeasure(undefined)).to.equal(undefined);
  });

  it('forgets its widths and redraws what watches when the fonts have loaded', () => {
    const before = canvasMeasure('serif');
    let redraws = 0;
    const stop = onFontsLoaded(() => redraws++);
    document.fonts.dispatchEvent(new Event('loadingdone'));
    expect(redraws).to.equal(1);
    expect(canvasMeasure('serif')).to.not.equal(before);
    stop();
    document.fonts.dispatchEvent(new Event('loadingdone'));
    expect(redraws).to.equal(1);
  });
});
