import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GaugeData } from '../data/inputs.js';
import { IndikatorElement, type ParseContext, type Parsed } from '../shared/indikator-element.js';
import { validateIndicator } from '../data/validate.js';
import { normalize, pointsAsOf, type Point } from '../data/normalize.js';
import type { IndicatorDocument, Target } from '../data/schema.js';
import { assessStatus, roundAt, type StatusResult, type StatusWord } from '../core/status.js';
import { formatConditionWords, formatTargetValue, formatValue, shownDecimals, unitText, type FormatOptions } from '../core/format.js';
import { comparePeriods, formatPeriod, parsePeriod, type Period } from '../core/periods.js';
import { listSourceGroups, sourceLines, summarize } from '../core/summary.js';
import { pickText, primarySubtag } from '../core/locale.js';
import { fill, statusText, type Messages } from '../core/messages.js';
import { safeUrl } from '../core/urls.js';
import {
  arcLayout,
  arcPath,
  arcPoint,
  gaugeBands,
  gaugeDomain,
  metRegion,
  orientation,
  position,
  scaleDecimals,
  span,
  targetEdges,
  toX,
  type Band,
  type Domain,
  type Orientation,
} from './gauge-geometry.js';
import { gaugeStyles } from './target-gauge.styles.js';
import { downloadButtons, downloadStyles } from '../shared/download-buttons.js';
import type { Colours, ExportOptions } from '../shared/downloads.js';

type Valued = Point & { readonly value: number };

/** What the gauge draws: the document judged against one target, as of a period. */
export interface GaugeModel {
  readonly doc: IndicatorDocument;
  readonly result: StatusResult;
  /** The latest observation with a value (as of `as-of`). */
  readonly latest: Valued | null;
  readonly baseline: { readonly period: Period; readonly value: number } | null;
  /** Targets due before the shown one that were missed: they stay visible when the default moves on. */
  readonly earlier: readonly { readonly target: Target; readonly deadline: Period }[];
}

/**
 * Judges `doc` against a target (`targetId`, else the default) as of `asOf`. Without a target there is
 * no status, but the latest value and the baseline are still found, so the gauge can show them.
 */
export function gaugeModel(doc: IndicatorDocument, targetId?: string, asOf?: string): GaugeModel {
  const options = asOf === undefined ? undefined : { asOf };
  const result = assessStatus(doc, targetId || undefined, options);
  const values = pointsAsOf(normalize(doc), asOf === undefined ? undefined : parsePeriod(asOf)).values;
  const latest = (result.latest as Valued | null) ?? values.at(-1) ?? null;
  let baseline = result.baseline;
  if (!baseline && latest) {
    const own = doc.baseline ? parsePeriod(doc.baseline.period) : undefined;
    baseline = own && doc.baseline && comparePeriods(own, latest.period) <= 0 ? { period: own, value: doc.baseline.value } : values[0]!;
  }
  const earlier: { target: Target; deadline: Period }[] = [];
  const shown = result.deadline;
  if (result.target && shown) {
    for (const target of doc.targets ?? []) {
      const deadline = parsePeriod(target.period);
      if (target === result.target || !deadline || typeof target.id !== 'string' || comparePeriods(deadline, shown) >= 0) continue;
      if (assessStatus(doc, target.id, options).status === 'missed') earlier.push({ target, deadline });
    }
  }
  return { doc, result: { ...result, latest }, latest, baseline, earlier };
}

/** Everything the templates need, in pixels and words. */
interface View {
  readonly domain: Domain;
  readonly orient: Orientation;
  readonly bands: readonly Band[];
  readonly fmt: FormatOptions;
  readonly title: { readonly text: string; readonly lang?: string | undefined };
  /** The latest value with its unit, as the value text says it. */
  readonly value: string;
  /** The formatted number alone, and the unit words after it (empty when the number carries its unit). */
  readonly number: string;
  readonly unit: string;
  readonly period: string;
  /** The judged target's deadline, shown beside the verdict ("missed · deadline 2024"). */
  readonly deadline: string | undefined;
  readonly status: StatusWord | null;
  readonly statusWord: string;
  readonly valueText: string;
}

/**
 * Where a value is drawn: at the figure on screen (rounded at the document's decimals), so a value
 * the verdict calls "achieved" never sits outside the drawn target band by a rounding hair; the
 * exact value where rounding means nothing at the gauge's scale (a domain narrower than one step).
 */
function drawn(value: number, decimals: number, domain: Domain): number {
  const rounded = roundAt(value, decimals);
  return Number.isFinite(rounded) && domain.max - domain.min > 10 ** -shownDecimals(decimals) ? rounded : value;
}

const STATUS_ICONS: Readonly<Record<StatusWord | 'none', SVGTemplateResult>> = {
  achieved: svg`<circle cx="8" cy="8" r="7.5" class="icon-fill"/><path d="M4.4 8.3l2.4 2.4 4.9-5.1" class="icon-cut"/>`,
  missed: svg`<circle cx="8" cy="8" r="7.5" class="icon-fill"/><path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" class="icon-cut"/>`,
  'on-track': svg`<path d="M1.5 8h11M8.5 3.5l4.5 4.5-4.5 4.5" class="icon-line"/>`,
  'off-track': svg`<path d="M8 1L15.5 14.5H0.5Z" class="icon-fill"/><path d="M8 5.6v4.2M8 11.6v1" class="icon-cut"/>`,
  'wrong-direction': svg`<path d="M14.5 8h-11M7.5 3.5L3 8l4.5 4.5" class="icon-line"/>`,
  'no-data': svg`<path d="M3 8h10" class="icon-line"/>`,
  none: svg`<circle cx="8" cy="8" r="6" class="icon-ring"/>`,
};

/** Heights of the bullet graphic (CSS px); widths come from the element's measured width. */
const BULLET = { height: 36, trackY: 9, trackH: 18, fillY: 13, fillH: 10 } as const;
const COMPACT = { height: 20, trackY: 4, trackH: 12, fillY: 6, fillH: 8 } as const;

/**
 * One indicator's progress toward a target: the latest value, the target and its deadline, the
 * baseline, and whether it is on track, as a word and a shape.
 *
 * @summary Shows how far an indicator has come toward its target, and whether it is on track.
 *
 * @fires {CustomEvent<LoadDetail>} indikator-load - After each accepted document is rendered. `detail.data` is the document.
 * @fires {CustomEvent<ErrorDetail>} indikator-error - On every failure: `detail.code`, `detail.message`, `detail.stale`.
 *
 * @csspart base - The element's frame.
 * @csspart title - The indicator's title.
 * @csspart value - The latest value, with its period.
 * @csspart meter - The graphic (`role="meter"`).
 * @csspart track - The gauge's background.
 * @csspart band - A band behind the gauge; also `band-worse`, `band-toward`, `band-met`.
 * @csspart indicator - The fill from the baseline to the latest value.
 * @csspart target - The target marker (a line, or the band of a range target).
 * @csspart baseline - The baseline marker.
 * @csspart scale - The values at the two ends of the gauge.
 * @csspart status - The status word and its icon.
 * @csspart details - The target, deadline and baseline in words.
 * @csspart source - The "data up to" and source line.
 * @csspart error - What failed, shown when no good data is on screen.
 * @csspart stale - The "data as of" notice with its retry button, after a failed refresh.
 * @csspart downloads - The row of CSV, SVG and PNG download buttons (with `downloads`).
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
 * @cssprop --indikator-gauge-track - Colour of the gauge's track (default: a light tint of the text colour).
 * @tagname indikator-target-gauge
 */
export class IndikatorTargetGauge extends IndikatorElement<GaugeModel> {
  /** An indicator document (or, with `format`, a published message). Wins over inline JSON and `src`. */
  declare data: GaugeData | undefined;

  static override styles = [...IndikatorElement.styles, gaugeStyles, downloadStyles];

  /** `bullet` (default): a horizontal bar; `arc`: a half ring. */
  @property({ reflect: true }) variant: 'bullet' | 'arc' = 'bullet';

  /** `compact`: one line (value, a small bar, the status) for cards and tables. */
  @property({ reflect: true }) size?: 'compact';

  /** The id of the target to judge; by default the earliest whose deadline is not before the latest observation. */
  @property({ attribute: 'target-id', reflect: true }) targetId?: string;

  /** Offer the data as CSV and the gauge as SVG and PNG (not in the compact size). */
  @property({ type: Boolean, reflect: true }) downloads = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new target is a new judgement of the same document: no refetch, no new load event.
    if (changed.has('targetId') && this.model) {
      const model = gaugeModel(this.model.doc, this.targetId, this.asOf);
      this.model = model;
      if (this.state === 'ready') this.status = this.statusOf(model);
    }
  }

  protected parse(raw: unknown, context: ParseContext): Parsed<GaugeModel> {
    const checked = validateIndicator(raw, { lang: context.lang });
    if (!checked.ok) {
      return { ok: false, code: 'invalid', message: this.t.errorInvalid, issues: checked.issues.map((i) => i.message) };
    }
    const model = gaugeModel(checked.value, this.targetId, context.asOf);
    return { ok: true, model, data: checked.value, empty: model.latest === null };
  }

  protected override statusOf(model: GaugeModel): StatusWord | null {
    return model.result.status;
  }

  protected override describe(model: GaugeModel): string {
    return summarize(model.doc, model.result, this.locale);
  }

  protected override drawsAtWidth(): boolean {
    // The compact size is a fixed 96 px bar.
    return this.size !== 'compact';
  }

  protected kindLabel(m: Messages): string {
    return m.gaugeLabel;
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected renderReady(model: GaugeModel): TemplateResult {
    const view = this.view(model);
    const compact = this.size === 'compact';
    const arc = this.variant === 'arc' && !compact;
    return html`<div class="gauge ${compact ? 'compact' : 'full'} ${arc ? 'arc' : 'bullet'}">
      ${this.renderTitle(view)}
      ${
        compact
          ? html`<div class="line">
            ${this.renderValue(view)} ${this.renderMeter(model, view, 'compact')} ${this.renderStatus(view)}
          </div>`
          : arc
            ? html`${this.renderMeter(model, view, 'arc')}
              <div class="headline arc-headline">${this.renderValue(view)} ${this.renderStatus(view)}</div>
              ${this.renderDetails(model, view)}`
            : html`<div class="headline">${this.renderValue(view)} ${this.renderStatus(view)}</div>
              ${this.renderMeter(model, view, 'bullet')} ${this.renderDetails(model, view)}`
      }
      ${this.renderDownloads(model, view)}
    </div>`;
  }

  /** The download buttons; a compact gauge sits in a table row, with no room for them. */
  private renderDownloads(model: GaugeModel, view: View): TemplateResult | typeof nothing {
    if (!this.downloads || this.size === 'compact') return nothing;
    return downloadButtons(this.t, view.title.text, () => ({
      id: model.doc.id,
      locale: this.locale,
      series: () => {
        const asOf = this.asOf === undefined ? undefined : parsePeriod(this.asOf);
        return [{ id: model.doc.id, points: pointsAsOf(normalize(model.doc), asOf).points }];
      },
      chart: this.renderRoot.querySelector<SVGSVGElement>('svg.graphic'),
      frame: this.renderRoot.querySelector('.frame'),
      text: (colours) => this.exportText(model, view, colours),
    }));
  }

  /** The words around the exported graphic: what is on screen, read back from it. */
  private exportText(model: GaugeModel, view: View, colours: Colours): ExportOptions {
    const t = this.t;
    const texts = (selector: string) =>
      Array.from(this.renderRoot.querySelectorAll(selector), (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
    const [start, end] = texts('[part="scale"] > span');
    const status = `${t.status.charAt(0).toUpperCase()}${t.status.slice(1)}: ${view.statusWord}`;
    return {
      title: view.title.text,
      lines: [`${fill(t.gaugeValueIn, { value: view.value, period: view.period })} · ${status}`],
      after: [...(start !== undefined && end !== undefined ? [[start, end] as const] : []), ...texts('[part="details"] > li')],
      // The full source line (the picture has no "one click away").
      source: [...texts('[part="source"] > .up-to'), this.sourceLine(model).lines.full].join(' · '),
      description: this.describe(model),
      colours,
      lang: this.locale,
    };
  }

  private view(model: GaugeModel): View {
    const { doc, result, latest, baseline } = model;
    const t = this.t;
    const locale = this.locale;
    const fmt: FormatOptions = { locale, decimals: doc.decimals, unit: doc.unit };
    const target = result.target;
    const values = [baseline?.value ?? NaN, latest?.value ?? NaN, ...(target ? targetEdges(target) : [])];
    const domain = gaugeDomain(values, doc.limits);
    const orient = orientation(doc.direction, baseline?.value ?? null, target);
    const met = target ? metRegion(target, doc.direction, domain) : null;
    const bands = gaugeBands(domain, baseline?.value ?? null, met, orient, doc.direction);
    const picked = pickText(doc.shortTitle ?? doc.title, locale) ?? pickText(doc.title, locale);
    const titleLang = picked?.lang && primarySubtag(picked.lang) !== primarySubtag(locale) ? picked.lang : undefined;
    // The unit goes with the number, on screen and in the value text: "34.880,5" alone once stood
    // for 34.9 million people.
    const unit = unitText(doc.unit, locale);
    const number = formatValue(latest?.value, fmt);
    const value = unit ? `${number} ${unit}` : number;
    const period = latest ? formatPeriod(latest.period, locale) : '';
    const status = result.status;
    const statusWord = statusText(t, status);
    const targetText = target ? this.targetText(model, fmt) : undefined;
    // One sentence per fact, so a screen reader pauses between them.
    const sentences = [
      `${fill(t.gaugeValueIn, { value, period })}.`,
      targetText ? `${status ? `${targetText}: ${statusWord}` : targetText}.` : t.summaryNoTarget,
      ...model.earlier.map((e) => `${this.earlierText(e, fmt)}.`),
    ];
    return {
      domain,
      orient,
      bands,
      fmt,
      title: { text: picked?.text ?? String(doc.id), lang: titleLang },
      value,
      number,
      unit,
      period,
      // Beside the verdict, the deadline tells "missed (2024)" from "on track (2029)" at a glance.
      deadline: status && result.deadline ? formatPeriod(result.deadline, locale) : undefined,
      status,
      statusWord,
      valueText: sentences.join(' '),
    };
  }

  private targetText(model: GaugeModel, fmt: FormatOptions): string {
    const target = model.result.target!;
    const deadline = model.result.deadline;
    return fill(this.t.gaugeTargetBy, {
      target: formatConditionWords(target, fmt),
      period: deadline ? formatPeriod(deadline, this.locale) : String(target.period),
    });
  }

  private earlierText(e: GaugeModel['earlier'][number], fmt: FormatOptions): string {
    return fill(this.t.gaugeEarlier, {
      target: formatConditionWords(e.target, fmt),
      period: formatPeriod(e.deadline, this.locale),
      status: statusText(this.t, 'missed'),
    });
  }

  private renderTitle(view: View): TemplateResult {
    const level = this.level;
    return html`<p
      part="title"
      class="title ${this.size === 'compact' ? 'compact-title' : ''}"
      role=${ifDefined(level ? 'heading' : undefined)}
      aria-level=${ifDefined(level ? String(level) : undefined)}
      lang=${ifDefined(view.title.lang)}
    >${view.title.text}</p>`;
  }

  private renderValue(view: View): TemplateResult {
    return html`<p part="value" class="value">
      <span class="number">${view.number}</span>${view.unit ? html` <span class="unit">${view.unit}</span>` : nothing}
      <span class="period">${view.period}</span>
    </p>`;
  }

  private renderStatus(view: View): TemplateResult {
    const word = view.status ?? 'none';
    return html`<p part="status" class="status status-${word}">
      <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${STATUS_ICONS[word]}</svg>
      <span class="status-word">${view.statusWord}</span>${
        view.deadline ? html` <span class="status-deadline">· ${fill(this.t.statusDeadline, { period: view.deadline })}</span>` : nothing
      }
    </p>`;
  }

  /** The graphic: one `role="meter"` whose name is the title and whose value text says it all in words. */
  private renderMeter(model: GaugeModel, view: View, kind: 'bullet' | 'arc' | 'compact'): TemplateResult {
    const latest = model.latest!;
    const graphic = kind === 'arc' ? this.renderArc(model, view) : this.renderBullet(model, view, kind === 'compact');
    const start = view.orient > 0 ? view.domain.min : view.domain.max;
    const end = view.orient > 0 ? view.domain.max : view.domain.min;
    const scaleFmt = { ...view.fmt, decimals: scaleDecimals(view.domain, model.doc.decimals) };
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
            <span>${formatTargetValue(start, scaleFmt)}</span><span>${formatTargetValue(end, scaleFmt)}</span>
          </p>`
      }
    </div>`;
  }

  private renderBullet(model: GaugeModel, view: View, compact: boolean): TemplateResult {
    const g = compact ? COMPACT : BULLET;
    // The viewBox is in CSS pixels so marks keep their size; the SVG stretches to its box
    // (preserveAspectRatio="none") and strokes do not scale, so a padding other than the default
    // only moves marks, never distorts them.
    const width = compact ? 96 : Math.max(120, this.drawWidth || 320);
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
          : svg`<rect part="band band-${b.kind}" class="band band-${b.kind}" x=${s.x} y=${g.trackY} width=${s.width} height=${g.trackH}></rect>`;
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
      ${target ? this.bulletTarget(target, view, width, g) : nothing}
      ${latest ? svg`<circle class="latest ${setback ? 'backward' : ''}" cx=${x(lv)} cy=${mid} r=${compact ? 4 : 6}></circle>` : nothing}
    </svg>`;
  }

  private bulletTarget(target: Target, view: View, width: number, g: typeof BULLET | typeof COMPACT): SVGTemplateResult {
    const [low, high] = targetEdges(target);
    const s = span(low, high, view.domain, view.orient, width);
    const top = 1;
    const bottom = g.height - 1;
    // A range is its band outlined; a single value (or a zero-width range) is a marker line.
    return s.width >= 2
      ? svg`<rect part="target" class="target target-band" x=${s.x} y=${top + 1} width=${s.width} height=${bottom - top - 2}></rect>`
      : svg`<line part="target" class="target target-line" x1=${s.x} x2=${s.x} y1=${top} y2=${bottom}></line>`;
  }

  private renderArc(model: GaugeModel, view: View): TemplateResult {
    const L = arcLayout(this.drawWidth || 280);
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
            : svg`<path part="band band-${b.kind}" class="band band-${b.kind}" d=${arcPath(f(b.from), f(b.to), L.inner, L.outer)}></path>`,
        )}
        ${baseline ? radial(baseline.value, L.inner - 4, L.outer + 4, 'baseline', 'baseline') : nothing}
        ${fillPath ? svg`<path part="indicator" class="indicator ${setback ? 'backward' : ''}" d=${fillPath}></path>` : nothing}
        ${
          edges
            ? targetPath && Math.abs(f(edges[1]) - f(edges[0])) * Math.PI * L.outer >= 2
              ? svg`<path part="target" class="target target-band" d=${targetPath}></path>`
              : radial(edges[0], L.inner - 8, L.outer + 8, 'target', 'target target-line')
            : nothing
        }
        ${dot ? svg`<circle class="latest ${setback ? 'backward' : ''}" cx=${dot.x} cy=${dot.y} r="6"></circle>` : nothing}
      </g>
    </svg>`;
  }

  /** The sources behind the figures shown, as a full and (for many outlets) a short line, and the first one's link. */
  private sourceLine(model: GaugeModel): { lines: { full: string; short?: string | undefined }; href: string | undefined } {
    const { doc, result, latest } = model;
    const refs = [latest?.sourceRef, baselineRef(model), result.target?.sourceRef].filter((r): r is string => typeof r === 'string');
    const first = doc.sources.find((s) => s.id === refs.find((r) => doc.sources.some((x) => x.id === r))) ?? doc.sources[0];
    return { lines: sourceLines(listSourceGroups(doc, this.locale, refs), this.locale), href: webUrl(first?.url) };
  }

  private renderDetails(model: GaugeModel, view: View): TemplateResult {
    const { result, baseline, latest } = model;
    const t = this.t;
    const target = result.target;
    const { lines, href } = this.sourceLine(model);
    return html`<ul part="details" class="details">
        ${
          target
            ? html`<li class="detail detail-target">
              <svg class="key" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                <rect class="track" x="0" y="3" width="12" height="6"></rect>
                ${
                  target.comparator === 'between' && targetEdges(target)[0] !== targetEdges(target)[1]
                    ? svg`<rect class="target target-band" x="3" y="1" width="6" height="10"></rect>`
                    : svg`<line class="target target-line" x1="6" x2="6" y1="0" y2="12"></line>`
                }
              </svg>
              ${this.targetText(model, view.fmt)}
            </li>`
            : html`<li class="detail detail-none">${t.summaryNoTarget}</li>`
        }
        ${
          baseline && latest && baseline.period.key !== latest.period.key
            ? html`<li class="detail detail-baseline">
              <svg class="key" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                <rect class="track" x="0" y="3" width="12" height="6"></rect>
                <line class="baseline" x1="6" x2="6" y1="1" y2="11"></line>
              </svg>
              ${fill(t.gaugeBaseline, { value: formatValue(baseline.value, view.fmt), period: formatPeriod(baseline.period, this.locale) })}
            </li>`
            : nothing
        }
        ${model.earlier.map(
          (e) => html`<li class="detail detail-earlier">
            <svg class="icon icon-small status-missed" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
              ${STATUS_ICONS.missed}
            </svg>
            ${this.earlierText(e, view.fmt)}
          </li>`,
        )}
      </ul>
      <div part="source" class="source">
        ${latest ? html`<span class="up-to">${fill(t.dataUpTo, { period: formatPeriod(latest.period, this.locale) })}</span>` : nothing}
        ${
          lines.short
            ? // A long list of outlets is counted ("BPS, via 6 media"); the full list is one click away.
              html`<details class="sources-more">
              <summary>${lines.short}</summary>
              ${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${lines.full}</a>` : lines.full}
            </details>`
            : href
              ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${lines.full}</a>`
              : html`<span>${lines.full}</span>`
        }
      </div>`;
  }
}

/** The source of the baseline shown: the document's own baseline, else the first observation. */
function baselineRef(model: GaugeModel): string | undefined {
  const { doc, baseline } = model;
  if (!baseline) return undefined;
  if (doc.baseline && doc.baseline.period === baseline.period.key) return doc.baseline.sourceRef;
  return (baseline as Partial<Point>).sourceRef;
}

/** A source link only when it is a web page (safeUrl also allows mailto:, which is not a source). */
function webUrl(raw: unknown): string | undefined {
  const url = safeUrl(raw);
  return url && /^https?:/i.test(url) ? url : undefined;
}
