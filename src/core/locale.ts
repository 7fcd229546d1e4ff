/**
 * Languages: which locale a widget speaks, and which translation of a localized text field it shows.
 * Pure: the element finds the tag (its `lang`, an ancestor's, `<html lang>`); this module only
 * normalizes it and picks text.
 */
import type { Text } from '../data/schema.js';

/** Every widget speaks English when it is told nothing usable. */
export const DEFAULT_LOCALE = 'en';

/**
 * A BCP-47 tag in canonical form (`EN-gb` → `en-GB`, the legacy `in` → `id`), or `en` for a missing,
 * empty, undetermined (`und`) or invalid tag. `_` is read as `-` (`en_US` is a common slip in CMS
 * templates), so such a page still gets its language rather than English.
 */
export function resolveLocale(tag?: string | null): string {
  if (typeof tag !== 'string') return DEFAULT_LOCALE;
  const trimmed = tag.trim().replace(/_/g, '-');
  if (!trimmed) return DEFAULT_LOCALE;
  try {
    // getCanonicalLocales throws a RangeError on a malformed tag: that is our validity check.
    const canonical = Intl.getCanonicalLocales(trimmed)[0];
    if (!canonical || primarySubtag(canonical) === 'und') return DEFAULT_LOCALE;
    return canonical;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The language part of a tag, lower-cased: `en-GB` → `en`. */
export const primarySubtag = (tag: string): string => tag.split('-')[0]!.toLowerCase();

export interface PickedText {
  /** The text, always a non-empty string. */
  readonly text: string;
  /**
   * The language the text is in (canonical tag), so that the element can mark fallback text with its
   * own `lang`; `''` for a plain string, whose language is unknown (it inherits the page's).
   */
  readonly lang: string;
}

/**
 * The best translation of a localized text for `locale`: exact tag → the primary subtag (`en-GB`
 * asks for `en`, then any `en-*`) → `en` (then any `en-*`) → the first key. Only own, non-empty string
 * values count: anything else in the JSON (a number, an object such as `{"nodeType":1}`) is skipped, so
 * it can never reach a template.
 */
export function pickText(text: Text | undefined, locale: string): PickedText | undefined {
  if (typeof text === 'string') return text ? { text, lang: '' } : undefined;
  if (text === null || typeof text !== 'object' || Array.isArray(text)) return undefined;

  const entries: [key: string, value: string][] = [];
  for (const key of Object.keys(text)) {
    const value: unknown = (text as Record<string, unknown>)[key];
    if (typeof value === 'string' && value) entries.push([key, value]);
  }
  if (!entries.length) return undefined;

  const wanted = resolveLocale(locale).toLowerCase();
  const primary = primarySubtag(wanted);
  const find = (test: (key: string) => boolean) => entries.find(([key]) => test(key.toLowerCase()));
  const hit =
    find((k) => k === wanted) ??
    find((k) => k === primary) ??
    find((k) => primarySubtag(k) === primary) ??
    find((k) => k === DEFAULT_LOCALE) ??
    find((k) => primarySubtag(k) === DEFAULT_LOCALE) ??
    entries[0]!;
  return { text: hit[1], lang: canonicalKey(hit[0]) };
}

/** A text key as a `lang` value; a key that is not a valid tag gives `''` rather than a bogus attribute. */
function canonicalKey(key: string): string {
  try {
    return Intl.getCanonicalLocales(key)[0] ?? '';
  } catch {
    return '';
  }
}

/**
 * A localized text as an element shows it: the text, and the `lang` to mark it with only where its
 * language differs from the element's (`''` otherwise: an `id` text in an `id-ID` widget needs no mark).
 */
export function localText(text: Text | undefined, locale: string): PickedText | undefined {
  const picked = pickText(text, locale);
  if (!picked) return undefined;
  return { text: picked.text, lang: otherLang(picked.lang, locale) };
}

/** `lang` when its language differs from the element's `locale`, else `''` (no mark needed). */
export const otherLang = (lang: string, locale: string): string => (lang && primarySubtag(lang) !== primarySubtag(locale) ? lang : '');
