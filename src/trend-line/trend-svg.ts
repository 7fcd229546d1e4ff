/**
 * The trend line's SVG, drawn from its layout: the key (a narrow chart's series names), axes,
 * verticals, the target, bounds, comparison lines, the required path and the current pace, the
 * primary line and its markers, the baseline, note markers and the labels at the lines' ends. No
 * measuring and no state here.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { DASHES, LINE_HEIGHT, NOTE_R, type Layout } from './trend-layout.js';
import { circlesPath, squaresPath } from '../geometry/index.js';
import { handOver } from './hand-over.js';

export interface ChartState {
  readonly sparkline: boolean;
  /** The point to ring (hovered or focused) as `[series, index]`, or none. */
  readonly marker: readonly [number, number] | undefined;
  /** Draws again once a long line's first part is on screen (see hand-over.ts). */
  readonly relayout: () => void;
}

export function chartSvg(l: Layout, { sparkline, marker, relayout }: ChartState): TemplateResult {
  const at = marker && l.positions[marker[0]];
  const mx = at ? at.xs[marker![1]] : undefined;
  const my = at ? at.ys[marker![1]] : undefined;
  return html`<svg
    class="svg"
    viewBox=${`0 0 ${l.width} ${l.height}`}
    width=${l.width}
    height=${l.height}
    aria-hidden="true"
    focusable="false"
  >
    ${l.key.length ? keyMark(l) : nothing}
    ${
      l.yAxis
        ? svg`<g part="axis" class="axis y-axis">
          <path class="grid" d=${l.yAxis.path}></path>
          ${l.yAxis.ticks.map((t) => svg`<text x=${l.plot.left - 6} y=${t.pos + 4} text-anchor="end">${t.label}</text>`)}
        </g>`
        : nothing
    }
    ${
      l.xAxis
        ? svg`<g part="axis" class="axis x-axis">
          <path class="tick" d=${`M${l.plot.left},${l.plot.bottom}H${l.plot.right}${l.xAxis.path}`}></path>
          ${l.xAxis.ticks.map((t) => svg`<text x=${t.pos} y=${l.plot.bottom + 17} text-anchor="middle">${t.label}</text>`)}
        </g>`
        : nothing
    }
    ${
      l.verticals
        ? svg`<g class="verticals"><path d=${l.verticals}></path>
          ${l.verticalLabels.map((v) => svg`<text class="halo" x=${v.x} y=${v.y} text-anchor=${v.anchor}>${v.text}</text>`)}</g>`
        : nothing
    }
    ${l.target ? targetMark(l.target) : nothing}
    ${l.series.map((s, i) => (s.bounds ? svg`<path class=${i ? 'bounds comparison-bounds' : 'bounds'} d=${s.bounds}></path>` : nothing))}
    ${l.series.slice(1).map(
      (s) => svg`<path class="comparison" d=${handOver(s, relayout)} stroke-dasharray=${DASHES[s.dash] || nothing}></path>
        ${s.markers ? svg`<path class="comparison-marker" d=${s.markers}></path>` : nothing}
        ${s.hollow ? svg`<path class="comparison-marker hollow" d=${s.hollow}></path>` : nothing}`,
    )}
    ${l.required ? svg`<path class="required" d=${l.required.path}></path>` : nothing}
    ${l.pace ? svg`<path class="pace" d=${l.pace.path}></path>` : nothing}
    <path part="line" class="line" d=${handOver(l.series[0]!, relayout)}></path>
    ${l.series[0]!.markers ? svg`<path class="marker" d=${l.series[0]!.markers}></path>` : nothing}
    ${l.series[0]!.hollow ? svg`<path class="marker hollow" d=${l.series[0]!.hollow}></path>` : nothing}
    ${
      l.baseline
        ? svg`<g class="baseline"><circle cx=${l.baseline.x} cy=${l.baseline.y} r="4.5"></circle>
          <text class="halo" x=${l.baseline.label.x} y=${l.baseline.label.y} text-anchor=${l.baseline.label.anchor}>${l.baseline.short}</text></g>`
        : nothing
    }
    ${l.notes.map(
      (n) =>
        svg`<g class="note-marker"><circle cx=${n.x} cy=${n.y} r=${NOTE_R}></circle><text x=${n.x} y=${n.y + 4} text-anchor="middle">${n.n}</text></g>`,
    )}
    ${l.series.map((s, i) =>
      s.label
        ? svg`<text class=${i ? 'direct halo comparison-label' : 'direct halo'} x=${s.label.x} y=${s.label.y} text-anchor=${s.label.anchor}>${s.label.lines.map(
            (line, k) => svg`<tspan x=${s.label!.x} dy=${k ? LINE_HEIGHT : 0}>${line}</tspan>`,
          )}<tspan class="end-value" x=${s.label.x} dy=${s.label.lines.length ? LINE_HEIGHT : 0}>${s.label.value}</tspan></text>`
        : nothing,
    )}
    ${l.last ? svg`<text class="direct last" x=${l.last.x} y=${l.last.y}>${l.last.text}</text>` : nothing}
    ${l.sparkYears.map((yr) => svg`<text class="spark-year" x=${yr.x} y=${yr.y} text-anchor=${yr.anchor}>${yr.text}</text>`)}
    ${mx !== undefined && my !== undefined && !sparkline ? svg`<circle class="focus-marker" cx=${mx} cy=${my} r="6"></circle>` : nothing}
  </svg>`;
}

/** The key: each series' line sample (its dash, and its marker shape) and its name. */
function keyMark(l: Layout): TemplateResult {
  return svg`<g class="key">${l.key.map((k) => {
    const cy = k.y - 4;
    const primary = k.series === 0;
    const dash = DASHES[l.series[k.series]?.dash ?? 0];
    return svg`<path class=${primary ? 'line' : 'comparison'} d=${`M${k.x},${cy}h22`} stroke-dasharray=${dash || nothing}></path>
      <path class=${primary ? 'marker' : 'comparison-marker'} d=${primary ? circlesPath([{ x: k.x + 11, y: cy }], 3) : squaresPath([{ x: k.x + 11, y: cy }], 2.5)}></path>
      <text class=${primary ? 'key-name key-primary' : 'key-name'} x=${k.x + 28} y=${k.y}>${k.text}</text>`;
  })}</g>`;
}

function targetMark(t: NonNullable<Layout['target']>): TemplateResult {
  return svg`<g part="target" class=${`target target-${t.kind}`}>
    ${t.band ? svg`<rect class="band" x=${t.band.x} y=${t.band.y} width=${t.band.width} height=${t.band.height}></rect>` : nothing}
    <path d=${t.path}></path>
    ${t.marker ? svg`<path class="diamond" d=${t.marker}></path>` : nothing}
    ${t.label ? svg`<text class="halo" x=${t.label.x} y=${t.label.y} text-anchor=${t.label.anchor}>${t.labelText ?? t.text}</text>` : nothing}
  </g>`;
}
