import { expect } from '@open-wc/testing';
import { assessStatus, defaultTargetIndex, meetsTarget, roundAt, type StatusWord } from '../../src/core/status.js';
import { parsePeriod } from '../../src/data/periods.js';
import type { Direction, IndicatorDocument, Target } from '../../src/data/schema.js';

// JSON module imports do not load in the browser test runner (the dev server does not serve the
// fixtures as JSON modules), so the fixtures are fetched. They are valid documents.
const fixture = async (name: string): Promise<IndicatorDocument> =>
  (await (await fetch(new URL(`../../demo/data/${name}`, import.meta.url))).json()) as IndicatorDocument;
const mubaPoverty = await fixture('muba-poverty-rate.json');
const mubaExtreme = await fixture('muba-extreme-poverty.json');
const idnPoverty = await fixture('idn-poverty-rate-march.json');

type Comparator = Target['comparator'];
const DIRECTIONS: Direction[] = ['lower-is-better', 'higher-is-better', 'target-range', 'neutral'];
const COMPARATORS: Comparator[] = ['lt', 'le', 'eq', 'ge', 'gt', 'between'];

/** A target around 10 (`between` spans 9..11) with its deadline. */
function targetOf(comparator: Comparator, period = '2024', value = 10, id = 't'): Target {
  return comparator === 'between' ? { id, comparator, min: value - 1, max: value + 1, period } : { id, comparator, value, period };
}

/** A small valid document: `series` as [period, value] pairs. */
function synth(options: {
  direction?: Direction;
  decimals?: number;
  targets?: Target[];
  series: [string, number | null][];
  baseline?: { period: string; value: number };
}): IndicatorDocument {
  return {
    schema: 'indikator/indicator@1',
    id: 'synthetic',
    title: 'Synthetic',
    unit: { label: '%' },
    decimals: options.decimals ?? 1,
    direction: options.direction ?? 'lower-is-better',
    ...(options.baseline ? { baseline: options.baseline } : {}),
    targets: options.targets ?? [targetOf('lt')],
    series: options.series.map(([period, value]) => ({ period, value })),
    sources: [{ id: 's', name: 'Test' }],
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe('assessStatus: worked cases', () => {
  it('status(Muba poverty, lt 10 by 2025, 9.97 in 2025) is achieved', () => {
    const r = assessStatus(mubaPoverty);
    expect(r.status).to.equal('achieved');
    expect(r.target?.id).to.equal('muba-single-digit-2025');
    expect(r.latest?.value).to.equal(9.97);
    expect(r.judged?.period.key).to.equal('2025');
    expect(r.deadline?.key).to.equal('2025');
  });

  it('status(Muba extreme poverty, default target eq 0 by 2024, 0.47 in 2024) is missed', () => {
    const r = assessStatus(mubaExtreme);
    expect(r.target?.id).to.equal('inpres-4-2022');
    expect(r.status).to.equal('missed');
    expect(r.judged?.value).to.equal(0.47);
    expect(r.judged?.period.key).to.equal('2024');
  });

  it('status(Muba extreme poverty as of 2023) is on-track: the line from 0.98 at -3.76 a year reaches 0 during 2023', () => {
    const r = assessStatus(mubaExtreme, undefined, { asOf: '2023' });
    expect(r.target?.id).to.equal('inpres-4-2022');
    expect(r.baseline?.period.key).to.equal('2022');
    expect(r.baseline?.value).to.equal(4.74);
    expect(r.latest?.period.key).to.equal('2023');
    expect(r.latest?.value).to.equal(0.98);
    expect(r.judged?.value).to.equal(0.98);
    expect(r.ratePerYear).to.be.closeTo(-3.76, 1e-9);
    expect(r.projected).to.be.closeTo(0.98 - 3.76 * 2, 1e-9);
    expect(r.status).to.equal('on-track');
  });

  it('status(Muba extreme poverty with 2024 removed) is the same as as of 2023', () => {
    const cut = { ...mubaExtreme, series: mubaExtreme.series.filter((o) => o.period !== '2024') };
    const r = assessStatus(cut);
    expect(r.status).to.equal('on-track');
    expect(r.ratePerYear).to.be.closeTo(-3.76, 1e-9);
    expect(r).to.deep.equal(assessStatus(mubaExtreme, undefined, { asOf: '2023' }));
  });

  it('status(Muba extreme poverty, rpjmn eq 0 by 2026, full data) is on-track at -2.135 a year', () => {
    const r = assessStatus(mubaExtreme, 'rpjmn-2025-2029');
    expect(r.target?.id).to.equal('rpjmn-2025-2029');
    expect(r.baseline?.value).to.equal(4.74);
    expect(r.judged?.value).to.equal(0.47);
    expect(r.ratePerYear).to.be.closeTo(-2.135, 1e-9);
    expect(r.projected).to.be.closeTo(0.47 - 2.135 * 3, 1e-9);
    expect(r.status).to.equal('on-track');
  });

  it('status(Indonesia, rpjmn-2020-2024 between 6 and 7, 9.03 in 2024-03) is missed, judged in the deadline year', () => {
    const r = assessStatus(idnPoverty, 'rpjmn-2020-2024');
    expect(r.status).to.equal('missed');
    expect(r.latest?.period.key).to.equal('2025-03');
    expect(r.judged?.period.key).to.equal('2024-03');
    expect(r.judged?.value).to.equal(9.03);
  });

  it('status(Indonesia, default target on the full data) is off-track for 4.5-5 by 2029', () => {
    const r = assessStatus(idnPoverty);
    expect(r.target?.id).to.equal('rpjmn-2025-2029');
    expect(r.baseline?.period.key).to.equal('2019-03');
    expect(r.baseline?.value).to.equal(9.41);
    expect(r.latest?.period.key).to.equal('2025-03');
    expect(r.latest?.value).to.equal(8.47);
    expect(r.ratePerYear).to.be.closeTo(-0.157, 0.001);
    expect(r.projected).to.be.within(7.7, 7.9);
    expect(r.status).to.equal('off-track');
  });
});

/**
 * The matrix: for each direction and comparator, values placed on a side of the target where they
 * do not meet it (`side` +1 above, -1 below), `edge` the target's boundary on that side.
 */
function sidesOf(comparator: Comparator, direction: Direction): (1 | -1)[] {
  if (comparator === 'lt' || comparator === 'le') return [1];
  if (comparator === 'ge' || comparator === 'gt') return [-1];
  if (comparator === 'between' && direction === 'lower-is-better') return [1];
  if (comparator === 'between' && direction === 'higher-is-better') return [-1];
  return [1, -1];
}
const MEETS: Record<Comparator, number> = { lt: 9, le: 10, eq: 10, ge: 10, gt: 11, between: 10 };

describe('assessStatus: each word for each direction and comparator', () => {
  for (const direction of DIRECTIONS) {
    for (const comparator of COMPARATORS) {
      for (const side of sidesOf(comparator, direction)) {
        const edge = comparator === 'between' ? 10 + side : 10;
        const off = (k: number) => Math.round((edge + side * k) * 10) / 10;
        const where = `${direction}, ${comparator}, from ${side > 0 ? 'above' : 'below'}`;
        const doc = (series: [string, number | null][]) => synth({ direction, targets: [targetOf(comparator)], series });
        // Whether moving toward the target is an improvement for this direction.
        const towardIsBetter = direction === 'lower-is-better' ? side > 0 : direction === 'higher-is-better' ? side < 0 : true;
        const neutral = direction === 'neutral';

        it(`status(${where}, latest meets the target) is achieved`, () => {
          expect(
            assessStatus(
              doc([
                ['2020', off(2)],
                ['2022', MEETS[comparator]],
              ]),
            ).status,
          ).to.equal('achieved');
        });

        it(`status(${where}, latest in the deadline year does not meet it) is missed`, () => {
          expect(
            assessStatus(
              doc([
                ['2020', off(3)],
                ['2024', off(1)],
              ]),
            ).status,
          ).to.equal('missed');
        });

        it(`status(${where}, no values) is no-data`, () => {
          expect(
            assessStatus(
              doc([
                ['2020', null],
                ['2022', null],
              ]),
            ).status,
          ).to.equal('no-data');
        });

        it(`status(${where}, a single observation) is no-data`, () => {
          expect(assessStatus(doc([['2022', off(1)]])).status).to.equal('no-data');
        });

        const fast: StatusWord = towardIsBetter ? 'on-track' : 'wrong-direction';
        it(`status(${where}, moving toward the target fast enough) is ${fast}`, () => {
          expect(
            assessStatus(
              doc([
                ['2020', off(3)],
                ['2022', off(1)],
              ]),
            ).status,
          ).to.equal(fast);
        });

        const slow: StatusWord = towardIsBetter ? 'off-track' : 'wrong-direction';
        it(`status(${where}, moving toward the target too slowly) is ${slow}`, () => {
          expect(
            assessStatus(
              doc([
                ['2020', off(1.2)],
                ['2022', off(1)],
              ]),
            ).status,
          ).to.equal(slow);
        });

        it(`status(${where}, no change) is off-track`, () => {
          expect(
            assessStatus(
              doc([
                ['2020', off(1)],
                ['2022', off(1)],
              ]),
            ).status,
          ).to.equal('off-track');
        });

        const away: StatusWord = !neutral && towardIsBetter ? 'wrong-direction' : 'off-track';
        it(`status(${where}, moving away from the target) is ${away}`, () => {
          expect(
            assessStatus(
              doc([
                ['2020', off(1)],
                ['2022', off(2)],
              ]),
            ).status,
          ).to.equal(away);
        });
      }
    }
  }
});

describe('assessStatus: results a caller can keep', () => {
  it('hands back plain points: spread, cloned and serialized with their values', () => {
    const result = assessStatus(mubaPoverty);
    const latest = result.latest!;
    expect({ ...latest }).to.include({ value: 9.97, sourceRef: 'harianmuba-2025-09' });
    expect(structuredClone(latest).value).to.equal(9.97);
    expect(JSON.parse(JSON.stringify(result)).latest).to.include({ value: 9.97 });
  });

  it('judges a document again when it is given a new series array', () => {
    const doc = structuredClone(mubaPoverty);
    expect(assessStatus(doc).latest!.period.key).to.equal('2025');
    doc.series = [...doc.series, { period: '2026', value: 8.5 }];
    expect(assessStatus(doc).latest!.period.key).to.equal('2026');
  });
});

describe('assessStatus: rules', () => {
  it('status(no target) is null', () => {
    const r = assessStatus(synth({ targets: [], series: [['2022', 5]] }));
    expect(r.status).to.equal(null);
    expect(r.target).to.equal(null);
    const noTargets = synth({ series: [['2022', 5]] });
    delete (noTargets as { targets?: Target[] }).targets;
    expect(assessStatus(noTargets).status).to.equal(null);
  });

  it('status(an unknown targetId) is null with no target', () => {
    const r = assessStatus(mubaExtreme, 'nope');
    expect(r.status).to.equal(null);
    expect(r.target).to.equal(null);
    expect(r.deadline).to.equal(null);
  });

  it('status(all values null) is no-data, still naming the target', () => {
    const r = assessStatus(
      synth({
        series: [
          ['2021', null],
          ['2022', null],
        ],
      }),
    );
    expect(r.status).to.equal('no-data');
    expect(r.target?.id).to.equal('t');
    expect(r.latest).to.equal(null);
    expect(r.baseline).to.equal(null);
  });

  it('status(value 9.96 shown at one decimal as 10.0, lt 10) is not achieved', () => {
    const lt = synth({
      targets: [targetOf('lt', '2022')],
      series: [
        ['2020', 12],
        ['2022', 9.96],
      ],
    });
    expect(assessStatus(lt).status).to.equal('missed');
  });

  it('status(value 9.96 shown at one decimal as 10.0, le 10) is achieved', () => {
    const le = synth({
      targets: [targetOf('le', '2022')],
      series: [
        ['2020', 12],
        ['2022', 9.96],
      ],
    });
    expect(assessStatus(le).status).to.equal('achieved');
  });

  it('status(value 0.004 shown as 0.00, eq 0) is achieved', () => {
    const doc = synth({
      decimals: 2,
      targets: [targetOf('eq', '2022', 0)],
      series: [
        ['2020', 1],
        ['2022', 0.004],
      ],
    });
    expect(assessStatus(doc).status).to.equal('achieved');
  });

  it('roundAt rounds as displayed and meetsTarget compares the displayed value', () => {
    expect(roundAt(9.96, 1)).to.equal(10);
    expect(roundAt(9.94, 1)).to.equal(9.9);
    expect(roundAt(1.005, 5)).to.equal(1.005);
    expect(roundAt(9.96, Number.NaN)).to.equal(9.96);
    expect(meetsTarget(9.94, targetOf('lt'), 1, 'lower-is-better')).to.equal(true);
    expect(meetsTarget(9.96, targetOf('lt'), 1, 'lower-is-better')).to.equal(false);
    expect(meetsTarget(9.96, targetOf('lt'), 2, 'lower-is-better')).to.equal(true);
  });

  it('status(between, each direction) counts values beyond the band only on the better side', () => {
    const at = (direction: Direction, value: number) =>
      assessStatus(
        synth({
          direction,
          targets: [{ comparator: 'between', min: 6, max: 7, period: '2022' }],
          series: [
            ['2020', 8],
            ['2022', value],
          ],
        }),
      ).status;
    expect(at('lower-is-better', 5.5)).to.equal('achieved');
    expect(at('lower-is-better', 7.5)).to.equal('missed');
    expect(at('higher-is-better', 7.5)).to.equal('achieved');
    expect(at('higher-is-better', 5.5)).to.equal('missed');
    expect(at('target-range', 5.5)).to.equal('missed');
    expect(at('target-range', 7.5)).to.equal('missed');
    expect(at('neutral', 5.5)).to.equal('missed');
    for (const direction of DIRECTIONS) {
      expect(at(direction, 6), `${direction} at 6`).to.equal('achieved');
      expect(at(direction, 7), `${direction} at 7`).to.equal('achieved');
    }
  });

  it('status(target-range, a band no displayed value can fall in) is off-track even when the line crosses it', () => {
    const doc = (min: number, max: number) =>
      synth({
        direction: 'target-range',
        targets: [{ comparator: 'between', min, max, period: '2024' }],
        series: [
          ['2020', 9],
          ['2022', 7],
        ],
      });
    // The line goes 7 -> 4 by the end of 2024: it passes 6.1 and 6.2, which are in 6.04..6.26.
    expect(assessStatus(doc(6.04, 6.26)).status).to.equal('on-track');
    // 6.04..6.06 holds no value shown at one decimal.
    expect(assessStatus(doc(6.04, 6.06)).status).to.equal('off-track');
  });

  it('status(a target equal to the baseline, latest worse) is wrong-direction, or off-track when neutral', () => {
    const doc = (direction: Direction, comparator: Comparator) =>
      synth({
        direction,
        baseline: { period: '2020', value: 10 },
        targets: [targetOf(comparator)],
        series: [
          ['2019', 12],
          ['2022', 10.4],
        ],
      });
    expect(assessStatus(doc('lower-is-better', 'le')).status).to.equal('wrong-direction');
    expect(assessStatus(doc('target-range', 'eq')).status).to.equal('wrong-direction');
    expect(assessStatus(doc('neutral', 'eq')).status).to.equal('off-track');
    const r = assessStatus(doc('lower-is-better', 'le'));
    expect(r.baseline?.value).to.equal(10);
    expect(r.baseline?.period.key).to.equal('2020');
  });

  it('status(a target equal to the baseline, latest back at it) is achieved', () => {
    const doc = synth({
      baseline: { period: '2020', value: 10 },
      targets: [targetOf('le')],
      series: [
        ['2021', 11],
        ['2022', 10],
      ],
    });
    expect(assessStatus(doc).status).to.equal('achieved');
  });

  it('status(target-range, eq target, closer than the baseline but not there) is on-track or off-track by pace', () => {
    const doc = (a: number, b: number) =>
      synth({
        direction: 'target-range',
        targets: [targetOf('eq')],
        series: [
          ['2020', a],
          ['2022', b],
        ],
      });
    expect(assessStatus(doc(7, 8.5)).status).to.equal('on-track');
    expect(assessStatus(doc(8.4, 8.5)).status).to.equal('off-track');
    expect(assessStatus(doc(9, 8.5)).status).to.equal('wrong-direction');
    // Overshooting: closer than the baseline, but the line now heads away from the target.
    expect(assessStatus(doc(12, 8.5)).status).to.equal('off-track');
    // Crossing over the target to the other side, farther away, is still a setback.
    expect(assessStatus(doc(11, 8.5)).status).to.equal('wrong-direction');
  });

  it('status(a change too small to see at the displayed decimals) is off-track, not wrong-direction', () => {
    const doc = synth({
      decimals: 1,
      targets: [targetOf('lt')],
      series: [
        ['2020', 12.01],
        ['2022', 12.04],
      ],
    });
    expect(assessStatus(doc).status).to.equal('off-track');
  });

  it('status(the line reaches le 10 exactly at the end of the deadline period) is on-track, lt 10 is off-track', () => {
    // 14 (2020) -> 12 (2022): -1 a year, so 10 at the start of 2024, the end of a 2023 deadline.
    const doc = (comparator: Comparator) =>
      synth({
        targets: [targetOf(comparator, '2023')],
        series: [
          ['2020', 14],
          ['2022', 12],
        ],
      });
    const le = assessStatus(doc('le'));
    expect(le.projected).to.be.closeTo(10, 1e-9);
    expect(le.status).to.equal('on-track');
    expect(assessStatus(doc('lt')).status).to.equal('off-track');
  });

  it('status(past the deadline) stays as judged in the deadline period when newer data arrives', () => {
    const doc = (series: [string, number][]) => synth({ targets: [targetOf('le', '2022')], series });
    const missed = assessStatus(
      doc([
        ['2020', 12],
        ['2022', 11],
        ['2023', 9],
      ]),
    );
    expect(missed.status).to.equal('missed');
    expect(missed.judged?.period.key).to.equal('2022');
    expect(missed.latest?.period.key).to.equal('2023');
    const achieved = assessStatus(
      doc([
        ['2020', 12],
        ['2022', 9],
        ['2023', 12],
      ]),
    );
    expect(achieved.status).to.equal('achieved');
    expect(achieved.judged?.period.key).to.equal('2022');
  });

  it('status(past the deadline with no observation in it) judges the last one before it, else the latest', () => {
    const doc = (series: [string, number][]) => synth({ targets: [targetOf('le', '2022')], series });
    const before = assessStatus(
      doc([
        ['2020', 12],
        ['2021', 11],
        ['2023', 9],
      ]),
    );
    expect(before.judged?.period.key).to.equal('2021');
    expect(before.status).to.equal('missed');
    const onlyAfter = assessStatus(
      doc([
        ['2023', 9],
        ['2024', 8],
      ]),
    );
    expect(onlyAfter.judged?.period.key).to.equal('2024');
    expect(onlyAfter.status).to.equal('achieved');
  });

  it('status(a monthly observation in a yearly deadline) is in the deadline period', () => {
    const doc = synth({
      targets: [targetOf('lt', '2024')],
      series: [
        ['2023-03', 12],
        ['2024-03', 11],
      ],
    });
    expect(assessStatus(doc).status).to.equal('missed');
  });

  it('status(baseline later than the judged observation) uses the first observation', () => {
    const r = assessStatus(mubaPoverty, undefined, { asOf: '2022' });
    expect(r.latest?.period.key).to.equal('2022');
    expect(r.baseline?.period.key).to.equal('2015');
    expect(r.baseline?.value).to.equal(18.35);
    expect(r.ratePerYear).to.be.closeTo((15.19 - 18.35) / 7, 1e-9);
    expect(r.status).to.equal('off-track');
  });

  it('status(baseline in the same period as the judged observation) is no-data', () => {
    const r = assessStatus(mubaPoverty, undefined, { asOf: '2024' });
    expect(r.latest?.value).to.equal(12.88);
    expect(r.baseline?.period.key).to.equal('2024');
    expect(r.status).to.equal('no-data');
    expect(r.ratePerYear).to.equal(null);
  });

  it('status(asOf) counts only observations starting before the end of the asOf period', () => {
    const year = assessStatus(idnPoverty, undefined, { asOf: '2024' });
    expect(year.latest?.period.key).to.equal('2024-03');
    expect(year.target?.id).to.equal('rpjmn-2020-2024');
    expect(year.status).to.equal('missed');
    const month = assessStatus(idnPoverty, undefined, { asOf: '2024-02' });
    expect(month.latest?.period.key).to.equal('2023-03');
    expect(month.status).to.equal('off-track');
    expect(assessStatus(mubaExtreme, undefined, { asOf: '2010' }).status).to.equal('no-data');
  });

  it('status(an asOf that is not a period) ignores it', () => {
    expect(assessStatus(mubaExtreme, undefined, { asOf: 'soon' })).to.deep.equal(assessStatus(mubaExtreme));
  });

  it('defaultTargetIndex picks the earliest deadline not before the latest, else the last deadline', () => {
    const targets = [targetOf('lt', '2030', 10, 'a'), targetOf('lt', '2025', 10, 'b'), targetOf('lt', '2021', 10, 'c')];
    expect(defaultTargetIndex({ targets }, parsePeriod('2022'))).to.equal(1);
    expect(defaultTargetIndex({ targets }, parsePeriod('2025-06'))).to.equal(1);
    expect(defaultTargetIndex({ targets }, parsePeriod('2031'))).to.equal(0);
    expect(defaultTargetIndex({ targets }, null)).to.equal(2);
    expect(defaultTargetIndex({ targets: [] }, parsePeriod('2022'))).to.equal(-1);
    const late = assessStatus(
      synth({
        targets,
        series: [
          ['2031', 12],
          ['2032', 11],
        ],
      }),
    );
    expect(late.target?.id).to.equal('a');
    expect(late.status).to.equal('missed');
  });

  it('status(a deep-frozen document) is the same and leaves it unchanged', () => {
    for (const fixture of [mubaPoverty, mubaExtreme, idnPoverty]) {
      const frozen = deepFreeze(structuredClone(fixture));
      const before = JSON.stringify(frozen);
      const r = assessStatus(frozen);
      expect(JSON.stringify(frozen)).to.equal(before);
      expect(r).to.deep.equal(assessStatus(structuredClone(fixture)));
      expect(assessStatus(frozen, undefined, { asOf: '2023' })).to.deep.equal(assessStatus(structuredClone(fixture), undefined, { asOf: '2023' }));
    }
  });

  it('status(odd input) never throws', () => {
    const odd: unknown[] = [
      null,
      undefined,
      {},
      { targets: [] },
      { targets: [targetOf('lt')] },
      { targets: [targetOf('lt')], series: [{ period: 'not a period', value: 1 }] },
      { targets: [{ comparator: 'lt', value: 10, period: 'nope' }], series: [{ period: '2022', value: 1 }] },
      {
        ...synth({
          series: [
            ['2020', 12],
            ['2022', 11],
          ],
        }),
        decimals: 1000,
      },
      {
        ...synth({
          series: [
            ['2020', 12],
            ['2022', 11],
          ],
        }),
        direction: 'sideways',
      },
      synth({ targets: [{ comparator: 'between', min: 7, max: 6, period: '2022' }], series: [['2022', 6.5]] }),
    ];
    for (const doc of odd) {
      let r: ReturnType<typeof assessStatus> | undefined;
      expect(() => (r = assessStatus(doc as IndicatorDocument, undefined, { asOf: '2024' })), JSON.stringify(doc)).to.not.throw();
      expect(r).to.be.an('object');
      expect([null, 'no-data', 'achieved', 'missed', 'on-track', 'off-track', 'wrong-direction']).to.include(r!.status);
    }
    expect(assessStatus(null as unknown as IndicatorDocument).status).to.equal('no-data');
    expect(assessStatus({ targets: [] } as unknown as IndicatorDocument).status).to.equal(null);
    // A reversed band is read in order.
    expect(assessStatus(odd[9] as IndicatorDocument).status).to.equal('achieved');
  });
});
