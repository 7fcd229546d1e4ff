import { expect } from '@open-wc/testing';
import { validateIndicator, validateProgram } from '../../src/data/validate.js';
import { normalize } from '../../src/data/normalize.js';
import type { IndicatorDocument } from '../../src/data/schema.js';
import { deepFreeze, fixture as load } from '../helpers.js';

const FILES = ['muba-extreme-poverty.json', 'muba-poverty-rate.json', 'sumsel-poverty-rate-march.json', 'idn-poverty-rate-march.json'];

type Doc = Record<string, unknown>;
const clone = <T>(x: T): T => structuredClone(x);

describe('validateIndicator', () => {
  let base: IndicatorDocument;
  before(async () => {
    base = (await load('muba-extreme-poverty.json')) as IndicatorDocument;
  });

  for (const file of FILES) {
    it(`accepts the real document ${file} exactly as published`, async () => {
      const doc = await load(file);
      const result = validateIndicator(doc);
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    });
  }

  it('accepts the real programme document', async () => {
    const result = validateProgram(await load('program-muba-poverty-2025.json'));
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  });

  it('names the path and the value in words: series[3].value got the string "4,74"', () => {
    const doc = clone(base) as Doc;
    (doc.series as Doc[])[3]!.value = '4,74';
    const result = validateIndicator(doc);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0]).to.deep.equal({
      path: 'series[3].value',
      message: 'series[3].value: expected a number, got the string "4,74"',
    });
  });

  it('speaks Indonesian when asked', () => {
    const doc = clone(base) as Doc;
    (doc.series as Doc[])[3]!.value = '4,74';
    const result = validateIndicator(doc, { lang: 'id' });
    expect(!result.ok && result.issues[0]!.message).to.equal('series[3].value: seharusnya angka, tetapi berisi teks "4,74"');
  });

  // Each case: a change to a valid document, and the path the error must name.
  const malformed: [string, (d: Doc) => unknown, string][] = [
    ['not an object', () => 'hello', ''],
    ['null', () => null, ''],
    ['an array', () => [], ''],
    ['a number', () => 42, ''],
    ['wrong schema tag', (d) => ((d.schema = 'indikator/indicator@2'), d), 'schema'],
    ['missing id', (d) => (delete d.id, d), 'id'],
    ['id with spaces', (d) => ((d.id = 'my id'), d), 'id'],
    ['missing title', (d) => (delete d.title, d), 'title'],
    ['title a number', (d) => ((d.title = 5), d), 'title'],
    ['title an empty map', (d) => ((d.title = {}), d), 'title'],
    ['title with a bad language key', (d) => ((d.title = { EN: 'x' }), d), 'title.EN'],
    ['title value not a string', (d) => ((d.title = { en: { nodeType: 1 } }), d), 'title'],
    ['missing unit', (d) => (delete d.unit, d), 'unit'],
    ['unit without label', (d) => ((d.unit = { symbol: '%' }), d), 'unit.label'],
    ['unit multiplier not an integer', (d) => (((d.unit as Doc).multiplier = 1.5), d), 'unit.multiplier'],
    ['unit multiplier too large', (d) => (((d.unit as Doc).multiplier = 99), d), 'unit.multiplier'],
    ['symbolPosition unknown', (d) => (((d.unit as Doc).symbolPosition = 'left'), d), 'unit.symbolPosition'],
    ['decimals negative', (d) => ((d.decimals = -1), d), 'decimals'],
    ['decimals fractional', (d) => ((d.decimals = 1.5), d), 'decimals'],
    ['decimals a string', (d) => ((d.decimals = '2'), d), 'decimals'],
    ['direction unknown', (d) => ((d.direction = 'down'), d), 'direction'],
    ['frequency unknown', (d) => ((d.frequency = 'Y'), d), 'frequency'],
    ['series missing', (d) => (delete d.series, d), 'series'],
    ['series an object', (d) => ((d.series = {}), d), 'series'],
    ['observation null', (d) => (((d.series as unknown[])[0] = null), d), 'series[0]'],
    ['observation without period', (d) => (delete (d.series as Doc[])[1]!.period, d), 'series[1].period'],
    ['period as a number', (d) => (((d.series as Doc[])[1]!.period = 2022), d), 'series[1].period'],
    ['period 2024-3', (d) => (((d.series as Doc[])[1]!.period = '2024-3'), d), 'series[1].period'],
    ['impossible date 2023-02-30', (d) => (((d.series as Doc[])[1]!.period = '2023-02-30'), d), 'series[1].period'],
    ['value missing', (d) => (delete (d.series as Doc[])[2]!.value, d), 'series[2].value'],
    ['value NaN', (d) => (((d.series as Doc[])[2]!.value = NaN), d), 'series[2].value'],
    ['value Infinity', (d) => (((d.series as Doc[])[2]!.value = Infinity), d), 'series[2].value'],
    ['value a boolean', (d) => (((d.series as Doc[])[2]!.value = true), d), 'series[2].value'],
    ['value an object', (d) => (((d.series as Doc[])[2]!.value = { v: 1 }), d), 'series[2].value'],
    ['status not a list', (d) => (((d.series as Doc[])[2]!.status = 'P'), d), 'series[2].status'],
    ['status code with markup', (d) => (((d.series as Doc[])[2]!.status = ['<b>']), d), 'series[2].status[0]'],
    ['unknown observation field', (d) => (((d.series as Doc[])[2]!.vaule = 1), d), 'series[2].vaule'],
    ['lower a string', (d) => (((d.series as Doc[])[2]!.lower = '1'), d), 'series[2].lower'],
    ['conflicting duplicate periods', (d) => (((d.series as Doc[])[3]!.period = '2023'), d), 'series[3].period'],
    ['unknown top-level field', (d) => ((d.colour = 'red'), d), 'colour'],
    ['sources empty', (d) => ((d.sources = []), d), 'sources'],
    ['source without id', (d) => (delete (d.sources as Doc[])[0]!.id, d), 'sources[0].id'],
    ['source kind unknown', (d) => (((d.sources as Doc[])[0]!.kind = 'blog'), d), 'sources[0].kind'],
    ['source published not a date', (d) => (((d.sources as Doc[])[0]!.published = 'July 2024'), d), 'sources[0].published'],
    ['target comparator unknown', (d) => (((d.targets as Doc[])[0]!.comparator = 'approx'), d), 'targets[0].comparator'],
    ['target without value', (d) => (delete (d.targets as Doc[])[0]!.value, d), 'targets[0].value'],
    ['between target without max', (d) => ((d.targets = [{ comparator: 'between', min: 1, period: '2024' }]), d), 'targets[0].max'],
    ['between target with min above max', (d) => ((d.targets = [{ comparator: 'between', min: 7, max: 6, period: '2024' }]), d), 'targets[0].min'],
    ['target period missing', (d) => (delete (d.targets as Doc[])[0]!.period, d), 'targets[0].period'],
    ['target value a string', (d) => (((d.targets as Doc[])[0]!.value = '0'), d), 'targets[0].value'],
    ['baseline without value', (d) => (delete (d.baseline as Doc).value, d), 'baseline.value'],
    ['baseline period bad', (d) => (((d.baseline as Doc).period = 'last year'), d), 'baseline.period'],
    ['limits min above max', (d) => ((d.limits = { min: 10, max: 0 }), d), 'limits.min'],
    ['note without text', (d) => ((d.notes = [{ kind: 'footnote' }]), d), 'notes[0].text'],
    ['note kind unknown', (d) => ((d.notes = [{ kind: 'rumour', text: 'x' }]), d), 'notes[0].kind'],
    ['area level unknown', (d) => ((d.area = { name: 'X', level: 'planet' }), d), 'area.level'],
  ];

  for (const [name, mutate, path] of malformed) {
    it(`rejects ${name}, naming ${path || 'the document'}`, () => {
      const doc = mutate(clone(base) as Doc);
      let result!: ReturnType<typeof validateIndicator>;
      expect(() => (result = validateIndicator(doc))).not.to.throw();
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.issues.map((i) => i.path)).to.include(path);
      for (const issue of result.issues) {
        expect(issue.message.length).to.be.greaterThan(issue.path.length + 5);
        if (issue.path) expect(issue.message.startsWith(`${issue.path}: `)).to.equal(true);
      }
    });
  }

  it('keeps identical duplicate periods once, with a warning', () => {
    const doc = clone(base) as Doc;
    (doc.series as Doc[]).push({ period: '2023', value: 0.98 });
    const result = validateIndicator(doc);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings).to.have.length(1);
    expect(result.warnings[0]!.message).to.contain('"2023"');
    expect(normalize(result.value).points.map((p) => p.period.key)).to.deep.equal(['2021', '2022', '2023', '2024']);
  });

  it('names both values of a conflicting duplicate', () => {
    const doc = clone(base) as Doc;
    (doc.series as Doc[]).push({ period: '2023', value: 0.96 });
    const result = validateIndicator(doc);
    expect(!result.ok && result.issues[0]!.message).to.equal(
      'series[4].period: "2023" appears twice with different values (series[2] = 0.98 and series[4] = 0.96)',
    );
  });

  it('passes a deep-frozen document through validation and normalization unchanged', async () => {
    const doc = deepFreeze(await load('muba-extreme-poverty.json'));
    const before = JSON.stringify(doc);
    const result = validateIndicator(doc);
    expect(result.ok).to.equal(true);
    if (result.ok) normalize(result.value);
    expect(JSON.stringify(doc)).to.equal(before);
  });

  it('sorts an unsorted series into a new array', () => {
    const doc = clone(base);
    doc.series.reverse();
    const result = validateIndicator(doc);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(normalize(result.value).points.map((p) => p.value)).to.deep.equal([6.56, 4.74, 0.98, 0.47]);
    expect(doc.series[0]!.period).to.equal('2024');
  });

  it('validates 100,000 observations without rejecting a valid one', () => {
    const series = Array.from({ length: 100_000 }, (_, i) => ({
      period: `${String(1000 + Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: Math.sin(i / 100) * 10,
    }));
    const result = validateIndicator({ ...base, series, targets: [] });
    expect(result.ok, JSON.stringify(!result.ok && result.issues.slice(0, 2))).to.equal(true);
  });

  it('reports the one bad point of a long series by its index', () => {
    const series: unknown[] = Array.from({ length: 5000 }, (_, i) => ({ period: String(1000 + i), value: i }));
    series[4321] = { period: '5321', value: 'x' };
    const result = validateIndicator({ ...base, series, targets: [] });
    expect(!result.ok && result.issues.map((i) => i.path)).to.deep.equal(['series[4321].value']);
  });
});

describe('validateProgram', () => {
  it('rejects a programme with a bad status and a bad budget currency', async () => {
    const doc = clone(await load('program-muba-poverty-2025.json')) as Doc;
    doc.status = 'paused';
    doc.budget = { amount: 1e9, currency: 'rupiah' };
    const result = validateProgram(doc);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).to.include.members(['status', 'budget.currency']);
  });

  it('rejects an indicator entry that is neither a URL nor a document', async () => {
    const doc = clone(await load('program-muba-poverty-2025.json')) as Doc;
    doc.indicators = [42];
    const result = validateProgram(doc);
    expect(!result.ok && result.issues[0]!.path).to.equal('indicators[0]');
  });

  it('accepts inline indicator documents with a target id', async () => {
    const doc = clone(await load('program-muba-poverty-2025.json')) as Doc;
    doc.indicators = [{ data: await load('muba-extreme-poverty.json'), targetId: 'inpres-4-2022' }, { src: 'x.json' }];
    const result = validateProgram(doc);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  });

  it('keeps a null budget as null (not published), never 0', async () => {
    const result = validateProgram(await load('program-muba-poverty-2025.json'));
    expect(result.ok && result.value.budget).to.equal(null);
  });
});

describe('validateProgram with inline indicators', () => {
  it('names the real problem of a broken inline indicator, not just the entry', async () => {
    const program = structuredClone(await load('program-muba-poverty-2025.json')) as Doc;
    const extreme = structuredClone(await load('muba-extreme-poverty.json')) as Doc;
    (extreme.series as Doc[])[3]!.value = '4,74';
    program.indicators = [extreme, { data: extreme, targetId: 'x' }];
    const result = validateProgram(program);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).to.include.members([
      'indicators[0].series[3].value: expected a number, got the string "4,74"',
      'indicators[1].data.series[3].value: expected a number, got the string "4,74"',
    ]);
  });
});
