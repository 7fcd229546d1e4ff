// The React 19 example (demo/react, built by `npm run build:react` into demo/react/dist): it renders
// the three elements, sets `data` as a property, and receives their events through React's own
// custom-element event props (`onindikator-load`) and through a ref (`indikator-select`).
import { expect } from '@open-wc/testing';
import { frame, requireBuilt, settled, until, widgetsIn } from './helpers.js';

const PAGE = '/demo/react/dist/index.html';

describe('React 19 example', () => {
  let el: HTMLIFrameElement;
  before(async () => {
    await requireBuilt(PAGE, 'npm run build && npm run build:react');
    el = await frame({ src: PAGE, width: 1100, height: 1400 });
  });
  after(() => el?.remove());

  const doc = () => el.contentDocument!;
  const logged = (type: string) => [...doc().querySelectorAll(`[data-testid="events"] li[data-type="${type}"]`)].map((li) => li.textContent ?? '');

  it('renders the three elements, ready', async () => {
    expect(await settled(doc(), 3, 9000)).to.deep.equal([
      'indikator-target-gauge:ready',
      'indikator-trend-line:ready',
      'indikator-program-card:ready',
    ]);
  });

  it('receives indikator-load from each element through onindikator-load', async () => {
    const loads = await until(() => {
      const list = logged('indikator-load');
      return list.length >= 3 ? list : undefined;
    }, 'three indikator-load events in the React log');
    expect(loads.some((t) => t.includes('indikator-target-gauge: Persentase penduduk miskin ekstrem'))).to.be.true;
    expect(loads.some((t) => t.includes('indikator-trend-line: Persentase penduduk miskin (P0)'))).to.be.true;
    expect(loads.some((t) => t.includes('indikator-program-card'))).to.be.true;
    expect(logged('indikator-error')).to.deep.equal([]);
  });

  it('sets `data` as a property (an object, an array), other props as attributes', () => {
    const [gauge, trend] = widgetsIn(doc()) as Array<HTMLElement & { data: unknown }>;
    expect(gauge!.hasAttribute('data')).to.be.false;
    expect((gauge!.data as { id: string }).id).to.equal('idn.1606.extreme-poverty-rate');
    expect(gauge!.getAttribute('target-id')).to.equal('inpres-4-2022');
    expect(gauge!.getAttribute('status')).to.equal('missed');
    expect(trend!.data).to.be.an('array').with.length(3);
    expect(trend!.getAttribute('heading-level')).to.equal('2');
  });

  it('passes React state changes to the elements (target, language)', async () => {
    const [target, language] = [...doc().querySelectorAll('select')].reverse();
    const change = (select: HTMLSelectElement, value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const gauge = widgetsIn(doc())[0]!;
    change(target!, 'rpjmn-2025-2029');
    await until(() => gauge.getAttribute('status') === 'on-track', 'the gauge to judge the 2026 target');
    expect(gauge.getAttribute('target-id')).to.equal('rpjmn-2025-2029');
    change(language!, 'en');
    await until(() => gauge.getAttribute('lang') === 'en', 'lang="en"');
    await until(() => gauge.shadowRoot!.textContent!.includes('on track'), 'English text in the gauge');
  });

  it('receives indikator-select through a ref', async () => {
    const trend = widgetsIn(doc())[1]!;
    const chart = trend.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    const key = (k: string) =>
      chart.dispatchEvent(new (el.contentWindow as typeof window).KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    chart.focus();
    key('End');
    key('Enter');
    const selected = await until(() => logged('indikator-select')[0], 'an indikator-select in the React log');
    expect(selected).to.contain('idn.1606.poverty-rate 2025: 9.97');
  });
});
