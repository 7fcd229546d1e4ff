/**
 * The browser's text measurer for chart labels (geometry/text.ts `measureWith`): a canvas asked
 * with the element's own computed font family, so labels are placed by the widths the reader's
 * font really has. One canvas per font family on the page; widths are remembered (labels repeat
 * from one layout to the next: a resize lays out the same texts again).
 */
import type { Measure } from '../geometry/text.js';

const measurers = new Map<string, Measure>();
/** Called when the page's web fonts have loaded: widths measured before were the fallback font's. */
const fontWatchers = new Set<() => void>();
let listening = false;

/**
 * Calls `redraw` whenever a web font the page loads arrives (widths measured before it were the
 * fallback's, and are forgotten); returns the function that stops it.
 */
export function onFontsLoaded(redraw: () => void): () => void {
  fontWatchers.add(redraw);
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!listening && fonts && typeof fonts.addEventListener === 'function') {
    listening = true;
    fonts.addEventListener('loadingdone', () => {
      measurers.clear();
      for (const w of fontWatchers) w();
    });
  }
  return () => fontWatchers.delete(redraw);
}
/** Remembered widths per family before the memory starts afresh (a page's labels are far fewer). */
const MAX_REMEMBERED = 4000;

/** The measurer for `family` (a computed `font-family`), or `undefined` where there is no canvas (a server, jsdom). */
export function canvasMeasure(family: string | undefined): Measure | undefined {
  if (!family || typeof document === 'undefined') return undefined;
  const known = measurers.get(family);
  if (known) return known;
  const ctx = context2d();
  // jsdom has a canvas element without a context: the estimate serves there.
  if (!ctx || typeof ctx.measureText !== 'function') return undefined;
  const widths = new Map<string, number>();
  let font = '';
  const measure: Measure = (text, fontSize, bold) => {
    const key = `${fontSize}|${bold ? 1 : 0}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const wanted = `${bold ? '700 ' : ''}${fontSize}px ${family}`;
      // Setting the font parses it as CSS each time: only when it changes (labels come in runs).
      if (wanted !== font) ctx.font = font = wanted;
      width = ctx.measureText(text).width;
      if (widths.size >= MAX_REMEMBERED) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
  measurers.set(family, measure);
  return measure;
}

function context2d(): CanvasRenderingContext2D | null {
  try {
    return document.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
}
