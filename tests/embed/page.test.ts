// The iframe page's DOM work, run on a container of the test page: one element built with
// createElement and setAttribute, or one error; the height reporter's two messages.
import { expect } from '@open-wc/testing';
import { contentHeight, mountEmbed, reportHeight } from '../../src/embed/page.js';
import { frame, until } from './helpers.js';

describe('mountEmbed', () => {
  let container: HTMLElement;
  const lang = document.documentElement.lang;
  const classes = document.documentElement.className;
  beforeEach(() => {
    container = document.createElement('main');
    container.append(document.createElement('p'));
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    document.documentElement.lang = lang;
    document.documentElement.className = classes;
    document.title = '';
  });

  it('puts one element with the query’s attributes into an emptied container', () => {
    const { params, element } = mountEmbed(container, '?widget=gauge&src=/x.json&lang=en-GB&theme=light&variant=arc&target-id=t', location.href);
    expect(params.ok).to.be.true;
    // The widget, then the line that names the data's host.
    expect(container.children).to.have.length(2);
    expect(container.lastElementChild!.textContent).to.equal(`Data from ${location.host}`);
    expect(element.localName).to.equal('indikator-target-gauge');
    expect(element.getAttributeNames()).to.deep.equal(['lang', 'theme', 'variant', 'target-id', 'src']);
    expect(element.getAttribute('src')).to.equal(new URL('/x.json', location.href).href);
    expect(document.documentElement.lang).to.equal('en-GB');
    expect(document.documentElement.classList.contains('theme-light')).to.be.true;
  });

  it('names the document after the loaded indicator, in the page’s language', () => {
    const { element } = mountEmbed(container, '?widget=trend-line&src=/x.json&lang=id', location.href);
    element.dispatchEvent(new CustomEvent('indikator-load', { detail: { data: { title: { en: 'Poverty', id: 'Kemiskinan' } } } }));
    expect(document.title).to.equal('Kemiskinan');
    element.dispatchEvent(new CustomEvent('indikator-load', { detail: { data: { title: 'Plain' } } }));
    expect(document.title).to.equal('Plain');
    element.dispatchEvent(new CustomEvent('indikator-load', { detail: { data: { title: { fr: 'Pauvreté' } } } }));
    expect(document.title).to.equal('Pauvreté');
    element.dispatchEvent(new CustomEvent('indikator-load', { detail: { data: { title: 42 } } }));
    expect(document.title).to.equal('Pauvreté');
  });

  it('shows every problem in one alert, as text (markup in the query stays text)', () => {
    const { params, element } = mountEmbed(container, '?widget=<img src=x onerror=alert(1)>&src=javascript:alert(1)&lang=en', location.href);
    expect(params.ok).to.be.false;
    expect(element.getAttribute('role')).to.equal('alert');
    expect(element.querySelector('.embed-error-title')!.textContent).to.equal('The widget could not be shown');
    const items = [...element.querySelectorAll('li')];
    expect(items).to.have.length(2);
    expect(items[0]!.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(element.querySelector('img')).to.equal(null);
    expect(container.querySelector('[class^="indikator"], indikator-target-gauge')).to.equal(null);
  });
});

describe('reportHeight', () => {
  it('posts both messages now, on a change, and on request from the target only', async () => {
    const target = await frame({ srcdoc: '<p>parent stand-in</p>', height: 20 });
    const posted: unknown[] = [];
    const win = target.contentWindow!;
    const original = win.postMessage.bind(win);
    win.postMessage = ((message: unknown) => posted.push(message)) as typeof win.postMessage;
    const stop = reportHeight(window, win, 'page-1');
    try {
      const h = contentHeight(document);
      expect(posted).to.deep.equal([
        { type: 'indikator:resize', height: h, id: 'page-1' },
        { sentinel: 'amp', type: 'embed-size', height: h },
      ]);
      // The same height again (an observer callback) posts nothing.
      await new Promise((r) => setTimeout(r, 50));
      expect(posted).to.have.length(2);

      // A taller page: posted.
      const block = document.createElement('div');
      block.className = 'test-block';
      block.append(document.createElement('br'), document.createElement('br'), document.createElement('br'));
      document.body.append(block);
      await until(() => posted.length === 4, 'a new height');
      expect(posted[2]).to.deep.equal({ type: 'indikator:resize', height: contentHeight(document), id: 'page-1' });
      block.remove();
      await until(() => posted.length === 6, 'the height back');

      // Asked by the target: posted again even though nothing changed; asked by anyone else: not.
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'indikator:request-size' }, source: window }));
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'other' }, source: win }));
      expect(posted).to.have.length(6);
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'indikator:request-size' }, source: win }));
      expect(posted).to.have.length(8);
    } finally {
      stop();
      win.postMessage = original;
      target.remove();
    }
    // Stopped: no more messages.
    const count = posted.length;
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'indikator:request-size' }, source: target.contentWindow }));
    expect(posted).to.have.length(count);
  });
});
