/**
 * Text widths, from one function for every label the charts place (the contract's "Rendering on
 * the server"): the browser registers a measurer that asks a canvas with the element's computed
 * font (see shared/measure.ts); without one (a server render, a test of the pure layout) the width
 * is estimated from the advance widths of a common sans-serif, so the server's labels stand where
 * the browser's will, give or take a few pixels. Text is shortened or broken to the room it gets
 * by the same function.
 */

/** A width in px of `text` at `fontSize` px, bold or not. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

// Advance widths of Helvetica/Arial (thousandths of an em) for printable ASCII 32-126: the
// metrics every sans-serif a page falls back to comes close to. Other characters count 0.6 em
// (a wide letter's width, so an estimate errs towards room); CJK and emoji a full em.
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584,
  584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667,
  611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500,
  722, 500, 500, 500, 334, 260, 334, 584,
];
/** The fonts pages use (system-ui, DejaVu, Roboto) run a little wider than Helvetica; bold wider still. */
const WIDER = 1.08;
const BOLD = 1.07;

/** Width estimated from font metrics, with no DOM: the server's measure, and the browser's until it has one. */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32 && c <= 126) em += ASCII[c - 32]!;
    else if (c >= 0xdc00 && c <= 0xdfff)
      continue; // the second half of a surrogate pair
    else if (c >= 0x2e80) em += 1000;
    else em += c === 0x2009 || c === 0x202f || c === 0xa0 ? 278 : 600;
  }
  return (em / 1000) * fontSize * WIDER * (bold ? BOLD : 1);
}

let measure: Measure | undefined;

/**
 * Sets the measurer textWidth uses (the browser's canvas, with the drawing element's font) for the
 * layouts computed until it is set again; `undefined` goes back to the estimate. Layout is
 * synchronous, so an element sets its own right before laying out.
 */
export function measureWith(m: Measure | undefined): void {
  measure = m;
}

/** Width of a one-line text in px: the registered measurer's, else the estimate. */
export const textWidth = (text: string, fontSize: number, bold = false): number =>
  measure ? measure(text, fontSize, bold) : estimateWidth(text, fontSize, bold);

/** Shortens text to fit `width` px, ending with an ellipsis. */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  // The longest start that fits with its ellipsis, found by halving (widths grow with length).
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`, fontSize, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  // Never half of a surrogate pair (an emoji or a rare CJK character would end as "\uFFFD…").
  const c = text.charCodeAt(lo - 1);
  if (c >= 0xd800 && c <= 0xdbff) lo--;
  return lo === 0 ? '…' : `${text.slice(0, lo).trimEnd()}…`;
}

/** Breaks text into at most `maxLines` lines of `width` px at spaces; the last one is shortened if needed. */
export function fitLines(text: string, width: number, fontSize: number, maxLines: number, bold = false): string[] {
  const rest = text.trim();
  if (maxLines <= 1 || textWidth(rest, fontSize, bold) <= width) return [fitText(rest, width, fontSize, bold)];
  const words = rest.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  let k = 0;
  for (; k < words.length && lines.length < maxLines - 1; k++) {
    const next = line ? `${line} ${words[k]}` : words[k]!;
    if (line && textWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = words[k]!;
    } else line = next;
  }
  const last = [line, ...words.slice(k)].filter(Boolean).join(' ');
  if (last) lines.push(fitText(last, width, fontSize, bold));
  return lines;
}
