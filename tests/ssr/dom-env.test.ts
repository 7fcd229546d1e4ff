// The README's unit-test recipe with the simulated DOMs of Vitest and Jest, run in Node for real
// (tests/ssr/dom-env.mjs through the test server): jsdom has neither matchMedia nor ResizeObserver,
// happy-dom has both; in each the three elements render ready, in Indonesian, with their status.
import { expect } from '@open-wc/testing';

interface Report {
  env: string;
  matchMedia: string;
  ResizeObserver: string;
  errors: string[];
  results: Record<string, { state: string; status: string | null; text: string; svg: number; theme: string }>;
}

for (const env of ['jsdom', 'happy-dom']) {
  describe(`unit tests under ${env}`, () => {
    it('the three elements render ready from data, in Indonesian, with no error', async function () {
      this.timeout(60000);
      const report = (await (await fetch(`/__ssr/dom-env?env=${env}`)).json()) as Report;
      if (env === 'jsdom') expect([report.matchMedia, report.ResizeObserver], 'jsdom lacks both').to.deep.equal(['undefined', 'undefined']);
      expect(report.errors).to.deep.equal([]);
      const gauge = report.results['indikator-target-gauge']!;
      expect([gauge.state, gauge.status]).to.deep.equal(['ready', 'missed']);
      expect(gauge.text).to.contain('0,47%').and.contain('tidak tercapai');
      const trend = report.results['indikator-trend-line']!;
      expect([trend.state, trend.status]).to.deep.equal(['ready', 'achieved']);
      expect(trend.text).to.contain('turun dari 18,35% (2015) menjadi 9,97% (2025)');
      expect(trend.svg).to.be.greaterThan(0);
      const card = report.results['indikator-program-card']!;
      expect(card.state).to.equal('ready');
      expect(card.text).to.contain('penanggung jawab');
      for (const r of Object.values(report.results)) expect(r.theme).to.equal('frame theme-light');
    });
  });
}
