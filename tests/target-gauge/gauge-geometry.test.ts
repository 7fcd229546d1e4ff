import { expect } from '@open-wc/testing';
import {
  arcAngle,
  arcLayout,
  arcPath,
  arcPoint,
  gaugeBands,
  gaugeDomain,
  metRegion,
  orientation,
  position,
  scaleDecimals,
  span,
  targetEdges,
  toX,
} from '../../src/geometry/gauge.js';
import type { Target } from '../../src/data/schema.js';

const eq = (value: number): Target => ({ comparator: 'eq', value, period: '2024' });
const lt = (value: number): Target => ({ comparator: 'lt', value, period: '2024' });
const ge = (value: number): Target => ({ comparator: 'ge', value, period: '2024' });
const between = (min: number, max: number): Target => ({ comparator: 'between', min, max, period: '2024' });

describe('gauge geometry: domain', () => {
  it('gaugeDomain(Muba extreme poverty) pads 0-4.74 to round numbers and stops at the 0% limit', () => {
    expect(gaugeDomain([4.74, 0.47, 0, 0], { min: 0, max: 100 })).to.deep.equal({ min: 0, max: 6 });
  });

  it('gaugeDomain(Indonesia, 6-7% band) covers the band, the baseline and the latest value', () => {
    const d = gaugeDomain([9.41, 8.47, 6, 7], { min: 0, max: 100 });
    expect(d.min).to.be.at.most(6);
    expect(d.max).to.be.at.least(9.41);
    expect(d).to.deep.equal({ min: 5, max: 10 });
  });

  it('gaugeDomain(one value) makes room around it', () => {
    const d = gaugeDomain([50]);
    expect(d.min).to.be.below(50);
    expect(d.max).to.be.above(50);
  });

  it('gaugeDomain(all zero) is not empty', () => {
    const d = gaugeDomain([0, 0, 0]);
    expect(d.max).to.be.above(d.min);
    expect(d.min).to.be.at.most(0);
    expect(d.max).to.be.at.least(0);
  });

  it('gaugeDomain(nothing usable) falls back to 0-1', () => {
    expect(gaugeDomain([NaN, Infinity])).to.deep.equal({ min: 0, max: 1 });
    expect(gaugeDomain([])).to.deep.equal({ min: 0, max: 1 });
  });

  it('gaugeDomain never clamps a value outside the limits away', () => {
    const d = gaugeDomain([-5, 50], { min: 0, max: 100 });
    expect(d.min).to.be.at.most(-5);
  });

  it('gaugeDomain spans twelve orders of magnitude with finite ends', () => {
    const d = gaugeDomain([1e-6, 1e6]);
    expect(Number.isFinite(d.min) && Number.isFinite(d.max)).to.equal(true);
    expect(d.min).to.be.at.most(1e-6);
    expect(d.max).to.be.at.least(1e6);
  });

  it('gaugeDomain(negative values) keeps them negative', () => {
    const d = gaugeDomain([-20, -10, -15]);
    expect(d.min).to.be.at.most(-20);
    expect(d.max).to.be.at.least(-10);
  });

  it('gaugeDomain with limits that squeeze the padding keeps a non-empty domain', () => {
    const d = gaugeDomain([5, 5], { min: 5, max: 5 });
    expect(d.max).to.be.above(d.min);
  });
});

describe('gauge geometry: direction and positions', () => {
  it('orientation(lower-is-better) runs toward lower values', () => {
    expect(orientation('lower-is-better', 5, eq(0))).to.equal(-1);
    expect(orientation('higher-is-better', 5, eq(10))).to.equal(1);
  });

  it('orientation(target-range) approaches the band from where the baseline stands', () => {
    expect(orientation('target-range', 9.41, between(6, 7))).to.equal(-1);
    expect(orientation('target-range', 3, between(6, 7))).to.equal(1);
    expect(orientation('neutral', null, null)).to.equal(1);
  });

  it('position puts the better end at 1 whichever way the values run', () => {
    const d = { min: 0, max: 6 };
    expect(position(0, d, -1)).to.equal(1);
    expect(position(6, d, -1)).to.equal(0);
    expect(position(6, d, 1)).to.equal(1);
    expect(position(3, d, 1)).to.equal(0.5);
  });

  it('position of a value beyond the domain is not clamped (drawn truthfully)', () => {
    expect(position(12, { min: 0, max: 6 }, 1)).to.equal(2);
  });

  it('position guards against NaN and an empty domain', () => {
    expect(position(NaN, { min: 0, max: 6 }, 1)).to.equal(0.5);
    expect(position(3, { min: 3, max: 3 }, 1)).to.equal(0.5);
  });

  it('toX and span map to pixels, in order along the gauge', () => {
    const d = { min: 0, max: 6 };
    expect(toX(0.47, d, -1, 600)).to.equal(553);
    expect(span(4.74, 0.47, d, -1, 600)).to.deep.equal({ x: 126, width: 427 });
    expect(span(0.47, 4.74, d, -1, 600)).to.deep.equal({ x: 126, width: 427 });
  });

  it('targetEdges orders a band written backwards', () => {
    expect(targetEdges(between(7, 6))).to.deep.equal([6, 7]);
    expect(targetEdges(eq(0))).to.deep.equal([0, 0]);
  });
});

describe('gauge geometry: bands', () => {
  const d = { min: 0, max: 10 };

  it('metRegion(eq) is a zero-width band (drawn as a marker)', () => {
    expect(metRegion(eq(0), 'lower-is-better', d)).to.deep.equal({ kind: 'met', from: 0, to: 0 });
  });

  it('metRegion(lt 5) runs from the domain start to 5; ge 5 from 5 to the end', () => {
    expect(metRegion(lt(5), 'lower-is-better', d)).to.deep.equal({ kind: 'met', from: 0, to: 5 });
    expect(metRegion(ge(5), 'higher-is-better', d)).to.deep.equal({ kind: 'met', from: 5, to: 10 });
  });

  it('metRegion(between) also counts the better side with a better-is direction', () => {
    expect(metRegion(between(6, 7), 'lower-is-better', d)).to.deep.equal({ kind: 'met', from: 0, to: 7 });
    expect(metRegion(between(6, 7), 'higher-is-better', d)).to.deep.equal({ kind: 'met', from: 6, to: 10 });
    expect(metRegion(between(6, 7), 'target-range', d)).to.deep.equal({ kind: 'met', from: 6, to: 7 });
  });

  it('metRegion outside the domain is null', () => {
    expect(metRegion(eq(20), 'neutral', d)).to.equal(null);
  });

  it('gaugeBands(lower-is-better) has worse, toward and met in that order', () => {
    const met = metRegion(lt(3), 'lower-is-better', d);
    expect(gaugeBands(d, 8, met, -1, 'lower-is-better')).to.deep.equal([
      { kind: 'worse', from: 8, to: 10 },
      { kind: 'toward', from: 3, to: 8 },
      { kind: 'met', from: 0, to: 3 },
    ]);
  });

  it('gaugeBands(higher-is-better) puts the worse band below the baseline', () => {
    const met = metRegion(ge(8), 'higher-is-better', d);
    expect(gaugeBands(d, 2, met, 1, 'higher-is-better')).to.deep.equal([
      { kind: 'worse', from: 0, to: 2 },
      { kind: 'toward', from: 2, to: 8 },
      { kind: 'met', from: 8, to: 10 },
    ]);
  });

  it('gaugeBands with a baseline that already meets the target has only the met band', () => {
    const met = metRegion(ge(2), 'higher-is-better', d);
    expect(gaugeBands(d, 5, met, 1, 'higher-is-better')).to.deep.equal([{ kind: 'met', from: 2, to: 10 }]);
  });

  it('gaugeBands(neutral) has no worse side; no target, no met band', () => {
    expect(gaugeBands(d, 5, null, 1, 'neutral')).to.deep.equal([]);
    expect(gaugeBands(d, 5, null, -1, 'lower-is-better')).to.deep.equal([{ kind: 'worse', from: 5, to: 10 }]);
  });
});

describe('gauge geometry: arc', () => {
  it('arcAngle runs from 9 o’clock to 3 o’clock', () => {
    expect(arcAngle(0)).to.equal(-Math.PI / 2);
    expect(arcAngle(1)).to.equal(Math.PI / 2);
    expect(arcAngle(NaN)).to.equal(0);
    expect(arcAngle(5)).to.equal(Math.PI / 2);
  });

  it('arcPath draws a ring segment in either order, and nothing for an empty one', () => {
    const a = arcPath(0.2, 0.8, 50, 70);
    expect(a).to.match(/^M/);
    expect(a).to.equal(arcPath(0.8, 0.2, 50, 70));
    expect(a).not.to.match(/NaN|Infinity/);
    expect(arcPath(0.5, 0.5, 50, 70)).to.equal('');
    expect(arcPath(0, 1, NaN, 70)).to.equal('');
  });

  it('arcPoint puts the ends of the half ring level with the centre', () => {
    expect(arcPoint(0, 10)).to.deep.equal({ x: -10, y: 0 });
    expect(arcPoint(0.5, 10)).to.deep.equal({ x: 0, y: -10 });
    expect(arcPoint(1, 10).x).to.equal(10);
  });

  it('arcLayout fits the width, with a ring inside its box', () => {
    for (const w of [0, 100, 200, 280, 800, NaN]) {
      const l = arcLayout(w);
      expect(l.width).to.be.at.most(280);
      expect(l.cx + l.outer).to.be.at.most(l.width);
      expect(l.cy).to.be.at.most(l.height);
      expect(l.inner).to.be.above(0);
    }
  });

  it('scaleDecimals adds digits for a narrow domain', () => {
    expect(scaleDecimals({ min: 0, max: 6 }, 2)).to.equal(2);
    expect(scaleDecimals({ min: 0, max: 0.001 }, 0)).to.equal(4);
    expect(scaleDecimals({ min: 0, max: 1e-15 }, 0)).to.equal(10);
  });
});
