/**
 * Where an element's input comes from, and the pipeline from it to a parsed model: the channels and
 * their precedence (`data`, then inline JSON or CSV, then `src`), fetching (with a format's companion
 * files), the adapter and the inline overlay, and the ticket that makes a late answer lose to a newer
 * one. The element decides what a parsed input looks like on screen (see indikator-element.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fill, type Messages } from '../core/messages.js';
import { ADAPTER_OPTIONS, readsText } from '../adapters/registry.js';
import { LoadError } from './load-error.js';
import type { ElementState, Failure, ParseContext, Parsed } from '../core/pipeline.js';
import { adaptFailure, adapterFor, loadFailure, loadRemote, type Remote } from './read-source.js';
import type { RefreshTimer } from './refresh-timer.js';

export type { ElementState, Failure, ParseContext, Parsed } from '../core/pipeline.js';

/** One input as it was read: the raw document or message, where it came from, its overlay. */
interface Input {
  readonly raw: unknown;
  readonly url?: string | undefined;
  readonly overlay?: unknown;
}

/** The element's attributes the pipeline reads. */
export interface SourceHost extends HTMLElement, ReactiveControllerHost {
  readonly data: unknown;
  readonly src?: string | undefined;
  readonly format?: string | undefined;
  readonly select?: string | undefined;
  readonly decimal?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly asOf?: string | undefined;
  readonly refreshInterval?: number | undefined;
  readonly state: ElementState;
}

/** What the element does with what the pipeline reads. */
export interface SourceHooks<M> {
  readonly locale: () => string;
  readonly messages: () => Messages;
  /** Reads one input into a model, or says why it cannot (the element's `parse`). */
  readonly parse: (raw: unknown, context: ParseContext) => Parsed<M> | Promise<Parsed<M>>;
  /** Puts a parsed input (or its failure) on screen; resolves `true` when it was shown. */
  readonly show: (parsed: Parsed<M>, input: { url?: string | undefined; fresh: boolean; ticket: number }) => Promise<boolean>;
  readonly fail: (failure: Failure) => void;
  /** A new input is being read (its title names the error and empty states). */
  readonly reading: (input: Input) => void;
  /** A fetch succeeded and was shown: when, for the "data as of" notice. */
  readonly fetched: (at: number) => void;
}

/** The channels that change what is read when they change. */
export const SOURCE_PROPERTIES = ['data', 'src', 'format', 'select', 'decimal', 'delimiter'] as const;

const MIN_REFRESH_S = 30;
const MAX_BACKOFF_S = 3600;

export class DataSource<M> implements ReactiveController {
  /** Raised for each new reading; an answer carrying an older one is dropped. */
  ticket = 0;
  /** The last input read, and the last one shown: a later `as-of` is computed from the shown one, never from a refresh that failed validation. */
  private lastRaw?: Input = undefined;
  private lastGood?: Input = undefined;
  private controller?: AbortController = undefined;
  private sourceKey?: string = undefined;
  private modelKey?: string = undefined;
  private inlineText?: string = undefined;
  private failures = 0;
  private mutations?: MutationObserver = undefined;
  /** Made with the fetching code (remote.ts), the first time this element fetches. */
  private timer?: RefreshTimer = undefined;

  constructor(
    private readonly host: SourceHost,
    private readonly hooks: SourceHooks<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.mutations ??= new MutationObserver(() => this.sync());
    this.mutations.observe(this.host, { childList: true, characterData: true, subtree: true });
    if (!this.controller) this.schedule();
  }

  hostDisconnected(): void {
    this.mutations?.disconnect();
    this.timer?.stop();
    // A move (removed and inserted again in the same task) keeps its request and its data.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.controller?.abort();
      this.controller = undefined;
      if (this.host.state === 'loading') this.sourceKey = undefined;
    });
  }

  /** The data on screen came from `src` and the source has not changed since: a failure may keep it, stale. */
  get keepsShown(): boolean {
    return this.modelKey === this.sourceKey && this.sourceKey?.startsWith('src:') === true;
  }

  /** Marks the input just read as the one on screen. */
  shown(): void {
    this.lastGood = this.lastRaw;
    this.modelKey = this.sourceKey;
  }

  /** Reads the same input again for a new `as-of`, or for a new language while an error is shown. */
  reread(asOf: boolean, locale: boolean): void {
    const shown = this.host.state === 'error' ? this.lastRaw : (this.lastGood ?? this.lastRaw);
    if (asOf && shown) void this.accept(shown, false);
    else if (locale && this.host.state === 'error' && this.lastRaw) void this.accept(this.lastRaw, false);
  }

  /** A server render: a native document in `data` is drawn at once; anything else shows the fallback content. */
  serverRead(): void {
    if (this.host.data !== undefined && !this.host.format) void this.accept({ raw: this.host.data }, false);
  }

  /** Re-fetches `src` now, bypassing the shared cache (`reload()`, the retry button, the timer). */
  refreshNow(): void {
    const src = this.host.src;
    const url = src && this.sourceKey?.startsWith('src:') ? resolveSrc(src) : undefined;
    if (url) void this.load(url, true);
  }

  /** Re-plans the refresh timer (`refresh` changed). */
  schedule(): void {
    this.timer?.schedule(this.host.isConnected && !this.controller);
  }

  // ---- channels and precedence -------------------------------------------------------------

  /** The format reads text, not JSON (CSV, as its registry entry says). */
  private get textFormat(): boolean {
    return readsText(this.host.format ?? '');
  }

  /** The values of the attributes adapters take as options, for the keys that tell one reading from the next. */
  private get optionsKey(): string {
    return ADAPTER_OPTIONS.map((name) => this.host[name] ?? '').join('|');
  }

  private inlineScript(type: 'application/json' | 'text/csv'): HTMLScriptElement | undefined {
    for (const child of Array.from(this.host.children)) {
      if (child instanceof HTMLScriptElement && child.type.toLowerCase() === type) return child;
    }
    return undefined;
  }

  /** Decides which channel feeds the element: `data`, then inline JSON, then `src`. */
  sync(): void {
    const { data, src, format, select } = this.host;
    if (data !== undefined) {
      this.stopFetching();
      if (this.sourceKey !== 'data' || this.lastRaw?.raw !== data) {
        this.sourceKey = 'data';
        void this.accept({ raw: data }, true);
      }
      return;
    }
    const script = this.inlineScript('application/json');
    const inline = script?.textContent ?? undefined;
    // Inline CSV (a format that reads text) is the message itself; a JSON child beside it is then its overlay.
    const csv = this.textFormat ? this.inlineScript('text/csv') : undefined;
    if (csv || (script && !(src && format))) {
      this.stopFetching();
      const text = csv ? `${csv.textContent ?? ''}\u0000${inline ?? ''}` : inline;
      const key = `inline|${format ?? ''}|${select ?? ''}|${this.optionsKey}`;
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
          this.hooks.fail({ code: 'parse', message: `${this.hooks.messages().inlineInvalid} (${(error as Error).message})` });
          return;
        }
        void this.accept({ raw, overlay }, true);
      }
      return;
    }
    if (src) {
      const url = resolveSrc(src);
      const key = `src:${url}|${format ?? ''}|${select ?? ''}|${this.optionsKey}|${inline ?? ''}`;
      if (this.sourceKey === key) return;
      this.sourceKey = key;
      this.inlineText = inline;
      if (url === undefined) {
        this.stopFetching();
        this.hooks.fail({ code: 'fetch', message: fill(this.hooks.messages().badUrl, { url: src }) });
        return;
      }
      void this.load(url, false);
      return;
    }
    // Nothing to show yet (e.g. a framework will set `data` shortly): stay in the loading state.
    this.stopFetching();
  }

  private stopFetching(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.timer?.stop();
  }

  // ---- fetching ------------------------------------------------------------------------------

  private async load(url: string, fresh: boolean): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const ticket = ++this.ticket;
    this.timer?.stop();
    try {
      const { format } = this.host;
      // The fetching code and the format's adapter: two chunks, asked for together.
      const [remote, adapter] = await Promise.all([loadRemote(), format ? adapterFor(format, this.hooks.messages()) : undefined]);
      this.timer ??= this.refreshTimer(remote);
      const wanted = () => ticket === this.ticket;
      const fetched = await remote.fetchMessage(url, format, adapter, { signal: controller.signal, fresh, wanted });
      if (!fetched) return;
      const overlay = this.inlineText ? safeJson(this.inlineText) : undefined;
      const ok = await this.accept({ raw: fetched.raw, url: fetched.url, overlay }, true, ticket, fresh);
      if (ok) {
        this.failures = 0;
        this.hooks.fetched(fetched.at);
      } else this.failures += 1;
    } catch (error) {
      if (ticket !== this.ticket || (controller.signal.aborted && !(error instanceof LoadError))) return;
      this.failures += 1;
      this.hooks.fail(loadFailure(error, this.hooks.messages(), this.hooks.locale()));
    } finally {
      if (ticket === this.ticket) {
        this.controller = undefined;
        this.schedule();
      }
    }
  }

  private refreshTimer(remote: Remote): RefreshTimer {
    return new remote.RefreshTimer(this.host, {
      interval: () => this.interval(),
      busy: () => this.controller !== undefined,
      refresh: () => this.refreshNow(),
    });
  }

  /** Seconds until the next refresh: the asked interval, doubled after each failure (up to an hour). */
  private interval(): number | undefined {
    const asked = Number(this.host.refreshInterval);
    if (!this.host.src || !Number.isFinite(asked) || asked <= 0 || this.sourceKey?.startsWith('src:') !== true) return undefined;
    const base = Math.max(MIN_REFRESH_S, asked);
    return Math.min(MAX_BACKOFF_S, base * 2 ** Math.min(this.failures, 10));
  }

  // ---- reading an input ----------------------------------------------------------------------

  private accept(input: Input, fresh: boolean, ticket = ++this.ticket, refetch = false): Promise<boolean> {
    this.lastRaw = input;
    this.hooks.reading(input);
    const { raw, url, overlay } = input;
    const context = (): ParseContext => ({ url, lang: this.hooks.locale(), asOf: this.host.asOf, overlay, refetch });
    const show = (parsed: Parsed<M>) => (ticket !== this.ticket ? Promise.resolve(false) : this.hooks.show(parsed, { url, fresh, ticket }));
    if (!this.host.format) {
      // A native document is read in this task, so the first render draws it rather than a
      // "loading" frame that the next microtask throws away (half the DOM work of a page of charts).
      let parsed: Parsed<M> | Promise<Parsed<M>>;
      try {
        parsed = this.hooks.parse(raw, context());
      } catch (error) {
        parsed = { ok: false, code: 'invalid', message: String(error) };
      }
      if (!(parsed instanceof Promise)) return show(parsed);
      return parsed.then(show, (error: unknown) => show({ ok: false, code: 'invalid', message: String(error) }));
    }
    return this.adaptAndParse(raw, url, overlay, context).then(show);
  }

  private async adaptAndParse(raw: unknown, url: string | undefined, overlay: unknown, context: () => ParseContext): Promise<Parsed<M>> {
    try {
      const adapted = await this.adapt(raw, url, overlay);
      return adapted.ok ? await this.hooks.parse(adapted.value, context()) : adapted.failure;
    } catch (error) {
      return { ok: false, code: 'invalid', message: String(error) };
    }
  }

  // ---- published formats ---------------------------------------------------------------------

  /** A published message → the document (or array of documents) the element reads, overlay merged. */
  private async adapt(
    message: unknown,
    url: string | undefined,
    overlay: unknown,
  ): Promise<{ ok: true; value: unknown } | { ok: false; failure: Parsed<M> }> {
    const { format, select } = this.host;
    try {
      const [remote, adapter] = await Promise.all([loadRemote(), adapterFor(format ?? '', this.hooks.messages())]);
      const options = Object.fromEntries(ADAPTER_OPTIONS.map((name) => [name, this.host[name]]));
      return { ok: true, value: remote.adaptMessage(adapter, message, { format, select, options }, url, overlay) };
    } catch (error) {
      return { ok: false, failure: { ok: false, ...adaptFailure(error, this.hooks.messages(), this.hooks.locale()) } };
    }
  }
}

/** `src` resolved against the page, `http(s):` only. */
function resolveSrc(src: string): string | undefined {
  try {
    const url = new URL(src.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
