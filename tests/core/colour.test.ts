import { expect } from '@open-wc/testing';
import { safeColour } from '../../src/core/colour.js';

describe('safeColour', () => {
  it('accepts hex colours of three, six and eight digits, lower-cased', () => {
    expect(safeColour('#fff')).to.equal('#fff');
    expect(safeColour('#1A73E8')).to.equal('#1a73e8');
    expect(safeColour('#1a73e880')).to.equal('#1a73e880');
    expect(safeColour('  #abc\n')).to.equal('#abc');
  });

  it('accepts rgb() with integers 0-255, with spaces or commas', () => {
    expect(safeColour('rgb(0 128 255)')).to.equal('rgb(0, 128, 255)');
    expect(safeColour('rgb(0, 128, 255)')).to.equal('rgb(0, 128, 255)');
    expect(safeColour('RGB( 10 ,20,30 )')).to.equal('rgb(10, 20, 30)');
    expect(safeColour('rgb(007 0 0)')).to.equal('rgb(7, 0, 0)');
  });

  const rejected: unknown[] = [
    '#ff',
    '#ffff',
    '#fffff',
    '#fffffff',
    '#fffffffff',
    '#ggg',
    'fff',
    '#fff;',
    '# fff',
    'rgb(256 0 0)',
    'rgb(-1 0 0)',
    'rgb(1.5 0 0)',
    'rgb(1 2)',
    'rgb(1 2 3 4)',
    'rgb(1, 2 3)',
    'rgb(1 2 3 / 50%)',
    'rgb(10%, 0, 0)',
    'rgba(0, 0, 0, 0.5)',
    'rgb(1 2 3);background:red',
    'rgb(1 2 3)x',
    'red',
    'transparent',
    'currentColor',
    'hsl(0 100% 50%)',
    'var(--x)',
    'url(https://evil.example/x)',
    'expression(alert(1))',
    '#fff url(x)',
    'red;}*{color:red',
    '#fff\u0000',
    '',
    undefined,
    null,
    0xffffff,
    {},
    ['#fff'],
    { toString: () => '#fff' },
  ];
  for (const raw of rejected) {
    it(`rejects ${typeof raw === 'string' ? JSON.stringify(raw) : String(raw)}`, () => {
      expect(safeColour(raw)).to.equal(undefined);
    });
  }

  it('rejects an overlong string without scanning it', () => {
    expect(safeColour(`#fff${' '.repeat(100)}`)).to.equal(undefined);
  });
});
