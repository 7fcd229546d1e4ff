// Renders elements in each state inside a page served with a strict CSP (and optionally Trusted
// Types), for csp-page.ts and two-copies.ts. No test framework here: the page reports to its parent.

type El = HTMLElement & { state: string; stale: boolean; data: unknown; src?: string; reload(): void; updateComplete?: Promise<unknown> };

const CARD = 'indikator-program-card';
const PROGRAMME = 'program-muba-poverty-2025.json';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let counter = 0;
const unique = () => `${Date.now()}-${++counter}`;

async function json(name: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`/demo/data/${name}`)).json()) as Record<string, unknown>;
}

async function until(test: () => boolean, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test() && Date.now() < deadline) await sleep(20);
}

/**
 * Renders `tag` in every state: ready, empty, invalid, fetched, failed, loading; with `extra`, also
 * inline JSON, stale (a refresh that failed after a success), and the variants and interactions that
 * set styles or open views (arc, compact, sparkline, the table, the keyboard tooltip, right to left).
 */
export async function renderStates(tag: string, fixture: string, extra: boolean): Promise<Record<string, string>> {
  await customElements.whenDefined(tag);
  const card = tag === CARD;
  const make = (setup: (el: El) => void, attrs: Record<string, string> = {}) => {
    const el = document.createElement(tag) as El;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    setup(el);
    document.body.append(el);
    return el;
  };
  const indicator = await json(fixture);
  let doc = indicator;
  let emptyDoc: Record<string, unknown> = { ...indicator, series: [] };
  let source = fixture;
  if (card) {
    // Indicator URLs resolve against the programme's URL: absolute here, since `data` has none.
    const programme = await json(PROGRAMME);
    doc = { ...programme, indicators: ['/__fault/ok/muba-poverty-rate.json', indicator] };
    emptyDoc = { ...programme, indicators: [{ ...indicator, series: [] }] };
    source = PROGRAMME;
  }
  const all: Record<string, El> = {
    ready: make((el) => (el.data = doc)),
    empty: make((el) => (el.data = emptyDoc)),
    invalid: make((el) => (el.data = { ...doc, title: 5 })),
    fetched: make((el) => (el.src = `/__fault/ok/${source}?tag=${unique()}`)),
    failed: make((el) => (el.src = '/__fault/status/500')),
    loading: make(() => {}),
  };
  let stale: El | undefined;
  if (extra) {
    // Written in the page's HTML by the server (?inline=1): a script made from JavaScript would be a
    // Trusted Types sink, even with a JSON type.
    const inline = document.querySelector<El>(`[data-inline="${tag}"]`);
    if (inline) all.inline = inline;
    stale = make((el) => (el.src = `/__fault/sequence/${source}?steps=ok,500&tag=${unique()}`));
    all.stale = stale;
    all.rtl = make((el) => (el.data = doc), { dir: 'rtl', lang: 'ar' });
    all.dark = make((el) => (el.data = doc), { theme: 'dark', lang: 'id' });
    if (tag === 'indikator-target-gauge') {
      all.arc = make((el) => (el.data = doc), { variant: 'arc' });
      all.compact = make((el) => (el.data = doc), { size: 'compact' });
    }
    if (tag === 'indikator-trend-line') {
      all.sparkline = make((el) => (el.data = doc), { variant: 'sparkline' });
      all.table = make((el) => (el.data = doc));
      all.tooltip = make((el) => (el.data = doc));
    }
  }
  const settling = Object.entries(all).filter(([name]) => name !== 'loading');
  await until(() => settling.every(([, el]) => el.state !== 'loading'));
  if (stale) {
    stale.reload();
    await until(() => stale!.stale);
  }
  if (all.table) {
    (all.table.shadowRoot!.querySelector('.table-toggle') as HTMLButtonElement | null)?.click();
  }
  if (all.tooltip) {
    const chart = all.tooltip.shadowRoot!.querySelector('[part="chart"]') as HTMLElement | null;
    chart?.focus();
    chart?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
  }
  // Nested widgets (the card's rows) settle too.
  await until(() =>
    Object.values(all).every((el) =>
      Array.from(el.shadowRoot?.querySelectorAll<El>('indikator-target-gauge, indikator-trend-line') ?? []).every((n) => n.state !== 'loading'),
    ),
  );
  // The table's drawing is a chunk of its own, loaded on the first opening.
  if (all.table) await until(() => !!all.table!.shadowRoot!.querySelector('table, .table-failed'));
  await Promise.all(Object.values(all).map((el) => el.updateComplete));
  await sleep(50);
  const states: Record<string, string> = {};
  for (const [name, el] of Object.entries(all)) {
    states[name] = el.state + (el.stale ? '+stale' : '');
    if (name === 'table') states[name] += el.shadowRoot!.querySelector('table') ? '+table' : '';
    if (name === 'tooltip') states[name] += el.shadowRoot!.querySelector('.tooltip:not([hidden])') ? '+tooltip' : '';
  }
  return states;
}

/** Collects CSP violations and uncaught errors from the start of the page. */
export function watchPage(): { violations: string[]; errors: string[] } {
  const violations: string[] = [];
  const errors: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.message ?? e.reason)));
  return { violations, errors };
}
