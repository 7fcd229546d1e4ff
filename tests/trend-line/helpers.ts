// Helpers shared by the trend line's tests.
import { waitUntil } from '@open-wc/testing';
import '../../src/trend-line/indikator-trend-line.js';
import type { IndikatorTrendLine } from '../../src/trend-line/trend-line.js';
import type { TrendData } from '../../src/data/inputs.js';

export type Doc = Record<string, unknown> & { series: Record<string, unknown>[] };

/** A small valid document; `series` and anything else can be replaced. */
export function doc(overrides: Record<string, unknown> = {}): Doc {
  return {
    schema: 'indikator/indicator@1',
    id: 'test.series',
    title: { id: 'Seri uji', en: 'Test series' },
    unit: { label: 'unit' },
    decimals: 1,
    direction: 'neutral',
    sources: [{ id: 's', name: 'Source' }],
    series: [
      { period: '2020', value: 1 },
      { period: '2021', value: 2 },
      { period: '2022', value: 3 },
    ],
    ...overrides,
  } as Doc;
}

/**
 * Lets the shared ResizeObserver report and the element redraw. Not animation frames: wtr runs test
 * files in parallel pages, and a page in the background gets no frames at all.
 */
export const frames = () => new Promise<void>((r) => setTimeout(r, 30));

/** Waits until the element has drawn at its measured width (the SVG is as wide as its content box). */
async function measured(el: IndikatorTrendLine, width: number): Promise<void> {
  const drawn = () => Number(el.shadowRoot!.querySelector('svg.svg')?.getAttribute('width'));
  // A page in the background gets no ResizeObserver reports either: the element keeps its default
  // width (640) until it is shown, which is what these tests then check.
  const deadline = Date.now() + (document.visibilityState === 'visible' ? 3000 : 0);
  do {
    await frames();
    await el.updateComplete;
    if (el.state !== 'ready' || Math.abs(drawn() - (width - 24)) <= 1 || (width - 24 < 120 && drawn() === 120)) return;
  } while (Date.now() < deadline);
  if (document.visibilityState === 'visible') throw new Error(`never drawn at ${width} px (drawn: ${drawn()})`);
}

/** Mounts a trend line with `data`, waits until it has left loading and has been measured. */
export async function mount(
  data: unknown,
  attrs: Record<string, string> = {},
  setup?: (el: IndikatorTrendLine) => void,
  width = 600,
): Promise<IndikatorTrendLine> {
  const el = document.createElement('indikator-trend-line');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = `${width}px`;
  el.style.display = 'block';
  setup?.(el);
  el.data = data as TrendData; // anything a page may give (the element validates)
  document.body.append(el);
  await waitUntil(() => el.state !== 'loading', 'never left loading', { timeout: 8000 });
  await measured(el, width);
  return el;
}

export const $ = <T extends Element = Element>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = Element>(el: HTMLElement, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
export const text = (el: HTMLElement, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Subpaths (`M` commands) in a path string. */
export const moves = (d: string | null | undefined) => (d?.match(/M/g) ?? []).length;

/** Every attribute of every element in the shadow root that reads NaN or Infinity. */
export function badAttributes(el: HTMLElement): string[] {
  const bad: string[] = [];
  for (const node of Array.from(el.shadowRoot!.querySelectorAll('*'))) {
    for (const attr of Array.from(node.attributes)) {
      if (/NaN|Infinity/.test(attr.value)) bad.push(`<${node.localName} ${attr.name}="${attr.value.slice(0, 80)}">`);
    }
  }
  return bad;
}

/** All numbers in a path string. */
export const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

/**
 * Opens a trend line's table and waits for it: the table's drawing is a chunk loaded on the first
 * opening (issue 20), so it arrives a moment after the click.
 */
export async function openTable(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  (el.shadowRoot!.querySelector('.table-toggle') as HTMLButtonElement).click();
  const end = performance.now() + 5000;
  while (!el.shadowRoot!.querySelector('[part="table"], .table-failed')) {
    if (performance.now() > end) throw new Error('the table never opened');
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
}
