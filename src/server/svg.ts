/**
 * A standalone SVG of a gauge or a trend line, written in Node: for print, e-mail, social cards
 * and AMP pages. The element is rendered by Lit SSR at the asked width (the same layout code and
 * numbers as in the browser), then its words and its chart are set in one SVG file: the title,
 * the lines under it, the chart, the rows under it and the source, as the download button in
 * the browser lays them out. Colours come as the theme's plain values in an embedded style sheet
 * with the element's own rules, so the file looks like the widget wherever CSS in SVG is read
 * (browsers, `<img>`, Inkscape).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { IndikatorTargetGauge } from '../target-gauge/target-gauge.js';
import { IndikatorTrendLine } from '../trend-line/trend-line.js';
import { serverDrawing } from '../shared/server-root.js';
import { TOKENS } from '../shared/base.styles.js';
import { textWidth } from '../geometry/index.js';
import { escapeHtml } from '../embed/fallback.js';
import '../define.js';

export type SvgWidget = 'target-gauge' | 'trend-line';

export interface SvgOptions {
  /** Language of the words (default `en`). */
  readonly lang?: string;
  /** Width of the file in pixels (default 640; at least 280). */
  readonly width?: number;
  /** `light` (default) or `dark`. */
  readonly theme?: 'light' | 'dark';
  /** Other attributes of the element (`target-id`, `variant`, `as-of`). */
  readonly attributes?: Readonly<Record<string, string | number | undefined>>;
}

const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** A node of parse5's tree (v6 and v7 have the same shape). */
interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

type Parse = (html: string) => Node;

async function parser(): Promise<Parse> {
  try {
    const parse5 = (await import('parse5')) as unknown as { parseFragment: Parse };
    return parse5.parseFragment;
  } catch {
    throw new Error('indikator/server: writing SVG needs parse5 (it comes with @lit-labs/ssr; or npm install parse5)');
  }
}

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const classes = (n: Node) => (attr(n, 'class') ?? '').split(/\s+/);

/** Every element under `n` (into template contents, i.e. shadow roots) that `test` accepts, in document order. */
function findAll(n: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] {
  for (const child of [...(n.content ? [n.content] : []), ...(n.childNodes ?? [])]) {
    if (child.tagName && test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

const find = (n: Node, test: (n: Node) => boolean): Node | undefined => findAll(n, test)[0];
const byClass = (name: string, tag?: string) => (n: Node) => classes(n).includes(name) && (!tag || n.tagName === tag);

/** The words of `n` as a reader sees them (visually hidden text and the status icon's SVG left out). */
function text(n: Node | undefined): string {
  if (!n) return '';
  if (n.nodeName === '#text') return n.value ?? '';
  if (n.tagName === 'svg' || n.tagName === 'style' || n.tagName === 'template' || classes(n).includes('visually-hidden')) return '';
  return (n.childNodes ?? []).map(text).join('').replace(/\s+/g, ' ').trim();
}

/** `n` as SVG markup, without Lit's comment markers. */
function serialize(n: Node): string {
  if (n.nodeName === '#text') return escapeHtml(n.value ?? '');
  if (!n.tagName) return '';
  const attrs = (n.attrs ?? [])
    .filter((a) => a.name !== 'part' && !a.name.startsWith('aria-'))
    .map((a) => ` ${a.name}="${escapeHtml(a.value)}"`)
    .join('');
  return `<${n.tagName}${attrs}>${(n.childNodes ?? []).map(serialize).join('')}</${n.tagName}>`;
}

/** Lines of at most `width` pixels at `size` (the same estimate as the chart's labels). */
function wrap(words: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(' ').filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface Parts {
  readonly title: string;
  readonly lines: readonly string[];
  readonly chart: Node | undefined;
  readonly after: readonly (string | readonly [string, string])[];
  readonly source: string;
  readonly description: string;
}

/** A source line: in a `<details>` (the outlets counted), the full list only; parts joined by " · ". */
function sourceText(n: Node | undefined): string {
  if (!n) return '';
  if (n.tagName === 'details')
    return (n.childNodes ?? [])
      .filter((c) => c.tagName !== 'summary')
      .map(text)
      .filter(Boolean)
      .join(' ');
  const parts = (n.childNodes ?? []).filter((c) => c.tagName);
  return parts.length > 1 ? parts.map(sourceText).filter(Boolean).join(' · ') : text(n);
}

function trendParts(root: Node): Parts {
  const key = find(root, byClass('legend'));
  const legend = key ? findAll(key, (n) => n.tagName === 'li') : [];
  return {
    title: text(find(root, byClass('title'))),
    lines: [text(find(root, byClass('meta'))), text(find(root, (n) => classes(n).includes('status') && n.tagName === 'p'))].filter(Boolean),
    chart: find(root, byClass('svg', 'svg')),
    after: [text(find(root, byClass('summary'))), ...legend.map(text)].filter(Boolean),
    source: sourceText(find(root, byClass('sources'))),
    description: text(find(root, byClass('summary'))),
  };
}

function gaugeParts(root: Node): Parts {
  const scale = find(root, byClass('scale'));
  const ends = scale ? findAll(scale, (n) => n.tagName === 'span').map(text) : [];
  const details = find(root, byClass('details'));
  const meter = find(root, (n) => attr(n, 'role') === 'meter');
  return {
    title: text(find(root, byClass('title'))),
    lines: [
      [text(find(root, byClass('value'))), text(find(root, (n) => classes(n).includes('status') && n.tagName === 'p'))].filter(Boolean).join(' · '),
    ],
    chart: find(root, byClass('graphic', 'svg')),
    after: [...(ends.length === 2 ? [[ends[0]!, ends[1]!] as const] : []), ...(details ? findAll(details, (n) => n.tagName === 'li').map(text) : [])],
    source: sourceText(find(root, byClass('source'))),
    description: (meter && attr(meter, 'aria-valuetext')) ?? '',
  };
}

/** The theme's tokens as plain values, then the element's own rules (which read them). */
function styleSheet(element: typeof IndikatorTrendLine | typeof IndikatorTargetGauge, theme: 'light' | 'dark'): string {
  const tokens = TOKENS.map(([name, light, dark]) => `--_${name}:${theme === 'dark' ? dark : light};`).join('');
  const rules = element.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
  // After the rules, and weightier: the file's colours are the theme's values, not light-dark().
  return `${rules}\nsvg.frame.frame{${tokens}color-scheme:${theme};padding:0;border-radius:0}`;
}

/**
 * The standalone SVG file of one widget drawn from `doc` (an indicator document; for the trend
 * line also an array, the primary first). Never throws for bad data: the element's error text is
 * set in the file as its title.
 */
export async function renderSvg(widget: SvgWidget, doc: unknown, options: SvgOptions = {}): Promise<string> {
  if (widget !== 'target-gauge' && widget !== 'trend-line')
    throw new TypeError(`indikator/server: no SVG for ${String(widget)} (target-gauge or trend-line)`);
  const parse = await parser();
  const width = Math.max(280, Math.round(Number(options.width) || 640));
  const theme = options.theme === 'dark' ? 'dark' : 'light';
  const lang = options.lang ?? 'en';
  const tag = `indikator-${widget}`;
  const attributes = Object.entries({ lang, theme, ...options.attributes })
    .filter(([name, value]) => /^[a-z][a-z0-9-]*$/.test(name) && value !== undefined)
    .map(([name, value]) => `${name}="${escapeHtml(String(value))}"`)
    .join(' ');
  // The chart at the file's width less its margins; reset at once (the render is synchronous).
  serverDrawing.width = width - 2 * PAD;
  let markup: string;
  try {
    markup = collectResultSync(render(html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)} .data=${doc}></${unsafeStatic(tag)}>`));
  } finally {
    serverDrawing.width = 0;
  }
  const root = parse(markup);
  const error = find(root, (n) => attr(n, 'part') === 'error');
  const parts: Parts = error
    ? {
        title: text(find(error, byClass('error-title'))),
        lines: [text(find(error, byClass('message-text')))],
        chart: undefined,
        after: [],
        source: '',
        description: '',
      }
    : widget === 'trend-line'
      ? trendParts(root)
      : gaugeParts(root);
  return compose(parts, { width, lang, theme, css: styleSheet(widget === 'trend-line' ? IndikatorTrendLine : IndikatorTargetGauge, theme) });
}

function compose(p: Parts, o: { width: number; lang: string; theme: 'light' | 'dark'; css: string }): string {
  const inner = o.width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const write = (words: string, size: number, weight: number, cls: string) => {
    for (const line of wrap(words, inner, size)) {
      out.push(`<text class="${cls}" x="${PAD}" y="${y + size}" font-size="${size}" font-weight="${weight}">${escapeHtml(line)}</text>`);
      y += Math.round(size * 1.35);
    }
  };
  write(p.title, 16, 600, 'x-text');
  for (const line of p.lines) write(line, 13, 400, 'x-text');
  if (p.chart) {
    y += 8;
    const [, , w = inner, h = 40] = (attr(p.chart, 'viewBox') ?? '').split(/[\s,]+/).map(Number);
    // Drawn at its own size (the gauge's bar stretches to the width, as on screen).
    const height = Math.round(Number(attr(p.chart, 'height')) || (h * inner) / w);
    const kept = (p.chart.attrs ?? []).filter((a) => !['x', 'y', 'width', 'height', 'style', 'class'].includes(a.name));
    const placed = [
      { name: 'class', value: `${attr(p.chart, 'class') ?? ''} x-chart` },
      { name: 'x', value: String(PAD) },
      { name: 'y', value: String(y) },
      { name: 'width', value: String(inner) },
      { name: 'height', value: String(height) },
    ];
    out.push(serialize({ ...p.chart, attrs: [...kept, ...placed] }));
    // The element's rules size its chart to 100 % of the widget; here it has its place.
    out.push(`<style>svg.x-chart{width:${inner}px;height:${height}px}</style>`);
    y += height + 8;
  }
  for (const row of p.after) {
    if (typeof row === 'string') write(row, 12, 400, 'x-muted');
    else {
      out.push(`<text class="x-muted" x="${PAD}" y="${y + 12}" font-size="12">${escapeHtml(row[0])}</text>`);
      out.push(`<text class="x-muted" x="${o.width - PAD}" y="${y + 12}" font-size="12" text-anchor="end">${escapeHtml(row[1])}</text>`);
      y += 16;
    }
  }
  if (p.source) write(p.source, 11, 400, 'x-muted');
  const height = Math.ceil(y + PAD - 4);
  const css = `${o.css}\n.x-text{fill:var(--_text)}.x-muted{fill:var(--_muted)}.x-bg{fill:var(--_background)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" class="frame theme-${o.theme}" width="${o.width}" height="${height}" viewBox="0 0 ${o.width} ${height}" lang="${escapeHtml(o.lang)}" role="img" font-family='${FONT}'>
<title>${escapeHtml(p.title)}</title>${p.description ? `<desc>${escapeHtml(p.description)}</desc>` : ''}
<style>${css.replace(/<\//g, '<\\/')}</style>
<rect class="x-bg" width="${o.width}" height="${height}"/>
${out.join('\n')}
</svg>
`;
}
