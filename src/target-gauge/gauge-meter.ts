/**
 * The gauge's graphic, drawn from its view model: the bullet (and its compact size) or the half
 * ring, with the bands, the fill from the baseline, the target and the baseline marks, and the scale.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Target } from '../data/schema.js';
import { roundAt } from '../core/status.js';
import { formatTargetValue, shownDecimals } from '../core/format.js';
import { arcLayout, arcLine, arcPath, arcPoint, position, scaleDecimals, span, targetEdges, toX, type Domain } from '../geometry/gauge.js';
import type { GaugeModel, View } from './gauge-model.js';

/** Heights of the bullet graphic (CSS px); widths come from the element's measured width. */
// The bands are a strip under the track (`bandY`), in colours at 3:1 against it: drawn behind
// the fill, pale enough to leave the fill readable, they were not (1.0-1.12:1).
const BULLET = { height: 36, trackY: 7, trackH: 18, fillY: 11, fillH: 10, bandY: 29.5 } as const;
const COMPACT = { height: 20, trackY: 2, trackH: 12, fillY: 4, fillH: 8, bandY: 17 } as const;

/**
 * Where a value is drawn: at the figure on screen (rounded at the document's decimals), so a value
 * the verdict calls "achieved" never sits outside the drawn target band by a rounding hair; the
 * exact value where rounding means nothing at the gauge's scale (a domain narrower than one step).
 */
function drawn(value: number, decimals: number, domain: Domain): number {
  const rounded = roundAt(value, decimals);
  return Number.isFinite(rounded) && domain.max - domain.min > 10 ** -shownDecimals(decimals) ? rounded : value;
}

/** The graphic: one `role="meter"` whose name is the title and whose value text says it all in words. `width`: the element's (0: the default). */
export function meterView(model: GaugeModel, view: View, kind: 'bullet' | 'arc' | 'compact', width: number): TemplateResult {
  const latest = model.latest!;
  const graphic = kind === 'arc' ? arcView(model, view, width) : bulletView(model, view, kind === 'compact', width);
  const [start, end] = scaleTexts(model, view);
  return html`<div
    part="meter"
    class="meter meter-${kind}"
    role="meter"
    aria-label=${view.title.text}
    aria-valuenow=${String(latest.value)}
    aria-valuemin=${String(view.domain.min)}
    aria-valuemax=${String(view.domain.max)}
    aria-valuetext=${view.valueText}
  >
    ${graphic}
    ${
      kind === 'compact'
        ? nothing
        : html`<p part="scale" class="scale" aria-hidden="true">
          <span>${start}</span><span>${end}</span>
        </p>`
    }
  </div>`;
}

function bulletView(model: GaugeModel, view: View, compact: boolean, drawWidth: number): TemplateResult {
  const g = compact ? COMPACT : BULLET;
  // The viewBox is in CSS pixels so marks keep their size; the SVG stretches to its box
  // (preserveAspectRatio="none") and strokes do not scale, so a padding other than the default
  // only moves marks, never distorts them.
  const width = compact ? 96 : Math.max(120, drawWidth || 320);
  const { domain, orient } = view;
  const { result, latest, baseline } = model;
  // Drawn where the figure on screen says (see drawn()).
  const lv = latest ? drawn(latest.value, model.doc.decimals, domain) : NaN;
  const bv = baseline ? drawn(baseline.value, model.doc.decimals, domain) : NaN;
  const x = (v: number) => toX(v, domain, orient, width);
  const mid = g.trackY + g.trackH / 2;
  const target = result.target;
  const fill = baseline && latest ? span(bv, lv, domain, orient, width) : null;
  // Backwards = away from the better end; a neutral indicator has no better end to move away from.
  const forward = baseline && latest ? position(lv, domain, orient) >= position(bv, domain, orient) : true;
  const setback = !forward && model.doc.direction !== 'neutral';
  return html`<svg
    class="graphic bullet-graphic"
    viewBox="0 0 ${width} ${g.height}"
    height=${g.height}
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    <rect part="track" class="track" x="0" y=${g.trackY} width=${width} height=${g.trackH} rx="2"></rect>
    ${view.bands.map((b) => {
      const s = span(b.from, b.to, domain, orient, width);
      return b.from === b.to
        ? nothing
        : svg`<line part="band band-${b.kind}" class="band band-${b.kind}" x1=${s.x} x2=${s.x + s.width} y1=${g.bandY} y2=${g.bandY}></line>`;
    })}
    ${
      baseline && !compact
        ? svg`<line part="baseline" class="baseline" x1=${x(bv)} x2=${x(bv)} y1=${g.trackY - 4} y2=${g.trackY + g.trackH + 4}></line>`
        : nothing
    }
    ${
      fill && fill.width > 0
        ? svg`<rect part="indicator" class="indicator ${forward ? 'grow-start' : 'grow-end'} ${setback ? 'backward' : ''}" x=${fill.x} y=${g.fillY} width=${fill.width} height=${g.fillH}></rect>`
        : nothing
    }
    ${latest ? svg`<circle class="latest ${setback ? 'backward' : ''}" cx=${x(lv)} cy=${mid} r=${compact ? 4 : 6}></circle>` : nothing}
    ${target ? bulletTarget(target, view, width, g) : nothing}
  </svg>`;
}

function bulletTarget(target: Target, view: View, width: number, g: typeof BULLET | typeof COMPACT): SVGTemplateResult {
  const [low, high] = targetEdges(target);
  const s = span(low, high, view.domain, view.orient, width);
  const top = 1;
  const bottom = g.height - 1;
  // A range is its band outlined; a single value (or a zero-width range) is a marker line.
  return s.width >= 2
    ? svg`<rect part="target" class="target target-band" x=${s.x} y=${top + 1} width=${s.width} height=${bottom - top - 2}></rect>`
    : svg`<line part="target" class="target target-line" x1=${s.x} x2=${s.x} y1=${top} y2=${bottom}></line>`;
}

function arcView(model: GaugeModel, view: View, drawWidth: number): TemplateResult {
  const L = arcLayout(drawWidth || 280);
  const { domain, orient } = view;
  const { result, latest, baseline } = model;
  const lv = latest ? drawn(latest.value, model.doc.decimals, domain) : NaN;
  const bv = baseline ? drawn(baseline.value, model.doc.decimals, domain) : NaN;
  const f = (v: number) => position(v, domain, orient);
  const at = (v: number, r: number) => arcPoint(f(v), r);
  const radial = (v: number, r0: number, r1: number, part: string, cls: string) => {
    const a = at(v, r0);
    const b = at(v, r1);
    return svg`<line part=${part} class=${cls} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>`;
  };
  const target = result.target;
  const edges = target ? targetEdges(target) : null;
  const targetPath = edges ? arcPath(f(edges[0]), f(edges[1]), L.inner - 5, L.outer + 5) : '';
  const fillPath = baseline && latest ? arcPath(f(bv), f(lv), L.inner + 4, L.outer - 4) : '';
  const setback = baseline && latest && model.doc.direction !== 'neutral' ? f(lv) < f(bv) : false;
  const mid = (L.inner + L.outer) / 2;
  const dot = latest ? at(lv, mid) : null;
  return html`<svg
    class="graphic arc-graphic"
    viewBox="0 0 ${L.width} ${L.height}"
    width=${L.width}
    height=${L.height}
    aria-hidden="true"
    focusable="false"
  >
    <g transform="translate(${L.cx} ${L.cy})">
      <path part="track" class="track" d=${arcPath(0, 1, L.inner, L.outer)}></path>
      ${view.bands.map((b) =>
        b.from === b.to
          ? nothing
          : svg`<path part="band band-${b.kind}" class="band band-${b.kind}" d=${arcLine(f(b.from), f(b.to), L.outer + 4)}></path>`,
      )}
      ${baseline ? radial(baseline.value, L.inner - 4, L.outer + 4, 'baseline', 'baseline') : nothing}
      ${fillPath ? svg`<path part="indicator" class="indicator ${setback ? 'backward' : ''}" d=${fillPath}></path>` : nothing}
      ${dot ? svg`<circle class="latest ${setback ? 'backward' : ''}" cx=${dot.x} cy=${dot.y} r="6"></circle>` : nothing}
      ${
        edges
          ? targetPath && Math.abs(f(edges[1]) - f(edges[0])) * Math.PI * L.outer >= 2
            ? svg`<path part="target" class="target target-band" d=${targetPath}></path>`
            : radial(edges[0], L.inner - 8, L.outer + 8, 'target', 'target target-line')
          : nothing
      }
    </g>
  </svg>`;
}

/** The values at the two ends of the scale, the worse end first (as drawn, and as a download writes them). */
export function scaleTexts(model: GaugeModel, view: View): [string, string] {
  const fmt = { ...view.fmt, decimals: scaleDecimals(view.domain, model.doc.decimals) };
  const [start, end] = view.orient > 0 ? [view.domain.min, view.domain.max] : [view.domain.max, view.domain.min];
  return [formatTargetValue(start, fmt), formatTargetValue(end, fmt)];
}
