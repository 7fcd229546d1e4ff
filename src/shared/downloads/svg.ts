/**
 * The standalone SVG download: the chart as it is on screen, with its title, lines and source set
 * around it. Every colour is copied from the chart's computed styles into presentation attributes,
 * so the file looks like the widget in its current theme with no CSS at all (and the PNG painter can
 * read it back without styles).
 */
import { colour, num, type Colours } from './values.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

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

const finite = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
const round = (n: number) => Math.round(n * 100) / 100;
