import { expect } from '@open-wc/testing';
import { normalize, normalizeSeries, pointsAsOf } from '../../src/data/normalize.js';
import { parsePeriod } from '../../src/data/periods.js';
import { validateIndicator } from '../../src/data/validate.js';
import { fixture } from '../helpers.js';

describe('normalize', () => {
  it('shares one list for points and values when no value is missing, and filters when one is', () => {
    const full = normalizeSeries([
      { period: '2020', value: 1 },
      { period: '2021', value: 2 },
    ]);
    expect(full.values).to.equal(full.points);
    const gap = normalizeSeries([
      { period: '2020', value: 1 },
      { period: '2021', value: null },
    ]);
    expect(gap.values).to.not.equal(gap.points);
    expect(gap.values.map((p) => p.period.key)).to.deep.equal(['2020']);
  });

  it("reads only the observation's own fields, even when Object.prototype is polluted after validation", async () => {
    const base = await fixture<Record<string, unknown>>('muba-extreme-poverty.json');
    const checked = validateIndicator({
      ...base,
      series: [
        { period: '2020', value: 1, status: ['p'] },
        { period: '2021', value: 2 },
      ],
    });
    expect(checked.ok).to.be.true;
    const doc = (checked as { value: Parameters<typeof normalize>[0] }).value;
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.lower = 5;
      proto.status = ['E'];
      const [first, second] = normalize(doc).points;
      expect(first!.lower).to.equal(undefined);
      expect(first!.status).to.deep.equal(['P']);
      expect(first!.status, 'upper-cased once').to.equal(first!.status);
      expect(second!.status).to.deep.equal([]);
    } finally {
      delete proto.lower;
      delete proto.status;
    }
  });

  // The columns a chart draws from (issue 20): one instant per kept point, in the points' order,
  // after sorting and de-duplication, and the same instants the points' own periods give.
  it('keeps a column of start instants aligned with the points, sorted, de-duplicated and cut at as-of', async () => {
    const n = normalizeSeries([
      { period: '2022-Q3', value: 3 },
      { period: '2021', value: 1 },
      { period: '2022-Q3', value: 3 },
      { period: '2021-01', value: 2 },
      { period: '2023-W02', value: null },
    ]);
    expect(n.points.map((p) => p.period.key)).to.deep.equal(['2021-01', '2021', '2022-Q3', '2023-W02']);
    expect(Array.from(n.starts)).to.deep.equal(n.points.map((p) => p.period.start));
    expect(n.points[2]!.period).to.deep.equal(parsePeriod('2022-Q3'));
    const cut = pointsAsOf(n, parsePeriod('2022'));
    expect(cut.points.map((p) => p.period.key)).to.deep.equal(['2021-01', '2021', '2022-Q3']);
    expect(Array.from(cut.starts)).to.deep.equal(cut.points.map((p) => p.period.start));
    // What validation read is what normalization keeps: the validated document gives the same columns.
    const base = await fixture<Record<string, unknown>>('muba-extreme-poverty.json');
    const checked = validateIndicator({
      ...base,
      series: [
        { period: '2024-03-31', value: 1 },
        { period: '2024-02-29', value: 2 },
      ],
    });
    if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('; '));
    expect(Array.from(normalize(checked.value).starts)).to.deep.equal([Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 31)]);
  });

  it('says which optional fields a series uses, so a chart skips the scans for the others', () => {
    expect(normalizeSeries([{ period: '2020', value: 1 }]).uses).to.deep.equal({ status: false, bounds: false, notes: false, sourceRefs: false });
    const all = normalizeSeries([
      { period: '2020', value: 1, status: ['P'] },
      { period: '2021', value: 1, upper: 2 },
      { period: '2022', value: 1, note: 'n' },
      { period: '2023', value: 1, sourceRef: 's' },
    ]).uses;
    expect(all).to.deep.equal({ status: true, bounds: true, notes: true, sourceRefs: true });
  });
});
