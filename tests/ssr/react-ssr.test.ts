// React with server rendering (demo/react-ssr): the page rendered by react-dom/server in Node with
// @lit-labs/ssr-react (the test server's /__ssr/react.html), the elements as indikator/react's
// components (@lit/react), then hydrated in the browser by hydrateRoot with the same props.
import { expect } from '@open-wc/testing';
import { requireBuilt, until } from '../embed/helpers.js';
import { TAGS, openPage } from './helpers.js';

const open = (query: string, { scripts = true } = {}) => openPage(`/__ssr/react.html?${query}`, { scripts });

describe('React server rendering (indikator/react under @lit-labs/ssr-react)', () => {
  before(() => requireBuilt('/demo/react-ssr/dist/client.js', 'npm run build && npm run build:react'));

  it('react-dom/server writes every element whole, in Indonesian (JavaScript off)', async () => {
    const f = await open('lang=id', { scripts: false });
    try {
      const gauge = f.widget('indikator-target-gauge');
      // muba-extreme-poverty.json: 0,47 % in 2024 against the Inpres 4/2022 target of 0 % by 2024.
      expect(gauge.getAttribute('status')).to.equal('missed');
      expect(gauge.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain('0,47%').and.contain('tidak tercapai');
      const trend = f.widget('indikator-trend-line');
      expect(trend.shadowRoot!.querySelectorAll('path.line, path.comparison').length, 'three series').to.be.at.least(3);
      const card = f.widget('indikator-program-card');
      expect(card.shadowRoot!.querySelectorAll('indikator-target-gauge')).to.have.length(2);
      expect(card.shadowRoot!.textContent).to.contain('penanggung jawab');
    } finally {
      f.remove();
    }
  });

  it('hydrateRoot takes the page over: the server nodes stay, data is set as a property, events reach React, no error, no fetch', async () => {
    const f = await open('lang=id&client=0');
    try {
      const frames = TAGS.map((tag) => f.widget(tag).shadowRoot!.querySelector('.frame'));
      const script = f.doc.createElement('script');
      script.type = 'module';
      script.src = '/demo/react-ssr/dist/client.js';
      f.doc.body.append(script);
      const loads = await until(
        () => {
          const items = [...f.doc.querySelectorAll('[data-testid="events"] li')].map((li) => li.textContent ?? '');
          return items.filter((t) => t.startsWith('load')).length >= 3 ? items : undefined;
        },
        'three indikator-load events in the React log',
        10000,
      );
      for (const tag of TAGS) await f.widget(tag).updateComplete;
      expect(f.errors).to.deep.equal([]);
      expect(loads).to.include.members(['load indikator-target-gauge missed', 'load indikator-program-card ']);
      TAGS.forEach((tag, i) => expect(f.widget(tag).shadowRoot!.querySelector('.frame'), `${tag} kept its server frame`).to.equal(frames[i]));
      TAGS.forEach((tag) => expect(f.widget(tag).hasAttribute('defer-hydration'), tag).to.equal(false));
      const trend = f.widget('indikator-trend-line');
      expect(trend.data).to.be.an('array').with.length(3);
      expect(trend.hasAttribute('data'), 'data is a property, not an attribute').to.equal(false);
      expect(
        f.win.performance.getEntriesByType('resource').filter((e) => /\.json/.test(e.name)),
        'nothing fetched',
      ).to.deep.equal([]);
      // Redrawn at its own width once taken over.
      await until(() => Number(trend.shadowRoot!.querySelector('svg.svg')?.getAttribute('width')) < 375, 'the trend line at its width');
    } finally {
      f.remove();
    }
  });
});
