/**
 * What every format adapter provides. Adapters are pure: a published message in, indicator
 * documents out (valid against the schema, checked again by the element), or an AdapterError
 * saying what is wrong with the message. Each lives in its own entry point, loaded only when an
 * element's `format` asks for it, so the core bundle does not grow.
 */
import type { IndicatorDocument } from '../data/schema.js';
import type { SeriesDimension } from './select.js';

export interface AdaptOptions {
  /** Which series: `key=value` pairs joined by `;` (ids first, then labels); several series joined by `|`, the first primary. */
  readonly select?: string | undefined;
  /** The URL the message came from (title and source fallbacks: the file name, the host). */
  readonly source?: string | undefined;
  /** CSV only: the declared decimal separator (default `.`). */
  readonly decimal?: string | undefined;
  /** CSV only: the declared field separator (default `,`). */
  readonly delimiter?: string | undefined;
  /**
   * Told, before a series is chosen, the dimensions that tell the message's series apart and their
   * values (the list an ambiguous message's error shows): what a page offers as menus to build a
   * `select` from. Not told for a message of one series.
   */
  readonly onChoices?: ((dimensions: readonly SeriesDimension[]) => void) | undefined;
}

/**
 * The options an adapter may take from its element's attributes, beyond `select` and `source`
 * (which every adapter takes). Each format declares its own in the registry, known before its
 * chunk loads; the element passes those and no others.
 */
export type AdapterOption = Exclude<keyof AdaptOptions, 'select' | 'source' | 'onChoices'>;

export type Adapter = (message: unknown, options?: AdaptOptions) => IndicatorDocument[];

/** How a format's message is asked for, beyond the Accept header (a query sent as a POST body, an API's own header). */
export interface AdapterRequest {
  /** Extra request headers, names in lower case; an `accept` replaces the module's `accept`. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly method?: 'GET' | 'POST';
  readonly body?: string;
}

export interface AdapterModule {
  readonly adapt: Adapter;
  /** The Accept header to fetch this format with (SDMX-JSON asks for its own media type). */
  readonly accept?: string;
  /**
   * The request for a file of this format at `url` (the main file and each companion), where an
   * Accept header is not enough. Without it, a GET with `accept`.
   */
  readonly request?: (url: string) => AdapterRequest;
  /**
   * Other files the message needs, by name, given the main file's URL (Open SDG: the metadata at
   * `../meta/<id>.json`). The element fetches them and passes `{ data: <main>, <name>: <file> }`.
   */
  readonly companions?: (url: string) => Readonly<Record<string, string>>;
  /**
   * How the format's fetched text becomes the message, where `JSON.parse` would lose something
   * (SDMX-JSON: a series key written twice keeps only its last half). Throws SyntaxError for text
   * that is not JSON, AdapterError for JSON that cannot be one message.
   */
  readonly parse?: (text: string) => unknown;
}

/**
 * A message that cannot be read as the format says. `message` (English) and `id` (Indonesian) name
 * what is wrong and what to do next; the element shows the one in the page's language, in its
 * error's technical details.
 */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  /** The same sentence in Indonesian (the English one where none was written). */
  readonly id: string;
  constructor(message: string, id?: string) {
    super(message);
    this.id = id ?? message;
  }
  /** The sentence in `lang` (`id` for Indonesian and its regional tags, else English). */
  text(lang: string): string {
    return /^id(-|$)/i.test(lang) ? this.id : this.message;
  }
}

/** The `fail` of one format: throws an AdapterError whose sentences start with the format's name. */
export const failWith =
  (format: string) =>
  (message: string, id?: string): never => {
    throw new AdapterError(`${format}: ${message}`, id === undefined ? undefined : `${format}: ${id}`);
  };

/** How a message is to be read: its format (absent: a native document), the series it selects, the format's own options. */
export interface Reading {
  readonly format?: string | undefined;
  readonly select?: string | undefined;
  readonly options?: Readonly<Partial<Record<AdapterOption, string | undefined>>> | undefined;
}
