import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import { handOver, type HandedPath } from '../../src/trend-line/hand-over.js';

describe('handOver', () => {
  it('sets d once per layout, lets go of the string, and asks for a new layout when a new template meets a handed one', () => {
    const host = document.createElement('div');
    let redos = 0;
    const redo = () => (redos += 1);
    const series: HandedPath = { path: 'M0,0L10,10' };
    const draw = (s: HandedPath) => render(svg`<svg><path d=${handOver(s, redo)}></path></svg>`, host);
    draw(series);
    const path = host.querySelector('path')!;
    expect(path.getAttribute('d')).to.equal('M0,0L10,10');
    expect(series.path).to.equal('');
    // A redraw with the same layout leaves the attribute alone.
    draw(series);
    expect(path.getAttribute('d')).to.equal('M0,0L10,10');
    expect(redos).to.equal(0);
    // A new layout replaces it.
    draw({ path: 'M1,1' });
    expect(path.getAttribute('d')).to.equal('M1,1');
    // Another template (a new part) given the handed-over layout cannot draw it: it asks for a new one.
    render(svg`<g><path class="other" d=${handOver(series, redo)}></path></g>`, host);
    expect(redos).to.equal(1);
  });
});
