/**
 * The iframe page's query, read and checked: `dist/embed.html?widget=trend-line&src=...&lang=id`.
 * Pure (no DOM), so every rule is unit-tested; embed.ts only turns the result into one element or
 * one visible error.
 */
import { parsePeriod } from '../data/periods.js';
import { safeUrl } from '../core/urls.js';
import { fill } from '../core/messages.js';
import { primarySubtag } from '../core/locale.js';
import { ELEMENTS, type ElementEntry } from '../elements.js';

export type EmbedWidget = ElementEntry['widget'];
export type EmbedTag = ElementEntry['tag'];

/** The widgets the page can show, by their `widget` value (from the table of elements, src/elements.ts). */
export const EMBED_WIDGETS = Object.fromEntries(ELEMENTS.map((e) => [e.widget, e.tag])) as {
  readonly [E in ElementEntry as E['widget']]: E['tag'];
};

export interface EmbedConfig {
  readonly widget: EmbedWidget;
  readonly tag: EmbedTag;
  /** The data URL, resolved and checked (absolute, `https:` or `http:`). */
  readonly src: string;
  /** Attributes for the element, in the order they are set (`src` last, so the fetch starts once). */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** The `id` query parameter, echoed in every resize message; `null` without one. */
  readonly id: string | null;
  /** `lang` if given, else `null` (the page's own `lang` then applies). */
  readonly lang: string | null;
  /** `theme` if given, else `null`. */
  readonly theme: 'light' | 'dark' | 'auto' | null;
}

export interface EmbedProblem {
  /** The query parameter at fault. */
  readonly param: string;
  readonly message: string;
}

export type EmbedParams =
  | { readonly ok: true; readonly config: EmbedConfig }
  | {
      readonly ok: false;
      readonly problems: readonly EmbedProblem[];
      readonly lang: string | null;
      /** The `id` parameter if it was valid, so even an error page's height reaches the right iframe. */
      readonly id: string | null;
    };

/** How a value must look. Which optional attributes each widget takes (`variants`, `targeted`) is the table's. */
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** The id is echoed back to the parent: a short, plain token. */
const MESSAGE_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,127}$/;

const text = {
  en: {
    widget: 'Unknown widget "{value}": use {widgets}.',
    widgetMissing: 'No widget: add {widgets} to the address.',
    or: 'or',
    srcMissing: 'No data address: add src=… (an https: or http: URL, or a path on this site).',
    src: 'The data address "{value}" is not allowed: only https: and http: URLs and paths on this site.',
    lang: 'The language "{value}" is not a language tag (for example id or en).',
    theme: 'The theme "{value}" is not light, dark or auto.',
    variant: 'The variant "{value}" does not exist for {widget} ({allowed}).',
    notFor: '{param} does not apply to {widget}.',
    asOf: 'as-of "{value}" is not a period (2024, 2024-03, 2024-Q1…).',
    token: '{param} "{value}" is not a valid value.',
    select: 'select is too long (at most 512 characters).',
    id: 'id "{value}" is not a valid message id (letters, digits, : . _ -).',
    heading: 'The widget could not be shown',
    origin: 'This page shows data only from {allowed}; {origin} is not among them, so nothing was loaded.',
    dataFrom: 'Data from {host}',
  },
  id: {
    widget: 'Widget "{value}" tidak dikenal: gunakan {widgets}.',
    widgetMissing: 'Tidak ada widget: tambahkan {widgets} pada alamat.',
    or: 'atau',
    srcMissing: 'Tidak ada alamat data: tambahkan src=… (URL https: atau http:, atau path di situs ini).',
    src: 'Alamat data "{value}" tidak diizinkan: hanya URL https: dan http: serta path di situs ini.',
    lang: 'Bahasa "{value}" bukan kode bahasa (misalnya id atau en).',
    theme: 'Tema "{value}" bukan light, dark atau auto.',
    variant: 'Varian "{value}" tidak ada untuk {widget} ({allowed}).',
    notFor: '{param} tidak berlaku untuk {widget}.',
    asOf: 'as-of "{value}" bukan periode (2024, 2024-03, 2024-Q1…).',
    token: '{param} "{value}" bukan nilai yang sah.',
    select: 'select terlalu panjang (paling banyak 512 karakter).',
    id: 'id "{value}" bukan id pesan yang sah (huruf, angka, : . _ -).',
    heading: 'Widget tidak dapat ditampilkan',
    origin: 'Halaman ini hanya menampilkan data dari {allowed}; {origin} tidak termasuk, jadi tidak ada yang dimuat.',
    dataFrom: 'Data dari {host}',
  },
} as const;

type TextKey = keyof (typeof text)['en'];

/** The embed page's own words, in `id` or `en` (by the primary subtag; anything else reads English). */
export function embedText(lang: string | null, key: TextKey, values: Readonly<Record<string, string>> = {}): string {
  const table = lang && primarySubtag(lang) === 'id' ? text.id : text.en;
  // The widgets' own fill: only own keys of `values` count (a polluted prototype names no placeholder).
  return fill(table[key], values);
}

/** `a, b or c` in the page's language. */
function orList(lang: string | null, items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${embedText(lang, 'or')} ${items.at(-1)}`;
}

/** Long values are cut in messages, so an error never becomes a wall of text. */
const shown = (value: string): string => (value.length > 80 ? `${value.slice(0, 77)}…` : value);

/**
 * The data URL as the page will fetch it: resolved against `base` (the embed page's own URL), and
 * only `https:` or `http:`. `safeUrl` already drops `javascript:`, `data:`, `blob:`, `file:` and
 * their disguises; `mailto:`, which it allows for links, is not data.
 */
export function embedSrc(raw: string, base: string): string | undefined {
  const url = safeUrl(raw, base);
  if (!url) return undefined;
  const protocol = new URL(url).protocol;
  return protocol === 'https:' || protocol === 'http:' ? url : undefined;
}

/**
 * The deployer's list of data origins, from `<meta name="indikator-data-origins" content="https://a
 * https://b">` in their copy of the page (never from the query string: a link would then choose
 * what the publisher's site vouches for). `undefined` without the meta: any http(s) origin.
 */
export function dataOrigins(doc: Document): string[] | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="indikator-data-origins"]');
  if (!meta) return undefined;
  return meta.content.split(/\s+/).flatMap((entry) => {
    try {
      const url = new URL(entry);
      return url.protocol === 'https:' || url.protocol === 'http:' ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}

/** The page's own origin is always allowed (paths on the deployer's site); else the list decides. */
function allowedOrigin(src: string, base: string, origins: readonly string[]): boolean {
  const origin = new URL(src).origin;
  return origin === new URL(base).origin || origins.includes(origin);
}

/**
 * Reads the query of the embed page. `search` is `location.search` (with or without `?`), `base`
 * the page's URL. Every problem is reported, not only the first, so a publisher fixes an address in one go.
 */
export function readEmbedParams(search: string, base: string, origins?: readonly string[]): EmbedParams {
  const query = new URLSearchParams(search);
  const get = (name: string): string | null => {
    const value = query.get(name);
    return value === null ? null : value.trim();
  };
  const problems: EmbedProblem[] = [];

  const rawLang = get('lang');
  const lang = rawLang && LANG.test(rawLang) ? rawLang : null;
  const say = (key: TextKey, values?: Record<string, string>) => embedText(lang, key, values);
  const problem = (param: string, key: TextKey, values?: Record<string, string>) => problems.push({ param, message: say(key, values) });

  if (rawLang && !lang) problem('lang', 'lang', { value: shown(rawLang) });

  const rawWidget = get('widget');
  // By its widget value or its element's name (`target-gauge` for `gauge`).
  const element = rawWidget ? ELEMENTS.find((e) => e.widget === rawWidget || e.name === rawWidget) : undefined;
  const widgets = ELEMENTS.map((e) => e.widget);
  const params = widgets.map((w) => `widget=${w}`);
  if (!rawWidget) problem('widget', 'widgetMissing', { widgets: orList(lang, params) });
  else if (!element) problem('widget', 'widget', { value: shown(rawWidget), widgets: orList(lang, widgets) });

  const rawSrc = get('src');
  const src = rawSrc ? embedSrc(rawSrc, base) : undefined;
  if (!rawSrc) problem('src', 'srcMissing');
  else if (!src) problem('src', 'src', { value: shown(rawSrc) });
  else if (origins && !allowedOrigin(src, base, origins)) {
    problem('src', 'origin', { origin: new URL(src).origin, allowed: origins.join(', ') || new URL(base).origin });
  }

  const rawTheme = get('theme');
  let theme: EmbedConfig['theme'] = null;
  if (rawTheme === 'light' || rawTheme === 'dark' || rawTheme === 'auto') theme = rawTheme;
  else if (rawTheme) problem('theme', 'theme', { value: shown(rawTheme) });

  const attributes: Array<readonly [string, string]> = [];
  if (lang) attributes.push(['lang', lang]);
  if (theme) attributes.push(['theme', theme]);

  const rawVariant = get('variant');
  if (rawVariant && element) {
    const allowed: readonly string[] = element.variants;
    if (!allowed.length) problem('variant', 'notFor', { param: 'variant', widget: element.widget });
    else if (!allowed.includes(rawVariant))
      problem('variant', 'variant', { value: shown(rawVariant), widget: element.widget, allowed: allowed.join(', ') });
    else attributes.push(['variant', rawVariant]);
  }

  const rawTarget = get('target-id');
  if (rawTarget && element) {
    if (!element.targeted) problem('target-id', 'notFor', { param: 'target-id', widget: element.widget });
    else if (!TOKEN.test(rawTarget)) problem('target-id', 'token', { param: 'target-id', value: shown(rawTarget) });
    else attributes.push(['target-id', rawTarget]);
  }

  const rawAsOf = get('as-of');
  if (rawAsOf) {
    if (parsePeriod(rawAsOf)) attributes.push(['as-of', rawAsOf]);
    else problem('as-of', 'asOf', { value: shown(rawAsOf) });
  }

  const rawFormat = get('format');
  if (rawFormat) {
    if (TOKEN.test(rawFormat)) attributes.push(['format', rawFormat.toLowerCase()]);
    else problem('format', 'token', { param: 'format', value: shown(rawFormat) });
  }

  const rawSelect = get('select');
  if (rawSelect) {
    if (rawSelect.length <= 512) attributes.push(['select', rawSelect]);
    else problem('select', 'select');
  }

  const rawId = get('id');
  let id: string | null = null;
  if (rawId) {
    if (MESSAGE_ID.test(rawId)) id = rawId;
    else problem('id', 'id', { value: shown(rawId) });
  }

  if (problems.length || !element || !src) return { ok: false, problems, lang, id };
  attributes.push(['src', src]);
  return { ok: true, config: { widget: element.widget, tag: element.tag, src, attributes, id, lang, theme } };
}
