// Host pages that misbehave: a page that added keys to Object.prototype (`credentials`, `headers`,
// `href`, `method`, `innerHTML`, `src`, and keys that share a name with optional document fields)
// changes nothing the elements draw, fetch or link to. The pollution is always removed in `finally`.
import { expect, waitUntil } from '@open-wc/testing';
import {
  ALL_TAGS,
  CARD,
  GAUGE,
  TREND,
  freshUrl,
  indicator,
  mount,
  programme,
  stable,
  unmountAll,
  watchErrors,
  type Json,
  type Tag,
} from './helpers.js';
import { fixture } from '../helpers.js';

/** What the brief names: keys that would change a request or a sink if they were ever read. */
const REQUEST_KEYS: Json = {
  credentials: 'include',
  headers: { 'x-polluted': '1', accept: 'text/html' },
  href: 'javascript:window.__xss=1',
  method: 'POST',
  innerHTML: '<img src=x onerror="window.__xss=1">',
  src: '/__fault/status/418',
  mode: 'no-cors',
  cache: 'force-cache',
  redirect: 'manual',
  referrerPolicy: 'unsafe-url',
  body: 'polluted',
  capture: true,
  style: 'color: red',
  notation: 'scientific',
  currency: 'XXX',
};

/** Keys named like optional fields of the documents: a missing field must stay missing. */
const FIELD_KEYS: Json = {
  url: 'javascript:window.__xss=1',
  data: { polluted: true },
  targetId: 'polluted',
  shortTitle: 'POLLUTED short title',
  description: 'POLLUTED',
  area: { name: 'POLLUTED area' },
  symbol: 'POLLUTED',
  multiplier: 6,
  periodNote: 'POLLUTED period note',
  limits: { min: -1000, max: 1000 },
  baseline: { period: '1900', value: 999 },
  targets: [{ comparator: 'ge', value: 999, period: '2100' }],
  note: 'POLLUTED note',
  notes: [{ text: 'POLLUTED notes', periods: ['2023'] }],
  status: ['F'],
  lower: -999,
  upper: 999,
  publisher: 'POLLUTED publisher',
  origin: 'POLLUTED origin',
  owner: 'POLLUTED owner',
  coordinator: 'POLLUTED coordinator',
  summary: 'POLLUTED summary',
  milestones: [{ date: '2023', title: 'POLLUTED milestone' }],
  links: [{ label: 'POLLUTED link', url: 'https://polluted.example' }],
  budget: { amount: 1, currency: 'XXX' },
  legalBasis: [{ type: 'POLLUTED' }],
  period: { start: '1900' },
  year: 1999,
  number: 'POLLUTED',
  title: 'POLLUTED title',
  label: 'POLLUTED label',
  sourceRef: 'polluted',
  derived: true,
  decimals: 7,
  kind: 'secondary',
};

function pollute(keys: Json): () => void {
  const proto = Object.prototype as Record<string, unknown>;
  for (const [key, value] of Object.entries(keys)) proto[key] = value;
  return () => {
    for (const key of Object.keys(keys)) delete proto[key];
  };
}

/** Documents with the optional fields left out, so inherited keys have somewhere to show up. */
async function documents(tag: Tag): Promise<unknown[]> {
  if (tag === CARD) {
    const real = await fixture<Json>('program-muba-poverty-2025.json');
    return [
      programme(),
      programme({ indicators: [indicator(), { data: indicator({ id: 'second' }) }] }),
      { ...real, indicators: [await fixture('muba-extreme-poverty.json')] },
    ];
  }
  const bare = indicator({ baseline: undefined, targets: undefined });
  delete bare.baseline;
  delete bare.targets;
  return [indicator(), bare, await fixture('muba-extreme-poverty.json'), await fixture('idn-poverty-rate-march.json')];
}

async function render(tag: Tag, data: unknown): Promise<{ dom: string; state: string; status: string | null }> {
  const el = await mount(tag, { data: structuredClone(data), width: 500 });
  const dom = await stable(el);
  const result = { dom, state: el.state, status: el.getAttribute('status') };
  el.remove();
  return result;
}

let watcher: ReturnType<typeof watchErrors>;
beforeEach(() => (watcher = watchErrors()));
afterEach(() => {
  watcher.stop();
  unmountAll();
  delete (window as unknown as Json).__xss;
});

describe('a polluted Object.prototype', function () {
  this.timeout(60000);
  for (const [name, keys] of [
    ['request keys (credentials, headers, href, method, innerHTML, src...)', REQUEST_KEYS],
    ['keys named like optional document fields', FIELD_KEYS],
  ] as const) {
    for (const tag of ALL_TAGS) {
      it(`${tag}: ${name} change nothing drawn`, async () => {
        for (const doc of await documents(tag)) {
          const clean = await render(tag, doc);
          const cleanup = pollute(keys);
          let polluted: Awaited<ReturnType<typeof render>>;
          try {
            polluted = await render(tag, doc);
          } finally {
            cleanup();
          }
          expect(polluted.state).to.equal(clean.state);
          expect(polluted.status).to.equal(clean.status);
          expect(polluted.dom).to.equal(clean.dom);
          expect(polluted.dom).to.not.contain('POLLUTED');
        }
        expect((window as unknown as Json).__xss).to.equal(undefined);
        expect(watcher.errors).to.deep.equal([]);
      });
    }
  }

  it('fetches with credentials omitted, GET, and only its own headers, whatever the prototype holds', async () => {
    const seen: { url: string; method: string; credentials: string; mode: string; headers: string[]; inherited: string[] }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push({
        url: request.url,
        method: request.method,
        credentials: request.credentials,
        mode: request.mode,
        headers: [...request.headers.keys()],
        // Keys the options object would hand to anything that reads them with `in` or a plain read.
        inherited: init ? Object.keys(REQUEST_KEYS).filter((k) => k in init && !Object.prototype.hasOwnProperty.call(init, k)) : [],
      });
      return realFetch(input, init);
    };
    const cleanup = pollute(REQUEST_KEYS);
    const states: string[] = [];
    try {
      for (const tag of [GAUGE, TREND, CARD] as const) {
        const file = tag === CARD ? 'program-muba-poverty-2025.json' : 'muba-extreme-poverty.json';
        const el = await mount(tag, { src: freshUrl(`/__fault/ok/${file}`) });
        states.push(el.state);
      }
    } finally {
      cleanup();
      window.fetch = realFetch;
    }
    expect(states).to.deep.equal(['ready', 'ready', 'ready']);
    // Gauge, trend line, card, and the card's two indicators.
    expect(seen.length).to.be.at.least(5);
    for (const request of seen) {
      expect(request.method, request.url).to.equal('GET');
      expect(request.credentials, request.url).to.equal('omit');
      expect(request.mode, request.url).to.equal('cors');
      expect(request.headers, request.url).to.deep.equal(['accept']);
      expect(request.inherited, request.url).to.deep.equal([]);
      expect(request.url).to.not.contain('418');
    }
    expect(watcher.errors).to.deep.equal([]);
  });
});

describe('data keys that name Object.prototype members', function () {
  this.timeout(30000);

  it('status codes "toString", "valueOf" and "hasOwn" are codes: the table shows them as written', async () => {
    const doc = indicator({
      series: [
        { period: '2020', value: 1, status: ['toString'] },
        { period: '2021', value: 2, status: ['valueOf', 'hasOwn'] },
        { period: '2022', value: 3, status: ['P'] },
      ],
    });
    const el = await mount(TREND, { data: doc, width: 600 });
    expect(el.state).to.equal('ready');
    (el.shadowRoot!.querySelector('button.table-toggle, [part="table-toggle"], button[aria-controls]') as HTMLButtonElement).click();
    // The table's drawing is a chunk of its own, loaded on the first opening.
    await waitUntil(() => el.shadowRoot!.querySelector('[part="table"]'), 'the table never opened');
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('[part="table"]')!.textContent!;
    expect(table).to.contain('toString');
    expect(table).to.contain('valueOf');
    expect(table).not.to.contain('native code');
    expect(table).not.to.contain('function');
    expect(watcher.errors).to.deep.equal([]);
  });

  it('validation never throws on input nested 100,000 deep, on a page whose Object.prototype has a key added', async () => {
    const { validateIndicator, validateProgram } = await import('../../src/data/validate.js');
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? { x: deep } : [deep];
    const cleanup = pollute({ polluted: 'yes' });
    try {
      const doc = { ...indicator(), description: deep };
      expect(() => validateIndicator(doc)).not.to.throw();
      expect(validateIndicator(doc).ok).to.equal(false);
      expect(validateProgram({ ...programme(), summary: deep }).ok).to.equal(false);
    } finally {
      cleanup();
    }
  });
});
