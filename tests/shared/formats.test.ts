import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import './test-element.js';
import type { IndikatorTestElement } from './test-element.js';
import type { ErrorDetail, LoadDetail } from '../../src/shared/indikator-element.js';
import type { IndicatorDocument } from '../../src/data/schema.js';

const text = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

async function loaded(setup: (el: IndikatorTestElement) => void) {
  const el = document.createElement('indikator-test-element');
  setup(el);
  const event = Promise.race([oneEvent(el, 'indikator-load'), oneEvent(el, 'indikator-error')]);
  document.body.append(el);
  const e = (await event) as CustomEvent<LoadDetail<IndicatorDocument> | ErrorDetail>;
  await el.updateComplete;
  return { el, e };
}

afterEach(() => document.querySelectorAll('indikator-test-element').forEach((el) => el.remove()));

describe('element base: published formats', () => {
  it('reads a World Bank message by src through its adapter', async () => {
    const { el, e } = await loaded((el) => {
      el.format = 'worldbank';
      el.src = '/__fault/ok/formats/worldbank-v2_fra_ny-gdp-mktp-cd.json';
    });
    expect(e.type, JSON.stringify(e.detail)).to.equal('indikator-load');
    expect(el.state).to.equal('ready');
    expect((e.detail as LoadDetail<IndicatorDocument>).data.series.length).to.be.greaterThan(60);
  });

  it('merges an inline JSON overlay over the adapter output', async () => {
    const { el, e } = await loaded((el) => {
      el.format = 'worldbank';
      el.src = '/__fault/ok/formats/worldbank-v2_fra_ny-gdp-mktp-cd.json';
      el.innerHTML = '<script type="application/json">{ "title": { "en": "GDP of France" }, "direction": "higher-is-better" }</script>';
    });
    const doc = (e.detail as LoadDetail<IndicatorDocument>).data;
    expect(doc.direction).to.equal('higher-is-better');
    expect(text(el, '.title')).to.equal('GDP of France');
  });

  it('reads Open SDG data with its metadata fetched from ../meta/', async () => {
    const { el, e } = await loaded((el) => {
      el.format = 'opensdg';
      el.src = '/__fault/ok/formats/open-sdg_canada/data/1-2-1.json';
    });
    expect(e.type, JSON.stringify(e.detail)).to.equal('indikator-load');
    expect(el.state).to.equal('ready');
  });

  it('reads inline CSV with the declared separators, and a JSON overlay beside it', async () => {
    const { el, e } = await loaded((el) => {
      el.format = 'csv';
      el.decimal = ',';
      el.delimiter = ';';
      el.innerHTML =
        '<script type="text/csv">period;value\n2022;4,74\n2023;0,98\n2024;0,47</script>' +
        '<script type="application/json">{ "title": "Kemiskinan ekstrem", "direction": "lower-is-better", "unit": { "label": "persen", "symbol": "%" }, "targets": [{ "comparator": "eq", "value": 0, "period": "2024" }] }</script>';
    });
    expect(e.type, JSON.stringify(e.detail)).to.equal('indikator-load');
    expect(text(el, '.latest')).to.equal('0.47');
    expect(el.getAttribute('status')).to.equal('missed');
  });

  it('reports an unknown format as an adapter error', async () => {
    const { el, e } = await loaded((el) => {
      el.format = 'constructor';
      el.src = '/__fault/ok/muba-extreme-poverty.json';
    });
    expect((e.detail as ErrorDetail).code).to.equal('adapter');
    expect(el.state).to.equal('error');
    expect(text(el, '[part="error"]')).to.contain('constructor');
  });

  it('reports a message the adapter cannot read as an adapter error naming the problem', async () => {
    const { el, e } = await loaded((el) => {
      el.format = 'worldbank';
      el.src = '/__fault/ok/formats/worldbank-v2_spec_two-pages.json';
    });
    expect((e.detail as ErrorDetail).code).to.equal('adapter');
    expect((e.detail as ErrorDetail).message).to.match(/page/i);
    await waitUntil(() => el.state === 'error');
    await expect(el).to.be.accessible();
  });
});
