import { expect } from '@open-wc/testing';
import {
  alignRows,
  boundsPath,
  clipSegment,
  decimate,
  drawable,
  estimateWidth,
  fitLines,
  fitText,
  linear,
  lineCrosses,
  linePath,
  nudge,
  placeLabel,
  yDomain,
  type Line,
} from '../../src/geometry/index.js';
import { timeAxis, valueAxis } from '../../src/geometry/axis.js';
import { normalizeSeries } from '../../src/data/normalize.js';

const pts = (obs: { period: string; value: number | null; status?: string[] }[]) => normalizeSeries(obs).points;
/** A line's heights, a break as `null`. */
const heights = (line: Line) => Array.from(line.ys, (y) => (Number.isNaN(y) ? null : y));
const lineOf = (points: { x: number; y: number | null }[]): Line => ({
  xs: Float64Array.from(points, (p) => p.x),
  ys: Float64Array.from(points, (p) => p.y ?? NaN),
});

describe('trend geometry', () => {
  it('linear maps a domain to a range and never returns NaN', () => {
    const s = linear([0, 10], [100, 0]);
    expect(s(5)).to.equal(50);
    expect(s.invert(50)).to.equal(5);
    expect(linear([3, 3], [0, 100])(3)).to.equal(50);
    expect(linear([0, 1], [0, 100])(NaN)).to.equal(50);
    expect(linear([0, 1], [0, 100])(Infinity)).to.equal(100);
  });

  it('yDomain starts a rate at 0, pads equal values and keeps data inside limits', () => {
    expect(yDomain({ values: [9.97, 18.35], fromZero: true, limits: { min: 0, max: 100 } })).to.deep.equal([0, 20]);
    const [lo, hi] = yDomain({ values: [7, 7], fromZero: false });
    expect(lo).to.be.below(7);
    expect(hi).to.be.above(7);
    expect(yDomain({ values: [1, 8], fromZero: false, limits: { min: 0, max: 5 } })[1]).to.be.at.least(8);
    expect(yDomain({ values: [], fromZero: false })).to.deep.equal([0, 1]);
  });

  it('drawable keeps null values as gaps and splits before a break', () => {
    const x = linear([Date.UTC(2020, 0), Date.UTC(2023, 0)], [0, 300]);
    const y = linear([0, 10], [100, 0]);
    const out = drawable(
      pts([
        { period: '2020', value: 1 },
        { period: '2021', value: null },
        { period: '2022', value: 3, status: ['B'] },
      ]),
      x,
      y,
    );
    expect(heights(out)).to.deep.equal([90, null, null, 70]);
    expect((linePath(out).match(/M/g) ?? []).length).to.equal(2);
  });

  it('linePath rounds to 2 decimals, starts a subpath after each gap and closes a lone point (a dot with round caps)', () => {
    const out = lineOf([
      { x: 0, y: 10 },
      { x: 1.006, y: 2.333 },
      { x: 2, y: null },
      { x: 3, y: 4 },
      { x: 4, y: null },
      { x: 5, y: Infinity },
      { x: 6, y: 7 },
      { x: 7, y: 8 },
    ]);
    expect(linePath(out)).to.equal('M0,10L1.01,2.33M3,4ZM6,7L7,8');
    expect(linePath(lineOf([]))).to.equal('');
  });

  it('boundsPath draws each run of points with both bounds as one closed shape: upper forward, lower back', () => {
    const x = linear([Date.UTC(2020, 0), Date.UTC(2023, 0)], [0, 300]);
    const y = linear([0, 10], [100, 0]);
    const points = normalizeSeries([
      { period: '2020', value: 5, lower: 4, upper: 6 },
      { period: '2021', value: 5, lower: 3, upper: 7 },
      { period: '2022', value: 5 },
      { period: '2023', value: 5, lower: 4, upper: 6 },
    ]).points;
    const [x0, x1, x3] = [x(Date.UTC(2020, 0)), x(Date.UTC(2021, 0)), x(Date.UTC(2023, 0))].map((v) => Math.round(v * 100) / 100);
    expect(boundsPath(points, x, y)).to.equal(`M${x0},40L${x1},30L${x1},70L${x0},60ZM${x3},40L${x3},60Z`);
    expect(boundsPath(points.slice(2, 3), x, y)).to.equal('');
  });

  it('decimate keeps first, last, extremes and gaps, at most ~4 points per column', () => {
    const raw = Array.from({ length: 10_000 }, (_, i) => ({ x: i / 100, y: i === 5000 ? null : Math.sin(i) * 50 + (i === 777 ? 500 : 0) }));
    const many = lineOf(raw);
    const out = decimate(many, 100);
    const ys = heights(out);
    expect(out.xs.length).to.be.at.most(4 * 101 + 2);
    expect(out.ys.length).to.equal(out.xs.length);
    expect([out.xs[0], ys[0]]).to.deep.equal([raw[0]!.x, raw[0]!.y]);
    expect([out.xs.at(-1), ys.at(-1)]).to.deep.equal([raw.at(-1)!.x, raw.at(-1)!.y]);
    expect(ys).to.include(500 + Math.sin(777) * 50);
    expect(ys).to.include(null);
    // Along the line: x never goes back.
    expect(out.xs.every((x, i) => i === 0 || x >= out.xs[i - 1]!)).to.equal(true);
    // Every column's lowest and highest survive.
    for (let c = 0; c < 100; c += 7) {
      const column = raw.filter((p) => Math.floor(p.x) === c && p.y !== null).map((p) => p.y!);
      expect(ys, `column ${c}`)
        .to.include(Math.min(...column))
        .and.to.include(Math.max(...column));
    }
    expect(decimate(lineOf(raw.slice(0, 50)), 100).xs).to.have.length(50);
    // An x that is not a number (a broken scale) is kept as it is, never a stalled loop.
    expect(decimate(lineOf([...raw.slice(0, 400), { x: NaN, y: 1 }, ...raw.slice(400, 600)]), 100).xs.length).to.be.greaterThan(0);
  });

  it('clipSegment cuts a line where it leaves the box, or drops it', () => {
    const box = { left: 0, right: 100, top: 0, bottom: 100 };
    expect(clipSegment(0, 50, 100, 150, box)).to.deep.equal([0, 50, 50, 100]);
    expect(clipSegment(0, 150, 100, 150, box)).to.equal(null);
    expect(clipSegment(NaN, 0, 1, 1, box)).to.equal(null);
  });

  it('nudge spreads labels apart inside their range, in order', () => {
    const out = nudge([50, 52, 51], 12, 0, 100);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).to.be.at.least(12);
    expect(out[0]).to.be.below(out[2]!);
    expect(out[2]).to.be.below(out[1]!);
    expect(Math.max(...nudge([99, 99, 99], 12, 0, 100))).to.be.at.most(100);
  });

  it('fitText and fitLines shorten and wrap labels', () => {
    expect(fitText('Kabupaten Musi Banyuasin', 60, 10)).to.equal('Kabupaten…');
    expect(fitLines('Sumatera Selatan', 60, 10, 2)).to.deep.equal(['Sumatera', 'Selatan']);
    expect(fitLines('x'.repeat(100), 60, 10, 2)).to.have.length(1);
  });

  it('placeLabel picks the first free candidate', () => {
    const room = { occupied: [{ x0: 0, y0: 0, x1: 100, y1: 20 }], lines: [], bounds: { x0: 0, y0: 0, x1: 200, y1: 200 } };
    const place = placeLabel(
      [
        { x: 10, y: 15, anchor: 'start' },
        { x: 10, y: 50, anchor: 'start' },
      ],
      'label',
      10,
      room,
    );
    expect(place.y).to.equal(50);
    expect(room.occupied).to.have.length(2);
  });

  it('placeLabel keeps a label off a drawn line (a target label must not be struck through)', () => {
    // A line falling from (0, 40) to (200, 60): a label at y 50 across x 10-60 would sit on it.
    const line = { xs: [0, 100, 200], ys: [40, 50, 60] };
    const room = { occupied: [], lines: [line], bounds: { x0: 0, y0: 0, x1: 200, y1: 200 } };
    const candidates = [
      { x: 10, y: 48, anchor: 'start' as const },
      { x: 10, y: 90, anchor: 'start' as const },
    ];
    expect(placeLabel(candidates, 'target', 12, room).y).to.equal(90);
    // The same candidates with no line take the first.
    expect(placeLabel(candidates, 'target', 12, { occupied: [], lines: [], bounds: room.bounds }).y).to.equal(48);
    expect(lineCrosses(line, { x0: 90, y0: 45, x1: 110, y1: 55 })).to.equal(true);
    expect(lineCrosses(line, { x0: 90, y0: 60, x1: 110, y1: 70 })).to.equal(false);
    // A gap (NaN) is not a line.
    expect(lineCrosses({ xs: [0, 100], ys: [50, NaN] }, { x0: 40, y0: 45, x1: 60, y1: 55 })).to.equal(false);
  });

  it("estimateWidth reads a font's metrics, not a character count", () => {
    // "Illi" is narrow and "MWMW" wide: the old 0.6 em per character gave both 24 px at 10 px.
    expect(estimateWidth('Illi', 10)).to.be.below(12);
    expect(estimateWidth('MWMW', 10)).to.be.above(33);
    expect(estimateWidth('9,97%', 12, true)).to.be.above(estimateWidth('9,97%', 12));
  });

  it('alignRows puts a March round in the row of its year', () => {
    const annual = pts([
      { period: '2024', value: 1 },
      { period: '2025', value: 2 },
    ]);
    const march = pts([
      { period: '2023-03', value: 5 },
      { period: '2024-03', value: 6 },
    ]);
    const rows = alignRows([annual, march]);
    expect(rows.map((r) => r.period.key)).to.deep.equal(['2023-03', '2024', '2025']);
    expect(rows[1]!.cells[1]!.period.key).to.equal('2024-03');
    expect(rows[2]!.cells[1]).to.equal(undefined);
  });
});

describe('trend axes', () => {
  it("valueAxis labels ticks in the locale with the step's decimals", () => {
    const y = linear([0, 20], [300, 0]);
    const axis = valueAxis(y, { label: 'persen', symbol: '%', code: 'PERCENT' }, 'id', 40, 400);
    expect(axis.ticks.map((t) => t.label)).to.include('10%');
    expect((axis.path.match(/M/g) ?? []).length).to.equal(axis.ticks.length);
    const small = valueAxis(linear([0, 1.5], [300, 0]), { label: 'x' }, 'id', 0, 10);
    expect(small.ticks.map((t) => t.label)).to.include('0,4');
  });

  it('timeAxis drops labels until none overlap', () => {
    const x = linear([Date.UTC(1900, 0), Date.UTC(2025, 0)], [0, 200]);
    const axis = timeAxis(x, 'en', 100);
    for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i]!.pos - axis.ticks[i - 1]!.pos).to.be.at.least(30);
    expect(axis.ticks.every((t) => /^\d{4}$/.test(t.label))).to.be.true;
  });
});

describe('yDomain at the ends of the double range', () => {
  it('keeps [1, Number.MAX_VALUE] finite, so the two points are drawn apart', () => {
    const [lo, hi] = yDomain({ values: [1, Number.MAX_VALUE], fromZero: false });
    expect(Number.isFinite(lo) && Number.isFinite(hi)).to.equal(true);
    expect(hi).to.equal(Number.MAX_VALUE);
  });
});

describe('trend geometry on what real files hold', () => {
  const x = linear([Date.UTC(2015, 0), Date.UTC(2024, 0)], [0, 900]);
  const y = linear([0, 10], [100, 0]);
  const annual = (years: number[]) => pts(years.map((year, i) => ({ period: String(year), value: i + 1 })));

  it('a regular series with an absent year draws a gap there, never a line across it', () => {
    const out = drawable(annual([2015, 2016, 2017, 2018, 2020, 2021, 2022]), x, y);
    expect(heights(out).map((y) => y === null)).to.deep.equal([false, false, false, false, true, false, false, false]);
    expect((linePath(out).match(/M/g) ?? []).length).to.equal(2);
  });

  it('an irregular series (a survey every few years) is joined as it is', () => {
    // Rwanda's DHS rounds: 2000, 2005, 2008, 2010, 2015, 2020.
    const out = drawable(annual([2000, 2005, 2008, 2010, 2015, 2020]), x, y);
    expect(heights(out)).to.not.include(null);
  });

  it('quarters with one missing quarter get a gap; mid-year months a year apart are joined', () => {
    const q = pts(['2020-Q1', '2020-Q2', '2020-Q3', '2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'].map((period, i) => ({ period, value: i })));
    expect(heights(drawable(q, x, y)).filter((y) => y === null)).to.have.length(1);
    const unicef = pts(['1970-06', '1971-06', '1972-06', '1973-06'].map((period, i) => ({ period, value: i })));
    expect(heights(drawable(unicef, x, y))).to.not.include(null);
  });

  it('the time axis never ticks finer than the data: three annual figures get year ticks', () => {
    const short = linear([Date.UTC(2015, 0), Date.UTC(2016, 0)], [0, 600]);
    const labels = timeAxis(short, 'en', 100, 'year').ticks.map((t) => t.label);
    expect(labels).to.deep.equal(['2015', '2016']);
    // Monthly data over the same span keeps month ticks.
    expect(timeAxis(short, 'en', 100, 'month').ticks.some((t) => /Jan|Feb|Mar/.test(t.label))).to.equal(true);
  });

  it('value axis labels are always distinct: a narrow range of trillions, a step finer than 4 decimals', () => {
    const gdp = valueAxis(linear([1.8301e12, 1.8349e12], [300, 0]), { label: 'USD' }, 'en', 0, 10).ticks.map((t) => t.label);
    expect(gdp.length).to.be.above(2);
    expect(new Set(gdp).size).to.equal(gdp.length);
    const tiny = valueAxis(linear([1e-12, 3e-12], [300, 0]), { label: '' }, 'en', 0, 10).ticks.map((t) => t.label);
    expect(new Set(tiny).size).to.equal(tiny.length);
    expect(tiny.join(' ')).to.match(/E-12/);
  });
});

describe('alignRows at scale', () => {
  it('aligns a comparison of 150,000 points that match no primary row without overflowing the stack', () => {
    const primary = pts([{ period: '2020', value: 1 }]);
    const many = normalizeSeries(
      Array.from({ length: 150_000 }, (_, i) => ({
        period: `${String(1000 + Math.floor(i / 365)).padStart(4, '0')}-${String(1 + Math.floor((i % 365) / 31)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        value: i,
      })),
    ).points;
    expect(many.length).to.be.greaterThan(130_000);
    const rows = alignRows([primary, many]);
    expect(rows.length).to.be.greaterThan(many.length / 2);
    expect(rows.every((r, i) => i === 0 || rows[i - 1]!.period.start <= r.period.start)).to.equal(true);
  });
});
