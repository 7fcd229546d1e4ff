import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/adapter.js';
import { choose, describeChoices, distinguishing, parseSelect, type Candidate, type Dimension } from '../../src/adapters/select.js';

const dims: Dimension[] = [
  { id: 'SEX', label: { en: 'Sex' } },
  { id: 'SERIES_NAME', label: 'Series Name' },
];
const value = (id: string, label?: string) => ({ id, label });
const candidates: Candidate<string>[] = [
  { values: [value('_T', 'Total'), value('269', 'UN IGME estimate')], item: 'T-269' },
  { values: [value('F', 'Female'), value('269', 'UN IGME estimate')], item: 'F-269' },
  { values: [value('M', 'Male'), value('269', 'UN IGME estimate')], item: 'M-269' },
  { values: [value('_T', 'Total'), value('38', 'DHS')], item: 'T-38' },
];
const items = (select?: string) => choose(dims, candidates, select).map((c) => c.item);

describe('adapters/select', () => {
  it('parses clauses and pairs', () => {
    expect(parseSelect(undefined)).to.equal(undefined);
    expect(parseSelect('  ')).to.equal(undefined);
    expect(parseSelect('SEX=F; SERIES_NAME = 269 | Total')).to.deep.equal([
      {
        text: 'SEX=F; SERIES_NAME = 269',
        pairs: [
          { key: 'SEX', value: 'F' },
          { key: 'SERIES_NAME', value: '269' },
        ],
      },
      { text: 'Total', pairs: [{ value: 'Total' }] },
    ]);
    expect(() => parseSelect('SEX=F||SEX=M')).to.throw(AdapterError, /empty series/);
  });

  it('matches ids first, then labels, then either ignoring case', () => {
    expect(items('SEX=F;SERIES_NAME=269')).to.deep.equal(['F-269']);
    expect(items('Sex=Female;Series Name=UN IGME estimate')).to.deep.equal(['F-269']);
    expect(items('sex=female;series_name=un igme estimate')).to.deep.equal(['F-269']);
    expect(items('SERIES_NAME=DHS')).to.deep.equal(['T-38']);
  });

  it('takes a bare value from the one dimension that has it', () => {
    expect(items('Male')).to.deep.equal(['M-269']);
    expect(items('38')).to.deep.equal(['T-38']);
  });

  it('returns several series in the order of the select, the first primary', () => {
    expect(items('SEX=M;SERIES_NAME=269|SEX=F;SERIES_NAME=269|DHS')).to.deep.equal(['M-269', 'F-269', 'T-38']);
  });

  it('lists the dimensions and their values when several series remain and no select is given', () => {
    expect(() => items()).to.throw(
      AdapterError,
      'select one series: SEX=_T (Total)|F (Female)|M (Male); SERIES_NAME=269 (UN IGME estimate)|38 (DHS)',
    );
  });

  it('says what to add when a select leaves several series', () => {
    expect(() => items('SEX=_T')).to.throw(AdapterError, 'select "SEX=_T" matches 2 series; add one of: SERIES_NAME=269 (UN IGME estimate)|38 (DHS)');
  });

  it('names an unknown dimension, an unknown value and an impossible combination', () => {
    expect(() => items('AGE=5')).to.throw(AdapterError, 'no dimension "AGE" (dimensions: SEX, SERIES_NAME)');
    expect(() => items('SEX=X')).to.throw(AdapterError, 'SEX has no value "X" (values: _T, F, M)');
    expect(() => items('SEX=F;SERIES_NAME=38')).to.throw(AdapterError, 'select "SEX=F;SERIES_NAME=38": no series has all of these values');
    expect(() => items('nothing')).to.throw(AdapterError, 'no dimension has a value "nothing"');
  });

  it('asks for the dimension when a bare value sits in two', () => {
    const twice: Candidate<number>[] = [
      { values: [value('A'), value('B')], item: 1 },
      { values: [value('B'), value('A')], item: 2 },
    ];
    expect(() => choose(dims, twice, 'A')).to.throw(AdapterError, '"A" is a value of SEX and SERIES_NAME; write SEX=A');
  });

  it('takes the one preferred series when the select does not settle it', () => {
    const prefer = (c: Candidate<string>) => c.values[0]!.id === '_T';
    expect(choose(dims, candidates, 'SERIES_NAME=269', { prefer }).map((c) => c.item)).to.deep.equal(['T-269']);
    expect(() => choose(dims, candidates, undefined, { prefer })).to.throw(AdapterError, 'select one series: SERIES_NAME=269');
  });

  it('begins its errors with the format when told', () => {
    expect(() => choose(dims, candidates, undefined, { format: 'SDMX-JSON' })).to.throw(AdapterError, /^SDMX-JSON: the message holds 4 series/);
  });

  it('shows empty values, and cuts long lists', () => {
    const many: Candidate<number>[] = Array.from({ length: 40 }, (_, i) => ({ values: [value(String(i)), value(i % 2 ? '' : 'x')], item: i }));
    const text = describeChoices(dims, many);
    expect(text).to.contain('SEX=0|1|2');
    expect(text).to.contain('|… (40 values)');
    expect(text).to.contain('SERIES_NAME=x|(empty)');
    expect(choose(dims, many, 'SEX=1;SERIES_NAME=(empty)')[0]!.item).to.equal(1);
  });

  it('tells a series apart by the values that vary', () => {
    expect(distinguishing(dims, candidates, candidates[1]!)).to.deep.equal({ ids: ['F', '269'], labels: ['Female', 'UN IGME estimate'] });
    expect(distinguishing(dims, candidates.slice(0, 3), candidates[1]!)).to.deep.equal({ ids: ['F'], labels: ['Female'] });
  });

  it('reports choices only to an own onChoices: one on Object.prototype is neither called nor a crash', () => {
    const proto = Object.prototype as Record<string, unknown>;
    let called = 0;
    proto.onChoices = 'not a function';
    try {
      expect(choose(dims, candidates, 'SEX=F').map((c) => c.item)).to.deep.equal(['F-269']);
      proto.onChoices = () => called++;
      expect(choose(dims, candidates, 'SEX=M').map((c) => c.item)).to.deep.equal(['M-269']);
    } finally {
      delete proto.onChoices;
    }
    expect(called).to.equal(0);
    let heard: unknown;
    choose(dims, candidates, 'SEX=F', { onChoices: (c) => (heard = c) });
    expect(heard).to.be.an('array').that.is.not.empty;
  });
});
