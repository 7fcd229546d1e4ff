/**
 * Downloads of what a widget shows: its data as CSV, its chart as a standalone SVG file, and the same
 * picture as a PNG. The PNG is painted on a canvas by walking the SVG's shapes (paths, rects, circles,
 * lines, text): loading the SVG through an `<img>` would be blocked by a strict `img-src`.
 *
 * The exported SVG carries its colours as presentation attributes, read from the computed styles of
 * the chart on screen, so the file looks like the widget in its current theme with no CSS at all.
 *
 * Loaded only when a download button is pressed (see download-buttons.ts).
 */
import type { Point } from '../data/normalize.js';
import { pickText } from '../core/locale.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type DownloadKind = 'csv' | 'svg' | 'png';
export type Cell = string | number | null | undefined;

// ---- CSV ---------------------------------------------------------------------------------------

/**
 * RFC 4180: CRLF line ends; a field holding a comma, a quote or a line break goes in quotes, with its
 * quotes doubled. Numbers are written as JSON numbers (`0.98`, never a locale's `0,98`).
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? JSON.stringify(cell) : '';
  let text = cell === null || cell === undefined ? '' : String(cell);
  // Text that starts like a formula would be run by a spreadsheet: an apostrophe keeps it text.
  // The same after every separator a spreadsheet may split on, whatever this file uses: Excel set
  // to a ";" list separator (Indonesian locales) reads `a;=cmd()` as a second cell `=cmd()`.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  text = text.replace(/([,;\t|])(\s*)(?=[=+\-@])/g, "$1$2'");
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per observation (gaps included); with several series, one per series × period with a series column. */
export function dataRows(series: readonly { readonly id: unknown; readonly points: readonly Point[] }[], locale: string): Cell[][] {
  const multi = series.length > 1;
  const rows: Cell[][] = [[...(multi ? ['series'] : []), 'period', 'value', 'status', 'note']];
  for (const s of series) {
    for (const p of s.points) {
      rows.push([...(multi ? [String(s.id)] : []), p.period.key, p.value, p.status.join(' '), pickText(p.note, locale)?.text]);
    }
  }
  return rows;
}

/** UTF-8 with a byte-order mark, which Excel needs to read the file as UTF-8. */
export const csvBlob = (rows: readonly (readonly Cell[])[]): Blob => new Blob(['\ufeff', toCsv(rows)], { type: 'text/csv;charset=utf-8' });

// ---- the standalone SVG -------------------------------------------------------------------------

/** The theme's colours and font, resolved (no custom properties). */
export interface Colours {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly font: string;
}

/** The resolved colours of a widget's frame in its current theme. */
export function themeColours(frame: Element): Colours {
  const cs = getComputedStyle(frame);
  // A custom property's computed value is its text (`light-dark(…)` unresolved): a probe's colour is the colour.
  const probe = frame.ownerDocument.createElement('span');
  probe.style.color = 'var(--_muted)';
  frame.append(probe);
  const muted = getComputedStyle(probe).color;
  probe.remove();
  return {
    background: colour(cs.backgroundColor)?.hex ?? 'none',
    text: colour(cs.color)?.hex ?? '#000000',
    muted: colour(muted)?.hex ?? colour(cs.color)?.hex ?? '#000000',
    font: cs.fontFamily || 'sans-serif',
  };
}

export interface ExportOptions {
  readonly title: string;
  /** Lines under the title (what the chart says in words). */
  readonly lines?: readonly string[];
  /** Rows under the chart: a line, or a pair set at its two ends (a scale). */
  readonly after?: readonly (string | readonly [string, string])[];
  /** The source line, last. */
  readonly source: string;
  /** A sentence for the file's `<desc>`. */
  readonly description?: string;
  readonly colours: Colours;
  readonly lang?: string;
}

const PAD = 16;

/**
 * A detached, standalone `<svg>`: the title and lines, a copy of `chart` with every colour resolved,
 * the rows under it and the source line. Serialize it with `svgDocument`, paint it with
 * `drawSvgToCanvas`.
 */
export function composeSvg(chart: SVGSVGElement, o: ExportOptions): SVGSVGElement {
  const { x: left, y: top, width: cw, height: ch } = chartBox(chart);
  const width = Math.ceil(Math.max(280, cw + 2 * PAD));
  const inner = width - 2 * PAD;
  const c = o.colours;
  const root = make('svg', { 'font-family': c.font, lang: o.lang, role: 'img' }) as SVGSVGElement;
  root.append(make('title', {}, o.title));
  if (o.description) root.append(make('desc', {}, o.description));
  const background = make('rect', { x: 0, y: 0, width, fill: c.background });
  root.append(background);

  let y = PAD;
  const write = (text: string, size: number, weight: number, fill: string): void => {
    for (const line of wrap(text, inner, `${weight} ${size}px ${c.font}`)) {
      root.append(make('text', { x: PAD, y: y + size, 'font-size': size, 'font-weight': weight, fill }, line));
      y += Math.round(size * 1.35);
    }
  };
  write(o.title, 16, 600, c.text);
  for (const line of o.lines ?? []) write(line, 13, 400, c.text);

  y += 8;
  const g = make('g', { transform: `translate(${round(PAD + (inner - cw) / 2 - left)} ${round(y - top)})` });
  for (const child of Array.from(chart.children)) {
    const copy = copyPainted(child);
    if (copy) g.append(copy);
  }
  root.append(g);
  y += ch + 8;

  for (const row of o.after ?? []) {
    if (typeof row === 'string') write(row, 12, 400, c.muted);
    else {
      root.append(make('text', { x: PAD, y: y + 12, 'font-size': 12, fill: c.muted }, row[0]));
      root.append(make('text', { x: width - PAD, y: y + 12, 'font-size': 12, fill: c.muted, 'text-anchor': 'end' }, row[1]));
      y += 16;
    }
  }
  write(o.source, 11, 400, c.muted);
  const height = Math.ceil(y + PAD - 4);
  background.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return root;
}

/** The chart's viewBox grown to hold what overflows it (direct labels past the plot's end). */
function chartBox(chart: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const box = chart.viewBox.baseVal;
  let x0 = box?.x ?? 0;
  let y0 = box?.y ?? 0;
  let x1 = x0 + (box?.width || chart.getBoundingClientRect().width);
  let y1 = y0 + (box?.height || chart.getBoundingClientRect().height);
  try {
    const b = chart.getBBox();
    if (b.width > 0 && b.height > 0) {
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width);
      y1 = Math.max(y1, b.y + b.height);
    }
  } catch {
    // Not rendered (display: none): the viewBox alone.
  }
  const safe = (n: number) => (Number.isFinite(n) ? n : 0);
  return { x: safe(x0), y: safe(y0), width: finite(x1 - x0), height: finite(y1 - y0) };
}

/** The composed SVG as a file's text (the serializer adds the `xmlns`). */
export function svgDocument(chart: SVGSVGElement, o: ExportOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(composeSvg(chart, o))}\n`;
}

/** Geometry and text the copy keeps; `part`, ARIA and event wiring stay behind. */
const KEEP = new Set(['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'dx', 'dy', 'transform', 'class']);
const SHAPES = new Set(['path', 'rect', 'circle', 'line', 'text']);
/** Paint properties written out, and the SVG initial values that need not be. */
const PAINT: Readonly<Record<string, string>> = {
  'stroke-width': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'paint-order': 'normal',
};
const TEXT: Readonly<Record<string, string>> = { 'font-size': '', 'font-weight': '400', 'text-anchor': 'start' };

/** A copy of one chart element with its computed paint as presentation attributes; hidden marks (and the focus ring) are left out. */
function copyPainted(live: Element): Element | null {
  const cs = getComputedStyle(live);
  if (cs.display === 'none' || cs.visibility === 'hidden' || live.classList.contains('focus-marker')) return null;
  const name = live.localName;
  const out = document.createElementNS(SVG_NS, name);
  for (const attr of Array.from(live.attributes)) if (KEEP.has(attr.name)) out.setAttribute(attr.name, attr.value);
  if (SHAPES.has(name)) {
    const fill = colour(cs.fill);
    const stroke = colour(cs.stroke);
    out.setAttribute('fill', fill?.hex ?? 'none');
    if (fill && fill.alpha * num(cs.fillOpacity, 1) < 1) out.setAttribute('fill-opacity', String(round(fill.alpha * num(cs.fillOpacity, 1))));
    if (stroke) {
      out.setAttribute('stroke', stroke.hex);
      if (stroke.alpha * num(cs.strokeOpacity, 1) < 1) out.setAttribute('stroke-opacity', String(round(stroke.alpha * num(cs.strokeOpacity, 1))));
    }
    for (const [prop, initial] of Object.entries(name === 'text' ? { ...PAINT, ...TEXT } : PAINT)) {
      if (!stroke && prop.startsWith('stroke')) continue;
      const value = cs.getPropertyValue(prop).replace(/px/g, '').replace(/,\s*/g, ' ').trim();
      if (value && value !== initial) out.setAttribute(prop, value);
    }
  }
  for (const node of Array.from(live.childNodes)) {
    // Text only inside text (Lit's whitespace and comment markers elsewhere are noise).
    if (node.nodeType === Node.TEXT_NODE && (name === 'text' || name === 'tspan')) out.append(node.textContent ?? '');
    else if (node instanceof Element) {
      const copy = copyPainted(node);
      if (copy) out.append(copy);
    }
  }
  return out;
}

// ---- the PNG, painted without an image ----------------------------------------------------------

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** What an element inherits from its parents while painting. */
interface Paint {
  readonly fill: string;
  readonly fillOpacity: number;
  readonly stroke: string;
  readonly strokeOpacity: number;
  readonly width: number;
  readonly dash: string;
  readonly cap: string;
  readonly join: string;
  readonly strokeFirst: boolean;
  readonly size: number;
  readonly weight: string;
  readonly family: string;
  readonly anchor: string;
}

/**
 * Paints an SVG onto a 2D context by walking the subset of SVG the elements draw: `svg`, `g` (with
 * translate/scale/matrix transforms), `path` (through `Path2D`), `rect`, `circle`, `line` and `text`
 * with `tspan`s. Paint is read from presentation attributes, so pass a `composeSvg` result.
 */
export function drawSvgToCanvas(svg: SVGSVGElement, ctx: Context, colours: Colours): void {
  const width = num(svg.getAttribute('width'), 0);
  const height = num(svg.getAttribute('height'), 0);
  if (colours.background !== 'none') {
    ctx.fillStyle = colours.background;
    ctx.fillRect(0, 0, width, height);
  }
  const start: Paint = {
    fill: colours.text,
    fillOpacity: 1,
    stroke: 'none',
    strokeOpacity: 1,
    width: 1,
    dash: 'none',
    cap: 'butt',
    join: 'miter',
    strokeFirst: false,
    size: 16,
    weight: '400',
    family: colours.font,
    anchor: 'start',
  };
  walk(ctx, svg, inherit(start, svg));
}

function inherit(p: Paint, el: Element): Paint {
  const a = (name: string) => el.getAttribute(name);
  return {
    fill: a('fill') ?? p.fill,
    fillOpacity: num(a('fill-opacity'), p.fillOpacity),
    stroke: a('stroke') ?? p.stroke,
    strokeOpacity: num(a('stroke-opacity'), p.strokeOpacity),
    width: num(a('stroke-width'), p.width),
    dash: a('stroke-dasharray') ?? p.dash,
    cap: a('stroke-linecap') ?? p.cap,
    join: a('stroke-linejoin') ?? p.join,
    strokeFirst: a('paint-order') === null ? p.strokeFirst : a('paint-order')!.trim().startsWith('stroke'),
    size: num(a('font-size'), p.size),
    weight: a('font-weight') ?? p.weight,
    family: a('font-family') ?? p.family,
    anchor: a('text-anchor') ?? p.anchor,
  };
}

function walk(ctx: Context, parent: Element, inherited: Paint): void {
  for (const el of Array.from(parent.children)) {
    const p = inherit(inherited, el);
    const at = (name: string) => num(el.getAttribute(name), 0);
    ctx.save();
    transform(ctx, el.getAttribute('transform'));
    ctx.globalAlpha *= num(el.getAttribute('opacity'), 1);
    switch (el.localName) {
      case 'g':
      case 'svg':
        walk(ctx, el, p);
        break;
      case 'path':
        paint(ctx, p, new Path2D(el.getAttribute('d') ?? ''));
        break;
      case 'rect': {
        const shape = new Path2D();
        const r = Math.min(at('rx') || at('ry'), at('width') / 2, at('height') / 2);
        if (at('width') > 0 && at('height') > 0) shape.roundRect(at('x'), at('y'), at('width'), at('height'), Math.max(0, r));
        paint(ctx, p, shape);
        break;
      }
      case 'circle': {
        const shape = new Path2D();
        if (at('r') > 0) shape.arc(at('cx'), at('cy'), at('r'), 0, 2 * Math.PI);
        paint(ctx, p, shape);
        break;
      }
      case 'line': {
        const shape = new Path2D();
        shape.moveTo(at('x1'), at('y1'));
        shape.lineTo(at('x2'), at('y2'));
        paint(ctx, { ...p, fill: 'none' }, shape);
        break;
      }
      case 'text':
        text(ctx, el, p);
        break;
      default:
      // title, desc, style, defs: nothing to paint.
    }
    ctx.restore();
  }
}

function paint(ctx: Context, p: Paint, shape: Path2D): void {
  const alpha = ctx.globalAlpha;
  const fill = () => {
    if (p.fill === 'none') return;
    ctx.globalAlpha = alpha * p.fillOpacity;
    ctx.fillStyle = p.fill;
    ctx.fill(shape);
  };
  const stroke = () => {
    if (p.stroke === 'none' || p.width <= 0) return;
    strokeStyle(ctx, p, alpha);
    ctx.stroke(shape);
  };
  if (p.strokeFirst) (stroke(), fill());
  else (fill(), stroke());
  ctx.globalAlpha = alpha;
}

function strokeStyle(ctx: Context, p: Paint, alpha: number): void {
  ctx.globalAlpha = alpha * p.strokeOpacity;
  ctx.strokeStyle = p.stroke;
  ctx.lineWidth = p.width;
  ctx.lineCap = p.cap as CanvasLineCap;
  ctx.lineJoin = p.join as CanvasLineJoin;
  const dash = p.dash === 'none' ? [] : p.dash.split(/[\s,]+/).map(Number);
  ctx.setLineDash(dash.every((d) => Number.isFinite(d) && d >= 0) ? dash : []);
}

/** A `text` and its `tspan`s (x, y, dx, dy), each run painted like SVG paints it: halo stroke first when asked. */
function text(ctx: Context, el: Element, p: Paint): void {
  let x = num(el.getAttribute('x'), 0);
  let y = num(el.getAttribute('y'), 0);
  const run = (raw: string, q: Paint) => {
    const words = raw.replace(/\s+/g, ' ').trim();
    if (!words) return;
    ctx.font = `${q.weight} ${q.size}px ${q.family}`;
    ctx.textAlign = q.anchor === 'middle' ? 'center' : q.anchor === 'end' ? 'right' : 'left';
    ctx.textBaseline = 'alphabetic';
    const alpha = ctx.globalAlpha;
    const stroke = () => {
      if (q.stroke === 'none' || q.width <= 0) return;
      strokeStyle(ctx, q, alpha);
      ctx.strokeText(words, x, y);
    };
    const fill = () => {
      if (q.fill === 'none') return;
      ctx.globalAlpha = alpha * q.fillOpacity;
      ctx.fillStyle = q.fill;
      ctx.fillText(words, x, y);
    };
    if (q.strokeFirst) (stroke(), fill());
    else (fill(), stroke());
    ctx.globalAlpha = alpha;
    if (q.anchor === 'start') x += ctx.measureText(`${words} `).width;
  };
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) run(node.textContent ?? '', p);
    else if (node instanceof Element && node.localName === 'tspan') {
      const q = inherit(p, node);
      if (node.hasAttribute('x')) x = num(node.getAttribute('x'), x);
      if (node.hasAttribute('y')) y = num(node.getAttribute('y'), y);
      x += num(node.getAttribute('dx'), 0);
      y += num(node.getAttribute('dy'), 0);
      run(node.textContent ?? '', q);
    }
  }
}

/** `translate`, `scale` and `matrix`, the transforms the elements write. */
function transform(ctx: Context, value: string | null): void {
  if (!value) return;
  for (const [, name, args] of value.matchAll(/(translate|scale|matrix)\s*\(([^)]*)\)/g)) {
    const n = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (!n.every(Number.isFinite)) continue;
    if (name === 'translate') ctx.translate(n[0] ?? 0, n[1] ?? 0);
    else if (name === 'scale') ctx.scale(n[0] ?? 1, n[1] ?? n[0] ?? 1);
    else if (n.length === 6) ctx.transform(n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!);
  }
}

/** The composed SVG painted at `scale` × its size on a canvas that is never attached, as a PNG. */
export function pngBlob(svg: SVGSVGElement, colours: Colours, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(num(svg.getAttribute('width'), 1) * scale);
  canvas.height = Math.ceil(num(svg.getAttribute('height'), 1) * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  ctx.scale(scale, scale);
  drawSvgToCanvas(svg, ctx, colours);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

// ---- saving ---------------------------------------------------------------------------------------

/** A file name from a document id: `idn.1606.poverty-rate` + `csv` → `idn.1606.poverty-rate.csv`. */
export function fileName(id: unknown, ext: string): string {
  const base = String(id ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return `${base || 'indikator'}.${ext}`;
}

/** Saves a blob through an object URL and an `<a download>` that is never attached. */
export function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  // Not at once: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/** What an element hands over to be downloaded; read when a button is pressed. */
export interface DownloadSource {
  readonly id: unknown;
  readonly locale: string;
  /** The observations shown, per series (the primary first). */
  readonly series: () => readonly { readonly id: unknown; readonly points: readonly Point[] }[];
  readonly chart: SVGSVGElement | null;
  readonly frame: Element | null;
  /** The words around the chart, given the theme's resolved colours. */
  readonly text: (colours: Colours) => ExportOptions;
}

/** Makes one file and saves it. */
export async function download(kind: DownloadKind, source: DownloadSource): Promise<void> {
  const name = fileName(source.id, kind);
  if (kind === 'csv') return save(csvBlob(dataRows(source.series(), source.locale)), name);
  if (!source.chart || !source.frame) return;
  const colours = themeColours(source.frame);
  const options = source.text(colours);
  if (kind === 'svg') return save(new Blob([svgDocument(source.chart, options)], { type: 'image/svg+xml' }), name);
  save(await pngBlob(composeSvg(source.chart, options), colours), name);
}

// ---- small helpers --------------------------------------------------------------------------------

/** A computed colour as hex and alpha (`rgb()`, `rgba()` and `color(srgb …)` from `color-mix`); null for none. */
function colour(value: string | null | undefined): { hex: string; alpha: number } | null {
  const v = (value ?? '').trim();
  if (!v || v === 'none' || v === 'transparent') return null;
  const rgb = /^rgba?\(([^)]*)\)$/.exec(v);
  const srgb = /^color\(srgb ([^)]*)\)$/.exec(v);
  if (!rgb && !srgb) return { hex: v, alpha: 1 };
  const n = (rgb ?? srgb)![1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const scale = srgb ? 255 : 1;
  const alpha = n[3] ?? 1;
  if (n.length < 3 || !n.every(Number.isFinite)) return null;
  if (alpha <= 0) return null;
  const hex = n.slice(0, 3).map((c) =>
    Math.round(Math.max(0, Math.min(255, c * scale)))
      .toString(16)
      .padStart(2, '0'),
  );
  return { hex: `#${hex.join('')}`, alpha };
}

function make(name: string, attrs: Record<string, string | number | undefined>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== '') el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

let measurer: CanvasRenderingContext2D | null | undefined;

/** Greedy word wrap to `width` px in `font` (measured on a canvas; estimated where there is none). */
function wrap(text: string, width: number, font: string): string[] {
  measurer ??= document.createElement('canvas').getContext('2d');
  const size = num(/(\d+(\.\d+)?)px/.exec(font)?.[1], 12);
  const measure = (s: string) => {
    if (!measurer) return s.length * size * 0.55;
    measurer.font = font;
    return measurer.measureText(s).width;
  };
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function num(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : parseFloat(String(value ?? ''));
  return Number.isFinite(n) ? n : fallback;
}

const finite = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
const round = (n: number) => Math.round(n * 100) / 100;
