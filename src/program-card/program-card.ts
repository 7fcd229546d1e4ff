/**
 * `<indikator-program-card>`: the element. Its rows are read in card-rows.ts (through the same
 * pipeline as an element's `src`) and its model in card-model.ts; this class holds the composition.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CardData } from '../data/inputs.js';
import { IndikatorElement, type ErrorDetail, type ParseContext, type Parsed } from '../shared/indikator-element.js';
import type { ProgramDocument, Source, Text } from '../data/schema.js';
import { localText, pickText } from '../core/locale.js';
import { headingTag } from '../shared/heading.js';
import { fill, programStatusText, statusText, type Messages } from '../core/messages.js';
import { formatCurrency } from '../core/format.js';
import { formatPeriod, parsePeriod } from '../data/periods.js';
import { safeUrl } from '../core/urls.js';
import { MAX_ROWS, readCard, type CardModel, type Row } from './card-rows.js';
import { rowsSpan, type CardSelectDetail } from './card-model.js';
import { cardStyles } from './program-card.styles.js';

export { MAX_ROWS } from './card-rows.js';

/**
 * A public programme: who owns it, on what legal basis, for which period and budget, its
 * milestones, and how its indicators stand, each as a compact gauge and a sparkline.
 *
 * @summary A programme and its indicators, for accountability journalism and portal pages.
 * @fires {CustomEvent<LoadDetail & { rows: Array<{ index: number; ok: boolean; status: StatusWord | null; message?: string }> }>} indikator-load - Once all indicator rows have settled; `detail.rows` lists each row with its `index`, `ok`, `status` and, when it failed, `message`.
 * @fires {CustomEvent<ErrorDetail>} indikator-error - When the programme cannot be read, or (after `indikator-load`) when some rows failed.
 * @fires {CustomEvent<CardSelectDetail>} indikator-select - When the reader activates the programme's main link (cancelable).
 * @csspart card - The programme's frame.
 * @csspart title - The programme's title (a real heading, level `heading-level`, default 3).
 * @csspart facts - The description list of owner, coordinator, period, legal basis and budget.
 * @csspart row - One indicator row.
 * @csspart milestones - The milestone timeline.
 * @csspart link - The main link to the programme.
 * @csspart source - The sources line.
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
 * @tagname indikator-program-card
 */
export class IndikatorProgramCard extends IndikatorElement<CardModel> {
  /** A programme document. Wins over inline JSON and `src`. */
  declare data: CardData | undefined;

  static override styles = [...IndikatorElement.styles, cardStyles];

  private rowsController?: AbortController = undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Nested widgets' events stop at the card's shadow root: the card speaks for its rows.
    const root = super.createRenderRoot();
    const stop = (event: Event) => event.stopPropagation();
    for (const type of ['indikator-load', 'indikator-error', 'indikator-select']) root.addEventListener(type, stop);
    return root;
  }

  protected kindLabel(t: Messages): string {
    return t.cardLabel;
  }

  protected override describe(model: CardModel): string {
    const t = this.t;
    return model.rows.map((row) => `${row.label}: ${row.ok ? statusText(t, row.status ?? null) : t.cardRowError}`).join('. ');
  }

  /**
   * Reads the programme and its rows (see card-rows.ts). Synchronous when no row has to be fetched:
   * the first render draws the card whole, as a server render must.
   */
  protected parse(raw: unknown, context: ParseContext): Parsed<CardModel> | Promise<Parsed<CardModel>> {
    this.rowsController?.abort();
    const controller = new AbortController();
    this.rowsController = controller;
    return readCard(raw, context, { t: this.t, previous: this.model?.rows ?? [], signal: controller.signal });
  }

  protected override loaded(model: CardModel): void {
    const failed = model.rows.filter((r) => !r.ok);
    if (!failed.length) return;
    const message = failed.map((r) => `${r.label}: ${r.message}`).join('; ');
    this.emit<ErrorDetail>('indikator-error', { code: 'fetch', message, stale: false });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rowsController?.abort();
  }

  // ---- rendering -----------------------------------------------------------------------------

  private text(value: Text | undefined): TemplateResult | typeof nothing {
    const local = localText(value, this.locale);
    if (!local) return nothing;
    return local.lang ? html`<span lang=${local.lang}>${local.text}</span>` : html`${local.text}`;
  }

  /** The card's heading level: `heading-level`, else 3 (a card always has a real heading). */
  protected override get level(): number {
    return super.level ?? 3;
  }

  /**
   * A region's name with the programme's title: a page of several cards otherwise holds several
   * regions all called "Indicators" (axe landmark-unique), and a screen reader's list of regions
   * could not tell them apart.
   */
  private region(name: string, doc: ProgramDocument): string {
    const title = pickText(doc.title, this.locale)?.text;
    return title ? `${name}: ${title}` : name;
  }

  protected renderReady(model: CardModel): TemplateResult {
    // One time scale for every row's sparkline: rows side by side compare. Kept per model, so a
    // re-render (a resize, a theme) hands the sparklines the same array and their layouts stay cached.
    let span = spans.get(model);
    if (!spans.has(model)) spans.set(model, (span = rowsSpan(model.rows.flatMap((r) => (r.ok && r.doc ? [r.doc] : [])))));
    const { doc } = model;
    const t = this.t;
    const main = doc.url === undefined ? undefined : allowedUrl(doc, doc.url, model.base, 'programme link');
    return html`<article part="card" class="card">
      <header class="head">
        <p class="kicker">
          ${doc.area ? this.text(doc.area.name) : nothing}
          ${doc.status ? html`<span class="badge badge-${doc.status}">${programStatusText(t, doc.status)}</span>` : nothing}
        </p>
        ${headingTag(this.level, this.text(doc.title), 'title')}
        ${doc.summary ? html`<p class="summary">${this.text(doc.summary)}</p>` : nothing}
      </header>
      ${this.renderFacts(doc, t)}
      <section class="section" aria-label=${this.region(t.indicators, doc)}>
        ${headingTag(this.level + 1, t.indicators)}
        <ul class="rows">
          ${model.rows.map((row) => this.renderRow(row, doc, t, span))}
        </ul>
        ${model.more ? html`<p class="rows-more" role="note">${fill(t.cardMoreRows, { count: model.more, max: MAX_ROWS })}</p>` : nothing}
      </section>
      ${this.renderMilestones(doc, t)} ${this.renderLinks(doc, model.base, t)}
      ${
        main
          ? html`<p><a part="link" class="main-link" href=${main} rel="noopener noreferrer" @click=${this.onMainLink}>${t.cardViewProgramme}</a></p>`
          : nothing
      }
      ${this.renderSources(doc.sources, model.base, t)}
    </article>`;
  }

  private renderFacts(doc: ProgramDocument, t: Messages): TemplateResult {
    const period = this.periodText(doc);
    const budget = doc.budget;
    return html`<dl part="facts" class="facts">
      ${doc.owner ? html`<div><dt>${t.owner}</dt><dd>${this.text(doc.owner)}</dd></div>` : nothing}
      ${doc.coordinator ? html`<div><dt>${t.coordinator}</dt><dd>${this.text(doc.coordinator)}</dd></div>` : nothing}
      ${period ? html`<div><dt>${t.period}</dt><dd>${period}</dd></div>` : nothing}
      ${
        doc.legalBasis?.length
          ? html`<div>
            <dt>${t.legalBasis}</dt>
            <dd>
              <ul class="plain">
                ${doc.legalBasis.map(
                  (b) => html`<li>
                    ${[b.type, b.number && b.year ? `${b.number}/${b.year}` : (b.number ?? (b.year ? String(b.year) : ''))].filter(Boolean).join(' ')}${
                      b.title ? html`: ${this.text(b.title)}` : nothing
                    }
                  </li>`,
                )}
              </ul>
            </dd>
          </div>`
          : nothing
      }
      <div>
        <dt>${t.budget}</dt>
        <dd>
          ${
            budget && budget.amount !== null && Number.isFinite(budget.amount)
              ? html`${formatCurrency(budget.amount, budget.currency, this.locale)}${budget.year ? ` (${budget.year})` : ''}`
              : html`<span class="muted">${t.notPublished}</span>`
          }
        </dd>
      </div>
    </dl>`;
  }

  private periodText(doc: ProgramDocument): string {
    const start = doc.period ? parsePeriod(doc.period.start) : undefined;
    if (!start) return '';
    const end = doc.period?.end ? parsePeriod(doc.period.end) : undefined;
    const s = formatPeriod(start, this.locale, 'long');
    return end ? fill(this.t.cardPeriod, { start: s, end: formatPeriod(end, this.locale, 'long') }) : fill(this.t.cardSince, { start: s });
  }

  private renderRow(row: Row, program: ProgramDocument, t: Messages, span: readonly [string, string] | undefined): TemplateResult {
    if (row.pending) {
      return html`<li part="row" class="row">
        <p class="row-title">${row.label}</p>
        <p class="row-message" role="note">${t.loading}</p>
      </li>`;
    }
    if (!row.ok || !row.doc) {
      return html`<li part="row" class="row row-error">
        <p class="row-title">${row.label}</p>
        <p class="row-message" role="note"><span class="error-icon" aria-hidden="true">!</span> ${t.cardRowError} ${row.message ?? ''}</p>
      </li>`;
    }
    const milestones = (program.milestones ?? []).map((ms) => ({ period: ms.date, label: pickText(ms.title, this.locale)?.text ?? '' }));
    return html`<li part="row" class="row ${row.stale ? 'row-stale' : ''}">
      ${row.stale ? html`<p class="row-message" role="note">${t.cardRowStale}</p>` : nothing}
      <indikator-target-gauge
        class="row-gauge"
        size="compact"
        .data=${row.doc}
        target-id=${row.targetId ?? nothing}
        as-of=${this.asOf ?? nothing}
        lang=${this.locale}
        theme=${this.asServer ? (this.theme ?? nothing) : this.resolvedTheme}
        heading-level=${this.level + 1}
      ></indikator-target-gauge>
      <indikator-trend-line
        class="row-trend"
        variant="sparkline"
        .data=${row.doc}
        .annotations=${milestones}
        .timeSpan=${span}
        target-id=${row.targetId ?? nothing}
        as-of=${this.asOf ?? nothing}
        lang=${this.locale}
        theme=${this.asServer ? (this.theme ?? nothing) : this.resolvedTheme}
      ></indikator-trend-line>
    </li>`;
  }

  private renderMilestones(doc: ProgramDocument, t: Messages): TemplateResult | typeof nothing {
    if (!doc.milestones?.length) return nothing;
    const sorted = [...doc.milestones].sort((a, b) => (parsePeriod(a.date)?.start ?? 0) - (parsePeriod(b.date)?.start ?? 0));
    return html`<section class="section" aria-label=${this.region(t.milestones, doc)}>
      ${headingTag(this.level + 1, t.milestones)}
      <ol part="milestones" class="timeline">
        ${sorted.map((ms) => {
          const p = parsePeriod(ms.date);
          return html`<li>
            <time datetime=${ms.date}>${p ? formatPeriod(p, this.locale, 'long') : ms.date}</time>
            <span>${this.text(ms.title)}</span>
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderLinks(doc: ProgramDocument, base: string | undefined, t: Messages): TemplateResult | typeof nothing {
    const links = (doc.links ?? []).flatMap((link) => {
      const href = allowedUrl(link, link.url, base, 'link');
      return href ? [{ href, label: link.label }] : [];
    });
    if (!links.length) return nothing;
    return html`<section class="section" aria-label=${this.region(t.links, doc)}>
      ${headingTag(this.level + 1, t.links)}
      <ul class="plain links">
        ${links.map((l) => html`<li><a href=${l.href} rel="noopener noreferrer">${this.text(l.label)}</a></li>`)}
      </ul>
    </section>`;
  }

  private renderSources(sources: readonly Source[] | undefined, base: string | undefined, t: Messages): TemplateResult | typeof nothing {
    if (!sources?.length) return nothing;
    return html`<footer part="source" class="sources">
      ${t.sources}:
      ${sources.map((s, i) => {
        const href = s.url === undefined ? undefined : allowedUrl(s, s.url, base, 'source link');
        const name = s.publisher ?? pickText(s.name, this.locale)?.text ?? s.id;
        return html`${i ? ', ' : ''}${href ? html`<a href=${href} rel="noopener noreferrer">${name}</a>` : name}`;
      })}
    </footer>`;
  }

  private onMainLink = (event: MouseEvent) => {
    const select = new CustomEvent<CardSelectDetail>('indikator-select', {
      detail: { url: (event.currentTarget as HTMLAnchorElement).href, program: this.model?.doc.id },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(select)) event.preventDefault();
  };
}

/** The time span of each model's rows (see renderReady). */
const spans = new WeakMap<CardModel, [string, string] | undefined>();

/** Links already reported as dropped. */
const reportedLinks = new WeakSet<object>();

/**
 * A URL from the document, if its scheme is allowed (http, https, mailto); a dropped one is
 * reported once per object of the document, not on every render (resize, theme, language).
 */
function allowedUrl(owner: object, raw: unknown, base: string | undefined, what: string): string | undefined {
  const href = safeUrl(raw, base);
  if (!href && !reportedLinks.has(owner)) {
    reportedLinks.add(owner);
    console.warn(`indikator-program-card: ${what} dropped (only http, https and mailto are allowed): ${String(raw)}`);
  }
  return href;
}
