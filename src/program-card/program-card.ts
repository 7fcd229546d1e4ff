import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { CardData } from '../data/inputs.js';
import { IndikatorElement, type ErrorDetail, type ParseContext, type Parsed } from '../shared/indikator-element.js';
import { LoadError } from '../shared/fetch-data.js';
import { adaptFailure, adaptMessage, adapterFor, fetchMessage } from '../shared/read-source.js';
import { validateIndicator, validateProgram } from '../data/validate.js';
import type { IndicatorDocument, ProgramDocument, Source, Text } from '../data/schema.js';
import { assessStatus, type StatusWord } from '../core/status.js';
import { localText, pickText } from '../core/locale.js';
import { headingTag } from '../shared/heading.js';
import { fill, programStatusText, statusText, type Messages } from '../core/messages.js';
import { formatCurrency } from '../core/format.js';
import { formatPeriod, parsePeriod } from '../core/periods.js';
import { safeUrl } from '../core/urls.js';
import { rowSources, rowTargetId, type RowSource } from './card-model.js';
import { cardStyles } from './program-card.styles.js';

interface Row {
  readonly ok: boolean;
  readonly doc?: IndicatorDocument;
  readonly targetId?: string | undefined;
  readonly status?: StatusWord | null;
  readonly message?: string;
  readonly label: string;
  /** Where the row's indicator was fetched from (a refresh that fails for it keeps this row). */
  readonly url?: string | undefined;
  /** The last good data of a row whose refresh failed. */
  readonly stale?: boolean | undefined;
  /** Not read yet: a row given as a URL, in a server render (which fetches nothing). */
  readonly pending?: boolean | undefined;
}

interface CardModel {
  readonly doc: ProgramDocument;
  readonly base: string | undefined;
  readonly rows: readonly Row[];
  /** Indicators beyond MAX_ROWS, left out. */
  readonly more: number;
}

/** A card shows at most this many indicators (README, "The elements"). */
export const MAX_ROWS = 50;
/** Rows fetched at most this many at a time, as browsers do per host. */
const REQUESTS_IN_FLIGHT = 6;

/**
 * Runs at most `size` tasks at a time, the rest waiting in order. Ten lines do what a pool
 * library would; the card is the only caller.
 */
function requestPool(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * A public programme: who owns it, on what legal basis, for which period and budget, its
 * milestones, and how its indicators stand, each as a compact gauge and a sparkline.
 *
 * @summary A programme and its indicators, for accountability journalism and portal pages.
 * @fires {CustomEvent<LoadDetail & { rows: Array<{ index: number; ok: boolean; status: StatusWord | null; message?: string }> }>} indikator-load - Once all indicator rows have settled; `detail.rows` lists each row with its `index`, `ok`, `status` and, when it failed, `message`.
 * @fires {CustomEvent<ErrorDetail>} indikator-error - When the programme cannot be read, or (after `indikator-load`) when some rows failed.
 * @fires {CustomEvent<{ url: string; program: string | undefined }>} indikator-select - When the reader activates the programme's main link (cancelable).
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

  protected kindLabel(m: Messages): string {
    return m.cardLabel;
  }

  protected override describe(model: CardModel): string {
    const m = this.t;
    return model.rows.map((row) => `${row.label}: ${row.ok ? statusText(m, row.status ?? null) : m.cardRowError}`).join('. ');
  }

  /**
   * Reads the programme and its rows. Synchronous when no row has to be fetched (indicators given
   * as documents): the first render draws the card whole, as a server render must.
   */
  protected parse(raw: unknown, context: ParseContext): Parsed<CardModel> | Promise<Parsed<CardModel>> {
    const checked = validateProgram(raw, { lang: context.lang });
    if (!checked.ok) {
      return { ok: false, code: 'invalid', message: this.t.errorInvalid, issues: checked.issues.map((i) => i.message) };
    }
    const doc = checked.value;
    const base = context.url ?? (isServer ? undefined : document.baseURI);
    this.rowsController?.abort();
    const controller = new AbortController();
    this.rowsController = controller;
    const sources = rowSources(doc, base);
    // A card takes at most MAX_ROWS indicators (the README says so), and fetches at most
    // REQUESTS_IN_FLIGHT at a time: 3,000 URLs once meant 3,000 requests at once.
    const shown = sources.slice(0, MAX_ROWS);
    if (sources.length > MAX_ROWS)
      console.warn(`indikator-program-card: ${sources.length - MAX_ROWS} indicators left out (a card shows at most ${MAX_ROWS})`);
    const finish = (rows: Row[]): Parsed<CardModel> => {
      const detail = { rows: rows.map((r, index) => ({ index, ok: r.ok, status: r.status ?? null, message: r.message })) };
      return { ok: true, model: { doc, base, rows, more: Math.max(0, sources.length - MAX_ROWS) }, data: doc, empty: false, detail };
    };
    const read = (indicator: unknown, source: RowSource): Row => {
      const valid = validateIndicator(indicator, { lang: context.lang });
      const url = source.kind === 'url' ? source.url : undefined;
      if (!valid.ok) return { ok: false, message: valid.issues[0]?.message ?? this.t.errorInvalid, label: url ? fileName(url) : '' };
      const targetId = rowTargetId(valid.value, doc, source.kind === 'bad-url' ? undefined : source.targetId);
      const status = assessStatus(valid.value, targetId, { asOf: context.asOf }).status;
      const label = pickText(valid.value.shortTitle ?? valid.value.title, context.lang)?.text ?? '';
      return { ok: true, doc: valid.value, targetId, status, label, url };
    };
    const badUrl = (raw: string): Row => {
      console.warn(`indikator-program-card: indicator URL dropped (only http and https are fetched): ${raw}`);
      return { ok: false, message: this.t.cardRowError, label: raw };
    };
    // A server fetches nothing: a row given as a URL says it loads (the server entry fetches rows first).
    if (isServer || shown.every((s) => s.kind !== 'url')) {
      return finish(
        shown.map((source) =>
          source.kind === 'bad-url'
            ? badUrl(source.raw)
            : source.kind === 'url'
              ? { ok: false, pending: true, label: fileName(source.url) }
              : read(source.doc, source),
        ),
      );
    }
    const previous = new Map((this.model?.rows ?? []).flatMap((r) => (r.ok && r.url ? [[r.url, r] as const] : [])));
    const pool = requestPool(REQUESTS_IN_FLIGHT);
    return Promise.all(
      shown.map(async (source): Promise<Row> => {
        if (source.kind === 'bad-url') return badUrl(source.raw);
        if (source.kind !== 'url') return read(source.doc, source);
        let indicator: unknown;
        const { reading } = source;
        try {
          // The same steps as an element's `src`: the format's adapter and request, then its conversion.
          // The card's own refresh fetches its rows anew too, past the shared cache.
          const adapter = reading?.format ? await adapterFor(reading.format, this.t) : undefined;
          const fresh = context.refetch === true;
          const fetched = (await pool(() => fetchMessage(source.url, reading?.format, adapter, { signal: controller.signal, fresh })))!;
          const adapted = adapter ? adaptMessage(adapter, fetched.raw, reading!, fetched.url) : fetched.raw;
          // A row is one indicator: of a message that yields several series, the first (the primary).
          indicator = Array.isArray(adapted) ? adapted[0] : adapted;
        } catch (error) {
          // The technical reason for a fetch (the address, the status); the adapter's own sentence for a conversion.
          const message = error instanceof LoadError ? error.message : adaptFailure(error, this.t, context.lang).message;
          // A row that loaded before keeps its last good data, marked stale, like any element.
          const last = context.refetch ? previous.get(source.url) : undefined;
          if (last) return { ...last, stale: true };
          return { ok: false, message, label: fileName(source.url) };
        }
        return read(indicator, source);
      }),
    ).then(finish);
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
    const { doc } = model;
    const m = this.t;
    const main = doc.url === undefined ? undefined : allowedUrl(doc, doc.url, model.base, 'programme link');
    return html`<article part="card" class="card">
      <header class="head">
        <p class="kicker">
          ${doc.area ? this.text(doc.area.name) : nothing}
          ${doc.status ? html`<span class="badge badge-${doc.status}">${programStatusText(m, doc.status)}</span>` : nothing}
        </p>
        ${headingTag(this.level, this.text(doc.title), 'title')}
        ${doc.summary ? html`<p class="summary">${this.text(doc.summary)}</p>` : nothing}
      </header>
      ${this.renderFacts(doc, m)}
      <section class="section" aria-label=${this.region(m.indicators, doc)}>
        ${headingTag(this.level + 1, m.indicators)}
        <ul class="rows">
          ${model.rows.map((row) => this.renderRow(row, doc, m))}
        </ul>
        ${model.more ? html`<p class="rows-more" role="note">${fill(m.cardMoreRows, { count: model.more, max: MAX_ROWS })}</p>` : nothing}
      </section>
      ${this.renderMilestones(doc, m)} ${this.renderLinks(doc, model.base, m)}
      ${
        main
          ? html`<p><a part="link" class="main-link" href=${main} rel="noopener noreferrer" @click=${this.onMainLink}>${m.cardViewProgramme}</a></p>`
          : nothing
      }
      ${this.renderSources(doc.sources, model.base, m)}
    </article>`;
  }

  private renderFacts(doc: ProgramDocument, m: Messages): TemplateResult {
    const period = this.periodText(doc);
    const budget = doc.budget;
    return html`<dl part="facts" class="facts">
      ${doc.owner ? html`<div><dt>${m.owner}</dt><dd>${this.text(doc.owner)}</dd></div>` : nothing}
      ${doc.coordinator ? html`<div><dt>${m.coordinator}</dt><dd>${this.text(doc.coordinator)}</dd></div>` : nothing}
      ${period ? html`<div><dt>${m.period}</dt><dd>${period}</dd></div>` : nothing}
      ${
        doc.legalBasis?.length
          ? html`<div>
            <dt>${m.legalBasis}</dt>
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
        <dt>${m.budget}</dt>
        <dd>
          ${
            budget && budget.amount !== null && Number.isFinite(budget.amount)
              ? html`${formatCurrency(budget.amount, budget.currency, this.locale)}${budget.year ? ` (${budget.year})` : ''}`
              : html`<span class="muted">${m.notPublished}</span>`
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

  private renderRow(row: Row, program: ProgramDocument, m: Messages): TemplateResult {
    if (row.pending) {
      return html`<li part="row" class="row">
        <p class="row-title">${row.label}</p>
        <p class="row-message" role="note">${m.loading}</p>
      </li>`;
    }
    if (!row.ok || !row.doc) {
      return html`<li part="row" class="row row-error">
        <p class="row-title">${row.label}</p>
        <p class="row-message" role="note"><span class="error-icon" aria-hidden="true">!</span> ${m.cardRowError} ${row.message ?? ''}</p>
      </li>`;
    }
    const milestones = (program.milestones ?? []).map((ms) => ({ period: ms.date, label: pickText(ms.title, this.locale)?.text ?? '' }));
    return html`<li part="row" class="row ${row.stale ? 'row-stale' : ''}">
      ${row.stale ? html`<p class="row-message" role="note">${m.cardRowStale}</p>` : nothing}
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
        target-id=${row.targetId ?? nothing}
        as-of=${this.asOf ?? nothing}
        lang=${this.locale}
        theme=${this.asServer ? (this.theme ?? nothing) : this.resolvedTheme}
      ></indikator-trend-line>
    </li>`;
  }

  private renderMilestones(doc: ProgramDocument, m: Messages): TemplateResult | typeof nothing {
    if (!doc.milestones?.length) return nothing;
    const sorted = [...doc.milestones].sort((a, b) => (parsePeriod(a.date)?.start ?? 0) - (parsePeriod(b.date)?.start ?? 0));
    return html`<section class="section" aria-label=${this.region(m.milestones, doc)}>
      ${headingTag(this.level + 1, m.milestones)}
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

  private renderLinks(doc: ProgramDocument, base: string | undefined, m: Messages): TemplateResult | typeof nothing {
    const links = (doc.links ?? []).flatMap((link) => {
      const href = allowedUrl(link, link.url, base, 'link');
      return href ? [{ href, label: link.label }] : [];
    });
    if (!links.length) return nothing;
    return html`<section class="section" aria-label=${this.region(m.links, doc)}>
      ${headingTag(this.level + 1, m.links)}
      <ul class="plain links">
        ${links.map((l) => html`<li><a href=${l.href} rel="noopener noreferrer">${this.text(l.label)}</a></li>`)}
      </ul>
    </section>`;
  }

  private renderSources(sources: readonly Source[] | undefined, base: string | undefined, m: Messages): TemplateResult | typeof nothing {
    if (!sources?.length) return nothing;
    return html`<footer part="source" class="sources">
      ${m.sources}:
      ${sources.map((s, i) => {
        const href = s.url === undefined ? undefined : allowedUrl(s, s.url, base, 'source link');
        const name = s.publisher ?? pickText(s.name, this.locale)?.text ?? s.id;
        return html`${i ? ', ' : ''}${href ? html`<a href=${href} rel="noopener noreferrer">${name}</a>` : name}`;
      })}
    </footer>`;
  }

  private onMainLink = (event: MouseEvent) => {
    const select = new CustomEvent('indikator-select', {
      detail: { url: (event.currentTarget as HTMLAnchorElement).href, program: this.model?.doc.id },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(select)) event.preventDefault();
  };
}

/** Links already reported as dropped. */
const reportedLinks = new WeakSet<object>();

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
  } catch {
    return url;
  }
}

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
