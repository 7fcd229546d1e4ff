import { expect } from '@open-wc/testing';
import { normalize, normalizeSeries } from '../../src/data/normalize.js';
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
});
