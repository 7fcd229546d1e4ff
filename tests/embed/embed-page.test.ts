// The iframe page (dist/embed.html) and the parent script: the page shows one widget from its
// query, posts its height (ours and AMP's message), and the parent sizes marked iframes only.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { frame, requireBuilt, settled, until, widgetsIn } from './helpers.js';
import { RUNNING, watchEmbeds } from '../../src/embed/parent.js';
import { isResizeMessage, MAX_HEIGHT } from '../../src/embed/messages.js';

type TrappedWindow = Window & { __errors: string[] };

/** Messages posted to this window by the iframe `el`, collected until `stop()`. */
function collect(el: HTMLIFrameElement) {
  const messages: unknown[] = [];
  const on = (event: MessageEvent) => {
    if (event.source === el.contentWindow) messages.push(event.data);
  };
  window.addEventListener('message', on);
  return { messages, stop: () => window.removeEventListener('message', on) };
}

const embed = (query: string) => `/dist/embed.html?${query}`;

describe('dist/embed.html (the iframe page)', () => {
  let frames: HTMLIFrameElement[] = [];
  before(async () => {
    await requireBuilt('/dist/embed.html');
    await requireBuilt('/dist/embed.js');
    await requireBuilt('/dist/embed-parent.js');
  });
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('shows one widget full width from the query, with every attribute', async () => {
    const el = await frame({
      src: embed('widget=trend-line&src=/demo/data/muba-extreme-poverty.json&lang=id&theme=dark&target-id=rpjmn-2025-2029&as-of=2024&id=x'),
    });
    frames.push(el);
    const doc = el.contentDocument!;
    await settled(doc, 1);
    const [widget, ...others] = widgetsIn(doc);
    expect(others).to.have.length(0);
    expect(widget!.localName).to.equal('indikator-trend-line');
    expect(widget!.getAttribute('state')).to.equal('ready');
    expect(widget!.getAttribute('lang')).to.equal('id');
    expect(widget!.getAttribute('theme')).to.equal('dark');
    expect(widget!.getAttribute('target-id')).to.equal('rpjmn-2025-2029');
    expect(widget!.getAttribute('as-of')).to.equal('2024');
    expect(widget!.getAttribute('src')).to.equal(new URL('/demo/data/muba-extreme-poverty.json', location.href).href);
    expect(doc.documentElement.lang).to.equal('id');
    expect(doc.documentElement.classList.contains('theme-dark')).to.be.true;
    // Full width of the frame's viewport.
    expect(Math.round(widget!.getBoundingClientRect().width)).to.equal(doc.documentElement.clientWidth);
    // The frame's document is named after the indicator.
    await until(() => doc.title === 'Persentase penduduk miskin ekstrem', 'the document title');
  });

  it("is light by default even when the reader's OS is dark; theme=auto follows the OS", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const plain = await frame({ src: embed('widget=gauge&src=/demo/data/muba-poverty-rate.json&lang=en') });
      const auto = await frame({ src: embed('widget=gauge&src=/demo/data/muba-poverty-rate.json&lang=en&theme=auto') });
      frames.push(plain, auto);
      const themeOf = async (f: HTMLIFrameElement) => {
        await settled(f.contentDocument!, 1);
        const widget = widgetsIn(f.contentDocument!)[0]!;
        await until(() => widget.shadowRoot?.querySelector('[part="base"]'), 'the frame');
        return widget.shadowRoot!.querySelector('[part="base"]')!.classList.contains('theme-dark') ? 'dark' : 'light';
      };
      expect(await themeOf(plain)).to.equal('light');
      expect(await themeOf(auto)).to.equal('dark');
    } finally {
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });

  it("always names the data's host under the widget", async () => {
    const el = await frame({ src: embed('widget=gauge&src=/demo/data/muba-poverty-rate.json&lang=id') });
    frames.push(el);
    await settled(el.contentDocument!, 1);
    expect(el.contentDocument!.querySelector('.embed-origin')!.textContent).to.equal(`Data dari ${location.host}`);
  });

  it("a publisher's copy with a data-origins list refuses data from elsewhere, visibly, and fetches nothing", async () => {
    const seen: string[] = [];
    const copy = (query: string) => `/dist/embed-with-origins.html?${query}`;
    const refused = await frame({ src: copy('widget=gauge&src=https%3A%2F%2Fbantuan-sosial.example.com%2Fnik.json&lang=id') });
    frames.push(refused);
    const doc = refused.contentDocument!;
    const alert = doc.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Halaman ini hanya menampilkan data dari https://data.example.go.id');
    expect(alert.textContent).to.contain('https://bantuan-sosial.example.com');
    expect(widgetsIn(doc)).to.have.length(0);
    for (const entry of refused.contentWindow!.performance.getEntriesByType('resource')) seen.push(entry.name);
    expect(seen.filter((u) => u.includes('bantuan-sosial'))).to.deep.equal([]);
    // The page's own site is always allowed, and its CSP only lets the listed origins be fetched.
    const own = await frame({ src: copy('widget=gauge&src=/demo/data/muba-poverty-rate.json&lang=en') });
    frames.push(own);
    await settled(own.contentDocument!, 1);
    expect(widgetsIn(own.contentDocument!)[0]!.getAttribute('state')).to.equal('ready');
    const csp = own.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).to.contain("connect-src 'self' https://data.example.go.id;");
  });

  it('posts its height on load and on every resize, in our format and AMP’s', async () => {
    const el = document.createElement('iframe');
    el.width = '700';
    el.height = '50';
    const inbox = collect(el);
    el.src = embed('widget=gauge&src=/demo/data/muba-poverty-rate.json&lang=en&id=gauge-1');
    document.body.append(el);
    frames.push(el);
    try {
      await until(() => el.contentDocument && widgetsIn(el.contentDocument)[0]?.getAttribute('state') === 'ready', 'the gauge');
      const height = () => Math.ceil(el.contentDocument!.documentElement.getBoundingClientRect().height);
      const ours = () => inbox.messages.filter(isResizeMessage);
      await until(() => ours().at(-1)?.height === height(), 'a resize message with the loaded height');
      const last = ours().at(-1)!;
      expect(last).to.deep.equal({ type: 'indikator:resize', height: height(), id: 'gauge-1' });
      expect(last.height).to.be.greaterThan(100);
      expect(inbox.messages).to.deep.include({ sentinel: 'amp', type: 'embed-size', height: height() });

      // Narrower frame: the text wraps, the page grows, a new height is posted.
      const before = height();
      el.width = '260';
      await until(() => height() > before && ours().at(-1)?.height === height(), 'a larger height after narrowing');
      expect(inbox.messages).to.deep.include({ sentinel: 'amp', type: 'embed-size', height: height() });
    } finally {
      inbox.stop();
    }
  });

  for (const [name, src] of [
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in disguise', ' JaVa\tScRiPt:alert(1)'],
    ['data:', 'data:application/json,{}'],
    ['blob:', 'blob:https://example.org/1234'],
    ['mailto:', 'mailto:someone@example.org'],
  ]) {
    it(`rejects a ${name} src with a visible, announced error and creates no widget`, async () => {
      const el = await frame({ src: embed(new URLSearchParams({ widget: 'gauge', src: src!, lang: 'en', id: 'bad' }).toString()) });
      frames.push(el);
      const doc = el.contentDocument!;
      const error = await until(() => doc.querySelector<HTMLElement>('.embed-error[role="alert"]'), 'the error');
      expect(error.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(getComputedStyle(error).visibility).to.equal('visible');
      expect(error.textContent).to.contain('is not allowed');
      expect(widgetsIn(doc)).to.have.length(0);
      expect(
        el
          .contentWindow!.performance.getEntriesByType('resource')
          .map((r) => r.name)
          .filter((n) => !n.includes('/dist/') && !n.includes('__web-dev-server')),
      ).to.deep.equal([]);
    });
  }

  it('says what is missing, in the page’s language', async () => {
    const el = await frame({ src: embed('lang=id&theme=purple') });
    frames.push(el);
    const error = await until(() => el.contentDocument!.querySelector('.embed-error'), 'the error');
    const items = [...error.querySelectorAll('li')].map((li) => li.textContent);
    expect(items.join(' ')).to.contain('Tidak ada widget').and.contain('Tidak ada alamat data').and.contain('Tema "purple"');
    expect(error.querySelector('.embed-error-title')!.textContent).to.equal('Widget tidak dapat ditampilkan');
  });

  it('runs under its own strict CSP with no violation and no error', async () => {
    const el = document.createElement('iframe');
    el.src = embed('widget=program-card&src=/demo/data/program-muba-poverty-2025.json&lang=en');
    const violations: string[] = [];
    el.addEventListener('load', () => el.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective)));
    document.body.append(el);
    frames.push(el);
    await until(() => el.contentDocument && widgetsIn(el.contentDocument)[0]?.getAttribute('state') === 'ready', 'the card', 9000);
    expect(el.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')).to.exist;
    expect(violations).to.deep.equal([]);
  });
});

describe('the parent script (src/embed/parent.ts, dist/embed-parent.js)', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('sizes a marked iframe to its page’s height, and again when it changes', async () => {
    // Importing parent.ts started it on this window (once).
    expect(window[RUNNING]).to.be.a('function');
    const el = document.createElement('iframe');
    el.setAttribute('data-indikator-embed', '');
    el.width = '640';
    el.height = '30';
    el.src = embed('widget=trend-line&src=/demo/data/muba-poverty-rate.json&lang=en&id=t1');
    const events: Array<{ height: number; id: string | null }> = [];
    el.addEventListener('indikator-embed-resize', (e) => events.push(e.detail));
    document.body.append(el);
    frames.push(el);
    const inner = () => Math.ceil(el.contentDocument!.documentElement.getBoundingClientRect().height);
    await until(() => el.contentDocument && widgetsIn(el.contentDocument)[0]?.getAttribute('state') === 'ready', 'the trend line');
    await until(() => Number(el.getAttribute('height')) === inner(), 'the iframe to take its page’s height');
    expect(Number(el.getAttribute('height'))).to.be.greaterThan(300);
    expect(el.getAttribute('data-indikator-height')).to.equal(el.getAttribute('height'));
    expect(events.at(-1)).to.deep.equal({ height: inner(), id: 't1' });
    // No inline style is written (a strict CSP forbids style attributes).
    expect(el.hasAttribute('style')).to.be.false;
    // The iframe's content now fits: no scrolling inside it.
    const scroller = el.contentDocument!.scrollingElement!;
    expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight);

    // The widget grows (its table is shown): the iframe follows.
    const widget = widgetsIn(el.contentDocument!)[0]!;
    const toggle = [...widget.shadowRoot!.querySelectorAll('button')].find((b) => /table/i.test(b.textContent ?? ''));
    expect(toggle, 'the show-as-table button').to.exist;
    const before = Number(el.getAttribute('height'));
    toggle!.click();
    await until(() => Number(el.getAttribute('height')) > before && Number(el.getAttribute('height')) === inner(), 'a taller iframe');
  });

  it('ignores messages that do not come from a marked iframe, and malformed ones', async () => {
    const marked = await frame({ srcdoc: '<p>empty</p>', height: 50, attributes: { 'data-indikator-embed': '' } });
    const other = await frame({ srcdoc: '<p>other</p>', height: 50 });
    frames.push(marked, other);
    const deliver = (data: unknown, source: Window | null) => window.dispatchEvent(new MessageEvent('message', { data, source }));
    // From this window, from an unmarked iframe, and with no source: nothing changes.
    deliver({ type: 'indikator:resize', height: 400, id: null }, window);
    deliver({ type: 'indikator:resize', height: 400, id: null }, other.contentWindow);
    deliver({ type: 'indikator:resize', height: 400, id: null }, null);
    expect(marked.getAttribute('height')).to.equal('50');
    expect(other.getAttribute('height')).to.equal('50');
    // From the marked iframe, but malformed: nothing changes.
    for (const data of [
      { type: 'indikator:resize', height: '400' },
      { type: 'indikator:resize', height: Number.NaN },
      { type: 'indikator:resize', height: -1 },
      { type: 'indikator:resize', height: MAX_HEIGHT + 1 },
      { type: 'indikator:resize', height: 400, id: 7 },
      { type: 'other', height: 400 },
      { sentinel: 'amp', type: 'embed-size', height: 400 },
      null,
      'indikator:resize',
    ]) {
      deliver(data, marked.contentWindow);
    }
    expect(marked.getAttribute('height')).to.equal('50');
    // Well-formed, from the marked iframe: applied (rounded up).
    deliver({ type: 'indikator:resize', height: 399.2, id: 'm' }, marked.contentWindow);
    expect(marked.getAttribute('height')).to.equal('400');
  });

  it('asks iframes that loaded before it for their height, and stops when told', async () => {
    const el = await frame({
      src: embed('widget=gauge&src=/demo/data/muba-poverty-rate.json&id=late'),
      height: 20,
      attributes: { 'data-indikator-embed': '' },
    });
    frames.push(el);
    await until(() => widgetsIn(el.contentDocument!)[0]?.getAttribute('state') === 'ready', 'the gauge');
    // Stop the running instance and start a fresh one, as a script that arrives late would.
    window[RUNNING]!();
    el.setAttribute('height', '20');
    await new Promise((r) => setTimeout(r, 100));
    expect(el.getAttribute('height'), 'nothing listens').to.equal('20');
    const stop = watchEmbeds(window);
    try {
      await until(() => Number(el.getAttribute('height')) > 100, 'the height, on request');
    } finally {
      stop();
      window[RUNNING] = watchEmbeds(window);
    }
  });

  it('works as the built file: a marked iframe is sized, an unmarked one is not, loading it twice is harmless, markup cannot switch it off', async () => {
    const page = await frame({ src: '/tests/embed/parent-page.html', width: 700, height: 900 });
    frames.push(page);
    const doc = page.contentDocument!;
    const trend = doc.getElementById('trend') as HTMLIFrameElement;
    const unmarked = doc.getElementById('unmarked') as HTMLIFrameElement;
    await until(() => trend.contentDocument && widgetsIn(trend.contentDocument)[0]?.getAttribute('state') === 'ready', 'the trend line');
    const inner = () => Math.ceil(trend.contentDocument!.documentElement.getBoundingClientRect().height);
    await until(() => Number(trend.getAttribute('height')) === inner(), 'the marked iframe to be sized');
    expect(Number(trend.getAttribute('height'))).to.be.greaterThan(300);
    await until(() => unmarked.contentDocument && widgetsIn(unmarked.contentDocument)[0]?.getAttribute('state') === 'ready', 'the gauge');
    await new Promise((r) => setTimeout(r, 100));
    expect(unmarked.getAttribute('height')).to.equal('40');
    expect((page.contentWindow as TrappedWindow).__errors).to.deep.equal([]);
  });
});
