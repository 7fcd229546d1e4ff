// Screenshots of every demo page (issue "Phones and article pages", §6) at 320, 375, 768 and 1280 px,
// with the reader's system in light and in dark, against committed baselines
// (tests/layout/screenshots/, taken with `npm run test:screenshots:update` and looked at one by one).
// The article and the dashboard declare `color-scheme: light`, so their dark-system pictures must
// stay light (the contract's "the theme follows the page"); the portal follows the system; the
// trend gallery is asked for its dark page. The layout audit beside this file checks the same pages
// by rule; these catch what no rule names.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const PAGES = ['index.html', 'article.html', 'portal.html', 'gallery-gauge.html', 'gallery-trend.html', 'gallery-card.html'];
/** The pages that follow the reader's system (the others declare `color-scheme: light`), and how each is asked for dark. */
const FOLLOWS: Record<string, string> = { 'portal.html': '', 'gallery-trend.html': '?theme=dark' };
const WIDTHS = [320, 375, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;
/**
 * At most this many pixels may differ from the baseline beyond anti-aliasing (pixelmatch's
 * threshold 0.1 per pixel). A count, not a share of the page: one changed word is about 0.02 % of
 * a phone-width page, and repeated runs on one build differ by 0 pixels.
 */
const TOLERANCE = 24;

interface Compared {
  name: string;
  baseline: boolean;
  width: number;
  height: number;
  expectedWidth?: number;
  expectedHeight?: number;
  differing?: number;
  share?: number;
}

for (const page of PAGES) {
  describe(`demo/${page}: screenshots`, () => {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        it(`at ${width} px, ${scheme} system: matches its ${page in FOLLOWS || scheme === 'light' ? '' : 'light '}baseline`, async function () {
          this.timeout(40000);
          const follows = page in FOLLOWS;
          const query = scheme === 'dark' && follows ? FOLLOWS[page] : '';
          // A light page on a dark system is held to its light baseline: it must not turn dark.
          const baselineScheme = follows ? scheme : 'light';
          const r = (await executeServerCommand('compare-screenshot', { page, query, width, scheme, baselineScheme })) as Compared;
          expect(r.baseline, `tests/layout/screenshots/${r.name}.png exists (npm run test:screenshots:update writes it)`).to.equal(true);
          expect(`${r.width}x${r.height}`, `${r.name}: the page's drawn size`).to.equal(`${r.expectedWidth}x${r.expectedHeight}`);
          expect(r.differing, `${r.name}: pixels that differ (tests/layout/screenshots-failed/${r.name}-as-${scheme}.diff.png)`).to.be.at.most(
            TOLERANCE,
          );
        });
      }
    }
  });
}
