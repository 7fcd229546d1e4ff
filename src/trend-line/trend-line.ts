import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { TrendData } from '../data/inputs.js';
import { IndikatorElement, type ParseContext, type Parsed } from '../shared/indikator-element.js';
import { validateIndicator } from '../data/validate.js';
import { normalize, pointsAsOf, type Point } from '../data/normalize.js';
import type { IndicatorDocument, Text } from '../data/schema.js';
import { assessStatus, type StatusResult, type StatusWord } from '../core/status.js';
import { listSourceGroups, sourceLines, summarize, type SourceGroup } from '../core/summary.js';
import { pickText } from '../core/locale.js';
import { fill, statusText, type Messages } from '../core/messages.js';
import { formatPeriod, parsePeriod } from '../core/periods.js';
import { formatValue } from '../core/format.js';
import { alignRows, type Row } from './trend-geometry.js';
import { DASHES, layoutTrend, nearestIndex, seriesLabels, type Annotation, type Layout, type NoteEntry, type TrendSeries } from './trend-layout.js';
import { trendStyles } from './trend-line.styles.js';
import { handOver } from './hand-over.js';
import { downloadButtons, downloadStyles } from '../shared/download-buttons.js';
import type { Colours, ExportOptions } from '../shared/downloads.js';

export interface TrendModel {
  /** The primary series first, then the comparisons. */
  readonly series: readonly TrendSeries[];
  readonly status: StatusResult;
}

/** `detail` of `indikator-select`. */
export interface SelectDetail {
  /** The observation's period as written in the document (`2023`, `2024-03`). */
  readonly period: string;
  readonly value: number;
  /** The `id` of the series' document. */
  readonly series: string;
}

/** An extra labelled marker on the time axis (the card passes its programme's milestones). */
export interface TrendAnnotation {
  readonly period: string;
  readonly label: Text;
}

const PAGE_SIZE = 100;
/** Table rows per model: paging and focus changes re-render, the rows stay the same. */
const tableRows = new WeakMap<TrendModel, Row[]>();

/**
 * An indicator over time, told honestly: one line per series (gaps and series breaks kept), the
 * target (a threshold line, a band or a marker at the deadline), the baseline, the path required to
 * reach the target and the current pace, notes and annotations, comparison series told apart by dash
 * and direct labels, a summary sentence, keyboard navigation of the points, and a table view.
 *
 * Points sit at the **start** of their period (the instant the status method measures from), so the
 * dotted "current pace" line is exactly the line the verdict is based on.
 *
 * @summary An indicator over time with its target, baseline, required path and current pace.
 *
 * @csspart chart - The focusable chart (one tab stop; arrows, Home, End, PageUp/PageDown move through the points).
 * @csspart line - The primary series' line.
 * @csspart axis - Each axis (one path plus its labels).
 * @csspart target - The target: threshold line, band or marker.
 * @csspart summary - The summary sentence under the chart.
 * @csspart table - The data table.
 * @csspart tooltip - The tooltip of the hovered or focused point.
 * @csspart legend - What each line and mark means.
 * @csspart downloads - The row of CSV, SVG and PNG download buttons (with `downloads`).
 *
 * @fires {CustomEvent<SelectDetail>} indikator-select - The user activated a point (click, tap, Enter or Space); cancelable. `detail`: `{ period, value, series }`.
 * @fires {CustomEvent<LoadDetail>} indikator-load - After each accepted document is rendered. `detail.data` is the normalized document (the primary).
 * @fires {CustomEvent<ErrorDetail>} indikator-error - On every failure: `detail.code`, `detail.message`, `detail.stale`.
 *
 * @cssprop --indikator-font-family - Font of the element (default: inherited from the page).
 * @cssprop --indikator-background - Background of the frame.
 * @cssprop --indikator-text - Colour of the text.
 * @cssprop --indikator-muted - Colour of secondary text (sources, scales, notes).
 * @cssprop --indikator-border - Colour of the frame's border and rules.
 * @cssprop --indikator-accent - The indicator's own line, fill and value.
 * @cssprop --indikator-comparison - Colour of comparison series.
 * @cssprop --indikator-target - Colour of target markers, bands and lines.
 * @cssprop --indikator-good - Status colour: achieved and on track.
 * @cssprop --indikator-warning - Status colour: off track.
 * @cssprop --indikator-bad - Status colour: missed and wrong direction.
 * @cssprop --indikator-focus - Colour of the keyboard focus ring.
 * @cssprop --indikator-radius - Radius of the frame's corners.
 * @cssprop --indikator-padding - Inner space of the frame.
 * @tagname indikator-trend-line
 */
export class IndikatorTrendLine extends IndikatorElement<TrendModel> {
  /** An indicator document or an array of them, the primary first (or, with `format`, a published message). Wins over inline JSON and `src`. */
  declare data: TrendData | undefined;

  static override styles = [...IndikatorElement.styles, trendStyles, downloadStyles];

  /** Which target to draw and judge (its `id`); default: the contract's default target. */
  @property({ attribute: 'target-id', reflect: true }) targetId?: string;

  /** `full` (default) or `sparkline`: a compact line with the target and the last value, for cards and tables. */
  @property({ reflect: true }) variant: 'full' | 'sparkline' = 'full';

  /** Offer the data as CSV and the chart as SVG and PNG, with the title and source inside (not in a sparkline). */
  @property({ type: Boolean, reflect: true }) downloads = false;

  /** Extra labelled markers on the time axis: `[{ period, label }]` (e.g. a programme's milestones). */
  @property({ attribute: false }) annotations: readonly TrendAnnotation[] = [];

  @state() private active = -1;
  @state() private hover = -1;
  @state() private focused = false;
  @state() private tipClosed = false;
  @state() private tableOpen = false;
  @state() private page = 0;
  @state() private spoken = '';

  @query('.tooltip') private tip?: HTMLElement;

  // Ids live in the shadow root, where one name per element is unique: the same on a server and in the browser.
  private readonly ids = 'trend';
  // Initialized, so the field is the element's own: an unset field would read a key a host page
  // added to Object.prototype (`cache` is a fetch option name).
  private cache?: { key: unknown[]; layout: Layout } = undefined;

  // ---- the base's hooks ----------------------------------------------------------------------

  protected parse(raw: unknown, ctx: ParseContext): Parsed<TrendModel> {
    const docs = Array.isArray(raw) ? raw : [raw];
    const t = this.t;
    if (docs.length === 0) return { ok: false, code: 'invalid', message: t.errorInvalid, issues: [t.trendEmptyList] };
    const valid: IndicatorDocument[] = [];
    const issues: string[] = [];
    docs.forEach((d, i) => {
      const result = validateIndicator(d, { lang: ctx.lang });
      if (result.ok) valid.push(result.value);
      else issues.push(...result.issues.map((issue) => (Array.isArray(raw) ? `[${i}] ${issue.message}` : issue.message)));
    });
    if (issues.length) return { ok: false, code: 'invalid', message: t.errorInvalid, issues };
    const asOf = ctx.asOf === undefined ? undefined : parsePeriod(ctx.asOf);
    const series = valid.map((doc): TrendSeries => {
      const n = pointsAsOf(normalize(doc), asOf);
      return { doc, points: n.points, values: n.values };
    });
    const model = { series, status: assessStatus(valid[0]!, this.targetId, { asOf: ctx.asOf }) };
    return { ok: true, model, data: valid[0], empty: series[0]!.values.length === 0 };
  }

  protected override statusOf(model: TrendModel): StatusWord | null {
    return model.status.status;
  }

  protected override describe(model: TrendModel): string {
    return summarize(model.series[0]!.doc, model.status, this.locale);
  }

  protected override drawsAtWidth(): boolean {
    return true;
  }

  protected kindLabel(m: Messages): string {
    return m.trendLabel;
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('targetId') && this.model) {
      const primary = this.model.series[0]!.doc;
      this.model = { ...this.model, status: assessStatus(primary, this.targetId, { asOf: this.asOf }) };
      if (this.state === 'ready') this.status = this.model.status.status;
    }
    if ((changed as Map<PropertyKey, unknown>).has('model')) {
      const count = this.model?.series[0]?.values.length ?? 0;
      if (this.active >= count) this.active = count - 1;
      if (this.hover >= count) this.hover = -1;
      this.page = 0;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The tooltip follows the point through CSSOM custom properties: CSP-safe, unlike a style attribute.
    const layout = this.cache?.layout;
    const index = this.tipIndex();
    if (this.tip && layout && index >= 0) {
      this.tip.style.setProperty('--_tip-x', String((layout.xs[index] ?? 0) / layout.width));
      this.tip.style.setProperty('--_tip-y', String((layout.ys[index] ?? 0) / layout.height));
    }
  }

  // ---- derived -------------------------------------------------------------------------------

  /** Drops the cached layout and draws again (see hand-over.ts). */
  private readonly relayout = () => {
    this.cache = undefined;
    this.requestUpdate();
  };

  private layoutOf(model: TrendModel): Layout {
    // Measured by the shared observer (reading the padding here would cost a style recalculation per chart).
    const width = this.drawWidth;
    const key = [model, width, this.locale, this.variant, this.annotations];
    if (this.cache && this.cache.key.every((k, i) => k === key[i])) return this.cache.layout;
    const layout = layoutTrend({
      series: model.series,
      status: model.status,
      annotations: this.annotationsOf(),
      notes: this.notesOf(model),
      labels: seriesLabels(model.series, this.locale),
      width,
      sparkline: this.variant === 'sparkline',
      locale: this.locale,
      m: this.t,
    });
    this.cache = { key, layout };
    return layout;
  }

  private annotationsOf(): Annotation[] {
    const list = Array.isArray(this.annotations) ? this.annotations : [];
    const out: Annotation[] = [];
    for (const a of list) {
      const period = a && typeof a.period === 'string' ? parsePeriod(a.period) : undefined;
      const label = pickText(a?.label, this.locale)?.text;
      if (period && label) out.push({ period, label });
    }
    return out;
  }

  private notesOf(model: TrendModel): NoteEntry[] {
    const out: NoteEntry[] = [];
    model.series.forEach((s, si) => {
      for (const p of s.points) {
        const text = pickText(p.note, this.locale);
        if (text) out.push({ n: out.length + 1, text: text.text, lang: text.lang, periods: [p.period], series: si, point: p });
      }
      for (const note of s.doc.notes ?? []) {
        const periods = (note.periods ?? []).map((k) => parsePeriod(k)).filter((p): p is NonNullable<typeof p> => !!p);
        const text = pickText(note.text, this.locale);
        if (periods.length && text) out.push({ n: out.length + 1, text: text.text, lang: text.lang, periods, series: si });
      }
    });
    return out;
  }

  private tipIndex(): number {
    if (this.tipClosed) return -1;
    if (this.hover >= 0) return this.hover;
    return this.focused ? this.active : -1;
  }

  private text(t: Text | undefined): { text: string; lang: string } | undefined {
    const picked = pickText(t, this.locale);
    if (!picked) return undefined;
    const lang = picked.lang && picked.lang.split('-')[0] !== this.locale.split('-')[0] ? picked.lang : '';
    return { text: picked.text, lang };
  }

  private flagWords(p: Point): string[] {
    const t = this.t;
    const words: Record<string, string> = { P: t.provisional, E: t.estimated, F: t.forecast, B: t.breakInSeries };
    // Own keys only: a code "toString" from data is a code, not Object.prototype.toString.
    return p.status.map((s) => (Object.hasOwn(words, s) ? words[s]! : s));
  }

  private pointText(s: TrendSeries, p: Point): string {
    if (p.value === null) return this.t.trendNoValue;
    return formatValue(p.value, { locale: this.locale, decimals: s.doc.decimals, unit: s.doc.unit });
  }

  /** "2023: 0,98%" then flags and note: what the live region says and the tooltip shows. */
  private announce(index: number): string {
    const model = this.model;
    const s = model?.series[0];
    const p = s?.values[index];
    if (!s || !p) return '';
    const parts = [fill(this.t.pointValue, { period: formatPeriod(p.period, this.locale), value: this.pointText(s, p) })];
    const flags = this.flagWords(p);
    if (flags.length) parts.push(flags.join(', '));
    const note = pickText(p.note, this.locale)?.text;
    if (note) parts.push(`${this.t.note}: ${note}`);
    return parts.join('. ');
  }

  // ---- interaction ---------------------------------------------------------------------------

  private move(to: number): void {
    const count = this.model?.series[0]?.values.length ?? 0;
    if (!count) return;
    const index = Math.max(0, Math.min(count - 1, to));
    this.active = index;
    this.hover = -1;
    this.tipClosed = false;
    // Reassigning the same text would not be announced again; a trailing no-break space toggles.
    const text = this.announce(index);
    this.spoken = this.spoken === text ? `${text}\u00a0` : text;
  }

  private onKeydown(e: KeyboardEvent): void {
    const count = this.model?.series[0]?.values.length ?? 0;
    if (!count) return;
    // Keys reach the chart only when it has focus, even where the focus event came late or not at all.
    this.focused = true;
    const current = this.active < 0 ? count - 1 : this.active;
    const jump = Math.max(1, Math.round(count / 10));
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = this.active < 0 ? count - 1 : current + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = this.active < 0 ? count - 1 : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'PageUp':
        next = current + jump;
        break;
      case 'PageDown':
        next = current - jump;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (this.active < 0) this.move(current);
        this.activate(this.active);
        return;
      case 'Escape':
        if (this.tipIndex() >= 0) {
          e.preventDefault();
          this.tipClosed = true;
          this.hover = -1;
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    this.move(next);
  }

  private onFocus(): void {
    this.focused = true;
    this.tipClosed = false;
    const count = this.model?.series[0]?.values.length ?? 0;
    if (this.active < 0 && count) this.active = count - 1;
  }

  private onBlur(): void {
    this.focused = false;
  }

  private indexAt(e: PointerEvent | MouseEvent): number {
    const layout = this.cache?.layout;
    const svgEl = (e.currentTarget as HTMLElement).querySelector('svg');
    if (!layout || !svgEl) return -1;
    const rect = svgEl.getBoundingClientRect();
    if (!rect.width) return -1;
    const px = ((e.clientX - rect.left) / rect.width) * layout.width;
    return nearestIndex(layout.xs, px);
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const index = this.indexAt(e);
    if (index !== this.hover) {
      this.hover = index;
      this.tipClosed = false;
    }
  }

  private onPointerDown(e: PointerEvent): void {
    // On touch there is no hover: a tap shows the point's tooltip.
    if (e.pointerType !== 'touch') return;
    const index = this.indexAt(e);
    if (index >= 0) this.move(index);
  }

  private onPointerLeave(): void {
    this.hover = -1;
  }

  private onClick(e: MouseEvent): void {
    const index = this.hover >= 0 ? this.hover : this.indexAt(e);
    if (index < 0) return;
    this.active = index;
    this.activate(index);
  }

  private activate(index: number): void {
    const s = this.model?.series[0];
    const p = s?.values[index];
    if (!s || !p) return;
    this.dispatchEvent(
      new CustomEvent<SelectDetail>('indikator-select', {
        detail: { period: p.period.key, value: p.value, series: String(s.doc.id) },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected renderReady(model: TrendModel): TemplateResult {
    const layout = this.layoutOf(model);
    const primary = model.series[0]!;
    const title = this.text(primary.doc.title);
    const summary = this.describe(model);
    const sparkline = this.variant === 'sparkline';
    const name = title?.text ?? String(primary.doc.id);
    if (sparkline) {
      return html`<div class="trend sparkline">
        <div class="spark" part="chart" role="img" aria-label=${`${name}. ${summary}`}>${this.renderSvg(layout)}</div>
        <p part="summary" class="visually-hidden">${summary}</p>
      </div>`;
    }
    return html`<div class="trend">
      ${this.renderHeader(model, name, title?.lang ?? '')}
      <div class="plot">
        <div
          class="chart"
          part="chart"
          tabindex="0"
          role="group"
          aria-roledescription=${this.t.trendRoleDescription}
          aria-label=${name}
          aria-describedby=${`${this.ids}-summary ${this.ids}-hint`}
          @keydown=${this.onKeydown}
          @focus=${this.onFocus}
          @blur=${this.onBlur}
          @pointermove=${this.onPointerMove}
          @pointerdown=${this.onPointerDown}
          @pointerleave=${this.onPointerLeave}
          @click=${this.onClick}
        >
          ${this.renderSvg(layout)} ${this.renderTooltip(model, layout)}
        </div>
      </div>
      <p part="summary" class="summary" dir="auto" id=${`${this.ids}-summary`}>${summary}</p>
      <p class="visually-hidden" id=${`${this.ids}-hint`}>${this.t.trendKeyboardHint}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.spoken}</div>
      ${this.renderLegend(model, layout)} ${this.renderNotes(model)} ${this.renderSources(model)} ${this.renderTable(model, name)}
      ${this.renderDownloads(model, name)}
    </div>`;
  }

  private renderDownloads(model: TrendModel, name: string): TemplateResult | typeof nothing {
    if (!this.downloads) return nothing;
    return downloadButtons(this.t, name, () => ({
      id: model.series[0]!.doc.id,
      locale: this.locale,
      series: () => model.series.map((s) => ({ id: s.doc.id, points: s.points })),
      chart: this.renderRoot.querySelector<SVGSVGElement>('svg.svg'),
      frame: this.renderRoot.querySelector('.frame'),
      text: (colours) => this.exportText(model, name, colours),
    }));
  }

  /** The words around the exported chart: the header and source line as on screen, and the notes its numbers point to. */
  private exportText(model: TrendModel, name: string, colours: Colours): ExportOptions {
    const read = (selector: string) => (this.renderRoot.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const status = read('.header .status');
    const labels = seriesLabels(model.series, this.locale);
    const multi = model.series.length > 1;
    return {
      title: name,
      lines: [read('.header .meta'), `${status.charAt(0).toUpperCase()}${status.slice(1)}`].filter(Boolean),
      after: this.notesOf(model).map(
        (n) => `${n.n}. ${multi ? `${labels[n.series]}, ` : ''}${n.periods.map((p) => formatPeriod(p, this.locale)).join(', ')}: ${n.text}`,
      ),
      source: read('.sources'),
      description: this.describe(model),
      colours,
      lang: this.locale,
    };
  }

  private renderHeader(model: TrendModel, name: string, lang: string): TemplateResult {
    const t = this.t;
    const level = this.level;
    const status = model.status;
    const latest = status.latest ?? model.series[0]!.values.at(-1);
    const unit = this.text(model.series[0]!.doc.unit.label);
    const area = this.text(model.series[0]!.doc.area?.name);
    return html`<div class="header">
      ${
        level
          ? html`<div class="title" role="heading" aria-level=${level} dir="auto" lang=${lang || nothing}>${name}</div>`
          : html`<p class="title" dir="auto" lang=${lang || nothing}>${name}</p>`
      }
      <p class="meta">
        ${area ? html`<span lang=${area.lang || nothing}>${area.text}</span> · ` : nothing}${
          unit ? html`<span lang=${unit.lang || nothing}>${unit.text}</span> · ` : nothing
        }${latest ? fill(t.dataUpTo, { period: formatPeriod(latest.period, this.locale) }) : nothing}
      </p>
      <p class="status status-${status.status ?? 'none'}">
        ${statusIcon(status.status)}
        <span>${t.status}: <strong>${statusText(t, status.status)}</strong></span>
      </p>
    </div>`;
  }

  private renderSvg(l: Layout): TemplateResult {
    const sparkline = this.variant === 'sparkline';
    const tip = this.tipIndex();
    const marker = tip >= 0 ? tip : this.focused ? this.active : -1;
    const mx = l.xs[marker];
    const my = l.ys[marker];
    return html`<svg
      class="svg"
      viewBox=${`0 0 ${l.width} ${l.height}`}
      width=${l.width}
      height=${l.height}
      aria-hidden="true"
      focusable="false"
    >
      ${
        l.target?.deadline
          ? svg`<rect class="deadline" x=${l.target.deadline.x} y=${l.plot.top} width=${l.target.deadline.width} height=${Math.max(0, l.plot.bottom - l.plot.top)}></rect>`
          : nothing
      }
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
      ${l.target ? this.renderTarget(l) : nothing}
      ${l.series.map((s, i) => (s.bounds ? svg`<path class=${i ? 'bounds comparison-bounds' : 'bounds'} d=${s.bounds}></path>` : nothing))}
      ${l.series.slice(1).map(
        (s) => svg`<path class="comparison" d=${handOver(s, this.relayout)} stroke-dasharray=${DASHES[s.dash] || nothing}></path>
          ${s.markers ? svg`<path class="comparison-marker" d=${s.markers}></path>` : nothing}
          ${s.hollow ? svg`<path class="comparison-marker hollow" d=${s.hollow}></path>` : nothing}`,
      )}
      ${l.required ? svg`<path class="required" d=${l.required.path}></path>` : nothing}
      ${l.pace ? svg`<path class="pace" d=${l.pace.path}></path>` : nothing}
      <path part="line" class="line" d=${handOver(l.series[0]!, this.relayout)}></path>
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
          svg`<g class="note-marker"><circle cx=${n.x} cy=${n.y} r="6.5"></circle><text x=${n.x} y=${n.y + 3.5} text-anchor="middle">${n.n}</text></g>`,
      )}
      ${l.series.map((s, i) =>
        s.label
          ? svg`<text class=${i ? 'direct halo comparison-label' : 'direct halo'} x=${s.label.x} y=${s.label.y}>${s.label.lines.map(
              (line, k) => svg`<tspan x=${s.label!.x} dy=${k ? 13 : 0}>${line}</tspan>`,
            )}</text>`
          : nothing,
      )}
      ${l.last ? svg`<text class="direct last" x=${l.last.x} y=${l.last.y}>${l.last.text}</text>` : nothing}
      ${mx !== undefined && my !== undefined && !sparkline ? svg`<circle class="focus-marker" cx=${mx} cy=${my} r="6"></circle>` : nothing}
    </svg>`;
  }

  private renderTarget(l: Layout): TemplateResult {
    const t = l.target!;
    return svg`<g part="target" class=${`target target-${t.kind}`}>
      ${t.band ? svg`<rect class="band" x=${t.band.x} y=${t.band.y} width=${t.band.width} height=${t.band.height}></rect>` : nothing}
      <path d=${t.path}></path>
      ${t.marker ? svg`<path class="diamond" d=${t.marker}></path>` : nothing}
      ${t.label ? svg`<text class="halo" x=${t.label.x} y=${t.label.y} text-anchor=${t.label.anchor}>${t.labelText ?? t.text}</text>` : nothing}
    </g>`;
  }

  private renderTooltip(model: TrendModel, l: Layout): TemplateResult {
    const index = this.tipIndex();
    const primary = model.series[0]!;
    const p = index >= 0 ? primary.values[index] : undefined;
    if (!p) return html`<div class="tooltip" part="tooltip" hidden></div>`;
    const fx = (l.xs[index] ?? 0) / l.width;
    const fy = (l.ys[index] ?? 0) / l.height;
    const side = fx < 0.3 ? 'tip-start' : fx > 0.7 ? 'tip-end' : '';
    const labels = seriesLabels(model.series, this.locale);
    const rows = model.series.map((s, i) => {
      const q = i === 0 ? p : s.points.find((o) => o.period.start < p.period.end && p.period.start < o.period.end);
      return q ? { label: labels[i]!, q, s } : undefined;
    });
    const note = this.text(p.note);
    const flags = this.flagWords(p);
    // Shown to sighted users only: the live region says the same to screen readers.
    return html`<div class=${`tooltip ${side} ${fy < 0.35 ? 'tip-below' : ''}`} part="tooltip" aria-hidden="true">
      <p class="tip-period">${formatPeriod(p.period, this.locale, 'long')}</p>
      ${rows.map((r) =>
        r
          ? html`<p class="tip-value">
              ${model.series.length > 1 ? html`<span class="tip-series">${r.label}</span> ` : nothing}<strong>${this.pointText(r.s, r.q)}</strong>${
                r.q.period.key !== p.period.key ? html` <span class="tip-flags">(${formatPeriod(r.q.period, this.locale)})</span>` : nothing
              }
            </p>`
          : nothing,
      )}
      ${flags.length ? html`<p class="tip-flags">${flags.join(', ')}</p>` : nothing}
      ${note ? html`<p class="tip-note" lang=${note.lang || nothing}>${note.text}</p>` : nothing}
    </div>`;
  }

  private renderLegend(model: TrendModel, l: Layout): TemplateResult | typeof nothing {
    const t = this.t;
    const labels = seriesLabels(model.series, this.locale);
    const multi = model.series.length > 1;
    const sample = (cls: string, dash?: string) =>
      html`<svg class="sample" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">
        ${svg`<path class=${cls} d="M1,6H23" stroke-dasharray=${dash || nothing}></path>`}
      </svg>`;
    const periodNote = (s: TrendSeries) => this.text(s.doc.periodNote);
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

  private renderNotes(model: TrendModel): TemplateResult | typeof nothing {
    const notes = this.notesOf(model);
    if (!notes.length) return nothing;
    const labels = seriesLabels(model.series, this.locale);
    const multi = model.series.length > 1;
    return html`<ol class="notes" aria-label=${this.t.notes}>
      ${notes.map(
        (n) => html`<li dir="auto">
          <span class="note-number" aria-hidden="true">${n.n}</span>
          <span class="visually-hidden">${fill(this.t.trendNoteMarker, { n: n.n })}:</span>
          ${multi ? `${labels[n.series]}, ` : ''}${n.periods.map((p) => formatPeriod(p, this.locale)).join(', ')}:
          <span lang=${n.lang && n.lang.split('-')[0] !== this.locale.split('-')[0] ? n.lang : nothing}>${n.text}</span>
        </li>`,
      )}
    </ol>`;
  }

  private renderSources(model: TrendModel): TemplateResult {
    const groups: SourceGroup[] = [];
    const seen = new Set<string>();
    for (const s of model.series) {
      for (const g of listSourceGroups(s.doc, this.locale)) {
        const key = `${g.name}\u0000${g.outlets.join('\u0000')}`;
        if (!seen.has(key)) groups.push(g);
        seen.add(key);
      }
    }
    const lines = sourceLines(groups, this.locale);
    // A long list of outlets is counted ("BPS, via 20 media"); the full list is one click away.
    return lines.short
      ? html`<details class="sources sources-more"><summary>${lines.short}</summary>${lines.full}</details>`
      : html`<p class="sources">${lines.full}</p>`;
  }

  private renderTable(model: TrendModel, name: string): TemplateResult {
    const t = this.t;
    const id = `${this.ids}-table`;
    return html`<button
        type="button"
        class="table-toggle"
        aria-expanded=${this.tableOpen ? 'true' : 'false'}
        aria-controls=${id}
        @click=${this.toggleTable}
      >
        ${this.tableOpen ? t.hideTable : t.showTable}
      </button>
      <div id=${id} class="table-wrap" ?hidden=${!this.tableOpen}>${this.tableOpen ? this.renderTableBody(model, name) : nothing}</div>`;
  }

  private renderTableBody(model: TrendModel, name: string): TemplateResult {
    const t = this.t;
    let rows = tableRows.get(model);
    if (!rows) tableRows.set(model, (rows = alignRows(model.series.map((s) => s.points))));
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    const page = Math.min(this.page, pages - 1);
    const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const labels = seriesLabels(model.series, this.locale);
    const multi = model.series.length > 1;
    const prefix = (i: number) => (multi ? `${labels[i]}: ` : '');
    // Columns that are empty for every row are left out: a table of values without a flag or a note
    // needs no empty "status" and "notes" columns.
    const hasStatus = model.series.some((s) => s.points.some((p) => p.status.length > 0));
    const hasNotes = model.series.some((s) => s.points.some((p) => p.note !== undefined));
    return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${fill(t.trendTableCaption, { title: name })}>
          <table part="table">
            <caption>${fill(t.trendTableCaption, { title: name })}</caption>
            <thead>
              <tr>
                <th scope="col">${t.period}</th>
                ${model.series.map((_, i) => html`<th scope="col" class="num">${multi ? labels[i] : t.value}</th>`)}
                ${hasStatus ? html`<th scope="col">${t.status}</th>` : nothing}
                ${hasNotes ? html`<th scope="col">${t.notes}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${shown.map(
                (row) => html`<tr>
                  <th scope="row">${formatPeriod(row.period, this.locale, 'long')}</th>
                  ${model.series.map((s, i) => {
                    const p = row.cells[i];
                    return html`<td class="num">
                      ${p ? this.pointText(s, p) : ''}${p && p.period.key !== row.period.key ? ` (${formatPeriod(p.period, this.locale)})` : ''}
                    </td>`;
                  })}
                  ${
                    hasStatus
                      ? html`<td>
                        ${model.series
                          .map((_, i) => row.cells[i])
                          .map((p, i) => (p && p.status.length ? `${prefix(i)}${this.flagWords(p).join(', ')}` : ''))
                          .filter(Boolean)
                          .join('; ')}
                      </td>`
                      : nothing
                  }
                  ${
                    hasNotes
                      ? html`<td>
                        ${model.series.map((_, i) => {
                          const note = this.text(row.cells[i]?.note);
                          return note ? html`<span lang=${note.lang || nothing}>${prefix(i)}${note.text}</span> ` : nothing;
                        })}
                      </td>`
                      : nothing
                  }
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${
          pages > 1
            ? html`<div class="pager">
              <button type="button" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>${t.previousPage}</button>
              <span aria-live="polite">${fill(t.pageOf, { n: page + 1, m: pages })}</span>
              <button type="button" ?disabled=${page >= pages - 1} @click=${() => (this.page = page + 1)}>${t.nextPage}</button>
            </div>`
            : nothing
        }`;
  }
}

/** A shape per verdict, so status is never told by colour alone. */
function statusIcon(status: StatusWord | null): TemplateResult {
  const d: Record<string, string> = {
    achieved: 'M3,8.5l3,3l7,-7',
    missed: 'M4,4l8,8M12,4l-8,8',
    'on-track': 'M3,8H12M9,5l3,3l-3,3',
    'off-track': 'M8,3V9M8,12v0.5',
    'wrong-direction': 'M13,8H4M7,5l-3,3l3,3',
    'no-data': 'M4,8H12',
    none: 'M4,8H12',
  };
  return html`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    ${svg`<path d=${d[status ?? 'none']}></path>`}
  </svg>`;
}
