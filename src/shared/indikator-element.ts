/**
 * The element base shared by every Indikator element: its attributes, the four states, the events,
 * language and theme, and taking over a server's drawing. Where the data comes from and how it is
 * read is the data source's (data-source.ts); subclasses say how to read a document and draw it.
 */
import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { messages, fill, type Messages } from '../core/messages.js';
import type { LoadErrorCode } from './fetch-data.js';
import { PageEnvironment, resolveLang, type Theme } from './environment.js';
import { ResizeController, widthsRead } from './resize-controller.js';
import { turn } from './slices.js';
import { baseStyles } from './base.styles.js';
import { headingLevel } from './heading.js';
import { DataSource, SOURCE_PROPERTIES, type ElementState, type Failure, type ParseContext, type Parsed } from './data-source.js';
import { emptyView, errorView, fetchTime, loadingView, staleView, titleOf, unreadNote } from './state-views.js';
import { clearServerDrawing, hydrationSupport, reflectOnly, serverDrawing, serverTheme } from './server-root.js';
import type { StatusWord } from '../core/status.js';
import { resolveLocale } from '../core/locale.js';
import { parsePeriod } from '../data/periods.js';

export type { ElementState, ParseContext, Parsed } from './data-source.js';

export interface LoadDetail<D = unknown> {
  /** The normalized document now on screen. */
  readonly data: D;
}

export interface ErrorDetail {
  readonly code: LoadErrorCode;
  readonly message: string;
  /** True when the last good data stays on screen. */
  readonly stale: boolean;
}

/**
 * @fires indikator-load - After each accepted document is rendered. `detail.data` is the normalized document.
 * @fires indikator-error - On every failure: `detail.code`, `detail.message`, `detail.stale`.
 * @csspart base - The element's frame.
 * @csspart error - What failed, shown when no good data is on screen.
 * @csspart stale - The "data as of" notice with its retry button, after a failed refresh.
 */
export abstract class IndikatorElement<M> extends LitElement {
  // Lit's reactive properties, declared here rather than with decorators: the decorators' code and
  // their helper were 569 bytes gzip of dist/indikator.js. The fields below carry the JSDoc.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    format: { reflect: true },
    select: { reflect: true },
    refreshInterval: { attribute: 'refresh', type: Number, reflect: true },
    decimal: { reflect: true },
    delimiter: { reflect: true },
    asOf: { attribute: 'as-of', reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    state: { reflect: true },
    stale: { type: Boolean, reflect: true },
    status: { reflect: true },
    model: { state: true },
    failure: { state: true },
    announcement: { state: true },
    lastGoodAt: { state: true },
    locale: { state: true },
    resolvedTheme: { state: true },
    subject: { state: true },
    unread: { state: true },
  };

  static override styles = [baseStyles];

  protected readonly resize = new ResizeController(this);

  /** The document (or, with `format`, the published message). Wins over inline JSON and `src`. */
  data: unknown = undefined;

  /** URL of the data, resolved against `document.baseURI`. */
  src?: string;

  /** Published format of `src` or `data`: one of the README's "Published formats" (`sdmx-json`, `csv`, …); absent = a native document. */
  format?: string;

  /** Which series of a multi-series message: `key=value` pairs joined by `;`, several series joined by `|`. */
  select?: string;

  /** Seconds between re-fetches of `src` (at least 30; backs off after failures; paused while the tab is hidden). */
  refreshInterval?: number;

  /** With `format="csv"`: the decimal separator the file uses (default `.`; never guessed). */
  decimal?: string;

  /** With `format="csv"`: the field separator the file uses (default `,`; never guessed). */
  delimiter?: string;

  /** A period: show and judge the data as it stood then. */
  asOf?: string;

  /** `light`, `dark` or `auto` (the OS). Default: the host page's own `color-scheme` (none declared: light; `light dark`: the OS). */
  theme?: string;

  /** Level of the element's heading (1-6); without it the title is not a heading. */
  headingLevel?: number;

  /** `loading`, `ready`, `empty` or `error` (read-only). */
  state: ElementState = 'loading';

  /** Present while the last good data is shown after a failed refresh (read-only). */
  stale = false;

  /** The status word of the judged target; absent while loading, in error, or with no target (read-only). */
  status: StatusWord | null = null;

  /** The model on screen (the last good one). */
  protected model?: M = undefined;
  private failure?: Failure = undefined;
  private announcement = '';
  private lastGoodAt?: number = undefined;
  protected locale = 'en';
  protected resolvedTheme: Theme = 'light';
  /** What the data is about (its title), for the sentences of the error and empty states. */
  private subject?: string;
  /** With no observations: why rows that the file had could not be read (an adapter's note), if any. */
  private unread?: string | undefined;

  // Optional fields are set explicitly: with useDefineForClassFields off, a field never assigned
  // would read through to Object.prototype, which a host page may have polluted.
  /** Connected since the last update: the next update reads the source. */
  private connecting = false;
  private readonly source: DataSource<M> = new DataSource<M>(this, {
    locale: () => this.locale,
    messages: () => this.t,
    parse: (raw, context) => this.parse(raw, context),
    show: (parsed, input) => this.show(parsed, input.url, input.fresh, input.ticket),
    fail: (failure) => this.fail(failure),
    // What the data is about, for the error and empty sentences: the document's (or the overlay's) title.
    reading: ({ raw, overlay }) => (this.subject = titleOf(this.format ? overlay : raw, this.locale)),
    fetched: (at) => (this.lastGoodAt = at),
  });
  private readonly environment: PageEnvironment = new PageEnvironment(this, {
    asked: () => this.theme,
    paused: () => this.asServer,
    apply: (lang, theme) => {
      if (lang !== this.locale) this.locale = lang;
      if (theme !== this.resolvedTheme) this.resolvedTheme = theme;
    },
  });
  /**
   * The shadow root came from a server (declarative shadow DOM) and is still on screen as the
   * server drew it. `adopt`: the first update draws exactly what the server drew, so Lit's
   * hydration takes the tree over as it is; then the element resolves its page's language, theme
   * and width and draws again, moving at most what those change. `replace`: the data did not
   * arrive with the first update (only `src`, a `format`): the server's drawing stays until it
   * does, and is then drawn anew, since Lit's hydration would keep the server's numbers.
   */
  private serverRoot?: 'adopt' | 'replace' | 'adopted' = undefined;

  /** Reads one input into a model, or says why it cannot. Must not throw or mutate `raw`. */
  protected abstract parse(raw: unknown, context: ParseContext): Parsed<M> | Promise<Parsed<M>>;

  /** Draws the model (ready state). */
  protected abstract renderReady(model: M): TemplateResult;

  /** The status word the model reflects (`null` for none). */
  protected statusOf(_model: M): StatusWord | null {
    return null;
  }

  /** One sentence that says what the model shows; announced politely when a refresh changes it. */
  protected describe(_model: M): string {
    return '';
  }

  /** What the element is, for its accessible name before any data has been read. */
  protected abstract kindLabel(t: Messages): string;

  /** `heading-level` as a level 1-6, or `undefined` when absent or out of range (then no heading). */
  protected get level(): number | undefined {
    return headingLevel(this.headingLevel);
  }

  /** `as-of` is set but names no period (`2018-W53`): the data is shown as it stands, with a notice. */
  protected get badAsOf(): boolean {
    return typeof this.asOf === 'string' && this.asOf.trim() !== '' && !parsePeriod(this.asOf.trim());
  }

  /** The messages in the element's language. */
  protected get t(): Messages {
    return messages(this.locale);
  }

  /**
   * Re-fetches `src` now, bypassing the shared cache. Named `reload`, not `refresh`: frameworks set a
   * property when the element has one of an attribute's name, and would overwrite the method.
   */
  reload(): void {
    this.source.refreshNow();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered root is kept, with or without Lit's hydration support (without it,
    // attachShadow would empty the server's drawing before any data is read).
    const server = this.shadowRoot;
    this.serverRoot = server ? (hydrationSupport() ? 'adopt' : 'replace') : undefined;
    return server && this.serverRoot === 'replace' ? server : super.createRenderRoot();
  }

  /** The server's drawing is on screen and not yet taken over: draw as the server did. */
  protected get asServer(): boolean {
    return isServer || this.serverRoot === 'adopt';
  }

  /** The width to draw in: the measured one, or 0 for the element's default (as on the server, which measures nothing). */
  protected get drawWidth(): number {
    if (isServer) return serverDrawing.width;
    return this.asServer ? 0 : this.resize.content;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The language comes first (messages depend on it) and costs no style read; the theme is
    // resolved by the watcher in a batch with every element connected in this task.
    this.locale = resolveLang(this);
    // The source is read in the first update, which takes its turn with the other elements'.
    this.connecting = true;
    this.requestUpdate();
  }

  /** Updates take turns with other elements' (see slices.ts): a page of 200 widgets stays responsive. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Also after the widths of the elements connected in this task are read: charts draw once, at their width.
    const wait = turn() ?? widthsRead();
    return wait ? wait.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer || (this.serverRoot === 'adopt' && !this.hasUpdated)) {
      // The server reads only the element's own `lang`: it knows neither the page nor the reader.
      this.locale = resolveLocale(this.getAttribute('lang') || 'en');
      // A server render (Lit SSR) has no document, no network and no second task: it draws a native
      // document in `data` at once, else the element's fallback content.
      if (isServer) return this.source.serverRead();
    }
    if (changed.has('theme')) {
      // An explicit theme applies at once; `auto` is resolved with the batch (it reads computed style).
      if (this.theme === 'light' || this.theme === 'dark') this.resolvedTheme = this.theme;
      else if (this.isConnected) this.environment.soon();
    }
    if (!this.isConnected) return;
    const ticket = this.source.ticket;
    const keys = changed as Map<PropertyKey, unknown>;
    if (this.connecting || SOURCE_PROPERTIES.some((k) => keys.has(k))) {
      this.connecting = false;
      this.source.sync();
    }
    if (changed.has('refreshInterval')) this.source.schedule();
    // Read again for a new `as-of` or language, unless this update has just read the source (with both).
    if (this.source.ticket === ticket) this.source.reread(changed.has('asOf'), keys.has('locale'));
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this.serverRoot || this.serverRoot === 'adopted') return super.update(changed);
    if (this.state === 'loading' || this.awaitingWidth) {
      // Nothing to draw yet: the server's drawing stays; only attributes are reflected.
      if (this.serverRoot === 'adopt') this.serverRoot = 'replace';
      return reflectOnly.call(this, changed);
    }
    // Drawn anew from the client's data (the server's nodes go, its styles stay), or as the server drew.
    if (this.serverRoot === 'replace') clearServerDrawing(this);
    super.update(changed);
    this.serverRoot = 'adopted';
    // Now as this page has it: its language, its theme, the element's width.
    queueMicrotask(() => {
      this.environment.environmentChanged();
      this.requestUpdate();
    });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && !isServer) this.environment.environmentChanged();
  }

  /** Puts a parsed input on screen (or its failure), then fires the events once it is drawn. */
  private async show(parsed: Parsed<M>, url: string | undefined, fresh: boolean, ticket: number): Promise<boolean> {
    if (!parsed.ok) {
      this.fail(parsed);
      return false;
    }
    const previous = this.model;
    const before = previous !== undefined && this.state === 'ready' ? this.describe(previous) : '';
    this.model = parsed.model;
    this.source.shown();
    this.subject = titleOf(parsed.data, this.locale) ?? this.subject;
    this.unread = parsed.empty ? unreadNote(parsed.data, this.locale) : undefined;
    this.failure = undefined;
    // A re-reading of the same data (a new `as-of`) is still the data of the last good fetch.
    if (fresh) this.stale = false;
    this.state = parsed.empty ? 'empty' : 'ready';
    this.status = parsed.empty ? null : this.statusOf(parsed.model);
    if (!url) this.lastGoodAt = undefined;
    // Announced only when a shown reading changes; the first one is read from the chart itself.
    if (before) {
      const after = this.describe(parsed.model);
      this.announcement = after !== before ? after : '';
    }
    await this.updateComplete;
    if (ticket !== this.source.ticket) return true;
    if (fresh) {
      this.emit<LoadDetail>('indikator-load', { ...parsed.detail, data: parsed.data });
      this.loaded(parsed.model);
    }
    if (parsed.empty) {
      const message = this.unread ? `${this.t.noObservations} ${this.unread}` : this.t.noObservations;
      this.emit<ErrorDetail>('indikator-error', { code: 'empty', message, stale: false });
    }
    // An `as-of` that is no period is never ignored in silence: a notice on screen and an event.
    if (this.badAsOf)
      this.emit<ErrorDetail>('indikator-error', { code: 'invalid', message: fill(this.t.badAsOf, { value: this.asOf! }), stale: false });
    return true;
  }

  private fail(failure: Failure): void {
    // Only data from the same source may stay: after a change of `src`, old numbers would mislead.
    const keep = this.model !== undefined && this.state === 'ready' && this.source.keepsShown;
    if (keep) {
      // A failed refresh: the last good data stays, marked stale, with a way to retry.
      this.stale = true;
      this.announcement = fill(this.t.staleNotice, { time: fetchTime(this.lastGoodAt, this.locale) });
    } else {
      this.model = undefined;
      this.failure = failure;
      this.stale = false;
      this.state = 'error';
      this.status = null;
      this.announcement = `${this.t.errorHeading}. ${failure.message}`;
    }
    // After the update that shows it, like `indikator-load`: a handler that sets a fallback source
    // then starts a new update, instead of changing properties inside this one.
    const detail: ErrorDetail = { code: failure.code, message: failure.message, stale: keep };
    void this.updateComplete.then(() => this.emit<ErrorDetail>('indikator-error', detail));
  }

  /** Called after each `indikator-load`; the card reports its failed rows from here. */
  protected loaded(_model: M): void {}

  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  // ---- rendering -----------------------------------------------------------------------------

  /**
   * Elements that draw at their width wait for its first measurement: drawing at a guessed width
   * first and again a frame later costs a page of charts twice the work. Until then they show the
   * loading state, and `updateComplete` (so `indikator-load`) waits for the real drawing.
   */
  protected drawsAtWidth(): boolean {
    return false;
  }

  private get awaitingWidth(): boolean {
    // A server's drawing on screen is shown until the width is known, never replaced by "loading".
    return this.state === 'ready' && !this.resize.measured && this.drawsAtWidth() && !isServer && !this.serverRoot;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // A loop: an element moved before its measurement came waits again in its new place.
    while (this.awaitingWidth && this.isConnected) {
      await this.resize.whenMeasured();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override render(): TemplateResult {
    const busy = this.state === 'loading' || this.awaitingWidth;
    return html`<div
      part="base"
      class="frame theme-${this.asServer ? serverTheme(this.theme) : this.resolvedTheme}"
      lang=${this.locale}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${this.badAsOf && this.state === 'ready' ? html`<p part="notice" class="notice" role="note">${fill(this.t.badAsOf, { value: this.asOf! })}</p>` : nothing}
      ${this.renderState()} ${this.stale ? staleView(this.t, fetchTime(this.lastGoodAt, this.locale), () => this.source.refreshNow()) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderState(): TemplateResult {
    const t = this.t;
    const kind = this.kindLabel(t);
    if (this.state === 'ready' && this.model !== undefined && !this.awaitingWidth) return this.renderReady(this.model);
    if (this.state === 'empty') return emptyView(t, kind, this.subject, this.unread);
    if (this.state === 'error') return errorView(t, kind, this.subject, this.failure);
    return loadingView(t, kind);
  }
}

/**
 * The events every element fires, typed for `addEventListener` (`event.detail` without a cast). Here,
 * in the base every element's declarations import, so one element's define file is enough. The
 * trend line's and the card's define files declare `indikator-select` (each with its own detail).
 */
declare global {
  interface HTMLElementEventMap {
    'indikator-load': CustomEvent<LoadDetail>;
    'indikator-error': CustomEvent<ErrorDetail>;
  }
}
