/**
 * `indikator/server`: the elements rendered to HTML in Node, with Lit SSR (`@lit-labs/ssr`, an
 * optional peer dependency). The output is the element with its drawing as declarative shadow DOM
 * (a browser shows it before and without JavaScript) and its data as an inline JSON child, so the
 * library in the browser takes it over without fetching anything (see README, "Rendering on the
 * server").
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { escapeHtml } from '../embed/fallback.js';
import { ELEMENTS, type ElementTag } from '../elements.js';
import '../define.js';
import * as validation from '../data/validate.js';
import { useValidator } from '../shared/check-document.js';

// A render cannot wait for a chunk: an invalid document is drawn as its error in the same pass.
useValidator(validation);

/** Every element's tag (src/elements.ts): `indikator-target-gauge`, `indikator-trend-line`, `indikator-program-card`. */
export type ServerTag = ElementTag;

const TAGS: readonly ServerTag[] = ELEMENTS.map((e) => e.tag);

export interface ServerRenderOptions {
  /** The widget's language (its `lang` attribute); the server knows no page around it. Default `en`. */
  readonly lang?: string;
  /** Other attributes of the element (`theme`, `target-id`, `heading-level`, `variant`, ...). `true` writes a bare attribute; `false` and `undefined` none. */
  readonly attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** The programme card's indicators given as URLs are fetched first (a render cannot wait): relative ones against this URL. */
  readonly baseUrl?: string;
  /** How those URLs are fetched (default: the global `fetch`). */
  readonly fetch?: (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
}

const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

/**
 * The HTML of one element, drawn from `data` (an indicator document, for the trend line also an
 * array of them; a programme for the card). Never throws for bad data: the element draws its
 * error state, as in the browser. Throws for an unknown tag or attribute name.
 */
export async function renderToString(tag: ServerTag, data: unknown, options: ServerRenderOptions = {}): Promise<string> {
  if (!TAGS.includes(tag)) throw new TypeError(`indikator/server: unknown element ${String(tag)} (one of ${TAGS.join(', ')})`);
  const doc = tag === 'indikator-program-card' ? await withRows(data, options) : data;
  const attributes: Record<string, string | number | boolean | undefined> = { lang: options.lang ?? 'en', ...options.attributes };
  const written = Object.entries(attributes).flatMap(([name, value]) => {
    if (!ATTRIBUTE.test(name) || name === 'src' || name === 'format') {
      throw new TypeError(`indikator/server: attribute ${name} cannot be rendered (the server draws \`data\`, a native document)`);
    }
    if (value === undefined || value === false) return [];
    return [value === true ? name : `${name}="${escapeHtml(String(value))}"`];
  });
  // The data again as the element's inline JSON, for the browser: `<` escaped, so no text of the
  // data can close the script.
  const json = JSON.stringify(doc)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const name = unsafeStatic(tag);
  const template = html`<${name} ${unsafeStatic(written.join(' '))} .data=${doc}>${unsafeStatic(`<script type="application/json">${json}</script>`)}</${name}>`;
  return collectResult(render(template));
}

/** A programme with each indicator given as a URL replaced by its document (`{ data, targetId }`); a row that cannot be fetched stays a URL. */
async function withRows(data: unknown, options: ServerRenderOptions): Promise<unknown> {
  const program = data as { indicators?: unknown };
  if (!program || typeof program !== 'object' || !Array.isArray(program.indicators)) return data;
  const load = options.fetch ?? ((url: string) => fetch(url));
  const indicators = await Promise.all(
    program.indicators.map(async (entry: unknown) => {
      const src =
        typeof entry === 'string' ? entry : entry && typeof entry === 'object' && 'src' in entry ? (entry as { src: unknown }).src : undefined;
      if (typeof src !== 'string') return entry;
      let url: URL;
      try {
        url = new URL(src, options.baseUrl);
      } catch {
        return entry;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return entry;
      try {
        const response = await load(url.href);
        if (!response.ok) return entry;
        const targetId = typeof entry === 'object' ? (entry as { targetId?: unknown }).targetId : undefined;
        return typeof targetId === 'string' ? { data: await response.json(), targetId } : { data: await response.json() };
      } catch {
        return entry;
      }
    }),
  );
  return { ...program, indicators };
}

export { renderSvg } from './svg.js';
export type { SvgOptions, SvgWidget } from './svg.js';
