/**
 * `<indikator-trend-line>`: the element. The model, layout and drawing live beside it
 * (trend-model.ts, trend-layout.ts, trend-svg.ts, trend-parts.ts, trend-table.ts); this class holds
 * the attributes, the interaction state and the composition.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { TrendData } from '../data/inputs.js';
import { IndikatorElement, type ParseContext, type Parsed } from '../shared/indikator-element.js';
import { assessStatus, type StatusWord } from '../core/status.js';
import { summarize } from '../core/summary.js';
import { localText } from '../core/locale.js';
import type { Messages } from '../core/messages.js';
import { formatPeriod, parsePeriod } from '../data/periods.js';
import { layoutTrend, measureWith, nearestIndex, seriesLabels, type Layout } from './trend-layout.js';
import { canvasMeasure, onFontsLoaded } from '../shared/measure.js';
import { checkIndicator } from '../shared/check-document.js';
import { annotationsOf, notesOf, parseTrend, pointSentence, type SelectDetail, type TrendAnnotation, type TrendModel } from './trend-model.js';
import { chartSvg } from './trend-svg.js';
import { headerLines, headerView, legendView, notesView, sourcesOf, sourcesView, tipPosition, tooltipView, type TrendView } from './trend-parts.js';
import { tableView } from './trend-table.js';
import type { tableBody } from './trend-table-body.js';
import { ChunkError, chunkText, loadChunk } from '../shared/chunks.js';

/** The table's drawing, once its chunk has arrived (shared by every trend line of the page). */
let tableChunk: typeof tableBody | undefined;
let tableLoading: Promise<{ tableBody: typeof tableBody }> | undefined;
import { trendStyles } from './trend-line.styles.js';
import { PointNavigation } from '../shared/point-navigation.js';
import { statusBadgeStyles } from '../shared/status-badge.js';
import { downloadButtons, downloadStyles } from '../shared/download-buttons.js';
import type { Colours, ExportOptions } from '../shared/downloads.js';

export type { SelectDetail, TrendAnnotation, TrendModel } from './trend-model.js';

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

  // Lit's reactive properties, without decorators (see IndikatorElement); the fields carry the JSDoc.
  static override properties: PropertyDeclarations = {
    targetId: { attribute: 'target-id', reflect: true },
    variant: { reflect: true },
    downloads: { type: Boolean, reflect: true },
    annotations: { attribute: false },
    timeSpan: { attribute: false },
    tableOpen: { state: true },
    tableFailed: { state: true },
    page: { state: true },
  };

  static override styles = [...IndikatorElement.styles, statusBadgeStyles, ...trendStyles, downloadStyles];

  /** Which target to draw and judge (its `id`); default: the contract's default target. */
  targetId?: string;

  /** `full` (default) or `sparkline`: a compact line with the target and the last value, for cards and tables. */
  variant: 'full' | 'sparkline' = 'full';

  /** Offer the data as CSV and the chart as SVG and PNG, with the title and source inside (not in a sparkline). */
  downloads = false;

  /** Extra labelled markers on the time axis: `[{ period, label }]` (e.g. a programme's milestones). */
  annotations: readonly TrendAnnotation[] = [];

  /** `[first, last]` periods the time axis covers at least (`['2015', '2025']`), so that charts side by side share one time scale (a card's rows). */
  timeSpan?: readonly [string, string] = undefined;

  private tableOpen = false;
  /** Why the table's chunk did not load, in the page's language. */
  private tableFailed?: string;
  private page = 0;

  private get tip(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.tooltip') ?? null;
  }

  // Ids live in the shadow root, where one name per element is unique: the same on a server and in the browser.
  private readonly ids = 'trend';
  // Initialized, so the field is the element's own: an unset field would read a key a host page
  // added to Object.prototype (`cache` is a fetch option name).
  private cache?: { key: unknown[]; layout: Layout } = undefined;

  private readonly points = new PointNavigation(this, {
    seriesCount: () => this.model?.series.length ?? 0,
    count: (series) => this.model?.series[series]?.values.length ?? 0,
    nearest: (from, index, to) => this.nearest(from, index, to),
    indexAt: (e) => this.indexAt(e),
    describe: (series, index) => {
      const model = this.model;
      const label = model && model.series.length > 1 ? seriesLabels(model.series, this.locale)[series] : undefined;
      return pointSentence(this.t, this.locale, model, series, index, label);
    },
    activate: (series, index) => this.activate(series, index),
  });

  // ---- the base's hooks ----------------------------------------------------------------------

  protected parse(raw: unknown, ctx: ParseContext): Parsed<TrendModel> | Promise<Parsed<TrendModel>> {
    return parseTrend(raw, ctx, this.t, this.targetId, (d) => checkIndicator(d, ctx.lang, this.t));
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

  protected kindLabel(t: Messages): string {
    return t.trendLabel;
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
      this.points.clamp();
      this.page = 0;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The tooltip follows the point through CSSOM custom properties: CSP-safe, unlike a style attribute.
    const layout = this.cache?.layout;
    const tip = this.points.tip;
    if (this.tip && layout && tip) {
      const { fx, fy } = tipPosition(layout, tip[0], tip[1]);
      this.tip.style.setProperty('--_tip-x', String(fx));
      this.tip.style.setProperty('--_tip-y', String(fy));
    }
  }

  /** Opens or closes the table; the first opening loads its chunk (one request per page). */
  private async toggleTable(): Promise<void> {
    if (this.tableOpen) {
      this.tableOpen = false;
      return;
    }
    this.tableOpen = true;
    if (tableChunk) return;
    try {
      ({ tableBody: tableChunk } = await (tableLoading ??= loadChunk('table', () => import('./trend-table-body.js'))));
      this.tableFailed = undefined;
    } catch (e) {
      tableLoading = undefined;
      this.tableFailed = chunkText(this.t, e instanceof ChunkError ? e : new ChunkError('table', undefined, e));
    }
    this.requestUpdate();
  }

  private unwatchFonts?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Labels placed with a fallback font's widths are placed again once the page's font arrives.
    this.unwatchFonts ??= onFontsLoaded(this.relayout);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchFonts?.();
    this.unwatchFonts = undefined;
  }

  /** Drops the cached layout and draws again (see hand-over.ts). */
  private readonly relayout = () => {
    this.cache = undefined;
    this.requestUpdate();
  };

  private layoutOf(model: TrendModel): Layout {
    // Measured by the shared observer (reading the padding here would cost a style recalculation per chart).
    const width = this.drawWidth;
    const key = [model, width, this.locale, this.variant, this.annotations, this.timeSpan];
    if (this.cache && this.cache.key.every((k, i) => k === key[i])) return this.cache.layout;
    // Labels measured in the font the reader sees (the estimate on a server and before a first read).
    measureWith(this.asServer ? undefined : canvasMeasure(this.resize.font));
    let layout: Layout;
    try {
      layout = layoutTrend({
        series: model.series,
        status: model.status,
        annotations: annotationsOf(this.annotations, this.locale),
        notes: notesOf(model, this.locale),
        labels: seriesLabels(model.series, this.locale),
        width,
        sparkline: this.variant === 'sparkline',
        locale: this.locale,
        t: this.t,
        span: spanOf(this.timeSpan),
      });
    } finally {
      measureWith(undefined);
    }
    this.cache = { key, layout };
    return layout;
  }

  // ---- interaction ---------------------------------------------------------------------------

  private indexAt(e: PointerEvent | MouseEvent): number {
    const layout = this.cache?.layout;
    const svgEl = (e.currentTarget as HTMLElement).querySelector('svg');
    if (!layout || !svgEl) return -1;
    const rect = svgEl.getBoundingClientRect();
    if (!rect.width) return -1;
    const px = ((e.clientX - rect.left) / rect.width) * layout.width;
    return nearestIndex(layout.xs, px);
  }

  /** The point of series `to` nearest in time to point `index` of series `from` (Up and Down keep the reader's place). */
  private nearest(from: number, index: number, to: number): number {
    const model = this.model;
    const p = model?.series[from]?.values[index];
    const target = model?.series[to]?.values;
    if (!p || !target?.length) return 0;
    let best = 0;
    for (let i = 1; i < target.length; i++) {
      if (Math.abs(target[i]!.period.start - p.period.start) < Math.abs(target[best]!.period.start - p.period.start)) best = i;
    }
    return best;
  }

  private activate(series: number, index: number): void {
    const s = this.model?.series[series];
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

  // ---- rendering -----------------------------------------------------------------------------

  protected renderReady(model: TrendModel): TemplateResult {
    const layout = this.layoutOf(model);
    const primary = model.series[0]!;
    const title = localText(primary.doc.title, this.locale);
    const summary = this.describe(model);
    const name = title?.text ?? String(primary.doc.id);
    const points = this.points;
    const chart = { sparkline: this.variant === 'sparkline', marker: points.marker, relayout: this.relayout };
    if (chart.sparkline) {
      return html`<div class="trend sparkline">
        <div class="spark" part="chart" role="img" aria-label=${`${name}. ${summary}`}>${chartSvg(layout, chart)}</div>
        <p part="summary" class="visually-hidden">${summary}</p>
      </div>`;
    }
    const view: TrendView = { t: this.t, locale: this.locale, model, labels: seriesLabels(model.series, this.locale), name };
    const table = {
      id: `${this.ids}-table`,
      open: this.tableOpen,
      page: this.page,
      toggle: () => void this.toggleTable(),
      go: (page: number) => (this.page = page),
      body: tableChunk,
      failed: this.tableFailed,
    };
    return html`<div class="trend">
      ${headerView(view, this.level, title?.lang ?? '')}
      <div class="plot">
        <div
          class="chart"
          part="chart"
          tabindex="0"
          role="group"
          aria-roledescription=${this.t.trendRoleDescription}
          aria-label=${name}
          aria-describedby=${`${this.ids}-summary ${this.ids}-hint`}
          @keydown=${points.onKeydown}
          @focus=${points.onFocus}
          @blur=${points.onBlur}
          @pointermove=${points.onPointerMove}
          @pointerdown=${points.onPointerDown}
          @pointerleave=${points.onPointerLeave}
          @click=${points.onClick}
        >
          ${chartSvg(layout, chart)} ${tooltipView(view, layout, points.tip)}
        </div>
      </div>
      <p part="summary" class="summary" dir="auto" id=${`${this.ids}-summary`}>${summary}</p>
      <p class="visually-hidden" id=${`${this.ids}-hint`}>${model.series.length > 1 ? this.t.trendKeyboardHintSeries : this.t.trendKeyboardHint}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${points.spoken}</div>
      ${legendView(view, layout)} ${notesView(view)} ${sourcesView(view)} ${tableView(view, table)} ${this.renderDownloads(view)}
    </div>`;
  }

  private renderDownloads(view: TrendView): TemplateResult | typeof nothing {
    if (!this.downloads) return nothing;
    const { model, name } = view;
    return downloadButtons(this.t, name, () => ({
      id: model.series[0]!.doc.id,
      locale: this.locale,
      series: () => model.series.map((s) => ({ id: s.doc.id, points: s.points })),
      chart: this.renderRoot.querySelector<SVGSVGElement>('svg.svg'),
      frame: this.renderRoot.querySelector('.frame'),
      text: (colours) => this.exportText(view, colours),
    }));
  }

  /** The words around the exported chart, from the same view the screen shows: the header, the notes its numbers point to, the full source line. */
  private exportText(view: TrendView, colours: Colours): ExportOptions {
    const { model, name, labels } = view;
    const multi = model.series.length > 1;
    return {
      title: name,
      lines: headerLines(view),
      after: notesOf(model, this.locale).map(
        (n) => `${n.n}. ${multi ? `${labels[n.series]}, ` : ''}${n.periods.map((p) => formatPeriod(p, this.locale)).join(', ')}: ${n.text}`,
      ),
      source: sourcesOf(view).full,
      description: this.describe(model),
      colours,
      lang: this.locale,
    };
  }
}

/** `timeSpan` as instants, when both ends name periods (anything else: no span). */
function spanOf(span: readonly [string, string] | undefined): [number, number] | undefined {
  if (!Array.isArray(span)) return undefined;
  const [a, b] = [parsePeriod(String(span[0])), parsePeriod(String(span[1]))];
  return a && b ? [a.start, b.start] : undefined;
}
