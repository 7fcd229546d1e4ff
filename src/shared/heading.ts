/**
 * Headings, one way per need. A widget's title is a heading only when the page says where it sits
 * in its outline (`heading-level`): an embed cannot know, and a wrong level breaks a screen reader's
 * map of the article. A card is a section of its own and always has real headings (`<h1>`-`<h6>`).
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface TitleOptions {
  readonly part?: string;
  readonly cls?: string;
  /** The text's language where it differs from the element's (`''`: none). */
  readonly lang?: string | undefined;
  /** `auto`: the text's own direction (a title written in another script than the page's). */
  readonly dir?: 'auto' | undefined;
}

/** `heading-level` as a level 1-6, or `undefined` when absent or out of range (then no heading). */
export function headingLevel(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined;
}

/** A title: a heading of `level` when there is one, else a paragraph. */
export function titleView(
  level: number | undefined,
  content: unknown,
  { part = 'title', cls = 'title', lang, dir }: TitleOptions = {},
): TemplateResult {
  return level
    ? html`<p part=${part} class=${cls} role="heading" aria-level=${String(level)} dir=${dir || nothing} lang=${lang || nothing}>${content}</p>`
    : html`<p part=${part} class=${cls} dir=${dir || nothing} lang=${lang || nothing}>${content}</p>`;
}

/** A real heading element of `level` (clamped to 1-6). */
export function headingTag(level: number, content: unknown, part = ''): TemplateResult {
  // Six literal templates: a tag name cannot be a binding, and static-html escape hatches are not needed for this.
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
    default:
      return html`<h3 part=${part}>${content}</h3>`;
  }
}
