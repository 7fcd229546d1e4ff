/**
 * The PNG download, painted without an image: the exported SVG's shapes are walked and drawn on a
 * canvas one by one, because loading the SVG through an `<img>` would be blocked by a strict
 * `img-src` on the host page.
 */
import { num, type Colours } from './values.js';

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
  paintInOrder(p, fill, stroke);
  ctx.globalAlpha = alpha;
}

/** Fill then stroke, or the stroke first where SVG's `paint-order` says so (a label's halo). */
function paintInOrder(p: Paint, fill: () => void, stroke: () => void): void {
  for (const paint of p.strokeFirst ? [stroke, fill] : [fill, stroke]) paint();
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
    paintInOrder(q, fill, stroke);
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
