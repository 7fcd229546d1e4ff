/**
 * The shapes the reading pipeline hands between layers, types only: what an element makes of one
 * input (a model, or a failure with its code), and what it is told while reading. The pure models
 * (an element's `*-model.ts`) return these without knowing about Lit or fetching.
 */

export type ElementState = 'loading' | 'ready' | 'empty' | 'error';

/** The `code` of an `indikator-error`. */
export type LoadErrorCode = 'fetch' | 'timeout' | 'too-large' | 'parse' | 'invalid' | 'empty' | 'adapter';

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

export interface Failure {
  readonly code: LoadErrorCode;
  readonly message: string;
  readonly issues?: readonly string[] | undefined;
}
