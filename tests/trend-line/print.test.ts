import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/target-gauge/indikator-target-gauge.js';
import { fixture } from '../helpers.js';
import { $, mount } from './helpers.js';

const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

const style = (el: HTMLElement, selector: string) => getComputedStyle($(el, selector)!);
/** Lightness of a computed `rgb()` colour, 0-255. */
const grey = (colour: string) => {
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return (r! + g! + b!) / 3;
};

async function gauge(attrs: Record<string, string>): Promise<HTMLElement> {
  const el = document.createElement('indikator-target-gauge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = await fixture('muba-poverty-rate.json'); // both bands: worse than the baseline, target met
  document.body.append(el);
  await waitUntil(() => el.state === 'ready', 'gauge never ready', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    document.querySelectorAll('indikator-trend-line, indikator-target-gauge').forEach((el) => el.remove());
  });

  for (const theme of ['light', 'dark']) {
    it(`prints the trend line black on white without its controls (${theme} theme)`, async () => {
      const [muba, sumsel] = await Promise.all([fixture('muba-poverty-rate.json'), fixture('sumsel-poverty-rate-march.json')]);
      const el = await mount([muba, sumsel], { lang: 'en', theme, downloads: '' });
      $<HTMLElement>(el, '.chart')!.focus();
      await el.updateComplete;
      expect(style(el, '.downloads').display).to.not.equal('none');
      await emulateMedia({ media: 'print' });
      const frame = style(el, '.frame');
      expect(frame.color).to.equal(BLACK);
      expect(frame.backgroundColor).to.equal(WHITE);
      expect(frame.breakInside).to.equal('avoid');
      // No buttons, no tooltip, no focus ring.
      expect(style(el, '.downloads').display).to.equal('none');
      expect(style(el, '.table-toggle').display).to.equal('none');
      expect(style(el, '.tooltip').display).to.equal('none');
      expect(style(el, '.chart').outlineStyle).to.equal('none');
      expect($(el, '.focus-marker') ? style(el, '.focus-marker').display : 'none').to.equal('none');
      // The chart, its words and its source stay.
      expect(style(el, '.svg').display).to.equal('block');
      expect(style(el, '[part="summary"]').color).to.equal(BLACK);
      expect(style(el, '.sources').display).to.not.equal('none');
      expect(grey(style(el, '.sources').color)).to.be.lessThan(80);
      // Lines told apart by dash, not colour: the primary solid and black, the comparison dashed.
      expect(style(el, '[part="line"]').stroke).to.equal(BLACK);
      expect(style(el, '[part="line"]').strokeDasharray).to.equal('none');
      expect(style(el, 'path.comparison').strokeDasharray).to.not.equal('none');
      expect(style(el, '[part="target"] path').strokeDasharray).to.not.equal('none');
      // Label halos in the paper's colour, not the dark theme's.
      expect(style(el, '.svg .halo').stroke).to.equal(WHITE);
      // The status keeps its shape, in black.
      expect(style(el, '.status .icon').display).to.not.equal('none');
      expect(style(el, '.status .icon').color).to.equal(BLACK);
    });
  }

  it('prints the gauge black on white with bands told apart by pattern (dark theme)', async () => {
    const el = await gauge({ lang: 'en', theme: 'dark', downloads: '' });
    await emulateMedia({ media: 'print' });
    expect(style(el, '.frame').color).to.equal(BLACK);
    expect(style(el, '.frame').backgroundColor).to.equal(WHITE);
    expect(style(el, '.downloads').display).to.equal('none');
    expect(style(el, '.indicator').fill).to.equal(BLACK);
    expect(style(el, '.latest').stroke).to.equal(WHITE);
    expect(style(el, '.status .icon').color).to.equal(BLACK);
    expect(style(el, '.status .icon-cut').stroke).to.equal(WHITE);
    // The bands are strips under the bar (issue 17: 3:1 against the track), on paper the worse one
    // black and dashed, the met one dark grey and solid: dark on white, and told apart without colour.
    const worse = style(el, '.band-worse');
    const met = style(el, '.band-met');
    const track = grey(style(el, '.track').fill);
    expect(grey(worse.stroke)).to.equal(0);
    expect(worse.strokeDasharray).to.not.equal('none');
    expect(met.strokeDasharray).to.equal('none');
    expect(track - grey(met.stroke), 'the met band darker than the track').to.be.greaterThan(100);
    expect(grey(style(el, '.number').color)).to.equal(0);
  });
});
