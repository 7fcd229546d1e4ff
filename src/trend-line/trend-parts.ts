/**
 * The trend line's parts around the chart, as functions of its view: the header with the verdict,
 * the tooltip, the legend, the notes and the sources line.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Messages } from '../core/messages.js';
import { fill, statusText } from '../core/messages.js';
import { localText, otherLang } from '../core/locale.js';
import { formatPeriod } from '../data/periods.js';
import { listSourceGroups, sourceLines, type SourceGroup } from '../core/summary.js';
import { statusIcon } from '../shared/status-badge.js';
import { titleView } from '../shared/heading.js';
import { DASHES, type Layout, type TrendSeries } from './trend-layout.js';
import { flagWords, notesOf, pointText, type TrendModel } from './trend-model.js';

/** What every part reads: the words, the language, the model, the series' labels and the chart's name. */
export interface TrendView {
  readonly t: Messages;
  readonly locale: string;
  readonly model: TrendModel;
  readonly labels: readonly string[];
  readonly name: string;
}

/** The line under the title: area, unit and "data up to", each where the document has it. */
function metaParts(v: TrendView) {
  const { model } = v;
  const latest = model.status.latest ?? model.series[0]!.values.at(-1);
  return {
    area: localText(model.series[0]!.doc.area?.name, v.locale),
    unit: localText(model.series[0]!.doc.unit.label, v.locale),
    upTo: latest ? fill(v.t.dataUpTo, { period: formatPeriod(latest.period, v.locale) }) : undefined,
  };
}

/** The words a downloaded chart carries above it, as the header shows them: the meta line and the verdict. */
export function headerLines(v: TrendView): string[] {
  const { area, unit, upTo } = metaParts(v);
  const status = `${v.t.status}: ${statusText(v.t, v.model.status.status)}`;
  return [[area?.text, unit?.text, upTo].filter(Boolean).join(' · '), `${status.charAt(0).toUpperCase()}${status.slice(1)}`].filter(Boolean);
}

export function headerView(v: TrendView, level: number | undefined, lang: string): TemplateResult {
  const { t, model, name } = v;
  const status = model.status;
  const { area, unit, upTo } = metaParts(v);
  return html`<div class="header">
    ${titleView(level, name, { lang, dir: 'auto' })}
    <p class="meta">
      ${area ? html`<span lang=${area.lang || nothing}>${area.text}</span> · ` : nothing}${
        unit ? html`<span lang=${unit.lang || nothing}>${unit.text}</span> · ` : nothing
      }${upTo ?? nothing}
    </p>
    <p class="status status-${status.status ?? 'none'}">
      ${statusIcon(status.status)}
      <span>${t.status}: <strong>${statusText(t, status.status)}</strong></span>
    </p>
  </div>`;
}

/** The tooltip of point `index` of the primary (every series' value at that time); hidden for -1. */
export function tooltipView(v: TrendView, l: Layout, tip: readonly [number, number] | undefined): TemplateResult {
  const { model } = v;
  const [series, index] = tip ?? [0, -1];
  const p = index >= 0 ? model.series[series]?.values[index] : undefined;
  if (!p) return html`<div class="tooltip" part="tooltip" hidden></div>`;
  const { fx, fy } = tipPosition(l, series, index);
  const side = fx < 0.3 ? 'tip-start' : fx > 0.7 ? 'tip-end' : '';
  const labels = v.labels;
  const rows = model.series.map((s, i) => {
    const q = i === series ? p : s.points.find((o) => o.period.start < p.period.end && p.period.start < o.period.end);
    return q ? { label: labels[i]!, q, s } : undefined;
  });
  const note = localText(p.note, v.locale);
  const flags = flagWords(v.t, p);
  // Shown to sighted users only: the live region says the same to screen readers.
  return html`<div class=${`tooltip ${side} ${fy < 0.35 ? 'tip-below' : ''}`} part="tooltip" aria-hidden="true">
    <p class="tip-period">${formatPeriod(p.period, v.locale, 'long')}</p>
    ${rows.map((r) =>
      r
        ? html`<p class="tip-value">
            ${model.series.length > 1 ? html`<span class="tip-series">${r.label}</span> ` : nothing}<strong>${pointText(v.t, v.locale, r.s, r.q)}</strong>${
              r.q.period.key !== p.period.key ? html` <span class="tip-flags">(${formatPeriod(r.q.period, v.locale)})</span>` : nothing
            }
          </p>`
        : nothing,
    )}
    ${flags.length ? html`<p class="tip-flags">${flags.join(', ')}</p>` : nothing}
    ${note ? html`<p class="tip-note" lang=${note.lang || nothing}>${note.text}</p>` : nothing}
  </div>`;
}

/** Where point `index` of `series` sits, as fractions of the chart's width and height (the tooltip follows it). */
export function tipPosition(l: Layout, series: number, index: number): { fx: number; fy: number } {
  const at = l.positions[series];
  return { fx: (at?.xs[index] ?? 0) / l.width, fy: (at?.ys[index] ?? 0) / l.height };
}

/** What each line and mark means; nothing for a chart with one unremarkable line. */
export function legendView(v: TrendView, l: Layout): TemplateResult | typeof nothing {
  const { t, model } = v;
  const labels = v.labels;
  const multi = model.series.length > 1;
  const sample = (cls: string, dash?: string) =>
    html`<svg class="sample" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">
      ${svg`<path class=${cls} d="M1,6H23" stroke-dasharray=${dash || nothing}></path>`}
    </svg>`;
  const periodNote = (s: TrendSeries) => localText(s.doc.periodNote, v.locale);
  const items = [
    ...model.series.map((s, i) => {
      const note = periodNote(s);
      return multi || note
        ? html`<li>
            ${sample(i ? 'comparison' : 'line', DASHES[l.series[i]?.dash ?? 0])}
            <span>${labels[i]}${note ? html` <span class="legend-note" lang=${note.lang || nothing}>(${note.text})</span>` : nothing}</span>
          </li>`
        : nothing;
    }),
    l.target
      ? html`<li>
          ${
            l.target.kind === 'band'
              ? html`<svg class="sample" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">${svg`<g class="target"><rect class="band" x="0" y="2" width="24" height="8"></rect><path d="M0,2H24M0,10H24"></path></g>`}</svg>`
              : l.target.kind === 'marker'
                ? html`<svg class="sample" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">${svg`<path class="target-sample" d="M0,6H24"></path><path class="target-sample-marker" d="M12,1l5,5l-5,5l-5,-5z"></path>`}</svg>`
                : sample('target-sample')
          }
          <span>${l.target.text}</span>
        </li>`
      : nothing,
    l.baseline
      ? html`<li>
          <svg class="sample" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">${svg`<circle class="baseline-sample" cx="12" cy="6" r="4"></circle>`}</svg>
          <span>${l.baseline.text}</span>
        </li>`
      : nothing,
    l.required ? html`<li>${sample('required')}<span>${l.required.text}</span></li>` : nothing,
    l.pace ? html`<li>${sample('pace')}<span>${l.pace.text}</span></li>` : nothing,
    l.hasHollow
      ? html`<li>
          <svg class="sample" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">${svg`<circle class="marker hollow" cx="12" cy="6" r="3.5"></circle>`}</svg>
          <span>${t.trendHollow}</span>
        </li>`
      : nothing,
    l.hasBounds ? html`<li><span class="swatch bounds-swatch" aria-hidden="true"></span><span>${t.trendBounds}</span></li>` : nothing,
  ].filter((item) => item !== nothing);
  // A chart with one unremarkable line has nothing to explain: no empty list for screen readers to announce.
  return items.length ? html`<ul part="legend" class="legend">${items}</ul>` : nothing;
}

/** The numbered notes the chart's markers point to. */
export function notesView(v: TrendView): TemplateResult | typeof nothing {
  const { model } = v;
  const notes = notesOf(model, v.locale);
  if (!notes.length) return nothing;
  const labels = v.labels;
  const multi = model.series.length > 1;
  return html`<ol class="notes" aria-label=${v.t.notes}>
    ${notes.map(
      (n) => html`<li dir="auto">
        <span class="note-number" aria-hidden="true">${n.n}</span>
        <span class="visually-hidden">${fill(v.t.trendNoteMarker, { n: n.n })}:</span>
        ${multi ? `${labels[n.series]}, ` : ''}${n.periods.map((p) => formatPeriod(p, v.locale)).join(', ')}:
        <span lang=${otherLang(n.lang, v.locale) || nothing}>${n.text}</span>
      </li>`,
    )}
  </ol>`;
}

/** The sources of every series, each group once. */
export function sourcesView(v: TrendView): TemplateResult {
  const lines = sourcesOf(v);
  // A long list of outlets is counted ("BPS, via 20 media"); the full list is one click away.
  return lines.short
    ? html`<details class="sources sources-more"><summary>${lines.short}</summary>${lines.full}</details>`
    : html`<p class="sources">${lines.full}</p>`;
}

/** The source line of every series, each group once: in full, and counted when there are many outlets. */
export function sourcesOf(v: TrendView): { full: string; short?: string | undefined } {
  const { model } = v;
  const groups: SourceGroup[] = [];
  const seen = new Set<string>();
  for (const s of model.series) {
    for (const g of listSourceGroups(s.doc, v.locale)) {
      const key = `${g.name}\u0000${g.outlets.join('\u0000')}`;
      if (!seen.has(key)) groups.push(g);
      seen.add(key);
    }
  }
  return sourceLines(groups, v.locale);
}
