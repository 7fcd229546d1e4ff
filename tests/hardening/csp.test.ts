// Every element in every state under a strict Content-Security-Policy and under Trusted Types, with
// 0 `securitypolicyviolation` events; and a page with two more copies of the library (the CDN bundle
// served twice, each with its own Lit) under `trusted-types lit-html 'allow-duplicates'`.
import { expect } from '@open-wc/testing';

interface Report {
  results: Record<string, Record<string, string>>;
  violations: string[];
  errors: string[];
  loaded?: string[];
  failed?: string[];
  owners?: string[];
}

/** Loads a CSP test page in an iframe and waits for its report. */
async function underCsp(page: string, query: string): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.src = `/__csp/${page}.html?${query}`;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const report = new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${page}.html?${query} never reported`)), 30000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow || event.data?.kind !== 'csp-result') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event.data as Report);
    });
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

const TAGS = ['indikator-target-gauge', 'indikator-trend-line', 'indikator-program-card'];

const BASE = { ready: 'ready', invalid: 'error', fetched: 'ready', failed: 'error', loading: 'loading' };
const EXPECTED: Record<string, Record<string, string>> = {
  'indikator-target-gauge': {
    ...BASE,
    empty: 'empty',
    inline: 'ready',
    stale: 'ready+stale',
    rtl: 'ready',
    dark: 'ready',
    arc: 'ready',
    compact: 'ready',
  },
  'indikator-trend-line': {
    ...BASE,
    empty: 'empty',
    inline: 'ready',
    stale: 'ready+stale',
    rtl: 'ready',
    dark: 'ready',
    sparkline: 'ready',
    table: 'ready+table',
    tooltip: 'ready+tooltip',
  },
  // A programme with no observations is still a programme: the card is ready, its row says "no data".
  'indikator-program-card': { ...BASE, empty: 'ready', inline: 'ready', stale: 'ready+stale', rtl: 'ready', dark: 'ready' },
};

describe('strict CSP and Trusted Types: every element in every state', function () {
  this.timeout(60000);
  for (const [name, query] of [
    ['a strict Content-Security-Policy', 'tt=0'],
    ['Trusted Types (lit-html)', 'tt=1'],
    ["Trusted Types (lit-html 'allow-duplicates')", 'dup=1'],
  ] as const) {
    it(`under ${name}: 0 violations, 0 errors`, async () => {
      const report = await underCsp('page', `${query}&extra=1&inline=1&tags=${TAGS.join(',')}`);
      expect(report.violations).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      for (const tag of TAGS) expect(report.results[tag], tag).to.deep.equal(EXPECTED[tag]);
    });
  }
});

describe('two more copies of the library on one page', function () {
  this.timeout(60000);
  it("under trusted-types lit-html 'allow-duplicates': defining again does not throw, every element renders, 0 violations", async () => {
    const report = await underCsp('two-copies', 'dup=1');
    expect(report.failed, 'copies that failed to load (is dist/ built?)').to.deep.equal([]);
    expect(report.loaded).to.have.length(3);
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    // The first copy keeps every tag; the later ones leave them alone.
    expect(report.owners).to.deep.equal(['IndikatorTargetGauge', 'IndikatorTrendLine', 'IndikatorProgramCard']);
    for (const tag of TAGS) {
      expect(report.results[tag], tag).to.deep.equal({ ...BASE, empty: tag === 'indikator-program-card' ? 'ready' : 'empty' });
    }
  });

  it("without 'allow-duplicates' the second Lit cannot create its policy (why hosts must allow it)", async () => {
    const report = await underCsp('two-copies', 'tt=1');
    expect(report.failed!.length + report.errors.length, 'a second lit-html policy is refused').to.be.above(0);
    expect(report.violations.some((v) => v.startsWith('trusted-types'))).to.equal(true);
  });

  it('without Trusted Types, three copies load and render with 0 violations', async () => {
    const report = await underCsp('two-copies', 'tt=0');
    expect(report.failed).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(Object.keys(report.results)).to.deep.equal(TAGS);
  });
});
