// The elements' plain check (src/data/check.ts) against the schema it mirrors (validate.ts): it must
// never take a document the schema rejects, must give the same document the schema gives, and must
// take every valid document without warnings (else that document's first draw would wait for the
// schema library). Checked on the demo's real documents, on generated valid documents, and on
// documents spoiled in one place with arbitrary JSON.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { plainIndicator } from '../../src/data/check.js';
import { plainProgram } from '../../src/data/check-program.js';
import { validateIndicator, validateProgram } from '../../src/data/validate.js';
import { indicatorDoc, programmeDoc, spoiled } from '../hardening/arbitraries.js';
import { fixture } from '../helpers.js';

const DEMO = ['muba-poverty-rate.json', 'muba-extreme-poverty.json', 'sumsel-poverty-rate-march.json', 'idn-poverty-rate-march.json'];

/**
 * `"limits": []` (PHP's json_encode writes an empty map so) is valid to the schema, whose strict
 * objects take an empty array as an empty object; the plain check leaves it to the schema (in a
 * document or in a programme's inline documents).
 */
const emptyListAsObject = (input: unknown) => /"limits":\[/.test(JSON.stringify(input) ?? '');

/** The one property: what the plain check says agrees with the schema. */
function agrees(input: unknown, program = false): void {
  const before = JSON.stringify(input);
  const plain = program ? plainProgram(input) : plainIndicator(input);
  const full = program ? validateProgram(input) : validateIndicator(input);
  expect(JSON.stringify(input), 'the input is untouched').to.equal(before);
  if (plain) {
    expect(full.ok, `taken by the plain check, rejected by the schema: ${full.ok ? '' : full.issues[0]?.message}`).to.equal(true);
    expect(plain).to.deep.equal(full.ok ? full.value : undefined);
  } else if (full.ok && full.warnings.length === 0 && !emptyListAsObject(input)) {
    expect.fail(`valid and without warnings, but not taken by the plain check: ${before.slice(0, 300)}`);
  }
}

describe('the plain check of an indicator document', () => {
  it("takes the demo's real documents, as the schema gives them", async () => {
    for (const name of DEMO) {
      const doc = await fixture(name);
      expect(plainIndicator(doc), name).not.to.equal(undefined);
      agrees(doc);
    }
  });

  it('rejects what the schema rejects in the real documents spoiled in one place (1,500 cases)', async () => {
    const docs = await Promise.all(DEMO.map((n) => fixture<Record<string, unknown>>(n)));
    let rejected = 0;
    fc.assert(
      fc.property(spoiled(fc.constantFrom(...docs)), (input) => {
        agrees(input);
        if (!validateIndicator(input).ok) rejected++;
      }),
      { numRuns: 1500 },
    );
    // The spoiling must actually spoil: most cases are invalid, so the property above was tested.
    expect(rejected).to.be.greaterThan(500);
  });

  it('agrees with the schema on generated valid documents and on them spoiled (3,000 cases)', () => {
    fc.assert(
      fc.property(indicatorDoc(), (d) => agrees(d)),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(spoiled(indicatorDoc()), (d) => agrees(d)),
      { numRuns: 2000 },
    );
  });

  it('leaves to the schema what it cannot be sure of: a polluted prototype, a band upside down, a duplicate period', async () => {
    const doc = await fixture<Record<string, unknown> & { series: { period: string; value: number | null }[] }>('muba-poverty-rate.json');
    const dup = { ...doc, series: [...doc.series, { ...doc.series[0]! }] };
    expect(plainIndicator(dup), 'a repeated observation (the schema warns)').to.equal(undefined);
    expect(validateIndicator(dup).ok).to.equal(true);
    const band = { ...doc, targets: [{ comparator: 'between', min: 7, max: 6, period: '2025' }] };
    expect(plainIndicator(band)).to.equal(undefined);
    expect(validateIndicator(band).ok).to.equal(false);
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'yes';
    try {
      expect(plainIndicator(doc)).to.equal(undefined);
      expect(validateIndicator(doc).ok).to.equal(true);
    } finally {
      delete proto.polluted;
    }
  });

  it('gives a copy whose series is the input’s own array, and a new object each time', async () => {
    const doc = await fixture<Record<string, unknown>>('muba-extreme-poverty.json');
    const a = plainIndicator(doc)!;
    const b = plainIndicator(doc)!;
    expect(a).not.to.equal(b);
    expect(a.series).to.equal(doc.series);
    expect(a.unit).not.to.equal(doc.unit);
    expect(a.unit).to.deep.equal(doc.unit);
  });
});

describe('the plain check on values no JSON text makes (the `data` property takes any object)', () => {
  // Found by review: each of these once threw, gave another value than the schema, or was taken
  // while the schema rejected it. Now the check never throws, and leaves them to the schema.
  it('never throws, and takes none of them unless the schema does, with the same value', async () => {
    const doc = await fixture<Record<string, unknown>>('muba-poverty-rate.json');
    let reads = 0;
    const cases: Record<string, unknown> = {
      'limits a WeakMap': { ...doc, limits: new WeakMap() },
      'limits a Promise': { ...doc, limits: Promise.resolve() },
      'limits a Map': { ...doc, limits: new Map() },
      'limits a Date': { ...doc, limits: new Date(0) },
      'limits inheriting min': { ...doc, limits: Object.create({ min: 0 }) },
      'unit a Proxy': { ...doc, unit: new Proxy({ label: '%' }, {}) },
      'unit inheriting its label': { ...doc, unit: Object.create({ label: '%' }) },
      'title inheriting its text': { ...doc, title: Object.create({ en: 'x' }) },
      'title a Date with a key': { ...doc, title: Object.assign(new Date(0), { en: 'x' }) },
      'a getter that throws': Object.defineProperty({ ...doc }, 'title', {
        enumerable: true,
        get() {
          throw new Error('no');
        },
      }),
      'a getter that changes its answer': {
        ...doc,
        unit: Object.defineProperty({}, 'label', {
          enumerable: true,
          get: () => (reads++ ? 42 : '%'),
        }),
      },
      'the whole input a revoked Proxy': (() => {
        const r = Proxy.revocable({}, {});
        r.revoke();
        return r.proxy;
      })(),
    };
    for (const [name, input] of Object.entries(cases)) {
      let plain: unknown;
      expect(() => (plain = plainIndicator(input)), name).not.to.throw();
      expect(() => validateIndicator(input), name).not.to.throw();
      const full = validateIndicator(input);
      if (plain !== undefined) {
        expect(full.ok, name).to.equal(true);
        expect(plain, name).to.deep.equal(full.ok ? full.value : undefined);
      }
      const program = { schema: 'indikator/program@1', id: 'p', title: 'P', indicators: [input, Object.create({ src: 'a.json' })] };
      expect(() => plainProgram(program), name).not.to.throw();
      expect(plainProgram(program), `${name}, in a programme`).to.equal(undefined);
    }
  });
});

describe('the plain check on a document made in another frame', () => {
  it("takes it at once (its objects have that frame's Object.prototype), unless that frame's prototype was extended", async () => {
    const doc = await fixture<Record<string, unknown>>('muba-extreme-poverty.json');
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const foreign = win.JSON.parse(JSON.stringify(doc)) as unknown;
      const plain = plainIndicator(foreign);
      expect(plain, 'taken').not.to.equal(undefined);
      const full = validateIndicator(foreign);
      expect(full.ok).to.equal(true);
      expect(plain).to.deep.equal(full.ok ? full.value : undefined);
      (win.Object.prototype as Record<string, unknown>).symbol = '%';
      expect(plainIndicator(win.JSON.parse(JSON.stringify(doc))), 'a foreign prototype with keys').to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});

describe('the plain check of a programme document', () => {
  it("takes the demo's real programme, as the schema gives it", async () => {
    const doc = await fixture('program-muba-poverty-2025.json');
    expect(plainProgram(doc)).not.to.equal(undefined);
    agrees(doc, true);
  });

  it('agrees with the schema on the real programme spoiled, and on generated programmes and them spoiled (3,000 cases)', async () => {
    const doc = await fixture<Record<string, unknown>>('program-muba-poverty-2025.json');
    let rejected = 0;
    fc.assert(
      fc.property(spoiled(fc.constant(doc)), (input) => {
        agrees(input, true);
        if (!validateProgram(input).ok) rejected++;
      }),
      { numRuns: 1000 },
    );
    expect(rejected).to.be.greaterThan(300);
    fc.assert(
      fc.property(programmeDoc(), (d) => agrees(d, true)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(spoiled(programmeDoc()), (d) => agrees(d, true)),
      { numRuns: 1500 },
    );
  });
});
