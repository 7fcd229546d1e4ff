import { expect, fixture as mount, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import './test-element.js';
import type { IndikatorTestElement } from './test-element.js';
import { clearFetchCache, configureFetch } from '../../src/shared/fetch-data.js';
import type { ErrorDetail, LoadDetail } from '../../src/shared/indikator-element.js';
import { deepFreeze, fixture } from '../helpers.js';

const FIX = 'muba-extreme-poverty.json';
let tagCounter = 0;
/** A URL no other test has asked for, so the shared cache and hit counts start clean. */
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}tag=${Date.now()}-${++tagCounter}`;
const hits = async (url: string) => {
  const u = new URL(url, location.href);
  const r = await fetch(`/__fault/hits?path=${encodeURIComponent(u.pathname + u.search)}`);
  return ((await r.json()) as { hits: number }).hits;
};
const text = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
const settled = (el: IndikatorTestElement) => waitUntil(() => el.state !== 'loading', 'element never left loading', { timeout: 8000 });

async function errorOf(src: string): Promise<{ el: IndikatorTestElement; detail: ErrorDetail }> {
  const el = document.createElement('indikator-test-element');
  const event = oneEvent(el, 'indikator-error');
  el.src = src;
  document.body.append(el);
  const { detail } = (await event) as CustomEvent<ErrorDetail>;
  await el.updateComplete;
  return { el, detail };
}

afterEach(() => {
  document.querySelectorAll('indikator-test-element').forEach((el) => el.remove());
  configureFetch({ firstByteMs: 15_000, totalMs: 30_000, maxBytes: 10 * 1024 * 1024 });
});

describe('element base: channels', () => {
  it('renders a document given as the data property and fires indikator-load with it', async () => {
    const doc = deepFreeze(await fixture(FIX));
    const el = document.createElement('indikator-test-element');
    const load = oneEvent(el, 'indikator-load');
    el.data = doc;
    document.body.append(el);
    const { detail } = (await load) as CustomEvent<LoadDetail>;
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.getAttribute('status')).to.equal('missed');
    expect(text(el, '.latest')).to.equal('0.47');
    expect((detail.data as { id: string }).id).to.equal('idn.1606.extreme-poverty-rate');
  });

  it('reads an inline JSON script, and again when it changes', async () => {
    const doc = await fixture<Record<string, unknown>>(FIX);
    const el = await mount<IndikatorTestElement>(html`<indikator-test-element>
      <script type="application/json">${JSON.stringify(doc)}</script>
    </indikator-test-element>`);
    await settled(el);
    expect(text(el, '.latest')).to.equal('0.47');
    const changed = { ...doc, series: [{ period: '2024', value: 1.5 }] };
    const load = oneEvent(el, 'indikator-load');
    el.querySelector('script')!.textContent = JSON.stringify(changed);
    await load;
    expect(text(el, '.latest')).to.equal('1.5');
  });

  it('shows invalid inline JSON as a parse error, never falling back to src', async () => {
    const el = document.createElement('indikator-test-element');
    el.src = fresh(`/__fault/ok/${FIX}`);
    el.innerHTML = '<script type="application/json">{ "title": oops }</script>';
    const error = oneEvent(el, 'indikator-error');
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<ErrorDetail>;
    expect(detail.code).to.equal('parse');
    expect(el.state).to.equal('error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    expect(await hits(el.src!)).to.equal(0);
  });

  it('fetches src and renders it', async () => {
    const el = document.createElement('indikator-test-element');
    el.src = fresh(`/__fault/ok/${FIX}`);
    const load = oneEvent(el, 'indikator-load');
    document.body.append(el);
    await load;
    expect(el.state).to.equal('ready');
    expect(text(el, '.title')).to.equal('Extreme poverty rate');
  });

  it('lets the data property win over inline JSON and src, aborting the fetch', async () => {
    const doc = await fixture<Record<string, unknown>>(FIX);
    const src = fresh(`/__fault/ok/${FIX}?delay=300`);
    const el = document.createElement('indikator-test-element');
    el.src = src;
    el.innerHTML = `<script type="application/json">${JSON.stringify({ ...doc, series: [{ period: '2024', value: 9 }] })}</script>`;
    document.body.append(el);
    await settled(el);
    expect(text(el, '.latest')).to.equal('9');
    el.data = { ...doc, series: [{ period: '2024', value: 7 }] };
    await waitUntil(() => text(el, '.latest') === '7');
    await aTimeout(400);
    expect(text(el, '.latest')).to.equal('7');
  });

  it('lets inline JSON win over src', async () => {
    const doc = await fixture<Record<string, unknown>>(FIX);
    const el = document.createElement('indikator-test-element');
    el.src = fresh(`/__fault/ok/${FIX}`);
    el.innerHTML = `<script type="application/json">${JSON.stringify({ ...doc, series: [{ period: '2024', value: 3 }] })}</script>`;
    document.body.append(el);
    await settled(el);
    expect(text(el, '.latest')).to.equal('3');
    expect(await hits(el.src!)).to.equal(0);
  });

  it('goes back to src when the data property is set to undefined', async () => {
    const doc = await fixture<Record<string, unknown>>(FIX);
    const el = document.createElement('indikator-test-element');
    el.data = { ...doc, series: [{ period: '2024', value: 3 }] };
    el.src = fresh(`/__fault/ok/${FIX}`);
    document.body.append(el);
    await settled(el);
    expect(text(el, '.latest')).to.equal('3');
    const load = oneEvent(el, 'indikator-load');
    el.data = undefined;
    await load;
    expect(text(el, '.latest')).to.equal('0.47');
  });

  it('stays in the loading state, busy, until it is given data', async () => {
    const el = await mount<IndikatorTestElement>(html`<indikator-test-element></indikator-test-element>`);
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});

describe('element base: recovering and reading again', () => {
  it('takes a fallback document set by an indikator-error handler', async () => {
    const good = deepFreeze(await fixture(FIX));
    const el = document.createElement('indikator-test-element');
    el.data = { schema: 'indikator/indicator@1', nonsense: true };
    el.addEventListener('indikator-error', () => (el.data = good), { once: true });
    const load = oneEvent(el, 'indikator-load');
    document.body.append(el);
    await load;
    expect(el.state).to.equal('ready');
  });

  it('takes a fallback src set by an indikator-error handler after a bad URL', async () => {
    const el = document.createElement('indikator-test-element');
    el.src = 'javascript:alert(1)';
    el.addEventListener('indikator-error', () => (el.src = fresh(`/demo/data/${FIX}`)), { once: true });
    const load = oneEvent(el, 'indikator-load');
    document.body.append(el);
    await load;
    expect(el.state).to.equal('ready');
  });

  it('fires indikator-load for inline JSON read with an as-of attribute', async () => {
    const doc = await fixture(FIX);
    const el = document.createElement('indikator-test-element');
    el.setAttribute('as-of', '2023');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(doc);
    el.append(script);
    const load = oneEvent(el, 'indikator-load');
    document.body.append(el);
    await load;
    expect(el.state).to.equal('ready');
  });
});

describe('element base: faults end in the error state with the right code', () => {
  const cases: [string, string, () => void][] = [
    ['a 404', '/__fault/status/404', () => {}],
    ['a 500', '/__fault/status/500', () => {}],
    ['a redirect loop', '/__fault/redirect-loop', () => {}],
    ['a truncated body', `/__fault/truncated/${FIX}`, () => {}],
  ];
  for (const [name, path, setup] of cases) {
    it(`${name} is a fetch error`, async () => {
      setup();
      const { el, detail } = await errorOf(fresh(path));
      expect([detail.code, detail.stale]).to.deep.equal(['fetch', false]);
      expect(el.state).to.equal('error');
      expect(el.hasAttribute('status')).to.equal(false);
      expect(text(el, '[part="error"]')).to.contain('The data could not be loaded');
      await expect(el).to.be.accessible();
    });
  }

  it('an HTML page instead of JSON is a parse error that says so', async () => {
    const { el, detail } = await errorOf(fresh('/__fault/html'));
    expect(detail.code).to.equal('parse');
    expect(text(el, '[part="error"]')).to.match(/web page|not JSON/i);
  });

  it('slow headers end in a timeout', async () => {
    configureFetch({ firstByteMs: 200 });
    const { detail } = await errorOf(fresh(`/__fault/ok/${FIX}?delay=2000`));
    expect(detail.code).to.equal('timeout');
  });

  it('a body over the cap is aborted while streaming', async () => {
    configureFetch({ maxBytes: 512 * 1024 });
    const { detail } = await errorOf(fresh('/__fault/big?mb=4'));
    expect(detail.code).to.equal('too-large');
  });

  it('an invalid document is an invalid error naming the path', async () => {
    const doc = await fixture<Record<string, unknown>>(FIX);
    const el = document.createElement('indikator-test-element');
    const error = oneEvent(el, 'indikator-error');
    el.data = { ...doc, series: [{ period: '2024', value: '4,74' }] };
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<ErrorDetail>;
    expect(detail.code).to.equal('invalid');
    await el.updateComplete;
    expect(text(el, '[part="error"]')).to.contain('series[0].value: expected a number, got the string "4,74"');
  });

  it('a document without observations is the empty state, with one empty error', async () => {
    const doc = await fixture<Record<string, unknown>>(FIX);
    const el = document.createElement('indikator-test-element');
    const events: string[] = [];
    el.addEventListener('indikator-error', (e) => events.push((e as CustomEvent<ErrorDetail>).detail.code));
    el.data = { ...doc, series: [] };
    document.body.append(el);
    await waitUntil(() => el.state === 'empty');
    await aTimeout(50);
    expect(events).to.deep.equal(['empty']);
    expect(text(el, '.message')).to.not.equal('');
    await expect(el).to.be.accessible();
  });
});

describe('element base: requests', () => {
  it('renders only the last of 50 src changes made within 100 ms', async () => {
    const el = document.createElement('indikator-test-element');
    document.body.append(el);
    const loads: unknown[] = [];
    el.addEventListener('indikator-load', (e) => loads.push((e as CustomEvent<LoadDetail>).detail.data));
    const files = ['muba-poverty-rate.json', 'idn-poverty-rate-march.json', 'sumsel-poverty-rate-march.json'];
    for (let i = 0; i < 49; i++) {
      el.src = fresh(`/__fault/ok/${files[i % 3]}?delay=${(i * 37) % 200}`);
      await aTimeout(2);
    }
    el.src = fresh(`/__fault/ok/${FIX}?delay=150`);
    await waitUntil(() => loads.length > 0, 'no load', { timeout: 5000 });
    await aTimeout(400);
    expect(loads).to.have.length(1);
    expect((loads[0] as { id: string }).id).to.equal('idn.1606.extreme-poverty-rate');
    expect(text(el, '.latest')).to.equal('0.47');
  });

  it('aborts the request when the element is removed while loading', async () => {
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    try {
      const el = document.createElement('indikator-test-element');
      el.src = fresh(`/__fault/ok/${FIX}?delay=1000`);
      document.body.append(el);
      await aTimeout(50);
      expect(signals).to.have.length(1);
      el.remove();
      await aTimeout(0);
      expect(signals[0]!.aborted).to.equal(true);
    } finally {
      window.fetch = original;
    }
  });

  it('fetches the same src once for many elements', async () => {
    const src = fresh(`/__fault/ok/${FIX}?delay=100`);
    const els = Array.from({ length: 6 }, () => {
      const el = document.createElement('indikator-test-element');
      el.src = src;
      document.body.append(el);
      return el;
    });
    await Promise.all(els.map(settled));
    const late = document.createElement('indikator-test-element');
    late.src = src;
    document.body.append(late);
    await settled(late);
    expect(els.every((el) => el.state === 'ready')).to.equal(true);
    expect(await hits(src)).to.equal(1);
  });

  it('does not refetch when the element is moved in the DOM', async () => {
    const src = fresh(`/__fault/ok/${FIX}`);
    clearFetchCache();
    const el = document.createElement('indikator-test-element');
    el.src = src;
    document.body.append(el);
    await settled(el);
    clearFetchCache();
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await aTimeout(100);
    expect(el.state).to.equal('ready');
    expect(await hits(src)).to.equal(1);
    other.remove();
  });

  it('keeps the last good data after a failed refresh, marks it stale, and recovers', async () => {
    const src = fresh(`/__fault/sequence/${FIX}?steps=ok,500,ok`);
    const el = document.createElement('indikator-test-element');
    el.src = src;
    document.body.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');

    const error = oneEvent(el, 'indikator-error');
    el.reload();
    const { detail } = (await error) as CustomEvent<ErrorDetail>;
    await el.updateComplete;
    expect(detail).to.include({ code: 'fetch', stale: true });
    expect(el.state).to.equal('ready');
    expect(el.hasAttribute('stale')).to.equal(true);
    expect(el.getAttribute('status')).to.equal('missed');
    expect(text(el, '.latest')).to.equal('0.47');
    const notice = el.shadowRoot!.querySelector('[part="stale"]')!;
    expect(notice.textContent).to.match(/data as of/i);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/data as of/i);
    await expect(el).to.be.accessible();

    const load = oneEvent(el, 'indikator-load');
    notice.querySelector('button')!.click();
    await load;
    await el.updateComplete;
    expect(el.hasAttribute('stale')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    expect(await hits(src)).to.equal(3);
  });

  it('computes as-of from the last good document after a refresh brought an invalid one', async () => {
    const src = fresh(`/__fault/sequence/${FIX}?steps=ok,invalid`);
    const el = document.createElement('indikator-test-element');
    el.src = src;
    document.body.append(el);
    await settled(el);
    expect(text(el, '.latest')).to.equal('0.47');
    const error = oneEvent(el, 'indikator-error');
    el.reload();
    expect(((await error) as CustomEvent<ErrorDetail>).detail).to.include({ code: 'invalid', stale: true });
    el.asOf = '2023';
    await waitUntil(() => text(el, '.latest') === '0.98', 'as-of was not applied to the last good data');
    expect(el.hasAttribute('stale')).to.equal(true);
    expect(el.state).to.equal('ready');
  });

  it('says so when as-of names no period (2018-W53), on screen and in an event, and shows the latest data', async () => {
    const el = document.createElement('indikator-test-element');
    el.setAttribute('lang', 'id');
    el.asOf = '2018-W53';
    const error = oneEvent(el, 'indikator-error');
    el.data = deepFreeze(await fixture(FIX));
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<ErrorDetail>;
    expect(detail).to.include({ code: 'invalid', stale: false });
    expect(detail.message).to.contain('2018-W53');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(text(el, '[part="notice"]')).to.contain('Periode "2018-W53" pada as-of tidak dikenali');
    expect(text(el, '.latest')).to.equal('0.47');
    await expect(el).to.be.accessible();
    el.asOf = '2023';
    await waitUntil(() => text(el, '.latest') === '0.98');
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('builds its request with credentials omitted and no inherited options', async () => {
    const seen: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      seen.push(init!);
      return original(input, init);
    };
    const proto = Object.prototype as Record<string, unknown>;
    proto.credentials = 'include';
    proto.method = 'POST';
    try {
      const el = document.createElement('indikator-test-element');
      el.src = fresh(`/__fault/ok/${FIX}`);
      document.body.append(el);
      await settled(el);
      expect(el.state, el.shadowRoot!.textContent!).to.equal('ready');
      expect(seen[0]!.credentials).to.equal('omit');
      expect(Object.getPrototypeOf(seen[0])).to.equal(null);
      expect('method' in seen[0]!).to.equal(false);
    } finally {
      delete proto.credentials;
      delete proto.method;
      window.fetch = original;
    }
  });
});

// Plain markup placed directly: open-wc's fixture() waits for an animation frame, which a page
// running beside another in the same headless browser may not get in time.
function place(markup: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  const inner = wrapper.firstElementChild as HTMLElement;
  document.body.append(inner);
  return inner;
}

describe('element base: language and theme', () => {
  afterEach(() => document.querySelectorAll('body > div[lang], body > div[style]').forEach((el) => el.remove()));

  it('takes the nearest ancestor lang, and follows a change of it', async () => {
    const wrapper = place('<div lang="id"><indikator-test-element></indikator-test-element></div>');
    const el = wrapper.querySelector('indikator-test-element')!;
    el.data = { nope: true };
    await settled(el);
    expect(text(el, '[part="error"]')).to.contain('Data tidak dapat dimuat');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => text(el, '[part="error"]').includes('could not be loaded'));
    el.setAttribute('lang', 'id-ID');
    await waitUntil(() => text(el, '[part="error"]').includes('Data tidak dapat dimuat'));
  });

  // The contract changed this wave: the default follows the page's own colour scheme (none
  // declared: light, whatever the OS); `auto` always follows the OS.
  describe('theme', () => {
    const frameOf = (el: Element) => el.shadowRoot!.querySelector('[part="base"]');
    const themed = (el: Element, name: string) => waitUntil(() => frameOf(el)?.classList.contains(`theme-${name}`), `never ${name}`);
    afterEach(async () => {
      document.querySelectorAll('body > div').forEach((el) => el.querySelector('indikator-test-element') && el.remove());
      await emulateMedia({ colorScheme: 'no-preference' });
    });

    it('is light by default on a page that declares no color-scheme, even when the OS is dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = place('<div><indikator-test-element></indikator-test-element></div>');
      const el = wrapper.querySelector('indikator-test-element')!;
      await themed(el, 'light');
      // and a later change of the OS does not turn it dark
      await emulateMedia({ colorScheme: 'light' });
      await emulateMedia({ colorScheme: 'dark' });
      await aTimeout(50);
      expect(frameOf(el)!.classList.contains('theme-light')).to.equal(true);
    });

    it('follows a page that declares one scheme, and the page switching it on <html>', async () => {
      const root = document.documentElement;
      root.style.colorScheme = 'dark';
      try {
        const el = place('<div><indikator-test-element></indikator-test-element></div>').querySelector('indikator-test-element')!;
        await themed(el, 'dark');
        root.style.colorScheme = 'light';
        await themed(el, 'light');
      } finally {
        root.style.removeProperty('color-scheme');
      }
    });

    it('follows the OS on a page that declares light dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = place('<div style="color-scheme: light dark"><indikator-test-element></indikator-test-element></div>');
      const el = wrapper.querySelector('indikator-test-element')!;
      await themed(el, 'dark');
      await emulateMedia({ colorScheme: 'light' });
      await themed(el, 'light');
    });

    it('follows the OS with theme="auto", whatever the page declares, and obeys light and dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = place('<div style="color-scheme: light"><indikator-test-element theme="auto"></indikator-test-element></div>');
      const el = wrapper.querySelector('indikator-test-element')!;
      await themed(el, 'dark');
      el.theme = 'light';
      await el.updateComplete;
      expect(frameOf(el)!.classList.contains('theme-light')).to.equal(true);
      el.theme = 'dark';
      await el.updateComplete;
      expect(frameOf(el)!.classList.contains('theme-dark')).to.equal(true);
      await emulateMedia({ colorScheme: 'light' });
      el.theme = 'auto';
      await themed(el, 'light');
    });
  });
});

describe('element base: refresh timing', () => {
  // Records the refresh timers the element sets (delays of 30 s and more: the fetch timeouts are
  // set below that here, so nothing else waits that long), without waiting for them.
  let delays: number[] = [];
  const original = window.setTimeout;
  beforeEach(() => {
    configureFetch({ totalMs: 29_000 });
    delays = [];
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      if ((ms ?? 0) >= 30_000) delays.push(ms!);
      return original(fn, ms, ...rest);
    }) as typeof window.setTimeout;
  });
  afterEach(() => {
    window.setTimeout = original;
  });

  it('waits at least 30 s between refreshes, whatever is asked', async () => {
    const el = document.createElement('indikator-test-element');
    el.src = fresh(`/__fault/ok/${FIX}`);
    el.refreshInterval = 5;
    document.body.append(el);
    await settled(el);
    await aTimeout(20);
    expect(delays.at(-1)).to.equal(30_000);
  });

  it('doubles the wait after each failed refresh, and returns to it after a success', async () => {
    const el = document.createElement('indikator-test-element');
    el.src = fresh(`/__fault/sequence/${FIX}?steps=ok,500,500,ok`);
    el.refreshInterval = 40;
    document.body.append(el);
    await settled(el);
    await aTimeout(20);
    expect(delays.at(-1)).to.equal(40_000);
    for (const expected of [80_000, 160_000]) {
      const error = oneEvent(el, 'indikator-error');
      el.reload();
      await error;
      await aTimeout(20);
      expect(delays.at(-1)).to.equal(expected);
    }
    const load = oneEvent(el, 'indikator-load');
    el.reload();
    await load;
    await aTimeout(20);
    expect(delays.at(-1)).to.equal(40_000);
  });

  it('sets no refresh timer while the tab is hidden', async () => {
    const el = document.createElement('indikator-test-element');
    el.src = fresh(`/__fault/ok/${FIX}`);
    el.refreshInterval = 60;
    document.body.append(el);
    await settled(el);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      delays = [];
      const load = oneEvent(el, 'indikator-load');
      el.reload();
      await load;
      await aTimeout(20);
      expect(delays).to.deep.equal([]);
    } finally {
      delete (document as unknown as { visibilityState?: string }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await aTimeout(20);
    expect(delays.at(-1)).to.be.at.most(60_000).and.at.least(59_000);
  });
});

describe('shared fetch', () => {
  it('starts a fresh request for a caller who comes just after every other caller left', async () => {
    const { fetchText } = await import('../../src/shared/fetch-data.js');
    const url = new URL(fresh(`/__fault/ok/${FIX}?delay=200`), location.href).href;
    const first = new AbortController();
    const abandoned = fetchText(url, { signal: first.signal });
    first.abort();
    await abandoned.catch(() => undefined);
    const second = await fetchText(url, { signal: new AbortController().signal });
    expect(JSON.parse(second.text).id).to.equal('idn.1606.extreme-poverty-rate');
  });
});

describe('element base: requests the world sends', () => {
  afterEach(() => document.querySelectorAll('body > indikator-test-element').forEach((el) => el.remove()));

  it('refuses a src with a user name or password before any request, saying why', async () => {
    const path = fresh(`/__fault/ok/${FIX}`);
    const url = new URL(path, location.href);
    url.username = 'user';
    url.password = 'secret';
    const { el, detail } = await errorOf(url.href);
    expect(detail.code).to.equal('fetch');
    expect(detail.message).to.contain('user name or password');
    expect(await hits(path)).to.equal(0);
    // The technical details name the address without the secret.
    expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain(`${url.origin}/__fault/`);
    expect(el.shadowRoot!.querySelector('details')!.textContent).not.to.contain('secret');
  });

  it('never joins a request for the same URL made with other headers (an SDMX-JSON widget beside a JSON one)', async () => {
    const { fetchText } = await import('../../src/shared/fetch-data.js');
    const original = window.fetch;
    const accepts: string[] = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      accepts.push(String((init?.headers as Record<string, string>)?.accept));
      return original(input, init);
    }) as typeof fetch;
    try {
      const signal = new AbortController().signal;
      const url = new URL(fresh(`/__fault/ok/${FIX}?delay=100`), location.href).href;
      await Promise.all([fetchText(url, { signal }), fetchText(url, { signal, accept: 'application/vnd.sdmx.data+json;version=2.0.0' })]);
      expect(accepts).to.have.length(2);
      expect(accepts[1]).to.equal('application/vnd.sdmx.data+json;version=2.0.0');
      // The same headers still share one request.
      const other = new URL(fresh(`/__fault/ok/${FIX}?delay=100`), location.href).href;
      await Promise.all([fetchText(other, { signal }), fetchText(other, { signal })]);
      expect(accepts).to.have.length(3);
    } finally {
      window.fetch = original;
    }
  });
});
