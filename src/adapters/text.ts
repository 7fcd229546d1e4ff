/**
 * Names as the schema's `Text`: a string or a map of language tags. Publishers write either, with
 * their own tag casing; titles are built from several of them, language by language.
 */
import type { Text } from '../data/schema.js';
import { isRecord } from './loose-json.js';

const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A name as `Text`: a string, or a map of language tags (`{"en": "..."}`); empty or odd entries dropped. */
export function toText(x: unknown): Text | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (!isRecord(x)) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(x)) {
    const value = x[key];
    // Publishers write `EN` and `en`; the schema wants the primary subtag in lower case.
    const [first = '', ...rest] = key.split('-');
    const tag = [first.toLowerCase(), ...rest].join('-');
    if (typeof value === 'string' && value.trim() && LANG_TAG.test(tag)) out[tag] = value.trim();
  }
  return Object.keys(out).length ? out : undefined;
}

/** One string of a text: the language asked for, else English, else the first. */
export function textString(t: Text | undefined, lang = 'en'): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[lang] ?? t.en ?? Object.values(t)[0] ?? '';
}

/** Every string of a text (for matching a label in any language). */
export const textStrings = (t: Text | undefined): string[] => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t));

/** Applies `f` to each language of a text. */
export function mapText(t: Text, f: (s: string) => string): Text {
  if (typeof t === 'string') return f(t);
  const out: Record<string, string> = {};
  for (const key of Object.keys(t)) out[key] = f(t[key]!);
  return out;
}

/** Joins texts language by language (a plain string where every part is one). */
export function joinText(parts: readonly Text[], separator: string): Text | undefined {
  if (!parts.length) return undefined;
  if (parts.every((p) => typeof p === 'string')) return parts.join(separator);
  const langs = new Set<string>();
  for (const p of parts) if (typeof p !== 'string') for (const k of Object.keys(p)) langs.add(k);
  const out: Record<string, string> = {};
  for (const lang of langs) out[lang] = parts.map((p) => textString(p, lang)).join(separator);
  return out;
}

/** A title with what tells its series apart: `Title: Female, 2018`. */
export function withSuffix(head: Text | undefined, suffix: readonly Text[]): Text | undefined {
  const tail = joinText(suffix, ', ');
  if (!tail) return head;
  return head === undefined ? tail : joinText([head, tail], ': ');
}
