/**
 * The element base shared by every Indikator element: where the data comes from (the `data`
 * property, an inline JSON script, `src`), fetching and refreshing it, the four states, the events,
 * language and theme. Subclasses say how to read a document and how to draw it.
 */
import { html, isServer, LitElement, nothing, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { messages, fill, type Messages } from '../core/messages.js';
import { formatFetchTime } from '../core/format.js';
import { fetchText, LoadError, parseJson, type LoadErrorCode } from './fetch-data.js';
import { resolveLang, resolveSoon, resolveTheme, unwatchEnvironment, watchEnvironment, type Theme } from './environment.js';
import { ResizeController, widthsRead } from './resize-controller.js';
import { turn } from './slices.js';
import { baseStyles } from './base.styles.js';
import { FORMATS, loadAdapter } from '../adapters/registry.js';
import { mergeOverlay } from '../adapters/overlay.js';
import { ChunkError, chunkText, loadChunk } from './chunks.js';
import { AdapterError, type AdapterModule } from '../adapters/adapter.js';
import type { StatusWord } from '../core/status.js';
import { pickText, resolveLocale } from '../core/locale.js';
import { parsePeriod } from '../core/periods.js';
import type { Text } from '../data/schema.js';

export type ElementState = 'loading' | 'ready' | 'empty' | 'error';

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

/** What a subclass makes of one input: a model to draw, or a failure to show. */
export type Parsed<M> =
  | {
      readonly ok: true;
      readonly model: M;
      readonly data: unknown;
      readonly empty: boolean;
      /** Extra fields for the `indikator-load` detail (the card's `rows`). */
      readonly detail?: Readonly<Record<string, unknown>>;
    }
  | { readonly ok: false; readonly code: LoadErrorCode; readonly message: string; readonly issues?: readonly string[] };

export interface ParseContext {
  /** The final URL the data came from, for resolving relative URLs inside it. */
  readonly url?: string | undefined;
  readonly lang: string;
  readonly asOf?: string | undefined;
  /** With `src` + `format`: the inline JSON overlay, if any. */
  readonly overlay?: unknown;
  /** A refresh or `reload()` read this: what the data points to must be fetched anew too (the card's rows). */
  readonly refetch?: boolean | undefined;
}

/** @internal A server render's width to draw at (indikator/server's SVG files set it around one synchronous render); 0: the default. */
export const serverDrawing = { width: 0 };

const MIN_REFRESH_S = 30;
const MAX_BACKOFF_S = 3600;

interface Failure {
  readonly code: LoadErrorCode;
  readonly message: string;
  readonly issues?: readonly string[] | undefined;
}

/**
 * @fires indikator-load - After each accepted document is rendered. `detail.data` is the normalized document.
 * @fires indikator-error - On every failure: `detail.code`, `detail.message`, `detail.stale`.
 * @csspart base - The element's frame.
 * @csspart error - What failed, shown when no good data is on screen.
 * @csspart stale - The "data as of" notice with its retry button, after a failed refresh.
 */
export abstract class IndikatorElement<M> extends LitElement {
  static override styles = [baseStyles];

  protected readonly resize = new ResizeController(this);

  /** The document (or, with `format`, the published message). Wins over inline JSON and `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of the data, resolved against `document.baseURI`. */
  @property({ reflect: true }) src?: string;

  /** Published format of `src` or `data` (`sdmx-json`, `worldbank`, `bps`, `opensdg`, `json-stat`, `csv`); absent = a native document. */
  @property({ reflect: true }) format?: string;

  /** Which series of a multi-series message: `key=value` pairs joined by `;`, several series joined by `|`. */
  @property({ reflect: true }) select?: string;

  /** Seconds between re-fetches of `src` (at least 30; backs off after failures; paused while the tab is hidden). */
  @property({ attribute: 'refresh', type: Number, reflect: true }) refreshInterval?: number;

  /** With `format="csv"`: the decimal separator the file uses (default `.`; never guessed). */
  @property({ reflect: true }) decimal?: string;

  /** With `format="csv"`: the field separator the file uses (default `,`; never guessed). */
  @property({ reflect: true }) delimiter?: string;

  /** A period: show and judge the data as it stood then. */
  @property({ attribute: 'as-of', reflect: true }) asOf?: string;

  /** `light`, `dark` or `auto` (the OS). Default: the host page's own `color-scheme` (none declared: light; `light dark`: the OS). */
  @property({ reflect: true }) theme?: string;

  /** Level of the element's heading (1-6); without it the title is not a heading. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel?: number;

  /** `loading`, `ready`, `empty` or `error` (read-only). */
  @property({ reflect: true }) state: ElementState = 'loading';

  /** Present while the last good data is shown after a failed refresh (read-only). */
  @property({ type: Boolean, reflect: true }) stale = false;

  /** The status word of the judged target; absent while loading, in error, or with no target (read-only). */
  @property({ reflect: true }) status: StatusWord | null = null;

  /** The model on screen (the last good one). */
  @state() protected model?: M = undefined;
  @state() private failure?: Failure = undefined;
  @state() private announcement = '';
  @state() private lastGoodAt?: number = undefined;
  @state() protected locale = 'en';
  @state() protected resolvedTheme: Theme = 'light';
  /** What the data is about (its title), for the sentences of the error and empty states. */
  @state() private subject?: string;
  /** With no observations: why rows that the file had could not be read (an adapter's note), if any. */
  @state() private unread?: string | undefined;

  // Optional fields are set explicitly: with useDefineForClassFields off, a field never assigned
  // would read through to Object.prototype, which a host page may have polluted.
  private controller?: AbortController = undefined;
  private ticket = 0;
  private sourceKey?: string = undefined;
  private modelKey?: string = undefined;
  private lastRaw?: { raw: unknown; url?: string | undefined; overlay?: unknown } = undefined;
  /** The last input that was shown: a later `as-of` is computed from it, never from a refresh that failed validation. */
  private lastGood?: { raw: unknown; url?: string | undefined; overlay?: unknown } = undefined;
  private inlineText?: string = undefined;
  /** Connected since the last update: the next update reads the source. */
  private connecting = false;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout> = undefined;
  private dueAt = 0;
  private mutations?: MutationObserver = undefined;
  private readonly onVisibility = () => this.visibilityChanged();
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
  protected abstract kindLabel(m: Messages): string;

  /** `heading-level` as a level 1-6, or `undefined` when absent or out of range (then no heading). */
  protected get level(): number | undefined {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined;
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
    this.refreshNow();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered root is kept, with or without Lit's hydration support (without it,
    // attachShadow would empty the server's drawing before any data is read).
    const server = this.shadowRoot;
    if (server && !hydrationSupport()) {
      this.serverRoot = 'replace';
      return server;
    }
    const root = super.createRenderRoot();
    if (server) this.serverRoot = 'adopt';
    return root;
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
    watchEnvironment(this);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.mutations ??= new MutationObserver(() => this.sync());
    this.mutations.observe(this, { childList: true, characterData: true, subtree: true });
    // The language comes first (messages depend on it) and costs no style read; the theme is
    // resolved by the watcher in a batch with every element connected in this task.
    this.locale = resolveLang(this);
    // The source is read in the first update, which takes its turn with the other elements'.
    this.connecting = true;
    this.requestUpdate();
    if (!this.controller) this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchEnvironment(this);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.mutations?.disconnect();
    this.stopTimer();
    // A move (removed and inserted again in the same task) keeps its request and its data.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.controller?.abort();
      this.controller = undefined;
      if (this.state === 'loading') this.sourceKey = undefined;
    });
  }

  /** @internal called by the shared environment watcher */
  environmentChanged(): void {
    if (this.asServer) return;
    const lang = resolveLang(this);
    const theme = resolveTheme(this, this.theme);
    if (lang !== this.locale) this.locale = lang;
    if (theme !== this.resolvedTheme) this.resolvedTheme = theme;
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
      if (isServer) return this.serverRead();
    }
    if (changed.has('theme')) {
      // An explicit theme applies at once; `auto` is resolved with the batch (it reads computed style).
      if (this.theme === 'light' || this.theme === 'dark') this.resolvedTheme = this.theme;
      else if (this.isConnected) resolveSoon(this);
    }
    if (!this.isConnected) return;
    const ticket = this.ticket;
    if (this.connecting || ['data', 'src', 'format', 'select', 'decimal', 'delimiter'].some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      this.connecting = false;
      this.sync();
    }
    if (changed.has('refreshInterval')) this.schedule();
    // Read again for a new `as-of` or language, unless this update has just read the source (with both).
    const read = this.ticket !== ticket;
    const shown = this.state === 'error' ? this.lastRaw : (this.lastGood ?? this.lastRaw);
    if (!read && changed.has('asOf') && shown) void this.accept(shown.raw, shown.url, shown.overlay, false);
    else if (!read && (changed as Map<PropertyKey, unknown>).has('locale') && this.state === 'error' && this.lastRaw) {
      void this.accept(this.lastRaw.raw, this.lastRaw.url, this.lastRaw.overlay, false);
    }
  }

  /**
   * A server render (Lit SSR) has no document, no network and no second task: it draws the `data`
   * property at once when it is a native document, else the element's fallback content.
   */
  private serverRead(): void {
    if (this.data !== undefined && !this.format) void this.accept(this.data, undefined, undefined, false);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.serverRoot && this.serverRoot !== 'adopted') {
      if (this.state === 'loading' || this.awaitingWidth) {
        // Nothing to draw yet: the server's drawing stays; only attributes are reflected.
        if (this.serverRoot === 'adopt') this.serverRoot = 'replace';
        reflectOnly.call(this, changed);
        return;
      }
      if (this.serverRoot === 'replace') {
        // Drawn anew from the client's data: the server's nodes go, its styles stay.
        (this as unknown as { _$needsHydration?: boolean })._$needsHydration = false;
        for (const node of Array.from(this.renderRoot.childNodes)) if (!(node instanceof HTMLStyleElement)) node.remove();
      }
      // Drawn as the server drew (asServer), then marked taken over.
      super.update(changed);
      this.serverRoot = 'adopted';
      // Now as this page has it: its language, its theme, the element's width.
      queueMicrotask(() => {
        this.environmentChanged();
        this.requestUpdate();
      });
      return;
    }
    super.update(changed);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && !isServer) this.environmentChanged();
  }

  // ---- channels and precedence -------------------------------------------------------------

  private inlineScript(type: 'application/json' | 'text/csv'): HTMLScriptElement | undefined {
    for (const child of Array.from(this.children)) {
      if (child instanceof HTMLScriptElement && child.type.toLowerCase() === type) return child;
    }
    return undefined;
  }

  /** Decides which channel feeds the element: `data`, then inline JSON, then `src`. */
  private sync(): void {
    if (this.data !== undefined) {
      this.stopFetching();
      if (this.sourceKey !== 'data' || this.lastRaw?.raw !== this.data) {
        this.sourceKey = 'data';
        void this.accept(this.data, undefined, undefined, true);
      }
      return;
    }
    const script = this.inlineScript('application/json');
    const inline = script?.textContent ?? undefined;
    // Inline CSV is the message itself; a JSON child beside it is then its overlay.
    const csv = this.isCsv ? this.inlineScript('text/csv') : undefined;
    if (csv || (script && !(this.src && this.format))) {
      this.stopFetching();
      const text = csv ? `${csv.textContent ?? ''}\u0000${inline ?? ''}` : inline;
      const key = `inline|${this.format ?? ''}|${this.select ?? ''}|${this.decimal ?? ''}|${this.delimiter ?? ''}`;
      if (this.sourceKey !== key || text !== this.inlineText) {
        this.sourceKey = key;
        this.inlineText = text;
        let raw: unknown;
        let overlay: unknown;
        try {
          if (csv) {
            raw = csv.textContent ?? '';
            overlay = inline === undefined ? undefined : JSON.parse(inline);
          } else raw = JSON.parse(inline ?? '');
        } catch (error) {
          this.fail({ code: 'parse', message: `${this.t.inlineInvalid} (${(error as Error).message})` });
          return;
        }
        void this.accept(raw, undefined, overlay, true);
      }
      return;
    }
    if (this.src) {
      const url = this.resolveSrc(this.src);
      const key = `src:${url}|${this.format ?? ''}|${this.select ?? ''}|${this.decimal ?? ''}|${this.delimiter ?? ''}|${inline ?? ''}`;
      if (this.sourceKey === key) return;
      this.sourceKey = key;
      this.inlineText = inline;
      if (url === undefined) {
        this.stopFetching();
        this.fail({ code: 'fetch', message: fill(this.t.badUrl, { url: this.src }) });
        return;
      }
      void this.load(url, false);
      return;
    }
    // Nothing to show yet (e.g. a framework will set `data` shortly): stay in the loading state.
    this.stopFetching();
  }

  private resolveSrc(src: string): string | undefined {
    try {
      const url = new URL(src.trim(), document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private stopFetching(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.stopTimer();
  }

  // ---- fetching and refresh ------------------------------------------------------------------

  private async load(url: string, fresh: boolean): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const ticket = ++this.ticket;
    this.stopTimer();
    try {
      const adapter = this.format ? await this.adapter() : undefined;
      const fetched = await fetchText(url, { signal: controller.signal, fresh, accept: adapter?.accept });
      if (ticket !== this.ticket) return;
      let raw = this.isCsv ? fetched.text : parseJson(fetched.text, url, fetched.contentType, adapter?.parse);
      if (adapter?.companions) {
        // Formats spread over several files (Open SDG's data and meta): fetch the rest beside it.
        const message: Record<string, unknown> = { data: raw };
        for (const [name, companion] of Object.entries(adapter.companions(fetched.url))) {
          const more = await fetchText(companion, { signal: controller.signal, fresh, accept: adapter.accept });
          message[name] = parseJson(more.text, companion, more.contentType);
        }
        if (ticket !== this.ticket) return;
        raw = message;
      }
      const overlay = this.inlineText ? safeJson(this.inlineText) : undefined;
      const ok = await this.accept(raw, fetched.url, overlay, true, ticket, fresh);
      if (ok) {
        this.failures = 0;
        this.lastGoodAt = fetched.at;
      } else this.failures += 1;
    } catch (error) {
      if (ticket !== this.ticket || (controller.signal.aborted && !(error instanceof LoadError))) return;
      this.failures += 1;
      // An adapter's own reader (SDMX-JSON's) may refuse the message: that is the adapter's word.
      const e =
        error instanceof LoadError
          ? error
          : error instanceof AdapterError
            ? new LoadError('adapter', `${this.t.errorAdapter} ${error.text(this.locale)}`)
            : error instanceof ChunkError
              ? new LoadError('adapter', chunkText(this.t, error))
              : new LoadError('fetch', String(error));
      // The reader's sentence in the page's language; the technical reason (the address, the HTTP
      // status, the limit) goes under it, in the collapsed details.
      this.fail({ code: e.code, message: this.describeLoadError(e), issues: e.code === 'adapter' ? undefined : [e.message] });
    } finally {
      if (ticket === this.ticket) {
        this.controller = undefined;
        this.schedule();
      }
    }
  }

  private describeLoadError(e: LoadError): string {
    const t = this.t;
    switch (e.code) {
      case 'timeout':
        return t.errorTimeout;
      case 'too-large':
        return t.errorTooLarge;
      case 'parse':
        return e.facts.kind === 'html' ? t.errorHtml : t.errorParse;
      case 'adapter':
        return e.message;
      default:
        if (e.facts.kind === 'credentials') return t.errorCredentials;
        return typeof e.facts.status === 'number' ? fill(t.errorStatus, { status: e.facts.status }) : t.errorFetch;
    }
  }

  /** Seconds until the next refresh: the asked interval, doubled after each failure (up to an hour). */
  private interval(): number | undefined {
    const asked = Number(this.refreshInterval);
    if (!this.src || !Number.isFinite(asked) || asked <= 0 || this.sourceKey?.startsWith('src:') !== true) return undefined;
    const base = Math.max(MIN_REFRESH_S, asked);
    return Math.min(MAX_BACKOFF_S, base * 2 ** Math.min(this.failures, 10));
  }

  private schedule(): void {
    this.stopTimer();
    const seconds = this.interval();
    if (seconds === undefined || !this.isConnected || this.controller) return;
    this.dueAt = Date.now() + seconds * 1000;
    if (document.visibilityState === 'hidden') return;
    this.timer = setTimeout(() => this.refreshNow(), seconds * 1000);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private visibilityChanged(): void {
    if (document.visibilityState === 'hidden') return this.stopTimer();
    if (this.interval() === undefined || this.controller) return;
    // Back on screen: refresh at once if a refresh fell due while hidden, else wait out the rest.
    const wait = this.dueAt - Date.now();
    if (wait <= 0) this.refreshNow();
    else this.timer = setTimeout(() => this.refreshNow(), wait);
  }

  private refreshNow(): void {
    const url = this.src && this.sourceKey?.startsWith('src:') ? this.resolveSrc(this.src) : undefined;
    if (url) void this.load(url, true);
  }

  // ---- accepting a document ------------------------------------------------------------------

  private accept(raw: unknown, url: string | undefined, overlay: unknown, fresh: boolean, ticket = ++this.ticket, refetch = false): Promise<boolean> {
    this.lastRaw = { raw, url, overlay };
    // What the data is about, for the error and empty sentences: the document's (or the overlay's) title.
    this.subject = titleOf(this.format ? overlay : raw, this.locale);
    if (!this.format) {
      // A native document is read in this task, so the first render draws it rather than a
      // "loading" frame that the next microtask throws away (half the DOM work of a page of charts).
      let parsed: Parsed<M> | Promise<Parsed<M>>;
      try {
        parsed = this.parse(raw, { url, lang: this.locale, asOf: this.asOf, overlay, refetch });
      } catch (error) {
        parsed = { ok: false, code: 'invalid', message: String(error) };
      }
      if (!(parsed instanceof Promise)) return this.show(parsed, url, fresh, ticket);
      return parsed.then(
        (p) => this.show(p, url, fresh, ticket),
        (error: unknown) => this.show({ ok: false, code: 'invalid', message: String(error) }, url, fresh, ticket),
      );
    }
    return this.adaptAndParse(raw, url, overlay, refetch).then((parsed) => this.show(parsed, url, fresh, ticket));
  }

  private async adaptAndParse(raw: unknown, url: string | undefined, overlay: unknown, refetch: boolean): Promise<Parsed<M>> {
    try {
      const adapted = await this.adapt(raw, url, overlay);
      return adapted.ok ? await this.parse(adapted.value, { url, lang: this.locale, asOf: this.asOf, overlay, refetch }) : adapted.failure;
    } catch (error) {
      return { ok: false, code: 'invalid', message: String(error) };
    }
  }

  /** Puts a parsed input on screen (or its failure), then fires the events once it is drawn. */
  private async show(parsed: Parsed<M>, url: string | undefined, fresh: boolean, ticket: number): Promise<boolean> {
    if (ticket !== this.ticket) return false;
    if (!parsed.ok) {
      this.fail(parsed);
      return false;
    }
    const previous = this.model;
    const before = previous !== undefined && this.state === 'ready' ? this.describe(previous) : '';
    this.model = parsed.model;
    this.lastGood = this.lastRaw;
    this.subject = titleOf(parsed.data, this.locale) ?? this.subject;
    this.unread = parsed.empty ? unreadNote(parsed.data, this.locale) : undefined;
    this.modelKey = this.sourceKey;
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
    if (ticket !== this.ticket) return true;
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

  // ---- published formats ---------------------------------------------------------------------

  private get isCsv(): boolean {
    return this.format?.trim().toLowerCase() === 'csv';
  }

  /** The adapter module `format` names; throws a LoadError('adapter') for an unknown format. */
  private async adapter(): Promise<AdapterModule> {
    const format = this.format ?? '';
    const loading = loadAdapter(format);
    if (!loading) throw new LoadError('adapter', fill(this.t.unknownFormat, { format, formats: FORMATS.join(', ') }));
    return loadChunk(format.trim().toLowerCase(), () => loading);
  }

  /** A published message → the document (or array of documents) the element reads, overlay merged. */
  private async adapt(
    message: unknown,
    url: string | undefined,
    overlay: unknown,
  ): Promise<{ ok: true; value: unknown } | { ok: false; failure: Parsed<M> }> {
    try {
      const module = await this.adapter();
      const docs = module
        .adapt(message, { select: this.select, source: url, decimal: this.decimal, delimiter: this.delimiter })
        .map((doc) => mergeOverlay(doc, overlay));
      return { ok: true, value: docs.length === 1 ? docs[0] : docs };
    } catch (error) {
      // A chunk that did not arrive is no fault of the data: its own sentence, without "could not be converted".
      if (error instanceof ChunkError) return { ok: false, failure: { ok: false, code: 'adapter', message: chunkText(this.t, error) } };
      const text = error instanceof AdapterError ? error.text(this.locale) : error instanceof Error ? error.message : String(error);
      return { ok: false, failure: { ok: false, code: 'adapter', message: `${this.t.errorAdapter} ${text}` } };
    }
  }

  private fail(failure: Failure): void {
    // Only data from the same source may stay: after a change of `src`, old numbers would mislead.
    const keep =
      this.model !== undefined && this.state === 'ready' && this.modelKey === this.sourceKey && this.sourceKey?.startsWith('src:') === true;
    if (keep) {
      // A failed refresh: the last good data stays, marked stale, with a way to retry.
      this.stale = true;
      this.announcement = fill(this.t.staleNotice, { time: this.formatTime(this.lastGoodAt) });
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

  private formatTime(at: number | undefined): string {
    return at === undefined ? '' : formatFetchTime(at, Date.now(), this.locale);
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
      ${this.renderState()} ${this.stale ? this.renderStale() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderState(): TemplateResult {
    const t = this.t;
    switch (this.state) {
      case 'ready':
        return this.model !== undefined && !this.awaitingWidth ? this.renderReady(this.model) : this.renderLoading();
      case 'empty':
        return html`<div class="message" role="group" aria-label=${this.kindLabel(t)}>
          <p class="message-text">${this.subject ? fill(t.emptyFor, { name: inSentence(this.subject) }) : t.noObservations}</p>
          ${this.unread ? html`<p class="message-text" role="note">${this.unread}</p>` : nothing}
        </div>`;
      case 'error':
        return this.renderError(this.failure);
      default:
        return this.renderLoading();
    }
  }

  private renderLoading(): TemplateResult {
    // On a server, which never loads: the element's fallback content (its light DOM) shows.
    if (isServer) return html`<slot></slot>`;
    return html`<div class="message loading" role="group" aria-label=${this.kindLabel(this.t)}>
      <p class="message-text">${this.t.loading}</p>
    </div>`;
  }

  private renderError(failure: Failure | undefined): TemplateResult {
    const t = this.t;
    // Two layers (contract): a sentence for readers that keeps the indicator's name, then the
    // technical reason for the page's editors, collapsed.
    const heading = this.subject ? fill(t.errorFor, { name: inSentence(this.subject) }) : t.errorHeading;
    return html`<div part="error" class="message error" role="group" aria-label=${`${this.kindLabel(t)}: ${heading}`}>
      <p class="error-title"><span class="error-icon" aria-hidden="true">!</span> ${heading}</p>
      <details class="error-details">
        <summary>${t.technicalDetails}</summary>
        <p class="message-text">${failure?.message ?? ''}</p>
        ${
          failure?.issues?.length
            ? html`<ul class="issues">
              ${failure.issues.slice(0, 5).map((issue) => html`<li>${issue}</li>`)}
            </ul>`
            : nothing
        }
      </details>
    </div>`;
  }

  private renderStale(): TemplateResult {
    const t = this.t;
    return html`<p part="stale" class="stale">
      <span aria-hidden="true" class="stale-icon">⟳</span>
      ${fill(t.staleNotice, { time: this.formatTime(this.lastGoodAt) })}
      <button type="button" @click=${() => this.refreshNow()}>${t.retry}</button>
    </p>`;
  }
}

/** The theme a server can decide (it knows neither the page's colour scheme nor the OS's): CSS decides the rest. */
const serverTheme = (asked: string | undefined): string => (asked === 'light' || asked === 'dark' || asked === 'auto' ? asked : 'page');

/** ReactiveElement's own update: reflects attributes and marks the update done, without rendering. */
const reflectOnly = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

/** Lit's hydration support (`lit/experimental-hydrate-support.js`) is loaded: it takes server-rendered roots over. */
const hydrationSupport = (): boolean => typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';

/** A document's title as text in `locale` (the first document of an array), if it has one. */
function titleOf(doc: unknown, locale: string): string | undefined {
  const first = Array.isArray(doc) ? doc[0] : doc;
  if (!first || typeof first !== 'object') return undefined;
  return pickText((first as { title?: Text }).title, locale)?.text;
}

/**
 * "Empty" must say when rows existed but could not be read: the adapter's note on what it left
 * out (an Open SDG file of 9,261 rows written "2000 Q1" once said only "no observations yet").
 */
function unreadNote(doc: unknown, locale: string): string | undefined {
  const first = Array.isArray(doc) ? doc[0] : doc;
  const notes = first && typeof first === 'object' ? (first as { notes?: unknown }).notes : undefined;
  if (!Array.isArray(notes)) return undefined;
  const note = notes.find((n): n is { kind: string; text: Text } => !!n && typeof n === 'object' && (n as { kind?: unknown }).kind === 'discrepancy');
  return note ? pickText(note.text, locale)?.text : undefined;
}

/**
 * A title inside a sentence: a sentence-case title loses its capital ("Data persentase penduduk
 * miskin…"); a name in title case or an acronym keeps it ("Data Indeks Harga Konsumen", "Data BPS").
 */
const inSentence = (title: string): string =>
  /^\p{Lu}\p{Ll}/u.test(title) && !/\s\p{Lu}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The events every element fires, typed for `addEventListener` (`event.detail` without a cast). Here,
 * in the base every element's declarations import, so one element's define file is enough. The
 * trend line's define file declares `indikator-select`.
 */
declare global {
  interface HTMLElementEventMap {
    'indikator-load': CustomEvent<LoadDetail>;
    'indikator-error': CustomEvent<ErrorDetail>;
  }
}
