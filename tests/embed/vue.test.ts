// The Vue 3 example (demo/vue, type-checked with vue-tsc --strictTemplates and built by
// `npm run build:vue` into demo/vue/dist): it renders the three elements, binds `data` as a
// property, and hears their events through `@indikator-load` and `@indikator-select`.
import { expect } from '@open-wc/testing';
import { frame, requireBuilt, settled, until, widgetsIn } from './helpers.js';

const PAGE = '/demo/vue/dist/index.html';

describe('Vue 3 example', () => {
  let el: HTMLIFrameElement;
  before(async () => {
    await requireBuilt(PAGE, 'npm run build && npm run build:vue');
    el = await frame({ src: PAGE, width: 1100, height: 1400 });
  });
  after(() => el?.remove());

  const doc = () => el.contentDocument!;
  const logged = (type: string) => [...doc().querySelectorAll(`[data-testid="events"] li[data-type="${type}"]`)].map((li) => li.textContent ?? '');

  it('renders the three elements, ready, and hears indikator-load from each', async () => {
    expect(await settled(doc(), 3, 9000)).to.deep.equal([
      'indikator-target-gauge:ready',
      'indikator-trend-line:ready',
      'indikator-program-card:ready',
    ]);
    const loads = await until(() => (logged('indikator-load').length >= 3 ? logged('indikator-load') : undefined), 'three loads');
    expect(loads.map((t) => t.replace('indikator-load: ', '')).sort()).to.deep.equal([
      'indikator-program-card',
      'indikator-target-gauge',
      'indikator-trend-line',
    ]);
    expect(logged('indikator-error')).to.deep.equal([]);
  });

  it('binds `data` as a property (an object, an array of three), not an attribute', () => {
    const [gauge, trend] = widgetsIn(doc()) as Array<HTMLElement & { data: unknown }>;
    expect(gauge!.hasAttribute('data')).to.be.false;
    expect((gauge!.data as { id: string }).id).to.equal('idn.1606.extreme-poverty-rate');
    expect(Array.isArray(trend!.data) && trend!.data.length).to.equal(3);
    expect(gauge!.getAttribute('status')).to.equal('missed');
    expect(trend!.getAttribute('target-id')).to.equal('muba-single-digit-2025');
  });

  it('follows the bound `lang`: switching to English re-renders in English', async () => {
    const gauge = widgetsIn(doc())[0]!;
    expect(gauge.shadowRoot!.textContent).to.include('tidak tercapai');
    const select = doc().querySelector<HTMLSelectElement>('[data-testid="lang"]')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await until(() => gauge.getAttribute('lang') === 'en' && gauge.shadowRoot!.textContent!.includes('missed'), 'the gauge in English');
  });

  it('hears indikator-select when a point is activated', async () => {
    const trend = widgetsIn(doc())[1]!;
    const chart = trend.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    const key = (k: string) =>
      chart.dispatchEvent(new (el.contentWindow as typeof window).KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    chart.focus();
    key('End');
    key('Enter');
    const selected = await until(() => logged('indikator-select')[0], 'an indikator-select in the Vue log');
    expect(selected).to.equal('indikator-select: idn.1606.poverty-rate 2025: 9.97');
  });
});
