/**
 * The code a publisher pastes: the script tag with the element and its fallback content (the
 * library's own `fallbackHtml`: the summary sentence, the last observations, the source line), or
 * the iframe of `embed.html` with the height it will need. Pure; every value is escaped.
 */
import { escapeHtml, fallbackHtml } from '../embed/fallback.js';
import { pickText } from '../core/locale.js';
import type { IndicatorDocument } from '../data/schema.js';

/** The release this builder belongs to (a test checks it against package.json). */
export const VERSION = '0.1.0';
export const CDN = `https://unpkg.com/indikator@${VERSION}/dist/`;

export type Widget = 'gauge' | 'trend-line';
const TAGS: Readonly<Record<Widget, string>> = { gauge: 'indikator-target-gauge', 'trend-line': 'indikator-trend-line' };

export interface EmbedOptions {
  readonly doc: IndicatorDocument;
  readonly widget: Widget;
  readonly lang: 'id' | 'en';
  readonly theme: 'light' | 'dark';
  /** Where the JSON will be hosted, as written in the code. */
  readonly src: string;
  /** The folder of indikator.js, embed.html and embed-parent.js (the CDN's, or this site's). */
  readonly library: string;
  /** `sha384-…` of indikator.js, when known. */
  readonly integrity?: string | undefined;
  /** The iframe's height in CSS pixels (the preview's, measured). */
  readonly height: number;
}

const attr = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;
const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');

/** `<script type="module" …>` and the element with its fallback content. */
export function elementCode(o: EmbedOptions): string {
  const tag = TAGS[o.widget];
  const sri = o.integrity ? `${attr('integrity', o.integrity)} crossorigin="anonymous"` : '';
  const script = `<script type="module"${attr('src', `${o.library}indikator.js`)}${sri}></script>`;
  const fallback = fallbackHtml(o.doc, o.lang);
  return `${script}\n\n<${tag}${attr('src', o.src)}${attr('lang', o.lang)}${attr('theme', o.theme)}>\n${indent(fallback)}\n</${tag}>\n`;
}

/** The iframe of embed.html, and the optional script that fits it to its content. */
export function iframeCode(o: EmbedOptions): string {
  const query = new URLSearchParams({ widget: o.widget, src: o.src, lang: o.lang, theme: o.theme, id: `indikator-${o.doc.id}`.slice(0, 60) });
  const title = pickText(o.doc.title, o.lang)?.text ?? o.doc.id;
  return (
    `<iframe data-indikator-embed${attr('title', title)} loading="lazy" width="100%"${attr('height', String(Math.max(1, Math.round(o.height))))}\n` +
    `  ${attr('src', `${o.library}embed.html?${query}`).trim()}></iframe>\n` +
    `<script${attr('src', `${o.library}embed-parent.js`)} defer></script>\n`
  );
}

/** The JSON file as the builder offers it: two-space indented, one newline at the end. */
export const documentText = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

/** sha384 of the indikator.js beside this page, for the script tag's `integrity`. */
export async function integrityOf(url: URL): Promise<string | undefined> {
  try {
    const bytes = await (await fetch(url, { credentials: 'omit' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    return `sha384-${btoa(String.fromCharCode(...digest))}`;
  } catch {
    return undefined;
  }
}
