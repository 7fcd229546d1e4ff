/**
 * `<indikator-target-gauge>`: the element. Its model and view model (gauge-model.ts), graphic
 * (gauge-meter.ts) and words (gauge-parts.ts) live beside it; this class holds the attributes and
 * the composition.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { GaugeData } from '../data/inputs.js';
import { IndikatorElement, type ParseContext, type Parsed } from '../shared/indikator-element.js';
import { normalize, pointsAsOf } from '../data/normalize.js';
import type { StatusWord } from '../core/status.js';
import { parsePeriod } from '../data/periods.js';
import { summarize } from '../core/summary.js';
import { fill, type Messages } from '../core/messages.js';
import { checkIndicator } from '../shared/check-document.js';
import { gaugeModel, gaugeView, parseGauge, sourceLine, type GaugeModel, type View } from './gauge-model.js';
import { meterView, scaleTexts } from './gauge-meter.js';
import { detailTexts, detailsView, statusView, upToText, valueView } from './gauge-parts.js';
import { gaugeStyles } from './target-gauge.styles.js';
import { titleView } from '../shared/heading.js';
import { statusBadgeStyles } from '../shared/status-badge.js';
import { downloadButtons, downloadStyles } from '../shared/download-buttons.js';
import type { Colours, ExportOptions } from '../shared/downloads.js';

export { gaugeModel, type GaugeModel } from './gauge-model.js';

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

  // Lit's reactive properties, without decorators (see IndikatorElement); the fields carry the JSDoc.
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    size: { reflect: true },
    targetId: { attribute: 'target-id', reflect: true },
    downloads: { type: Boolean, reflect: true },
  };

  static override styles = [...IndikatorElement.styles, statusBadgeStyles, gaugeStyles, downloadStyles];

  /** `bullet` (default): a horizontal bar; `arc`: a half ring. */
  variant: 'bullet' | 'arc' = 'bullet';

  /** `compact`: one line (value, a small bar, the status) for cards and tables. */
  size?: 'compact';

  /** The id of the target to judge; by default the earliest whose deadline is not before the latest observation. */
  targetId?: string;

  /** Offer the data as CSV and the gauge as SVG and PNG (not in the compact size). */
  downloads = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new target is a new judgement of the same document: no refetch, no new load event.
    if (changed.has('targetId') && this.model) {
      const model = gaugeModel(this.model.doc, this.targetId, this.asOf);
      this.model = model;
      if (this.state === 'ready') this.status = this.statusOf(model);
    }
  }

  protected parse(raw: unknown, context: ParseContext): Parsed<GaugeModel> | Promise<Parsed<GaugeModel>> {
    return parseGauge(raw, context, this.t, this.targetId, (d) => checkIndicator(d, context.lang, this.t));
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

  protected kindLabel(t: Messages): string {
    return t.gaugeLabel;
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected renderReady(model: GaugeModel): TemplateResult {
    // About how many characters of the big number fit its line (0.6 em each): 20 px type in a compact
    // row beside its bar and status, 32 px across the widget's width (320 px before it is measured).
    const room = this.size === 'compact' ? 9 : Math.floor((this.drawWidth || 320) / 19);
    const view = gaugeView(model, this.t, this.locale, room);
    const compact = this.size === 'compact';
    const title = titleView(this.level, view.title.text, { cls: `title ${compact ? 'compact-title' : ''}`, lang: view.title.lang });
    const arc = this.variant === 'arc' && !compact;
    return html`<div class="gauge ${compact ? 'compact' : 'full'} ${arc ? 'arc' : 'bullet'}">
      ${title}
      ${
        compact
          ? html`<div class="line">
            ${valueView(view)} ${meterView(model, view, 'compact', this.drawWidth)} ${statusView(this.t, view)}
          </div>`
          : arc
            ? html`${meterView(model, view, 'arc', this.drawWidth)}
              <div class="headline arc-headline">${valueView(view)} ${statusView(this.t, view)}</div>
              ${detailsView(this.t, model, view)}`
            : html`<div class="headline">${valueView(view)} ${statusView(this.t, view)}</div>
              ${meterView(model, view, 'bullet', this.drawWidth)} ${detailsView(this.t, model, view)}`
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

  /** The words around the exported graphic, from the view model the screen is drawn from (the full source line: a picture has no "one click away"). */
  private exportText(model: GaugeModel, view: View, colours: Colours): ExportOptions {
    const t = this.t;
    const status = `${t.status.charAt(0).toUpperCase()}${t.status.slice(1)}: ${view.statusWord}`;
    const details = detailTexts(t, model, view);
    return {
      title: view.title.text,
      lines: [`${fill(t.gaugeValueIn, { value: view.value, period: view.period })} · ${status}`],
      after: [scaleTexts(model, view), details.target, ...(details.baseline ? [details.baseline] : []), ...details.earlier],
      source: [upToText(t, model, this.locale), sourceLine(model, this.locale).lines.full].filter(Boolean).join(' · '),
      description: this.describe(model),
      colours,
      lang: this.locale,
    };
  }
}
